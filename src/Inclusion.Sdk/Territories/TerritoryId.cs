using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Territories;

/// <summary>
/// A reference to a territory: its level and its official code (for example commune <c>75056</c>, département <c>2A</c>).
/// </summary>
/// <remarks>
/// Other types (actors, places, programmes) refer to territories through this value; a
/// territory registry resolves it to a territory. This type is immutable and thread-safe.
/// </remarks>
public readonly struct TerritoryId : IEquatable<TerritoryId>
{
    private readonly string? code;

    /// <summary>Creates a reference from a level and a code that is already normalised.</summary>
    /// <param name="level">The level.</param>
    /// <param name="code">The official code.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    public TerritoryId(TerritoryLevel level, string code)
    {
        Preconditions.CheckArgumentRange(nameof(level), (long)level, (long)TerritoryLevel.Iris, (long)TerritoryLevel.Country);
        Level = level;
        this.code = Preconditions.CheckNotBlank(code);
    }

    /// <summary>The level.</summary>
    public TerritoryLevel Level { get; }

    /// <summary>The official code.</summary>
    public string Code => code ?? string.Empty;

    /// <inheritdoc />
    public bool Equals(TerritoryId other) => Level == other.Level && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TerritoryId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Code);

    /// <summary>Formats the reference as <c>level:code</c>, for example <c>commune:75056</c>.</summary>
    /// <returns>The formatted reference.</returns>
    public override string ToString() => $"{Level.ToString().ToLowerInvariant()}:{Code}";

    /// <summary>Equality.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns><see langword="true"/> when level and code are equal.</returns>
    public static bool operator ==(TerritoryId left, TerritoryId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first reference.</param>
    /// <param name="right">The second reference.</param>
    /// <returns><see langword="true"/> when level or code differ.</returns>
    public static bool operator !=(TerritoryId left, TerritoryId right) => !left.Equals(right);
}

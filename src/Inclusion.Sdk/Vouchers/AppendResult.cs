using System.Globalization;

namespace Inclusion.Sdk.Vouchers;

/// <summary>The answer of an <see cref="IVoucherEventStore"/> to an append: its outcome and the version it refers to.</summary>
public readonly struct AppendResult : IEquatable<AppendResult>
{
    /// <summary>Creates a result.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="version">The version the outcome refers to (see <see cref="AppendOutcome"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is negative, or 0 for an outcome that names a stored event.</exception>
    public AppendResult(AppendOutcome outcome, long version)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        if (version == 0 && outcome is AppendOutcome.Duplicate or AppendOutcome.PassTaken)
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, $"An outcome {outcome} names a stored event: its version is at least 1.");
        }

        Outcome = outcome;
        Version = version;
    }

    /// <summary>Gets the outcome.</summary>
    public AppendOutcome Outcome { get; }

    /// <summary>Gets the version the outcome refers to: the last event appended, the stream's version (conflict) or the stored event in the way.</summary>
    public long Version { get; }

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(AppendResult left, AppendResult right) => left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">A result.</param>
    /// <param name="right">Another.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AppendResult left, AppendResult right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(AppendResult other) => Outcome == other.Outcome && Version == other.Version;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AppendResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome, Version);

    /// <summary>The outcome and version, as <c>Appended at 12</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Outcome} at {Version}");
}

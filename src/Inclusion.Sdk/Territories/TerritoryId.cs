using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Territories;

/// <summary>
/// A reference to a territory: its level and its official code (for example commune <c>75056</c>, département <c>2A</c>).
/// </summary>
/// <remarks>
/// <para>Other types (actors, places, programmes) refer to territories through this value; a
/// <see cref="TerritoryRegistry"/> resolves it to a <see cref="Territory"/>.</para>
/// <para>A reference is valid by construction: it is made from a validated identifier (<see cref="For(CommuneCode)"/>
/// and its overloads), by <see cref="Parse"/>, or is <see cref="France"/>. The code is the identifier's normalised
/// form; the département level also accepts the 8 overseas collectivity codes of the COG (<c>975</c>, <c>977</c>,
/// <c>978</c>, <c>984</c>, <c>986</c>, <c>987</c>, <c>988</c>, <c>989</c>). The default value (level
/// <see cref="TerritoryLevel.Iris"/>, empty code) refers to nothing.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct TerritoryId : IEquatable<TerritoryId>
{
    private readonly string? code;

    private TerritoryId(TerritoryLevel level, string code)
    {
        Level = level;
        this.code = code;
    }

    /// <summary>France (level <see cref="TerritoryLevel.Country"/>, code <c>FR</c>).</summary>
    public static TerritoryId France { get; } = new(TerritoryLevel.Country, "FR");

    /// <summary>The level.</summary>
    public TerritoryLevel Level { get; }

    /// <summary>The official code.</summary>
    public string Code => code ?? string.Empty;

    /// <summary>The reference to a commune or municipal arrondissement.</summary>
    /// <param name="commune">The commune code.</param>
    /// <returns>The reference (level <see cref="TerritoryLevel.Commune"/>).</returns>
    public static TerritoryId For(CommuneCode commune) => new(TerritoryLevel.Commune, commune.ToString());

    /// <summary>The reference to a département.</summary>
    /// <param name="departement">The département code.</param>
    /// <returns>The reference (level <see cref="TerritoryLevel.Departement"/>).</returns>
    public static TerritoryId For(DepartementCode departement) => new(TerritoryLevel.Departement, departement.ToString());

    /// <summary>The reference to a région.</summary>
    /// <param name="region">The région code.</param>
    /// <returns>The reference (level <see cref="TerritoryLevel.Region"/>).</returns>
    public static TerritoryId For(RegionCode region) => new(TerritoryLevel.Region, region.ToString());

    /// <summary>The reference to an EPCI à fiscalité propre.</summary>
    /// <param name="epci">The EPCI code (its SIREN).</param>
    /// <returns>The reference (level <see cref="TerritoryLevel.Epci"/>).</returns>
    public static TerritoryId For(EpciCode epci) => new(TerritoryLevel.Epci, epci.ToString());

    /// <summary>The reference to an IRIS.</summary>
    /// <param name="iris">The IRIS code.</param>
    /// <returns>The reference (level <see cref="TerritoryLevel.Iris"/>).</returns>
    public static TerritoryId For(IrisCode iris) => new(TerritoryLevel.Iris, iris.ToString());

    /// <summary>The reference to a priority neighbourhood (QPV).</summary>
    /// <param name="qpv">The QPV code.</param>
    /// <returns>The reference (level <see cref="TerritoryLevel.Qpv"/>).</returns>
    public static TerritoryId For(QpvCode qpv) => new(TerritoryLevel.Qpv, qpv.ToString());






    /// <summary>
    /// Parses the code of a territory of the given level through the matching identifier type (commune →
    /// <see cref="CommuneCode"/>, département → <see cref="DepartementCode"/> or an overseas collectivity code, région →
    /// <see cref="RegionCode"/>, EPCI → <see cref="EpciCode"/>, IRIS → <see cref="IrisCode"/>, QPV →
    /// <see cref="QpvCode"/>, country → <c>FR</c>).
    /// </summary>
    /// <param name="level">The level.</param>
    /// <param name="code">The code.</param>
    /// <returns>The reference with the identifier's warnings, or the identifier's error (<c>territory.country</c> for
    /// a country other than FR, <c>territory.level</c> for an undefined level).</returns>
    public static ParseResult<TerritoryId> Parse(TerritoryLevel level, ReadOnlySpan<char> code)
    {
        switch (level)
        {
            case TerritoryLevel.Commune:
                return Convert(CommuneCode.Parse(code), static c => For(c));
            case TerritoryLevel.Departement:
                var trimmed = code.Trim();
                var collectivities = CogReferenceData.Current.CollectivityCodes.GetAlternateLookup<ReadOnlySpan<char>>();
                if (collectivities.TryGetValue(trimmed, out var collectivity))
                {
                    return ParseResult<TerritoryId>.ForValue(new TerritoryId(TerritoryLevel.Departement, collectivity));
                }

                return Convert(DepartementCode.Parse(code), static d => For(d));
            case TerritoryLevel.Region:
                return Convert(RegionCode.Parse(code), static r => For(r));
            case TerritoryLevel.Epci:
                return Convert(EpciCode.Parse(code), static e => For(e));
            case TerritoryLevel.Iris:
                return Convert(IrisCode.Parse(code), static i => For(i));
            case TerritoryLevel.Qpv:
                return Convert(QpvCode.Parse(code), static q => For(q));
            case TerritoryLevel.Country:
                return code.Trim().Equals("FR", StringComparison.OrdinalIgnoreCase)
                    ? ParseResult<TerritoryId>.ForValue(France)
                    : ParseResult<TerritoryId>.ForError(TerritoryRules.Country.Issue(code.ToString(), suggestion: "FR", allowedValues: ["FR"]));
            default:
                return ParseResult<TerritoryId>.ForError(TerritoryRules.Level.Issue(level.ToString()));
        }
    }

    /// <inheritdoc />
    public bool Equals(TerritoryId other) => Level == other.Level && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TerritoryId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, StringComparer.Ordinal.GetHashCode(Code));

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

    /// <summary>A reference from reference data that is known to be valid (no check).</summary>
    internal static TerritoryId Trusted(TerritoryLevel level, string code) => new(level, code);

    private static ParseResult<TerritoryId> Convert<T>(ParseResult<T> parsed, Func<T, TerritoryId> map) =>
        parsed.TryGetValue(out var value) ? ParseResult<TerritoryId>.ForValue(map(value), parsed.Warnings) : parsed.ConvertError<TerritoryId>();
}

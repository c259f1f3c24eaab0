using System.Text.Json.Serialization;

namespace Inclusion.Sdk.Territories;

/// <summary>The administrative or statistical level of a <see cref="TerritoryId"/>.</summary>
/// <remarks>Values are ordered from the finest level to the coarsest, except <see cref="Qpv"/> which is a priority
/// neighbourhood that may span several communes. In JSON the values are written in lower case.</remarks>
public enum TerritoryLevel
{
    /// <summary>An INSEE IRIS (9 characters: commune code + 4 digits).</summary>
    [JsonStringEnumMemberName("iris")]
    Iris = 0,

    /// <summary>A priority neighbourhood of the politique de la ville (QPV, 2015 or 2024 generation).</summary>
    [JsonStringEnumMemberName("qpv")]
    Qpv = 1,

    /// <summary>A commune or municipal arrondissement (INSEE COG code).</summary>
    [JsonStringEnumMemberName("commune")]
    Commune = 2,

    /// <summary>An EPCI à fiscalité propre, identified by its SIREN.</summary>
    [JsonStringEnumMemberName("epci")]
    Epci = 3,

    /// <summary>A département (or an overseas collectivity code of the COG).</summary>
    [JsonStringEnumMemberName("departement")]
    Departement = 4,

    /// <summary>A région (one of the 18 current codes).</summary>
    [JsonStringEnumMemberName("region")]
    Region = 5,

    /// <summary>The country (France, code <c>FR</c>).</summary>
    [JsonStringEnumMemberName("country")]
    Country = 6,
}

using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Offer;

/// <summary>A commune as the offer map needs it: code, name, population, a representative point (for example the
/// town hall or centroid) and its EPCI.</summary>
public sealed class CommuneGeography
{
    /// <summary>Creates a commune entry.</summary>
    /// <param name="code">The commune INSEE code.</param>
    /// <param name="name">The name, or null.</param>
    /// <param name="population">The population, zero or more.</param>
    /// <param name="location">The representative point, or null when unknown (no distance is computed).</param>
    /// <param name="epci">The EPCI, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is negative.</exception>
    public CommuneGeography(CommuneCode code, string? name, long population, GeoCoordinates? location, EpciCode? epci = null)
    {
        Preconditions.CheckArgumentRange(nameof(population), population, 0, long.MaxValue);
        Code = code;
        Name = name;
        Population = population;
        Location = location;
        Epci = epci;
    }

    /// <summary>The commune code.</summary>
    public CommuneCode Code { get; }

    /// <summary>The name, if known.</summary>
    public string? Name { get; }

    /// <summary>The population.</summary>
    public long Population { get; }

    /// <summary>The representative point, if known.</summary>
    public GeoCoordinates? Location { get; }

    /// <summary>The EPCI, if known.</summary>
    public EpciCode? Epci { get; }
}

namespace Inclusion.Sdk.Offer;

/// <summary>A commune's access to the offer: its places and the great-circle distance to the nearest place.</summary>
public sealed class CommuneAccess
{
    internal CommuneAccess(CommuneGeography commune, int places, double? nearestKilometres, string? nearestPlaceId)
    {
        Commune = commune;
        Places = places;
        NearestKilometres = nearestKilometres;
        NearestPlaceId = nearestPlaceId;
    }

    /// <summary>The commune.</summary>
    public CommuneGeography Commune { get; }

    /// <summary>The number of places located in the commune.</summary>
    public int Places { get; }

    /// <summary>The distance from the commune's point to the nearest place with coordinates, in km; null when the
    /// commune has no point or no place has coordinates.</summary>
    public double? NearestKilometres { get; }

    /// <summary>The id of the nearest place, if any.</summary>
    public string? NearestPlaceId { get; }
}

namespace Inclusion.Sdk.Offer;

/// <summary>The places of a territory and their density per 10,000 inhabitants.</summary>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class OfferDensity : Reporting.IHtmlRenderable
{
    internal OfferDensity(string code, long population, int places, int communes, int communesWithoutPlace, long populationWithoutPlace)
    {
        Code = code;
        Population = population;
        Places = places;
        Communes = communes;
        CommunesWithoutPlace = communesWithoutPlace;
        PopulationWithoutPlace = populationWithoutPlace;
    }

    /// <summary>The territory code (commune, EPCI SIREN or département).</summary>
    public string Code { get; }

    /// <summary>The population.</summary>
    public long Population { get; }

    /// <summary>The number of places located in the territory.</summary>
    public int Places { get; }

    /// <summary>10,000 × places / population; null when the population is 0.</summary>
    public double? PlacesPer10000 => Population == 0 ? null : 10_000.0 * Places / Population;

    /// <summary>The number of communes of the territory in the commune table.</summary>
    public int Communes { get; }

    /// <summary>The number of those communes without any place.</summary>
    public int CommunesWithoutPlace { get; }

    /// <summary>The population of those communes.</summary>
    public long PopulationWithoutPlace { get; }
}

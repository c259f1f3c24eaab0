using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Offer;

/// <summary>
/// The map of the mediation offer: places per 10,000 inhabitants by commune, EPCI and département; communes and
/// population without any place; distance from each commune to its nearest place and the population beyond 10 and
/// 20 km; places by service, public, access mode and national programme; places open on Saturday or after 18:00.
/// </summary>
/// <remarks>
/// A place counts in the commune of its address INSEE code (an arrondissement counts in its parent commune when the
/// commune table lists the parent). The département is the prefix of the commune code (<see cref="CommuneCode.Departement"/>,
/// 2A/2B and overseas included); the EPCI comes from the commune table. Distances are great-circle distances from the
/// commune's point to the nearest place with coordinates, found with <see cref="NearestPlaceIndex"/>. Opening checks use
/// the place's <see cref="Hours.OpeningHours"/> over the ISO week (Monday to Sunday) containing the reference date;
/// places without parsed hours are counted apart.
/// </remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class OfferMap : Reporting.IHtmlRenderable
{
    private OfferMap() { }

    /// <summary>The communes' access, in commune-code order.</summary>
    public IReadOnlyList<CommuneAccess> Communes { get; private init; } = [];

    /// <summary>Density by commune, in code order.</summary>
    public IReadOnlyList<OfferDensity> ByCommune { get; private init; } = [];

    /// <summary>Density by EPCI (communes without EPCI are left out), in code order.</summary>
    public IReadOnlyList<OfferDensity> ByEpci { get; private init; } = [];

    /// <summary>Density by département, in code order.</summary>
    public IReadOnlyList<OfferDensity> ByDepartement { get; private init; } = [];

    /// <summary>The number of places.</summary>
    public int Places { get; private init; }

    /// <summary>Places whose commune is not in the commune table (or missing).</summary>
    public int PlacesOutsideTable { get; private init; }

    /// <summary>Places without coordinates (not used for distances).</summary>
    public int PlacesWithoutCoordinates { get; private init; }

    /// <summary>The total population of the commune table.</summary>
    public long Population { get; private init; }

    /// <summary>Communes without any place.</summary>
    public int CommunesWithoutPlace { get; private init; }

    /// <summary>The population of communes without any place.</summary>
    public long PopulationWithoutPlace { get; private init; }

    /// <summary>The population of communes whose nearest place is more than 10 km away.</summary>
    public long PopulationBeyond10Km { get; private init; }

    /// <summary>The population of communes whose nearest place is more than 20 km away.</summary>
    public long PopulationBeyond20Km { get; private init; }

    /// <summary>The population of communes without a point or when no place has coordinates (no distance known).</summary>
    public long PopulationWithoutDistance { get; private init; }

    /// <summary>Places by service (a place counts under each of its services), most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> ByService { get; private init; } = [];

    /// <summary>Places by public specifically addressed.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> ByPublic { get; private init; } = [];

    /// <summary>Places by access mode.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> ByAccessMode { get; private init; } = [];

    /// <summary>Places by national programme.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> ByProgramme { get; private init; } = [];

    /// <summary>Places open at some time on the Saturday of the reference week.</summary>
    public int OpenOnSaturday { get; private init; }

    /// <summary>Places open at some moment after 18:00 on at least one day of the reference week.</summary>
    public int OpenAfter18 { get; private init; }

    /// <summary>Places without parsed opening hours.</summary>
    public int PlacesWithoutHours { get; private init; }

    /// <summary>Computes the map.</summary>
    /// <param name="places">The places.</param>
    /// <param name="communes">The commune table (population, point, EPCI).</param>
    /// <param name="referenceDate">A date of the week used for the Saturday and evening checks.</param>
    /// <returns>The map.</returns>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">A commune appears twice in the table.</exception>
    public static OfferMap Compute(IEnumerable<MediationPlace> places, IEnumerable<CommuneGeography> communes, LocalDate referenceDate)
    {
        var placeList = Preconditions.CheckNotNull(places).ToArray();
        var communeList = Preconditions.CheckNotNull(communes).OrderBy(c => c.Code).ToArray();
        var byCode = new Dictionary<CommuneCode, int>(communeList.Length);
        for (var i = 0; i < communeList.Length; i++)
        {
            Preconditions.CheckNotNull(communeList[i], nameof(communes));
            Preconditions.CheckArgument(byCode.TryAdd(communeList[i].Code, i), nameof(communes), $"Commune {communeList[i].Code} appears twice.");
        }

        var counts = new int[communeList.Length];
        var outside = 0;
        var located = new List<(GeoCoordinates Point, string Id)>();
        var services = new Dictionary<string, int>(StringComparer.Ordinal);
        var publics = new Dictionary<string, int>(StringComparer.Ordinal);
        var access = new Dictionary<string, int>(StringComparer.Ordinal);
        var programmes = new Dictionary<string, int>(StringComparer.Ordinal);
        int saturday = 0, evening = 0, withoutHours = 0;
        var monday = referenceDate.Minus(Period.FromDays((int)referenceDate.DayOfWeek - 1));
        var six = new LocalTime(18, 0);
        foreach (var place in placeList)
        {
            Preconditions.CheckNotNull(place, nameof(places));
            if (place.Address.CommuneCode is { } code && (byCode.TryGetValue(code, out var at) || byCode.TryGetValue(code.ParentCommune, out at)))
            {
                counts[at]++;
            }
            else
            {
                outside++;
            }

            if (place.Coordinates is { } point)
            {
                located.Add((point, place.Id));
            }

            Tally(services, place.Services);
            Tally(publics, place.Publics);
            Tally(access, place.AccessModes);
            Tally(programmes, place.NationalProgrammes);
            if (place.OpeningHours is { } hours)
            {
                saturday += hours.IsOpenOn(monday.PlusDays(5)) ? 1 : 0;
                var late = false;
                for (var d = 0; d < 7 && !late; d++)
                {
                    late = hours.IsOpenAfter(monday.PlusDays(d), six);
                }

                evening += late ? 1 : 0;
            }
            else
            {
                withoutHours++;
            }
        }

        var index = new NearestPlaceIndex(located.Select(l => l.Point));
        var accessRows = new CommuneAccess[communeList.Length];
        long population = 0, without = 0, beyond10 = 0, beyond20 = 0, noDistance = 0;
        var withoutCount = 0;
        for (var i = 0; i < communeList.Length; i++)
        {
            var commune = communeList[i];
            population += commune.Population;
            if (counts[i] == 0)
            {
                withoutCount++;
                without += commune.Population;
            }

            double? km = null;
            string? nearest = null;
            if (commune.Location is { } p && index.FindNearest(p, out var found, out var distance))
            {
                km = distance;
                nearest = located[found].Id;
                beyond10 += distance > 10 ? commune.Population : 0;
                beyond20 += distance > 20 ? commune.Population : 0;
            }
            else
            {
                noDistance += commune.Population;
            }

            accessRows[i] = new CommuneAccess(commune, counts[i], km, nearest);
        }

        return new OfferMap
        {
            Communes = accessRows,
            ByCommune = Densities(accessRows, a => a.Commune.Code.ToString()),
            ByEpci = Densities(accessRows, a => a.Commune.Epci?.ToString()),
            ByDepartement = Densities(accessRows, a => a.Commune.Code.Departement?.ToString()),
            Places = placeList.Length,
            PlacesOutsideTable = outside,
            PlacesWithoutCoordinates = placeList.Length - located.Count,
            Population = population,
            CommunesWithoutPlace = withoutCount,
            PopulationWithoutPlace = without,
            PopulationBeyond10Km = beyond10,
            PopulationBeyond20Km = beyond20,
            PopulationWithoutDistance = noDistance,
            ByService = Sorted(services),
            ByPublic = Sorted(publics),
            ByAccessMode = Sorted(access),
            ByProgramme = Sorted(programmes),
            OpenOnSaturday = saturday,
            OpenAfter18 = evening,
            PlacesWithoutHours = withoutHours,
        };
    }

    private static void Tally(Dictionary<string, int> counts, IReadOnlyList<string> values)
    {
        foreach (var v in values.Distinct(StringComparer.Ordinal))
        {
            counts[v] = counts.GetValueOrDefault(v) + 1;
        }
    }

    private static KeyValuePair<string, int>[] Sorted(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)];

    private static OfferDensity[] Densities(CommuneAccess[] rows, Func<CommuneAccess, string?> key) =>
        [.. rows.Where(r => key(r) is not null).GroupBy(r => key(r)!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OfferDensity(g.Key, g.Sum(r => r.Commune.Population), g.Sum(r => r.Places), g.Count(),
                g.Count(r => r.Places == 0), g.Where(r => r.Places == 0).Sum(r => r.Commune.Population)))];
}

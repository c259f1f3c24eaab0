using BenchmarkDotNet.Attributes;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Territories;
using NodaTime;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>
/// Territorial diagnostic at full size (targets of issue 6): statistics over a lazily generated stream of 10,000,000
/// activities (memory independent of the stream length: a pool of 4,096 prebuilt activities is cycled), the IFN 2023
/// index over 50,000 IRIS with the three roll-ups, the nearest place for 35,000 communes among 20,000 places, and the
/// disclosure control of a 100 × 30 table.
/// </summary>
[MemoryDiagnoser]
public class DiagnosticBenchmarks
{
    private const int ActivityCount = 10_000_000;
    private MediationActivity[] pool = [];
    private IndicatorTable iris = new([], []);
    private GeoCoordinates[] places = [];
    private GeoCoordinates[] communes = [];
    private NearestPlaceIndex index = new([]);
    private long[,] table = new long[2, 2];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(6);
        string[] codes = ["2A004", "69123", "97105", "33063", "59350", "75101"];
        pool = new MediationActivity[4096];
        for (var i = 0; i < pool.Length; i++)
        {
            var collective = i % 5 == 0;
            var people = collective
                ? Enumerable.Range(0, 2 + (i % 9)).Select(k => k == 0 ? new ActivityBeneficiary("B" + (i * 7 % 50_000), Genre.Feminin, SocialStatus.Retraite, 1950 + (i % 60)) : ActivityBeneficiary.Anonymous).ToArray()
                : [new ActivityBeneficiary(i % 3 == 0 ? null : "B" + i, (Genre)(i % 3), (SocialStatus)(i % 5), 1940 + (i % 80), firstAccompaniment: i % 4 == 0)];
            pool[i] = new MediationActivity("A" + i, collective ? ActivityType.Collectif : ActivityType.Individuel,
                new LocalDate(2024, 1, 1).PlusDays(i % 700), 15 + (i % 150), (PlaceType)(i % 4), CommuneCode.Parse(codes[i % codes.Length]).Value,
                i % 7 == 0 ? [Thematique.AideAuxDemarchesAdministratives, Thematique.Logement] : [(Thematique)(i % 18), Thematique.Email],
                people, [(Equipment)(i % 5)], collective ? null : Autonomy.Autonome);
        }

        var names = IndexDefinition.Ifn2023.IndicatorNames;
        var rows = new IndicatorRow[50_000];
        for (var i = 0; i < rows.Length; i++)
        {
            var commune = 1000 + (i / 3);
            var dep = 1 + (commune % 95);
            var communeCode = $"{(dep == 20 ? 21 : dep):00}{commune % 1000:000}";
            rows[i] = new IndicatorRow($"{communeCode}{i % 3:0000}", null, 500 + random.Next(3000),
                [.. names.Select(_ => random.Next(10) == 0 ? (double?)null : random.Next(0, 400) / 10.0)], epci: Epci(commune % 1200));
        }

        iris = new IndicatorTable(names, rows);
        places = [.. Enumerable.Range(0, 20_000).Select(_ => RandomFrance(random))];
        communes = [.. Enumerable.Range(0, 35_000).Select(_ => RandomFrance(random))];
        index = new NearestPlaceIndex(places);
        table = new long[100, 30];
        for (var r = 0; r < 100; r++)
        {
            for (var c = 0; c < 30; c++)
            {
                table[r, c] = random.Next(4) == 0 ? random.Next(1, 11) : random.Next(11, 500);
            }
        }
    }

    [Benchmark(Baseline = true)]
    public long ActivityStatistics10M() =>
        ActivityStatistics.Compute(Stream(), new ActivityStatisticsOptions(2025)).Accompaniments;

    [Benchmark]
    public int Ifn2023Over50000IrisWithRollUps()
    {
        var result = IndexDefinition.Ifn2023.Compute(iris);
        return result.RollUp(TerritoryLevel.Commune).Rows.Count + result.RollUp(TerritoryLevel.Epci).Rows.Count + result.RollUp(TerritoryLevel.Departement).Rows.Count;
    }

    [Benchmark]
    public double NearestPlaceFor35000Communes()
    {
        var sum = 0.0;
        foreach (var c in communes)
        {
            index.FindNearest(c, out _, out var km);
            sum += km;
        }

        return sum;
    }

    [Benchmark]
    public double NearestPlaceIncludingIndexBuild()
    {
        var built = new NearestPlaceIndex(places);
        built.FindNearest(communes[0], out _, out var km);
        return km;
    }

    [Benchmark]
    public int DisclosureControl100x30() => DisclosureControl.ProtectTable(table).SuppressedCount;

    private IEnumerable<MediationActivity> Stream()
    {
        for (var i = 0; i < ActivityCount; i++)
        {
            yield return pool[i & 4095];
        }
    }

    private static GeoCoordinates RandomFrance(Random random) =>
        new(41.3 + (random.NextDouble() * 9.8), -5.1 + (random.NextDouble() * 14.7));

    /// <summary>A valid EPCI SIREN <c>2000nnnnC</c> (C the Luhn check digit) for a number below 10,000.</summary>
    private static Inclusion.Sdk.Identifiers.EpciCode Epci(int n)
    {
        var body = "2000" + n.ToString("0000", System.Globalization.CultureInfo.InvariantCulture);
        for (var check = 0; check < 10; check++)
        {
            if (Inclusion.Sdk.Identifiers.EpciCode.TryParse(body + check.ToString(System.Globalization.CultureInfo.InvariantCulture), out var code))
            {
                return code;
            }
        }

        throw new InvalidOperationException("no EPCI code for " + body);
    }
}

using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;
using NodaTime;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>
/// Validating a realistic v1.0.2 places file with every check on (communes table included), in memory; rows per
/// second = Rows / mean time. Target (issue 4): at least 200,000 rows/s. <see cref="Rows"/> starts small for CI's dry run.
/// </summary>
[MemoryDiagnoser]
public class PlacesBenchmarks
{
    private static readonly string[] Hours =
    [
        "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00",
        "Tu-Sa 10:00-19:00; Su 14:00-18:00; PH off",
        "Mo,We,Fr 09:00-12:30",
        "Mo-Fr 08:30-12:30,13:30-17:00; PH off",
        "",
    ];

    private static readonly string[] Services =
    [
        "Aide aux démarches administratives|Maîtrise des outils numériques du quotidien",
        "Accès internet et matériel informatique",
        "Loisirs et créations numériques|Compréhension du monde numérique|Utilisation sécurisée du numérique",
    ];

    private static readonly (string Insee, string Postal, string Commune, double Lat, double Lon)[] Communes =
    [
        ("51454", "51100", "Reims", 49.2583, 4.0317),
        ("75056", "75011", "Paris", 48.8589, 2.3800),
        ("69123", "69003", "Lyon", 45.7597, 4.8422),
        ("97120", "97110", "Pointe-à-Pitre", 16.2412, -61.5331),
        ("2A004", "20000", "Ajaccio", 41.9192, 8.7386),
        ("01053", "01000", "Bourg-en-Bresse", 46.2052, 5.2255),
    ];

    private byte[] file = [];
    private static readonly ReadOptions Source = new() { Source = "bench.csv" };

    private PlacesValidationSettings settings = null!;

    /// <summary>Data rows in the file.</summary>
    [Params(1_000, 100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        file = Encoding.UTF8.GetBytes(Generate(Rows));
        var table = new StringBuilder("code_insee,nom,code_postal\n");
        foreach (var c in Communes)
        {
            table.Append(c.Insee).Append(',').Append(c.Commune).Append(',').Append(c.Postal).Append('\n');
        }

        settings = new PlacesValidationSettings
        {
            Clock = new FixedClock(Instant.FromUtc(2026, 11, 1, 0, 0)),
            Communes = Inclusion.Sdk.Files.TerritoryRegistryFile.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(table.ToString())), new Inclusion.Sdk.Files.ReadOptions { Source = "communes.csv" }).Value!,
        };
    }

    [Benchmark(Baseline = true)]
    public long Validate() => MediationPlaceFile.Validate(new MemoryStream(file, false), new ValidationReportBuilder(1000), Source, settings).RowCount;

    [Benchmark]
    public long Fix() => MediationPlaceFile.Fix(new MemoryStream(file, false), TextWriter.Null, new ValidationReportBuilder(1000), Source, settings).RowCount;

    /// <summary>A realistic file: valid rows with varied communes, hours, services, and a few warnings (national phones).</summary>
    internal static string Generate(int rows)
    {
        var builder = new StringBuilder(rows * 900);
        builder.Append(string.Join(',', PlacesVocabulary.Columns(PlacesSchemaVersion.V1))).Append('\n');
        var random = new Random(42);
        for (var i = 0; i < rows; i++)
        {
            var c = Communes[i % Communes.Length];
            var phone = i % 10 == 0 ? "01 80 05 98 80" : "+33180059880";
            var lat = (c.Lat + (random.NextDouble() * 0.01)).ToString("F5", CultureInfo.InvariantCulture);
            var lon = (c.Lon + (random.NextDouble() * 0.01)).ToString("F5", CultureInfo.InvariantCulture);
            var date = new LocalDate(2026, 1, 1).PlusDays(i % 300).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            builder.Append(CultureInfo.InvariantCulture, $"lieu-{i},43493312300029,Espace numérique {i},{c.Commune},{c.Postal},{c.Insee},{i % 200 + 1} rue de la République,,{lat},{lon},TIERS_LIEUX|ASSO,{phone},");
            builder.Append(CultureInfo.InvariantCulture, $"contact{i}@exemple.fr,https://www.exemple.fr/lieu-{i},\"{Hours[i % Hours.Length]}\",Accompagnement au numérique pour tous les publics.,,Hubik,Fixe,,{date},");
            builder.Append(Services[i % Services.Length]).Append(",Seniors|Jeunes,Surdité,Gratuit,Conseillers numériques|France Services,,,Se présenter|Téléphoner,Accompagnement individuel|Dans un atelier collectif,,https://www.rdv-solidarites.fr/\n");
        }

        return builder.ToString();
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}

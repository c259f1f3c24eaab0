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
/// <see cref="Threads"/> compares the caller's thread alone with reading and checking on background threads (issue 15);
/// the whole-process figures, beside the Sep parse floor, come from benchmarks/measure-validate.sh.
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

    /// <summary>Whether rows are read and checked on background threads (<see cref="PlacesValidationSettings.UseBackgroundThreads"/>).</summary>
    [Params(false, true)]
    public bool Threads { get; set; }

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
            UseBackgroundThreads = Threads,
            Clock = new FixedClock(Instant.FromUtc(2026, 11, 1, 0, 0)),
            Communes = Inclusion.Sdk.Files.TerritoryRegistryFile.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(table.ToString())), new Inclusion.Sdk.Files.ReadOptions { Source = "communes.csv" }).Value!,
        };
    }

    [Benchmark(Baseline = true)]
    public long Validate() => MediationPlaceFile.Validate(new MemoryStream(file, false), new ValidationReportBuilder(1000), Source, settings).RowCount;

    /// <summary>Validation with every issue written as JSON (to nowhere), as <c>inclusion validate --format json</c> does.</summary>
    [Benchmark]
    public long ValidateToJson()
    {
        using var json = new JsonReportWriter(Stream.Null, "bench.csv", null, indented: true);
        var rows = MediationPlaceFile.Validate(new MemoryStream(file, false), json, Source, settings).RowCount;
        json.Complete();
        return rows;
    }

    [Benchmark]
    public long Fix() => MediationPlaceFile.Fix(new MemoryStream(file, false), TextWriter.Null, new ValidationReportBuilder(1000), Source, settings).RowCount;

    /// <summary>A realistic file as one string (see <see cref="Write"/>).</summary>
    internal static string Generate(int rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, rows);
        return text.ToString();
    }

    /// <summary>
    /// Writes a realistic v1.0.2 file: varied communes, hours and services, national phones on one row in ten (a
    /// warning), and one row in ten with a defect (an error), in turn: a SIRET with a wrong check digit, a postal code
    /// of another commune, an unknown INSEE code, a malformed e-mail, unreadable opening hours, an unknown service, a
    /// latitude out of range, a repeated id, an empty name and an impossible date.
    /// </summary>
    internal static void Write(TextWriter text, long rows)
    {
        text.Write(string.Join(',', PlacesVocabulary.Columns(PlacesSchemaVersion.V1)));
        text.Write('\n');
        var random = new Random(42);
        for (var i = 0L; i < rows; i++)
        {
            var c = Communes[i % Communes.Length];
            var defect = i % 10 == 3 ? (int)(i / 10 % 10) : -1;
            var id = defect == 7 && i > 10 ? $"lieu-{i - 10}" : $"lieu-{i}";
            var siret = defect == 0 ? "43493312300028" : "43493312300029";
            var postal = defect == 1 ? "13001" : c.Postal;
            var insee = defect == 2 ? "99999" : c.Insee;
            var email = defect == 3 ? $"contact{i}exemple.fr" : $"contact{i}@exemple.fr";
            var hours = defect == 4 ? "Mo-Fr 25:00-12:00" : Hours[i % Hours.Length];
            var services = defect == 5 ? "Réparation de vélos" : Services[i % Services.Length];
            var lat = defect == 6 ? "123.45000" : (c.Lat + (random.NextDouble() * 0.01)).ToString("F5", CultureInfo.InvariantCulture);
            var lon = (c.Lon + (random.NextDouble() * 0.01)).ToString("F5", CultureInfo.InvariantCulture);
            var name = defect == 8 ? string.Empty : $"Espace numérique {i}";
            var date = defect == 9 ? "2026-02-30" : new LocalDate(2026, 1, 1).PlusDays((int)(i % 300)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var phone = i % 10 == 0 ? "01 80 05 98 80" : "+33180059880";
            text.Write(string.Create(CultureInfo.InvariantCulture, $"{id},{siret},{name},{c.Commune},{postal},{insee},{i % 200 + 1} rue de la République,,{lat},{lon},TIERS_LIEUX|ASSO,{phone},"));
            text.Write(string.Create(CultureInfo.InvariantCulture, $"{email},https://www.exemple.fr/lieu-{i},\"{hours}\",Accompagnement au numérique pour tous les publics.,,Hubik,Fixe,,{date},"));
            text.Write(services);
            text.Write(",Seniors|Jeunes,Surdité,Gratuit,Conseillers numériques|France Services,,,Se présenter|Téléphoner,Accompagnement individuel|Dans un atelier collectif,,https://www.rdv-solidarites.fr/\n");
        }
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}

using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Diagnostic;

/// <summary>For every reader of the territorial diagnostic: random bytes and every truncation of a valid sample never
/// throw and give only located issues, and the valid rows before the fault are kept.</summary>
public class DiagnosticReaderProperties
{
    private const string Source = "s.dat";

    /// <summary>A reader under test: the keys of what it read (in order) and its report.</summary>
    public delegate (IReadOnlyList<string> Keys, ValidationReport Report) Reader(Stream input);

    private static (IReadOnlyList<string>, ValidationReport) Streamed<T>(Func<Stream, IIssueSink, ReadOptions, IEnumerable<T>> read, Stream input, Func<T, string> key)
    {
        var report = new ValidationReportBuilder();
        var keys = read(input, report, TextStreams.Source(Source)).Select(key).ToList();
        return (keys, report.Build());
    }

    private static (IReadOnlyList<string>, ValidationReport) Loaded<T>(LoadResult<T> result, Func<T, IEnumerable<string>> keys) =>
        (result.Value is { } v ? [.. keys(v)] : [], result.Report);

    private static readonly Dictionary<string, Reader> Readers = new()
    {
        ["activities"] = s => Streamed((i, r, o) => ActivityFile.Read(i, r, o), s, a => a.Id),
        ["legacy"] = s => Streamed((i, r, o) => LegacyCraFile.Read(i, r, o), s, c => c.Date.ToString()),
        ["indicators"] = s => Loaded(IndicatorTableFile.Load(s, TextStreams.Source(Source)), t => t.Rows.Select(r => r.Code)),
        ["ifn"] = s => Loaded(IfnExportFile.Load(s, TextStreams.Source(Source)), rows => rows.Select(r => r.Code)),
        ["communes"] = s => Loaded(CommuneGeographyFile.Load(s, TextStreams.Source(Source)), c => c.Select(x => x.Code.ToString())),
        ["registry"] = s => Loaded(TerritoryRegistryFile.Load(s, TextStreams.Source(Source)), r => r.OfLevel(Inclusion.Sdk.Territories.TerritoryLevel.Commune).Select(t => t.Id.Code).Order(StringComparer.Ordinal)),
    };

    /// <summary>Valid samples, one row per item (so that a complete line is a complete item).</summary>
    private static readonly (string Reader, string Text)[] Samples =
    [
        ("activities", "activite_id,type,date,duree,type_lieu,code_insee,thematiques,beneficiaire_id,genre\n" +
            string.Concat(Enumerable.Range(1, 6).Select(i => $"A{i},individuel,2025-01-{i:00},45,lieu_activite,69381,email|navigation_sur_internet,P{i},feminin\n"))),
        ("activities", "[" + string.Join(",\n", Enumerable.Range(1, 5).Select(i =>
            $$$"""{"id":"A{{{i}}}","attributes":{"type":"individuel","date":"2025-01-0{{{i}}}","duree":45,"type_lieu":"lieu_activite","thematiques":["email"],"accompagnements":1}}""")) + "]\n"),
        ("legacy", "date,code_commune,activite,nb_participants,nb_participants_recurrents,moins_12_ans,de_12_a_18_ans,de_18_a_35_ans,de_35_a_60_ans,plus_60_ans,etudiant,sans_emploi,en_emploi,retraite,heterogene\n" +
            string.Concat(Enumerable.Range(1, 6).Select(i => $"2023-03-{i:00},33063,individuel,1,0,0,0,0,0,1,0,0,0,1,0\n"))),
        ("indicators", "code,name,population,commune,epci,x,y\n" +
            string.Concat(Enumerable.Range(1, 6).Select(i => $"2A00400{i:00},IRIS {i},{100 * i},2A004,242010056,{i}.5,{10 - i}\n"))),
        ("indicators", "[" + string.Join(",\n", Enumerable.Range(1, 5).Select(i => $$"""{"code":"R{{i}}","population":{{i}},"x":{{i}}.25}""")) + "]"),
        ("ifn", "name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,poverty_rate,older_65_rate,nscol15p_rate,total\n" +
            string.Concat(Enumerable.Range(1, 6).Select(i => $"Ville {i},city,9900{i},4,6,8,2,5,5\n"))),
        ("communes", "code_insee,nom,population,latitude,longitude,epci\n2A004,Ajaccio,72000,41.9192,8.7386,242010056\n2A041,Bocognano,400,42.0788,9.0616,242010056\n" +
            "69381,Lyon 1er,30000,45.767,4.834,200046977\n97105,Basse-Terre,10000,15.998,-61.726,200018653\n"),
        ("registry", "code_insee,nom,code_postal\n01004,Ambérieu-en-Bugey,01500\n01053,Bourg-en-Bresse,01000\n2A004,Ajaccio,\"20000, 20090\"\n69381,Lyon 1er Arrondissement,69001\n"),
        ("registry", "TYPECOM,COM,REG,DEP,CTCD,ARR,TNCC,NCC,NCCENR,LIBELLE,CAN,COMPARENT\nCOM,01015,84,01,01D,011,0,ARBOYS EN BUGEY,Arboys en Bugey,Arboys en Bugey,0108,\nCOM,75056,11,75,75C,751,0,PARIS,Paris,Paris,7599,\n"),
    ];

    public static TheoryData<string, int> SampleIndexes()
    {
        var data = new TheoryData<string, int>();
        for (var i = 0; i < Samples.Length; i++)
        {
            data.Add(Samples[i].Reader, i);
        }

        return data;
    }

    private static bool Located(ValidationReport report) => report.Issues.All(i => i.Location.Source == Source);

    [Theory]
    [MemberData(nameof(SampleIndexes))]
    public void Sample_IsValid_AndEveryTruncation_KeepsTheCompleteRowsBefore_WithLocatedIssues(string reader, int sample)
    {
        var bytes = Encoding.UTF8.GetBytes(Samples[sample].Text);
        var (all, full) = Readers[reader](new MemoryStream(bytes));
        Assert.True(full.IsValid, string.Join("\n", full.Issues));
        Assert.NotEmpty(all);
        var isJson = Samples[sample].Text.TrimStart().StartsWith('[');
        for (var cut = 0; cut <= bytes.Length; cut++)
        {
            var (keys, report) = Readers[reader](new MemoryStream(bytes, 0, cut));
            Assert.True(Located(report), $"cut {cut}: {string.Join("; ", report.Issues)}");
            // Complete lines (CSV: after the header) or complete objects (JSON: one per line) before the cut are kept.
            var complete = Encoding.UTF8.GetString(bytes, 0, cut).Count(c => c == '\n') - (isJson ? 0 : 1);
            var expected = all.Take(Math.Max(0, complete)).ToList();
            Assert.True(expected.SequenceEqual(keys.Take(expected.Count)), $"cut {cut}: kept [{string.Join(",", keys)}], expected at least [{string.Join(",", expected)}]");
        }
    }

    [Fact]
    public void RandomBytes_NeverThrow_AndGiveOnlyLocatedIssues() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), Gen.Elements(Readers.Keys.ToArray()).ToArbitrary(), (bytes, reader) =>
        {
            var (_, report) = Readers[reader](new MemoryStream(bytes));
            return Located(report);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));

    [Fact]
    public void A_Sample_WithRandomBytesAppended_KeepsItsRows_AndNeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), Gen.Choose(0, Samples.Length - 1).ToArbitrary(), (tail, sample) =>
        {
            var (name, text) = Samples[sample];
            var isJson = text.TrimStart().StartsWith('[');
            if (isJson)
            {
                return true; // a JSON array closed before the tail: the tail is trailing content, covered by the JSON tests
            }

            // Control characters would make the whole input "binary" (file.binary, nothing read): keep the tail text-like.
            var bytes = Encoding.UTF8.GetBytes(text).Concat(tail.Select(b => b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' ? (byte)(b | 0x40) : b)).ToArray();
            var (all, _) = Readers[name](new MemoryStream(Encoding.UTF8.GetBytes(text)));
            var (keys, report) = Readers[name](new MemoryStream(bytes));
            // The rows before the last complete line are kept whatever follows (the last line may merge with the tail).
            var kept = all.Take(all.Count - 1).ToList();
            return Located(report) && (name == "registry" || kept.SequenceEqual(keys.Take(kept.Count)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
}

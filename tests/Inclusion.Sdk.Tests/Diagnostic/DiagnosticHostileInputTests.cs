using System.Text;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Diagnostic;

/// <summary>Hostile inputs for the territorial-diagnostic readers and commands: each is a located issue, never a crash
/// and never a silent change.</summary>
public class DiagnosticHostileInputTests
{
    private const string ExportHeader = "name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,poverty_rate,older_65_rate,nscol15p_rate,total\n";
    private const string ActivityHeader = "activite_id,type,date,duree,type_lieu,code_insee,thematiques,beneficiaire_id,genre\n";

    private static string Activity(string id, string date) => $"{id},individuel,{date},45,lieu_activite,69381,email,P-{id},feminin\n";

    private static (List<MediationActivity> Activities, ValidationReport Report) Activities(Stream input)
    {
        var report = new ValidationReportBuilder();
        var list = ActivityFile.Read(input, report, TextStreams.Source("a.csv")).ToList();
        return (list, report.Build());
    }

    [Fact]
    public void UnclosedQuote_InAnIndicatorTable_IsAnError_AndTheRowsBeforeAreKept()
    {
        var load = IndicatorTableFile.Load(TextStreams.Utf8("code,x\nA,1\nB,\"2\nC,3\nD,4\n"), TextStreams.Source("i.csv"));
        var issue = Assert.Single(load.Report.Issues, i => i.RuleCode == "file.csv.unclosed-quote");
        Assert.Equal(3, issue.Location.Row);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal(["A"], load.Value!.Rows.Select(r => r.Code));
        Assert.False(load.IsValid);
    }

    [Fact]
    public void UnclosedQuote_InAnIfnExport_MakesTheCommandExit1()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, ExportHeader + "Exempleville,city,99001,4,6,8,2,5,5\n\"Villefictive,city,99002,7,5,3,9,6,6\nAutre,city,99003,1,1,1,1,1,1\n");
        var (exit, output, error) = Cli.CliRunner.Run(["index", "--preset", "ifn-2023", "--input", path]);
        File.Delete(path);
        Assert.Equal(1, exit);
        Assert.Contains("file.csv.unclosed-quote", error, StringComparison.Ordinal);
        Assert.Contains("IFN export: 1 rows", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e999")]
    public void NonFiniteNumbers_AreErrors_NotMissing(string value)
    {
        var csv = IndicatorTableFile.Load(TextStreams.Utf8($"code,x,population\nA,{value},{value}\nB,NA,\n"), TextStreams.Source("i.csv"));
        Assert.Equal(2, csv.Report.Issues.Count(i => i.RuleCode is "index.value" or "index.population" && i.Location.Row == 2));
        Assert.DoesNotContain(csv.Report.Issues, i => i.Location.Row == 3); // NA and empty are missing, without an issue
        Assert.Null(csv.Value!.Rows[0].Values[0]);
        var json = IndicatorTableFile.Load(TextStreams.Utf8($$"""[{"code":"A","x":"{{value}}"}]"""), TextStreams.Source("i.json"));
        Assert.Equal(new IssueLocation("i.json", 2, null, "x"), Assert.Single(json.Report.Issues, i => i.RuleCode == "index.value").Location);
        var export = IfnExportFile.Load(TextStreams.Utf8(ExportHeader + $"X,city,99001,{value},6,8,2,5,5\n"), TextStreams.Source("e.csv"));
        Assert.Equal(new IssueLocation("e.csv", 2, 4, "no_thd_coverage_rate"), Assert.Single(export.Report.Issues, i => i.RuleCode == "index.value").Location);
    }

    [Fact]
    public void DuplicateColumns_AndJsonKeys_AreReported()
    {
        var indicators = IndicatorTableFile.Load(TextStreams.Utf8("code,x,X\nA,1,2\n"), TextStreams.Source("i.csv"));
        Assert.Equal(new IssueLocation("i.csv", 1, 3, "X"), Assert.Single(indicators.Report.Issues, i => i.RuleCode == "file.header.duplicate").Location);
        Assert.Equal(1.0, indicators.Value!.Rows[0].Values[0]);
        var (_, activities) = Activities(TextStreams.Utf8("activite_id,type,date,duree,type_lieu,thematiques,date\nA1,individuel,2025-01-01,45,lieu_activite,email,2025-02-02\n"));
        Assert.Single(activities.Issues, i => i.RuleCode == "file.header.duplicate" && i.Location.Column == 7);
        var (json, jsonReport) = Activities(TextStreams.Utf8("""[{"id":"A1","type":"individuel","date":"2025-01-01","date":"2025-02-02","duree":45,"type_lieu":"lieu_activite","thematiques":["email"],"accompagnements":1}]"""));
        Assert.Equal(new IssueLocation("a.csv", 2, null, "date"), Assert.Single(jsonReport.Issues, i => i.RuleCode == "file.json.duplicate-key").Location);
        Assert.Equal(new NodaTime.LocalDate(2025, 1, 1), Assert.Single(json).Date);
        var communes = CommuneGeographyFile.Load(TextStreams.Utf8("""[{"code_insee":"2A004","population":1,"population":2}]"""), TextStreams.Source("c.json"));
        Assert.Single(communes.Report.Issues, i => i.RuleCode == "file.json.duplicate-key");
        Assert.Equal(1, Assert.Single(communes.Value!).Population);
    }

    [Fact]
    public void Windows1252_IsDecoded_WithTheEncodingIssue()
    {
        var bytes = Encoding.Latin1.GetBytes("code_insee,nom,code_postal\n01004,Ambérieu-en-Bugey,01500\n");
        var registry = TerritoryRegistryFile.Load(new MemoryStream(bytes), TextStreams.Source("c.csv"));
        Assert.Equal("Ambérieu-en-Bugey", registry.Value!.Find(Inclusion.Sdk.Identifiers.CommuneCode.Parse("01004").Value)!.Name);
        Assert.Equal("file.encoding", Assert.Single(registry.Report.Issues).RuleCode);
        var table = IndicatorTableFile.Load(new MemoryStream(Encoding.Latin1.GetBytes("code,name,x\nA,Évry,1\n")), TextStreams.Source("i.csv"));
        Assert.Equal("Évry", table.Value!.Rows[0].Name);
        Assert.Single(table.Report.Issues, i => i.RuleCode == "file.encoding");
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("0000-01-01")]
    [InlineData("-0001-01-01")]
    public void CalendarBounds_NeverCrashAReader_OrTheStatistics(string date)
    {
        var (activities, report) = Activities(TextStreams.Utf8(ActivityHeader + Activity("A1", date) + Activity("A2", "2025-01-01")));
        Assert.Contains(activities, a => a.Id == "A2");
        Assert.All(report.Issues, i => Assert.Equal("activity.date", i.RuleCode));
        var options = new ActivityStatisticsOptions(2025, new NodaTime.LocalDate(9999, 12, 31), new NodaTime.LocalDate(9999, 12, 31));
        _ = ActivityStatistics.Publish(ActivityStatistics.ComputeBy(activities, options, ActivityGrouping.Month), null);
        var all = ActivityStatistics.ComputeBy(activities, new ActivityStatisticsOptions(2025), ActivityGrouping.Month);
        Assert.Equal(activities.Count, all.Sum(g => g.Value.Activities));
        var legacy = new ValidationReportBuilder();
        var cras = LegacyCraFile.Read(TextStreams.Utf8("date,code_commune,activite,nb_participants,nb_participants_recurrents,moins_12_ans,de_12_a_18_ans,de_18_a_35_ans,de_35_a_60_ans,plus_60_ans,etudiant,sans_emploi,en_emploi,retraite,heterogene\n" +
            date + ",33063,individuel,1,0,0,0,0,0,1,0,0,0,1,0\n"), legacy).ToList();
        _ = LegacyCraStatistics.Compute(cras);
    }

    [Theory]
    [InlineData("--from", "9999-12-31")]
    [InlineData("--to", "0001-01-01")]
    [InlineData("--from", "0001-01-01")]
    public void CalendarBounds_InOptions_NeverCrashTheCommand(string option, string date)
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, ActivityHeader + Activity("A1", "9999-12-31") + Activity("A2", "0001-01-01"));
        var (exit, output, _) = Cli.CliRunner.Run(["activities", "stats", "--activities", path, option, date, "--by", "month", "--format", "json"]);
        File.Delete(path);
        Assert.Equal(0, exit);
        Assert.Contains("\"groups\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"id":"\ud800","type":"individuel"}]""")]
    [InlineData("""[{"code":"\udfff\ud800","x":1}]""")]
    [InlineData("""[{"code_insee":"2A004","nom":"\ud800x","population":1}]""")]
    public void LoneSurrogates_InJson_NeverCrash(string json)
    {
        var (_, activities) = Activities(TextStreams.Utf8(json));
        var table = IndicatorTableFile.Load(TextStreams.Utf8(json), TextStreams.Source("i.json"));
        var communes = CommuneGeographyFile.Load(TextStreams.Utf8(json), TextStreams.Source("c.json"));
        Assert.False(activities.IsValid);
        Assert.False(table.Report.IsValid);
        Assert.False(communes.Report.IsValid);
        Assert.All(activities.Issues.Concat(table.Report.Issues).Concat(communes.Report.Issues), i => Assert.NotNull(i.Location.Source));
    }

    [Fact]
    public void EveryReader_ReadsItsInputOnce_FromAPipe()
    {
        var sample = File.ReadAllBytes(RepoFiles.RepoPath("docs/samples/diagnostic/activities.json"));
        var (fromPipe, pipeReport) = Activities(new PipeStream(sample));
        var (fromMemory, _) = Activities(new MemoryStream(sample));
        Assert.True(pipeReport.IsValid);
        Assert.Equal(fromMemory.Select(a => a.Id), fromPipe.Select(a => a.Id));
        Assert.Equal(6, fromPipe.Count);
        var csv = File.ReadAllBytes(RepoFiles.RepoPath("docs/samples/diagnostic/activities.csv"));
        Assert.Equal(6, Activities(new PipeStream(csv)).Activities.Count);
        Assert.True(IndicatorTableFile.Load(new PipeStream(File.ReadAllBytes(RepoFiles.RepoPath("docs/samples/diagnostic/indicators-iris.csv")))).IsValid);
        Assert.True(IfnExportFile.Load(new PipeStream(File.ReadAllBytes(RepoFiles.RepoPath("docs/samples/diagnostic/ifn-export.csv")))).HasValue);
        Assert.Equal(7, CommuneGeographyFile.Load(new PipeStream(File.ReadAllBytes(RepoFiles.RepoPath("docs/samples/diagnostic/communes.json")))).Value!.Count);
        Assert.Equal(1, TerritoryRegistryFile.Load(new PipeStream(Encoding.UTF8.GetBytes("code_insee,nom\n01004,Ambérieu\n"))).Value!.CommunesRead);
        var cras = LegacyCraFile.Read(new PipeStream(Encoding.UTF8.GetBytes(
            "date,code_commune,activite,nb_participants,nb_participants_recurrents,moins_12_ans,de_12_a_18_ans,de_18_a_35_ans,de_35_a_60_ans,plus_60_ans,etudiant,sans_emploi,en_emploi,retraite,heterogene\n" +
            "2023-03-01,33063,individuel,1,0,0,0,0,0,1,0,0,0,1,0\n")), new ValidationReportBuilder());
        Assert.Single(cras);
    }

    [Fact]
    public void Publish_SuppressesSmallCounts_InTheSdk()
    {
        var (activities, _) = Activities(File.OpenRead(RepoFiles.RepoPath("docs/samples/diagnostic/activities.csv")));
        var stats = ActivityStatistics.Compute(activities, new ActivityStatisticsOptions(2025));
        var published = stats.Publish(null);
        Assert.Equal(11, published.Rule.Threshold);
        Assert.Null(published.Totals(0).Single(t => t.Key == "individuels").Value);
        Assert.Equal(stats.Activities, published.Totals(0).Single(t => t.Key == "activites").Value);
        var open = stats.Publish(new Inclusion.Sdk.Statistics.DisclosureRule(1));
        Assert.Equal(stats.IndividualActivities, open.Totals(0).Single(t => t.Key == "individuels").Value);
        var text = new StringWriter();
        ActivityStatisticsWriter.WriteCsv(published, text);
        Assert.StartsWith("group,measure,value,label,count,proportion", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("total,individuels,,,s,", text.ToString(), StringComparison.Ordinal);
    }
}

using Inclusion.Sdk.Files;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Diagnostic;

/// <summary>The JSON readers of the diagnostic inputs: same results as the CSV form, located issues, never a throw.</summary>
public class DiagnosticJsonReaderTests
{
    private static string Sample(string name) => File.ReadAllText(RepoFiles.RepoPath("docs/samples/diagnostic/" + name));

    private static (List<MediationActivity> Activities, ValidationReport Report) Activities(string json)
    {
        var report = new ValidationReportBuilder();
        var list = ActivityFile.Read(TextStreams.Utf8(json), report, TextStreams.Source("a.json")).ToList();
        return (list, report.Build());
    }

    private static string Signature(MediationActivity a) =>
        $"{a.Id}|{a.Type}|{a.Date}|{a.DurationMinutes}|{a.PlaceType}|{a.Commune}|{string.Join(',', a.Thematiques)}|{string.Join(',', a.Equipment)}|{a.Autonomy}|{a.Redirection}|" +
        string.Join(';', a.Beneficiaries.Select(b => $"{b.PseudonymousId}/{b.Genre}/{b.SocialStatus}/{b.BirthYear}/{b.StoredAgeBracket}/{b.FirstAccompaniment}"));

    private const string Valid =
        """{"id":"A1","attributes":{"type":"individuel","date":"2025-01-14","duree":45,"type_lieu":"lieu_activite","lieu_code_insee":"69381","thematiques":["email"],"materiel":["ordinateur"],"accompagnements":1}}""";

    [Fact]
    public void ActivitySample_EqualsTheCsvSample()
    {
        var (json, report) = Activities(Sample("activities.json"));
        Assert.True(report.IsValid, string.Join("\n", report.Issues.Select(i => i.MessageEn)));
        var csv = ActivityFile.Read(TextStreams.Utf8(Sample("activities.csv")), new ValidationReportBuilder(), TextStreams.Source("a.csv")).ToList();
        Assert.Equal(6, json.Count);
        Assert.Equal(csv.Select(Signature), json.Select(Signature));
    }

    [Fact]
    public void Activity_FlatObject_AndAccompagnementsWithoutBeneficiaries()
    {
        var (list, report) = Activities(
            """[{"id":"W","type":"collectif","date":"2025-03-01","duree":"90","type_lieu":"autre","code_insee":"2A004","lieu_code_insee":"69381","thematiques":"culture_numerique","accompagnements":5}]""");
        Assert.True(report.IsValid);
        var a = Assert.Single(list);
        Assert.Equal(5, a.Participants);
        Assert.All(a.Beneficiaries, b => Assert.False(b.IsFollowed));
        Assert.Equal("2A004", a.Commune.ToString()); // code_insee wins over lieu_code_insee
    }

    [Fact]
    public void Activity_Deleted_IsLeftOut()
    {
        var (list, report) = Activities("[" + Valid.Replace("\"accompagnements\":1", "\"accompagnements\":1,\"suppression\":\"2025-01-05T10:00:00Z\"", StringComparison.Ordinal) + "," + Valid + "]");
        Assert.True(report.IsValid);
        Assert.Single(list);
    }

    [Fact]
    public void Activity_WrongTypes_UnknownValues_MissingMembers_AreLocated_AndValidObjectsKept()
    {
        var (list, report) = Activities("[" +
            """{"id":"B1","attributes":{"type":"individual","date":20250101,"duree":"abc","type_lieu":"lieu_activite","thematiques":{"x":1},"accompagnements":1}},""" +
            Valid + "," +
            """{"id":"B3","attributes":{"type":"collectif","date":"2025-01-01","duree":30,"type_lieu":"autre","thematiques":["email"],"beneficiaires":[{"genre":"f"},{"anonymes":-2},{"annee_naissance":true}]}},""" +
            """{"attributes":{"type":"individuel"}},""" +
            """{"id":"B5","attributes":{"type":"individuel","date":"2025-01-01","duree":30,"type_lieu":"autre","thematiques":["email"],"beneficiaires":"P1"}}""" +
            "]");
        Assert.Equal("A1", Assert.Single(list).Id);
        var type = Assert.Single(report.Issues, i => i.RuleCode == "activity.type" && i.Location.Row == 2);
        Assert.Equal(new IssueLocation("a.json", 2, null, "attributes.type"), type.Location);
        Assert.Equal("individuel", type.Suggestion);
        Assert.Single(report.Issues, i => i.RuleCode == "activity.date" && i.Value == "20250101" && i.Location.Field == "attributes.date");
        Assert.Single(report.Issues, i => i.RuleCode == "activity.duration" && i.Location.Row == 2);
        Assert.Single(report.Issues, i => i.RuleCode == "activity.thematique" && i.Location.Field == "attributes.thematiques");
        Assert.Single(report.Issues, i => i.RuleCode == "activity.genre" && i.Location.Equals(new IssueLocation("a.json", 4, null, "attributes.beneficiaires[0].genre")));
        Assert.Single(report.Issues, i => i.RuleCode == "activity.count" && i.Location.Field == "attributes.beneficiaires[1].anonymes");
        Assert.Single(report.Issues, i => i.RuleCode == "activity.birth-year" && i.Location.Field == "attributes.beneficiaires[2].annee_naissance");
        // Missing members: id, date, duree, type_lieu, thematiques of the fourth object.
        Assert.Single(report.Issues, i => i.RuleCode == "activity.id" && i.Location.Row == 5);
        Assert.Single(report.Issues, i => i.RuleCode == "activity.place-type" && i.Location.Row == 5);
        Assert.Single(report.Issues, i => i.RuleCode == "activity.count" && i.Location.Equals(new IssueLocation("a.json", 6, null, "attributes.beneficiaires")));
    }

    [Theory]
    [InlineData("[", "file.json.malformed")]
    [InlineData("{\"id\":1}", "file.json.malformed")]
    [InlineData("[1, \"x\"]", "file.json.not-object")]
    [InlineData("   ", "file.empty")]
    [InlineData("[{\"id\":\"A\",,}]", "file.json.malformed")]
    public void Activity_MalformedJson_IsReported(string json, string rule)
    {
        var (list, report) = Activities(json);
        Assert.Empty(list);
        Assert.Contains(report.Issues, i => i.RuleCode == rule);
    }

    [Fact]
    public void Activity_MalformedAfterValidObjects_KeepsThem()
    {
        var (list, report) = Activities("[" + Valid + "," + Valid.Replace("A1", "A2", StringComparison.Ordinal) + ", {\"id\": ]");
        Assert.Equal(2, list.Count);
        Assert.Equal(4, Assert.Single(report.Issues, i => i.RuleCode == "file.json.malformed").Location.Row);
    }

    [Fact]
    public void Issues_ComeInDocumentOrder()
    {
        var bad = Valid.Replace("\"duree\":45", "\"duree\":0", StringComparison.Ordinal);
        var (_, report) = Activities("[" + bad + ", 3, " + bad + ", {");
        Assert.Equal([2L, 3L, 4L, 5L], report.Issues.Select(i => i.Location.Row!.Value));
        Assert.Equal(["activity.duration", "file.json.not-object", "activity.duration", "file.json.malformed"], report.Issues.Select(i => i.RuleCode));
    }

    [Fact]
    public void EmptyArrays_GiveNothing_AndNoIssue()
    {
        Assert.True(Activities("[]").Report.IsValid);
        var report = new ValidationReportBuilder();
        Assert.Empty(IndicatorTableFile.Load(TextStreams.Utf8(" [ ] "), TextStreams.Source("i.json")).Into(report).Rows);
        Assert.Empty(CommuneGeographyFile.Load(TextStreams.Utf8("[]"), TextStreams.Source("c.json")).Into(report));
        Assert.True(report.Build().IsValid);
    }

    [Fact]
    public void Activity_ManyObjects_AcrossBufferBoundaries_AreStreamed()
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < 3000; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append(Valid.Replace("\"A1\"", $"\"A{i}\"", StringComparison.Ordinal));
        }

        var (list, report) = Activities(json.Append(']').ToString());
        Assert.True(report.IsValid);
        Assert.Equal(3000, list.Count);
        Assert.Equal("A2999", list[^1].Id);
    }

    [Fact]
    public void IndicatorSample_EqualsTheCsvSample()
    {
        var report = new ValidationReportBuilder();
        var json = IndicatorTableFile.Load(TextStreams.Utf8(Sample("indicators-iris.json")), TextStreams.Source("i.json")).Into(report);
        var csv = IndicatorTableFile.Load(TextStreams.Utf8(Sample("indicators-iris.csv")), TextStreams.Source("i.csv")).Into(new ValidationReportBuilder());
        Assert.True(report.Build().IsValid);
        Assert.Equal(csv.Indicators, json.Indicators);
        static string Sig(IndicatorRow r) => $"{r.Code}|{r.Name}|{r.Population}|{string.Join(',', r.Values)}|{r.Commune}|{r.Epci}|{r.Departement}";
        Assert.Equal(csv.Rows.Select(Sig), json.Rows.Select(Sig));
        Assert.Equal(IndexDefinition.Ifn2023.Compute(csv).RollUp(Inclusion.Sdk.Territories.TerritoryLevel.Epci).Rows.Select(s => s.Total),
            IndexDefinition.Ifn2023.Compute(json).RollUp(Inclusion.Sdk.Territories.TerritoryLevel.Epci).Rows.Select(s => s.Total));
    }

    [Fact]
    public void Indicator_BadValues_AreLocated()
    {
        var report = new ValidationReportBuilder();
        var table = IndicatorTableFile.Load(TextStreams.Utf8(
            """[{"code":"A","x":"abc","population":-3},{"name":"no code","x":1},{"code":"A","x":2},{"code":"B","x":null,"y":true,"population":"NA"},{"code":"C","x":{"v":1}}]"""), TextStreams.Source("i.json")).Into(report);
        var issues = report.Build().Issues;
        Assert.Equal(["x", "y"], table.Indicators);
        Assert.Equal(["A", "B", "C"], table.Rows.Select(r => r.Code));
        Assert.Single(issues, i => i.RuleCode == "index.value" && i.Location.Equals(new IssueLocation("i.json", 2, null, "x")));
        Assert.Single(issues, i => i.RuleCode == "index.population" && i.Location.Row == 2);
        Assert.Single(issues, i => i.RuleCode == "index.code" && i.Location.Row == 3);
        Assert.Single(issues, i => i.RuleCode == "index.duplicate" && i.Location.Row == 4);
        Assert.Single(issues, i => i.RuleCode == "index.value" && i.Location.Equals(new IssueLocation("i.json", 5, null, "y")));
        Assert.Single(issues, i => i.RuleCode == "index.value" && i.Location.Equals(new IssueLocation("i.json", 6, null, "x")));
        Assert.Null(table.Rows[1].Values[0]);
    }

    [Fact]
    public void CommuneSample_EqualsTheCsvSample()
    {
        var report = new ValidationReportBuilder();
        var json = CommuneGeographyFile.Load(TextStreams.Utf8(Sample("communes.json")), TextStreams.Source("c.json")).Into(report);
        var csv = CommuneGeographyFile.Load(TextStreams.Utf8(Sample("communes.csv")), TextStreams.Source("c.csv")).Into(new ValidationReportBuilder());
        Assert.True(report.Build().IsValid);
        static string Sig(CommuneGeography c) => $"{c.Code}|{c.Name}|{c.Population}|{c.Location}|{c.Epci}";
        Assert.Equal(7, json.Count);
        Assert.Equal(csv.Select(Sig), json.Select(Sig));
    }

    [Fact]
    public void Commune_BadValues_AreLocated_AndMissingCoordinatesLeaveNoDistance()
    {
        var report = new ValidationReportBuilder();
        var communes = CommuneGeographyFile.Load(TextStreams.Utf8(
            """[{"code_insee":"2A00","population":1},{"code_insee":"2A004","population":"many"},{"code_insee":"2A004","population":10},{"code_insee":"2A004","population":5},{"code_insee":"69381","population":7,"latitude":95,"longitude":4},{"code_insee":"2B033"}]"""), TextStreams.Source("c.json")).Into(report);
        var issues = report.Build().Issues;
        Assert.Equal(["2A004", "69381"], communes.Select(c => c.Code.ToString()));
        Assert.Null(communes[0].Location);
        Assert.Single(issues, i => i.RuleCode == "territory-file.bad-code" && i.Location.Equals(new IssueLocation("c.json", 2, null, "code_insee")));
        Assert.Single(issues, i => i.RuleCode == "offer.population" && i.Location.Equals(new IssueLocation("c.json", 3, null, "population")));
        Assert.Single(issues, i => i.RuleCode == "territory-file.duplicate-code" && i.Location.Row == 5);
        Assert.Single(issues, i => i.RuleCode == "territory-file.coordinates" && i.Location.Row == 6);
        Assert.Single(issues, i => i.RuleCode == "offer.population" && i.Location.Row == 7);
    }

    [Fact]
    public void RandomBytes_NeverThrow() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var text = Encoding.UTF8.GetString(bytes);
            return ReadAll(text) && ReadAll("[" + text) && ReadAll("[{\"code\":" + text + "}]");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));

    [Fact]
    public void RandomText_InAnyMember_NeverThrows()
    {
        var members = new[] { "id", "type", "date", "duree", "type_lieu", "thematiques", "materiel", "beneficiaires", "accompagnements", "code", "population", "code_insee", "latitude" };
        var gen = from member in Gen.Elements(members)
                  from text in ArbMap.Default.GeneratorFor<string>()
                  select (member, text ?? string.Empty);
        Prop.ForAll(gen.ToArbitrary(), pair =>
        {
            var value = System.Text.Json.JsonSerializer.Serialize(pair.Item2, Inclusion.Sdk.Tests.Places.TestJson.Default.String);
            return ReadAll($"[{{\"{pair.member}\":{value}}}]") && ReadAll($"[{{\"attributes\":{{\"{pair.member}\":{pair.Item2}}}}}]");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    private static bool ReadAll(string text)
    {
        var report = new ValidationReportBuilder();
        var activities = ActivityFile.Read(TextStreams.Utf8(text), report, TextStreams.Source("r.json")).Count();
        IndicatorTableFile.Load(TextStreams.Utf8(text), TextStreams.Source("r.json")).Into(report);
        CommuneGeographyFile.Load(TextStreams.Utf8(text), TextStreams.Source("r.json")).Into(report);
        return activities >= 0 && (report.Build().Issues.Count > 0 || text.TrimStart().StartsWith('['));
    }
}

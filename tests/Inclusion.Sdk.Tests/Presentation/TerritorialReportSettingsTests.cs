using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Presentation;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Surveys;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using static Inclusion.Sdk.Tests.RepoFiles;

namespace Inclusion.Sdk.Tests.Presentation;

/// <summary>The territorial report's settings file (strict, located issues) and the sections it builds.</summary>
public sealed class TerritorialReportSettingsTests : IDisposable
{
    private static readonly string SampleSettings = RepoPath(Path.Combine("docs", "samples", "report", "report.json"));
    private readonly string folder = Directory.CreateTempSubdirectory("inclusion-report-").FullName;

    [Fact]
    public void The_sample_settings_build_every_section_from_the_sample_files()
    {
        var loaded = TerritorialReportFile.Load(SampleSettings);
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Report.Issues));
        var settings = loaded.Value!;
        Assert.Equal("Territoire exemple (fictif)", settings.Territory);
        Assert.Equal(MessageLanguage.French, settings.Language);
        Assert.Equal(new LocalDate(2026, 6, 30), settings.DataDate);

        var report = TerritorialReport.Build(settings);
        Assert.Equal(["fragility-index", "offer", "activities", "skills", "vouchers", "plan", "data-quality"], report.Sections.Select(s => s.Id));
        Assert.All(report.Sections, s => Assert.True(s.Computed, s.Id));
        Assert.IsType<IndexResult>(report.Sections[0].Results.Single());
        Assert.IsType<OfferMap>(report.Sections[1].Results.Single());
        Assert.IsType<ActivityStatistics>(report.Sections[2].Results.Single());
        Assert.IsType<DsiEstimate>(report.Sections[3].Results.Single());
        Assert.IsType<VoucherSettlement>(report.Sections[4].Results.Single());
        Assert.IsType<StrategyEvaluation>(report.Sections[5].Results.Single());
        Assert.Equal([typeof(PlacesFileSummary), typeof(ValidationReport), typeof(PlacesFileSummary), typeof(ValidationReport)], report.Sections[6].Results.Select(r => r.GetType()));

        // The file with defects is reported as such; the valid one is not.
        var corrected = (ValidationReport)report.Sections[6].Results[3];
        Assert.NotEmpty(corrected.Issues);
        Assert.DoesNotContain(report.DataQuality.Issues, i => i.RuleCode == "report.section-unavailable");
        Assert.Equal(["indicators-iris.csv"], report.Sections[0].Files);
    }

    [Theory]
    [InlineData("""{"territory":"T","dataDate":"2026-06-30","sections":{},"extra":1}""", "report.schema")]
    [InlineData("""{"territory":"T","dataDate":"2026-06-30","sections":{"activities":{"file":"a.csv","year":"2025"}}}""", "report.schema")]
    [InlineData("""{"territory":"T","territory":"U","dataDate":"2026-06-30","sections":{}}""", "file.json.duplicate-key")]
    [InlineData("""{"territory":" ","dataDate":"2026-06-30","sections":{"activities":{"file":"a.csv"}}}""", "report.blank")]
    [InlineData("""{"territory":"T","language":"de","dataDate":"2026-06-30","sections":{"activities":{"file":"a.csv"}}}""", "report.unknown-value")]
    [InlineData("""{"territory":"T","dataDate":"1999-12-31","sections":{"activities":{"file":"a.csv"}}}""", "report.date-range")]
    [InlineData("""{"territory":"T","dataDate":"2026-06-30","sections":{}}""", "report.no-section")]
    [InlineData("""{"territory":"T","dataDate":"2026-06-30","sections":{"activities":{"file":"missing.csv"}}}""", "report.file-missing")]
    [InlineData("""{"territory":"T","dataDate":"2026-06-30","sections":{"fragilityIndex":{"indicators":"a.csv","preset":"ifn-2030"}}}""", "report.unknown-value")]
    [InlineData("""{"territory":"T","dataDate":"2026-06-30","sections":{"dataQuality":{"places":[]}}}""", "report.blank")]
    [InlineData("""{"territory":"T","dataDate":"2026-06-30"}""", "report.schema")]
    [InlineData("""[1,2]""", "report.schema")]
    [InlineData("", "file.empty")]
    public void Bad_settings_are_refused_with_a_located_rule(string json, string code)
    {
        File.WriteAllText(Path.Combine(folder, "a.csv"), "x\n");
        var path = Path.Combine(folder, "report.json");
        File.WriteAllText(path, json);

        var loaded = TerritorialReportFile.Load(path);

        Assert.False(loaded.HasValue);
        var issue = Assert.Single(loaded.Report.Issues, i => i.Severity == Severity.Error && i.RuleCode == code);
        Assert.Equal("report.json", issue.Location?.Source);
        Assert.True(RuleCatalogue.TryFind(code, out _) || code.StartsWith("file.", StringComparison.Ordinal), code);
    }

    [Fact]
    public void A_missing_file_is_located_at_its_json_path_and_named()
    {
        var path = Path.Combine(folder, "report.json");
        File.WriteAllText(path, """
            {
              "territory": "T",
              "dataDate": "2026-06-30",
              "sections": { "offer": { "places": "places.csv", "communes": "communes.csv" } }
            }
            """);

        var issues = TerritorialReportFile.Load(path).Report.Issues.Where(i => i.RuleCode == "report.file-missing").ToList();

        Assert.Equal(["places.csv", "communes.csv"], issues.Select(i => i.Value));
        Assert.Equal("$.sections.offer.places", issues[0].Location?.Field);
        Assert.Equal(4L, issues[0].Location?.Row);
    }

    [Fact]
    public void Paths_are_relative_to_the_settings_file_and_a_section_whose_file_fails_says_so()
    {
        var sub = Directory.CreateDirectory(Path.Combine(folder, "settings")).FullName;
        File.WriteAllText(Path.Combine(folder, "plan.json"), "{ not json");
        File.WriteAllText(Path.Combine(sub, "report.json"), """{"territory":"T","language":"en","dataDate":"2026-06-30","sections":{"plan":{"plan":"../plan.json"}}}""");

        var settings = TerritorialReportFile.Load(Path.Combine(sub, "report.json")).Value!;
        var report = TerritorialReport.Build(settings);

        Assert.Equal(MessageLanguage.English, settings.Language);
        var plan = Assert.Single(report.Sections);
        Assert.False(plan.Computed);
        Assert.Contains(report.DataQuality.Issues, i => i.RuleCode == "report.section-unavailable" && i.Value == "plan");
        Assert.Contains(report.DataQuality.Issues, i => i.RuleCode.StartsWith("file.json", StringComparison.Ordinal) && i.Location?.Source == "plan.json");
    }

    [Fact]
    public void An_indicator_table_without_a_criterion_of_the_preset_names_the_missing_column()
    {
        File.WriteAllText(Path.Combine(folder, "iris.csv"), "code,name,population,commune,epci,no_thd_coverage_rate,poverty_rate,older_65_rate,nscol15p_rate\n2A0040001,I,3084,2A004,242010056,3.3,20.9,21.1,26.3\n");
        var path = Path.Combine(folder, "report.json");
        File.WriteAllText(path, """{"territory":"T","dataDate":"2026-06-30","sections":{"fragilityIndex":{"indicators":"iris.csv"}}}""");

        var report = TerritorialReport.Build(TerritorialReportFile.Load(path).Value!);

        Assert.False(Assert.Single(report.Sections).Computed);
        var missing = Assert.Single(report.DataQuality.Issues, i => i.RuleCode == "file.header.missing");
        Assert.Equal("no_4g_coverage_rate", missing.Value);
        Assert.Equal("iris.csv", missing.Location?.Source);
        Assert.Contains(report.DataQuality.Issues, i => i.RuleCode == "report.section-unavailable" && i.Value == "fragility-index");
    }

    [Fact]
    public void Settings_read_from_a_stream_resolve_paths_against_the_given_folder()
    {
        File.WriteAllText(Path.Combine(folder, "a.csv"), "x\n");
        var json = """{"territory":"T","dataDate":"2026-06-30","sections":{"activities":{"file":"a.csv"}}}"""u8.ToArray();

        Assert.True(TerritorialReportFile.Load(new MemoryStream(json), folder).IsValid);
        Assert.Contains(TerritorialReportFile.Load(new MemoryStream(json), Path.Combine(folder, "elsewhere")).Report.Issues, i => i.RuleCode == "report.file-missing");
        Assert.True(TerritorialReportFile.Load(new MemoryStream([0xEF, 0xBB, 0xBF, .. json]), folder).IsValid); // with a byte-order mark
    }

    public void Dispose() => Directory.Delete(folder, true);
}

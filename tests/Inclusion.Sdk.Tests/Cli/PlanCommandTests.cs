using Inclusion.Sdk.Tests.Strategy;

namespace Inclusion.Sdk.Tests.Cli;

/// <summary><c>inclusion plan evaluate</c>: formats, languages and exit codes.</summary>
public class PlanCommandTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Evaluates_the_sample_in_text_at_a_date()
    {
        var (exit, output, error) = Run("plan", "evaluate", StrategySamples.PlanPath, "--measurements", StrategySamples.MeasurementsPath, "--at", "2027-01-15");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("on track 3 · at risk 1 · off track 1", output, StringComparison.Ordinal);
        Assert.Contains("126 000.00", output, StringComparison.Ordinal);
        Assert.Contains("strategy.funding.over-committed", output, StringComparison.Ordinal);
        Assert.Contains("suppressed (< 11", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_in_french_and_json()
    {
        var (exit, markdown, _) = Run("plan", "evaluate", StrategySamples.PlanPath, "-m", StrategySamples.MeasurementsPath, "--at", "2028-01-15", "--format", "markdown", "--lang", "fr");
        Assert.Equal(0, exit);
        Assert.StartsWith("# Stratégie territoriale", markdown, StringComparison.Ordinal);
        Assert.Contains("| O3 |", markdown, StringComparison.Ordinal);
        Assert.Contains("décroché", markdown, StringComparison.Ordinal);
        Assert.Contains("en bonne voie 2 · à risque 2 · décrochés 1", markdown, StringComparison.Ordinal);

        var (jsonExit, json, _) = Run("plan", "evaluate", StrategySamples.PlanPath, "--at", "2027-01-15", "--format", "json");
        Assert.Equal(0, jsonExit);
        Assert.Contains("\"notMeasuredCount\": 5", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_plan_prints_located_issues_and_exits_1()
    {
        var path = Path.Combine(Path.GetTempPath(), "plan-" + Guid.NewGuid() + ".json");
        File.WriteAllText(path, File.ReadAllText(StrategySamples.PlanPath).Replace("\"lead\": \"epn\"", "\"lead\": \"epm\"", StringComparison.Ordinal));
        try
        {
            var (exit, output, error) = Run("plan", "evaluate", path, "--at", "2027-01-15");
            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains("error plan.unknown-reference × 1", error, StringComparison.Ordinal);
            Assert.Contains("$.actionPlan.actions[0].lead: ", error, StringComparison.Ordinal);
            Assert.Contains("→ suggestion: epn", error, StringComparison.Ordinal);

            // --format json: the report is the one JSON document on standard output.
            (exit, output, _) = Run("plan", "evaluate", path, "--at", "2027-01-15", "--format", "json");
            Assert.Equal(1, exit);
            using var json = System.Text.Json.JsonDocument.Parse(output);
            Assert.Contains(json.RootElement.GetProperty("issues").EnumerateArray(), i => i.GetProperty("ruleCode").GetString() == "plan.unknown-reference");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Bad_measurement_rows_are_reported_and_exit_1_but_the_evaluation_is_printed()
    {
        var path = Path.Combine(Path.GetTempPath(), "m-" + Guid.NewGuid() + ".csv");
        File.WriteAllText(path, "indicator,date,value\nparticipation.contributors-share,2026-12-31,abc\nparticipation.contributors-share,2026-12-31,6\n");
        try
        {
            var (exit, output, error) = Run("plan", "evaluate", StrategySamples.PlanPath, "-m", path, "--at", "2027-01-15");
            Assert.Equal(1, exit);
            Assert.Contains("measurement.value", error, StringComparison.Ordinal);
            Assert.Contains("6 % (2026-12-31)", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("plan", "evaluate", "/nonexistent/plan.json", "--at", "2027-01-15")]
    [InlineData("plan", "evaluate", "PLAN", "--at", "15/01/2027")]
    [InlineData("plan", "evaluate", "PLAN", "--format", "html")]
    [InlineData("plan", "evaluate", "PLAN", "-m", "/nonexistent/m.csv", "--at", "2027-01-15")]
    public void Unreadable_files_and_bad_options_exit_2(params string[] args)
    {
        args = args.Select(a => a == "PLAN" ? StrategySamples.PlanPath : a).ToArray();
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.NotEqual(string.Empty, error);
    }
}

using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Strategy;

namespace Inclusion.Sdk.Tests.Strategy;

/// <summary>Reading plan files: every problem is a located issue (rule code, JSON path, line, column), never an exception.</summary>
public class PlanFileTests
{
    private static readonly string Sample = File.ReadAllText(StrategySamples.PlanPath);

    internal static LoadResult<TerritorialStrategy> Load(string json, string source = "plan.json") =>
        PlanFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), new ReadOptions { Source = source });

    private static (LoadResult<TerritorialStrategy> Result, int Line) Break(string find, string replace)
    {
        var index = Sample.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, find);
        var line = Sample[..index].Count(c => c == '\n') + 1;
        return (Load(Sample[..index] + replace + Sample[(index + find.Length)..]), line);
    }

    private static ValidationIssue Single(LoadResult<TerritorialStrategy> result, string code)
    {
        Assert.False(result.HasValue);
        return Assert.Single(result.Report.Issues, i => i.RuleCode == code);
    }

    [Fact]
    public void The_sample_plan_reads_without_issue()
    {
        var result = Load(Sample);
        Assert.Empty(result.Report.Issues);
        Assert.Equal("commune:73065", result.Value!.Territory.ToString());
        Assert.Equal(4, result.Value.ActionPlan.Actions.Count);
        Assert.Equal(8, result.Value.Actors.Count);
    }

    [Fact]
    public void An_unknown_axis_is_located_with_allowed_values_and_a_suggestion()
    {
        var (result, line) = Break("\"axis\": \"participation\", \"term\": \"long\"", "\"axis\": \"participaton\", \"term\": \"long\"");
        var issue = Single(result, "plan.unknown-value");
        Assert.Equal("$.objectives[3].axis", issue.Location.Field);
        Assert.Equal(line, issue.Location.Row);
        Assert.Equal("participation", issue.Suggestion);
        Assert.Contains("participation", issue.AllowedValues);
        Assert.Equal("plan.json", issue.Location.Source);
    }

    [Fact]
    public void A_syntax_error_gives_its_line_and_column()
    {
        var (result, line) = Break("\"budget\": 25000,", "\"budget\": 25000,,");
        var issue = Single(result, "file.json.malformed");
        Assert.Equal(line, issue.Location.Row);
        Assert.NotNull(issue.Location.Column);
    }

    [Fact]
    public void Unknown_members_missing_members_nulls_and_bad_dates_are_schema_errors()
    {
        var (unknown, line) = Break("\"budget\": 25000,", "\"budjet\": 25000,");
        var issue = Single(unknown, "plan.schema");
        Assert.Equal(line, issue.Location.Row);
        Assert.Contains("budjet", issue.Location.Field + issue.MessageEn, StringComparison.Ordinal);

        Assert.Equal("plan.schema", Break("\"name\": \"Stratégie", "\"title\": \"Stratégie").Result.Report.Issues.Single().RuleCode);
        var nullName = Single(Break("\"name\": \"Ville de Chambéry\"", "\"name\": null").Result, "plan.schema");
        Assert.Contains("$.actors[0]", nullName.Location.Field, StringComparison.Ordinal);
        var badDate = Single(Break("\"signedOn\": \"2026-01-20\"", "\"signedOn\": \"2026-02-30\"").Result, "plan.schema");
        Assert.Contains("out of range", badDate.MessageEn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"lead\": \"epn\"", "\"lead\": \"epm\"", "plan.unknown-reference", "$.actionPlan.actions[0].lead", "epn")]
    [InlineData("\"objectives\": [\"O2\"]", "\"objectives\": [\"O7\"]", "plan.unknown-reference", "$.actionPlan.actions[1].objectives[0]", "O1")]
    [InlineData("\"budget\": 25000", "\"budget\": -25000", "plan.amount", "$.actionPlan.actions[1].budget", null)]
    [InlineData("\"planned\": 15000", "\"planned\": 15000.005", "plan.amount", "$.actionPlan.actions[1].funding[0].planned", null)]
    [InlineData("\"target\": { \"value\": 18, \"deadline\": \"2028-12-31\" }", "\"target\": { \"value\": 38, \"deadline\": \"2028-12-31\" }", "plan.objective-direction", "$.objectives[0].target.value", null)]
    [InlineData("\"target\": { \"value\": 200, \"deadline\": \"2027-12-31\" }", "\"target\": { \"value\": 200, \"deadline\": \"2025-12-31\" }", "plan.objective-deadline", "$.objectives[2].target.deadline", null)]
    [InlineData("\"baseline\": { \"value\": 4,", "\"baseline\": { \"value\": 104,", "plan.value-range", "$.objectives[3].baseline.value", null)]
    [InlineData("\"id\": \"O2\"", "\"id\": \"O1\"", "plan.duplicate-id", "$.objectives[1].id", null)]
    [InlineData("\"kind\": \"multi-year\"", "\"kind\": \"annual\"", "plan.annual-too-long", "$.actionPlan.period", null)]
    [InlineData("\"source\": \"foundation\", \"funder\": \"fondation\", \"programme\"", "\"source\": \"foundations\", \"funder\": \"fondation\", \"programme\"", "plan.unknown-value", "$.actionPlan.actions[1].funding[1].source", "foundation")]
    [InlineData("\"code\": \"73065\"", "\"code\": \"7306\"", "plan.territory", "$.territory.code", null)]
    [InlineData("\"period\": { \"start\": \"2026-01-01\", \"end\": \"2028-12-31\" },\n  \"diagnostic\"", "\"period\": { \"start\": \"2026-01-01\", \"end\": \"2025-12-31\" },\n  \"diagnostic\"", "plan.period", "$.period.end", null)]
    [InlineData("\"indicator\": \"activities.accompaniments\", \"direction\"", "\"indicator\": \"activities.accompaniments\", \"unit\": \"percent\", \"direction\"", "plan.unit-mismatch", "$.objectives[1].unit", null)]
    [InlineData("\"partners\": [\"epn\"]", "\"partners\": [\"centre-social\"]", "plan.actor-conflict", "$.actionPlan.actions[1].partners[0]", null)]
    [InlineData("\"signedOn\": \"2026-04-01\", \"endsOn\": \"2027-12-31\"", "\"signedOn\": \"2026-04-01\", \"endsOn\": \"2026-03-31\"", "plan.commitment-end", "$.commitments[3].endsOn", null)]
    [InlineData("\"participants\": 18", "\"participants\": -18", "plan.count", "$.governance.trainings[0].participants", null)]
    [InlineData("\"roles\": [\"funder\"] },\n    { \"id\": \"epn\"", "\"roles\": [] },\n    { \"id\": \"epn\"", "plan.actor-invalid", "$.actors[1].roles", null)]
    [InlineData("\"participation\"\n  ],", "\"participation\", \"developpement-economique.reconditionnement\"\n  ], \"customAxes\": [{ \"code\": \"developpement-economique.reconditionnement\", \"name\": \"Reconditionnement\" }],", "plan.axis-parent", "$.axes[7]", "developpement-economique")]
    [InlineData("\"axis\": \"participation\", \"lead\": \"ville\"", "\"axis\": \"developpement-economique\", \"lead\": \"ville\"", "plan.axis-not-retained", "$.actionPlan.actions[3].axis", null)]
    [InlineData("\"indicator\": \"parentalite.familles-accompagnees\"", "\"indicator\": \"Parentalité\"", "plan.invalid-code", "$.objectives[2].indicator", null)]
    [InlineData("\"title\": \"Café des parents à l'heure du numérique\"", "\"title\": \"  \"", "plan.blank", "$.actionPlan.actions[2].title", null)]
    public void Model_rules_are_located_by_json_path_and_line(string find, string replace, string code, string path, string? suggestion)
    {
        var (result, line) = Break(find, replace);
        var issue = Single(result, code);
        Assert.Equal(path, issue.Location.Field);
        Assert.Equal(suggestion, issue.Suggestion);
        Assert.NotNull(issue.Location.Row);
        Assert.InRange(issue.Location.Row!.Value, 1, line + find.Count(c => c == '\n') + 1);
        Assert.Equal(Severity.Error, issue.Severity);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("{}")]
    [InlineData("\"plan\"")]
    public void Degenerate_files_are_reported(string json)
    {
        var result = Load(json, "x.json");
        Assert.False(result.HasValue);
        Assert.False(result.Report.IsValid);
        Assert.All(result.Report.Issues, i => Assert.Matches("^(plan|file)\\.", i.RuleCode));
        Assert.All(result.Report.Issues, i => Assert.Equal("x.json", i.Location.Source));
    }

    [Fact]
    public void A_byte_order_mark_is_accepted_and_an_unreadable_stream_is_reported()
    {
        using var withBom = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)]);
        Assert.True(PlanFile.Load(withBom).HasValue);
        using var broken = new BrokenStream();
        Assert.Equal("file.unreadable", PlanFile.Load(broken, new ReadOptions { Source = "plan.json" }).Report.Issues.Single().RuleCode);
    }

    [Property(MaxTest = 200)]
    public Property Random_bytes_and_truncated_plans_never_throw() =>
        Prop.ForAll(
            Gen.OneOf(
                Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)),
                Gen.Choose(0, Sample.Length).Select(n => Encoding.UTF8.GetBytes(Sample[..n]))).ToArbitrary(),
            bytes =>
            {
                using var stream = new MemoryStream(bytes);
                var result = PlanFile.Load(stream, new ReadOptions { Source = "random.json" });
                return result.HasValue == result.Report.IsValid
                    && result.Report.Issues.All(i => i.Location.Source == "random.json" && (i.Location.Row is not null || i.Location.Field is not null || i.RuleCode is "file.empty" or "file.binary" or "file.encoding"));
            });

    private sealed class BrokenStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("disk error");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

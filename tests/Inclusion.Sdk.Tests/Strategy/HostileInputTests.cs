using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Tests.Vouchers;
using Inclusion.Sdk.Vouchers;

namespace Inclusion.Sdk.Tests.Strategy;

/// <summary>Hostile input to the plan, programme and event readers: calendar bounds, lone surrogates, duplicate keys,
/// trailing content, numbers as strings, pipes, random bytes and truncations never throw and are located.</summary>
public class HostileInputTests
{
    private static readonly string Plan = File.ReadAllText(StrategySamples.PlanPath);
    private static readonly string Programme = File.ReadAllText(WorkedExample.SamplePath("programme.json"));
    private static readonly string Events = File.ReadAllText(WorkedExample.SamplePath("events.jsonl"));

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Replace(string text, string find, string replace)
    {
        Assert.Contains(find, text, StringComparison.Ordinal);
        return text.Replace(find, replace, StringComparison.Ordinal);
    }

    private static LoadResult<Sdk.Strategy.TerritorialStrategy> LoadPlan(string text) => PlanFile.Load(Utf8(text), new ReadOptions { Source = "plan.json" });

    private static LoadResult<VoucherProgramme> LoadProgramme(string text) => VoucherProgrammeFile.Load(Utf8(text), new ReadOptions { Source = "programme.json" });

    private static ValidationReport ReadEvents(string text, out List<VoucherEvent> events)
    {
        var issues = new ValidationReportBuilder();
        events = [.. VoucherEventFile.Read(Utf8(text), issues, new ReadOptions { Source = "events.jsonl" })];
        return issues.Build("events.jsonl");
    }

    private static void Located(ValidationIssue issue, string source)
    {
        Assert.Equal(source, issue.Location.Source);
        Assert.True(issue.Location.Row is not null || issue.Location.Field is not null, issue.ToString());
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public void Dates_at_calendar_bounds_in_a_plan_are_located_errors(string date)
    {
        var result = LoadPlan(Replace(Plan, "\"signedOn\": \"2026-01-20\"", $"\"signedOn\": \"{date}\""));
        Assert.False(result.HasValue);
        var issue = result.Report.Issues.First(i => i.RuleCode == "plan.date-range");
        Assert.All(result.Report.Issues, i => Assert.Equal("plan.date-range", i.RuleCode));
        Assert.Equal("$.commitments[0].signedOn", issue.Location.Field);
        Assert.NotNull(issue.Location.Row);

        var deadline = LoadPlan(Replace(Plan, "\"deadline\": \"2028-12-31\"", "\"deadline\": \"9999-12-31\""));
        Assert.Contains(deadline.Report.Issues, i => i.RuleCode == "plan.date-range" && i.Location.Field!.EndsWith(".target.deadline", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    public void Dates_at_calendar_bounds_in_a_programme_and_an_event_log_are_located_errors(string date)
    {
        var programme = LoadProgramme(Replace(Programme, "\"gracePeriodMonths\": 1,", $"\"gracePeriodMonths\": 1, \"validityEnd\": \"{date}\","));
        Assert.False(programme.HasValue);
        var issue = Assert.Single(programme.Report.Issues);
        Assert.Equal(("programme.date-range", "$.validityEnd", 9L), (issue.RuleCode, issue.Location.Field, issue.Location.Row));

        var lines = Events.Split('\n');
        lines[1] = Replace(lines[1], "2025-01-15T09:00:00Z", date + (date.StartsWith('9') ? "T23:59:59Z" : "T00:00:00Z"));
        var report = ReadEvents(string.Join('\n', lines), out var events);
        var bad = Assert.Single(report.Issues);
        Assert.Equal(("voucher-file.date-range", 2L, "at"), (bad.RuleCode, bad.Location.Row, bad.Location.Field));
        Assert.Equal(lines.Count(l => l.Length > 0) - 1, events.Count);
    }

    [Fact]
    public void A_lone_surrogate_is_a_located_error_and_never_a_crash()
    {
        var plan = LoadPlan(Replace(Plan, "\"name\": \"Ville de Chambéry\"", "\"name\": \"\\ud800\""));
        var issue = Assert.Single(plan.Report.Issues);
        Assert.Equal("file.json.malformed", issue.RuleCode);
        Assert.Contains("$.actors[0].name", issue.Location.Field, StringComparison.Ordinal);
        Assert.NotNull(issue.Location.Row);

        Assert.Equal("file.json.malformed", Assert.Single(LoadPlan(Replace(Plan, "\"name\": \"Ville de Chambéry\"", "\"\\udc00\": \"Ville\"")).Report.Issues).RuleCode);
        Assert.Equal("file.json.malformed", Assert.Single(LoadProgramme(Replace(Programme, "\"operator\": \"APTIC\"", "\"operator\": \"A\\ud800\"")).Report.Issues).RuleCode);
        var report = ReadEvents(Replace(Events, "\"orderId\":\"GIR-2025-001\",\"upstreamRate\"", "\"orderId\":\"\\ud800\",\"upstreamRate\""), out _);
        Assert.Equal(("file.json.malformed", 2L), (report.Issues[0].RuleCode, report.Issues[0].Location.Row));
    }

    [Fact]
    public void Duplicate_keys_content_after_the_document_and_numbers_as_strings_are_errors()
    {
        var duplicate = LoadPlan(Replace(Plan, "\"budget\": 25000,", "\"budget\": 25000, \"budget\": 1,"));
        var issue = Assert.Single(duplicate.Report.Issues);
        Assert.Equal(("file.json.duplicate-key", "budget"), (issue.RuleCode, issue.Value));
        Assert.EndsWith(".budget", issue.Location.Field, StringComparison.Ordinal);
        Assert.False(duplicate.HasValue);

        Assert.Equal("file.json.trailing-content", Assert.Single(LoadPlan(Plan + "\n{}").Report.Issues).RuleCode);
        Assert.Equal("file.json.trailing-content", Assert.Single(LoadProgramme(Programme + " []").Report.Issues).RuleCode);
        Assert.Equal("file.json.duplicate-key", Assert.Single(LoadProgramme(Replace(Programme, "\"id\": \"gironde-2025\",", "\"id\": \"gironde-2025\", \"id\": \"x\",")).Report.Issues).RuleCode);
        Assert.Equal("plan.schema", Assert.Single(LoadPlan(Replace(Plan, "\"budget\": 25000,", "\"budget\": \"25000\",")).Report.Issues).RuleCode);
        Assert.Equal("voucher-file.field", Assert.Single(LoadProgramme(Replace(Programme, "\"faceValue\": 10.00", "\"faceValue\": \"10.00\"")).Report.Issues).RuleCode);

        var lines = Events.Split('\n');
        lines[0] = lines[0].Replace("\"passCount\":2000,", "\"passCount\":2000,\"passCount\":10,", StringComparison.Ordinal);
        lines[1] += " {}";
        lines[2] = lines[2].Replace("\"firstPass\":1,", "\"firstPass\":\"1\",", StringComparison.Ordinal);
        var report = ReadEvents(string.Join('\n', lines), out _);
        Assert.Equal(
            [("file.json.duplicate-key", 1L), ("file.json.trailing-content", 2L), ("voucher-file.field", 3L)],
            report.Issues.Select(i => (i.RuleCode, i.Location.Row!.Value)));
    }

    [Fact]
    public void Every_reader_reads_its_input_once_from_a_pipe()
    {
        Assert.True(PlanFile.Load(new PipeStream(Encoding.UTF8.GetBytes(Plan))).IsValid);
        var programme = VoucherProgrammeFile.Load(new PipeStream(Encoding.UTF8.GetBytes(Programme)));
        Assert.True(programme.IsValid);
        var replay = VoucherEventFile.Replay(programme.Value, new PipeStream(Encoding.UTF8.GetBytes(Events)), new ReadOptions { Source = "events.jsonl" });
        Assert.True(replay.IsValid, string.Join(Environment.NewLine, replay.Report.Issues));
        Assert.Equal(Events.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, replay.Value.Version);
        Assert.True(MeasurementFile.Load(new PipeStream(File.ReadAllBytes(StrategySamples.MeasurementsPath))).IsValid);
    }

    [Fact]
    public void A_siret_written_with_spaces_is_the_same_provider()
    {
        var duplicate = LoadProgramme(Replace(Programme, "\"siret\": \"73282932000124\"", "\"siret\": \"732 829 320 00116\""));
        var issue = Assert.Single(duplicate.Report.Issues);
        Assert.Equal(("programme.duplicate-provider", "$.providers[1].siret"), (issue.RuleCode, issue.Location.Field));

        var spaced = Replace(Events, "{\"type\":\"passes-redeemed\",\"redemption\":1,\"provider\":\"73282932000116\"", "{\"type\":\"passes-redeemed\",\"redemption\":1,\"provider\":\"732 829 320 00116\"");
        var replay = VoucherEventFile.Replay(WorkedExample.Programme(), Utf8(spaced));
        Assert.True(replay.IsValid, string.Join(Environment.NewLine, replay.Report.Issues));
        var statements = VoucherReports.ProviderStatements(replay.Value.Programme, replay.Value.Events());
        Assert.Equal(statements.Select(s => s.Provider).Distinct().Count(), statements.Select(s => (s.Provider, s.Month)).Select(p => p.Provider).Distinct().Count());
        Assert.DoesNotContain(statements, s => s.ProviderName == s.Provider.ToString());
    }

    [Property(MaxTest = 150)]
    public Property Random_bytes_and_truncated_samples_never_throw_and_every_issue_is_located() =>
        Prop.ForAll(
            Gen.OneOf(
                Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(b => (Kind: 0, Bytes: b)),
                Gen.Choose(0, Plan.Length).Select(n => (Kind: 1, Bytes: Encoding.UTF8.GetBytes(Plan[..n]))),
                Gen.Choose(0, Programme.Length).Select(n => (Kind: 2, Bytes: Encoding.UTF8.GetBytes(Programme[..n]))),
                Gen.Choose(0, Events.Length).Select(n => (Kind: 3, Bytes: Encoding.UTF8.GetBytes(Events[..n])))).ToArbitrary(),
            input =>
            {
                var options = new ReadOptions { Source = "x" };
                var plan = PlanFile.Load(new MemoryStream(input.Bytes), options);
                var programme = VoucherProgrammeFile.Load(new MemoryStream(input.Bytes), options);
                var events = new ValidationReportBuilder();
                var read = VoucherEventFile.Read(new MemoryStream(input.Bytes), events, options).Count();
                var all = plan.Report.Issues.Concat(programme.Report.Issues).Concat(events.Build("x").Issues).ToList();
                foreach (var issue in all)
                {
                    Assert.Equal("x", issue.Location.Source);
                    Assert.True(issue.Location.Row is not null || issue.Location.Field is not null || issue.RuleCode is "file.empty" or "file.binary" or "file.encoding" or "file.unreadable", issue.ToString());
                }

                var whole = input.Kind == 1 && input.Bytes.Length == Encoding.UTF8.GetByteCount(Plan)
                    || input.Kind == 2 && input.Bytes.Length == Encoding.UTF8.GetByteCount(Programme);
                return (plan.HasValue == plan.Report.IsValid) && (programme.HasValue == programme.Report.IsValid) && read >= 0 && (whole || !plan.HasValue || !programme.HasValue);
            });

    /// <summary>A non-seekable stream that can be read once, like a pipe.</summary>
    private sealed class PipeStream(byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, Math.Min(bytes.Length - position, 777));
            Array.Copy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

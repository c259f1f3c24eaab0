using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.Tests.Vouchers;

/// <summary>The file readers never throw: random text, random bytes and damaged sample lines become located issues.</summary>
public class VoucherFileProperties
{
    private static readonly string[] SampleLines = File.ReadAllLines(WorkedExample.SamplePath("events.jsonl"));

    [Fact]
    public void Random_text_never_crashes_the_event_reader_and_every_line_is_either_an_event_or_an_issue()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), lines =>
        {
            var clean = lines.Select(l => (l ?? string.Empty).Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal)).ToArray();
            var text = string.Join('\n', clean);
            var (events, report) = ReadEvents(text, "random.jsonl");
            var nonBlank = clean.Count(l => !string.IsNullOrWhiteSpace(l));
            // A file of white space only is one file.empty; otherwise each non-blank line is an event or one issue
            // (a line may hold several duplicate keys, each reported); a binary-looking file is one file.binary.
            return report.Issues.All(i => i.Location.Source == "random.jsonl")
                && (nonBlank == 0 ? events.Count == 0 && report.ErrorCount == (text.Length == 0 || string.IsNullOrWhiteSpace(text) ? 1 : 0)
                    : report.Issues.Any(i => i.RuleCode == "file.binary") || (events.Count + report.Issues.Select(i => i.Location.Row).Distinct().Count() == nonBlank));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"type\":\"no-such-event\",\"at\":\"2025-01-06T09:00:00Z\",\"schemaVersion\":1}")]
    [InlineData("{\"type\":\"order-quoted\",\"orderId\":\"o\",\"passCount\":2000,\"bookletSize\":10,\"targetPublics\":null,\"perimeter\":[],\"at\":\"2025-01-06T09:00:00Z\",\"schemaVersion\":1}")]
    [InlineData("[]")]
    [InlineData("null")]
    public void A_line_without_a_known_type_or_with_a_refused_value_is_a_located_issue(string line)
    {
        var (events, report) = ReadEvents("\n" + line + "\n", "bad.jsonl");
        Assert.Empty(events);
        var issue = Assert.Single(report.Issues);
        Assert.Equal(2, issue.Location.Row);
        Assert.Equal("bad.jsonl", issue.Location.Source);
    }

    [Fact]
    public void Damaged_sample_lines_are_reported_at_their_line()
    {
        Prop.ForAll(Gen.Choose(0, SampleLines.Length - 1).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), (index, cut) =>
        {
            var line = SampleLines[index];
            var damaged = line[..Math.Min(cut, line.Length - 1)];
            var lines = SampleLines.ToArray();
            lines[index] = damaged;
            var (events, report) = ReadEvents(string.Join('\n', lines), "events.jsonl");
            return string.IsNullOrWhiteSpace(damaged)
                ? report.IsValid && events.Count == SampleLines.Length - 1
                : report.Issues.Count == 1 && report.Issues[0].Location.Row == index + 1 && events.Count == SampleLines.Length - 1;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Random_bytes_never_crash_the_programme_reader()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var result = VoucherProgrammeFile.Load(new MemoryStream(bytes ?? []), new ReadOptions { Source = "programme.json" });
            return !result.HasValue && !result.Report.IsValid && result.Report.Issues.All(i => i.Location.Source == "programme.json");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Every_event_type_round_trips_through_json()
    {
        var at = Instant.FromUtc(2025, 3, 31, 22, 30);
        VoucherEvent[] events =
        [
            new OrderQuoted(at, "o", 20, 10, ["seniors"], ["departement:33"]),
            new OrderConfirmed(at, "o", 0.04m, 0.2m),
            new BookletsIssued(at, "o", 1, 1, 2, 10),
            new BookletsInjected(at, 1, 2, "d"),
            new PassesHanded(at, 1, 10, "d", "B1", "seniors"),
            new PassesRedeemed(at, 1, Inclusion.Sdk.Identifiers.Siret.Parse("73282932000074").Value, "atelier", [1, 2]),
            new DistributionBlocked(at, "o"),
            new PassesCancelled(at, 3, 2),
            new OrderExpired(at, "o", 15),
            new MonthSettled(at, new YearMonth(2025, 4), 0.04m, 0.2m, [new(Inclusion.Sdk.Identifiers.Siret.Parse("73282932000074").Value, 1, 2, Money.FromEuros(20m), Money.FromEuros(0.80m), Money.FromEuros(0.16m))]),
            new ProgrammeClosed(at),
            new FeesChanged(at, new LocalDate(2025, 5, 1), 0.04m, 0.042m, 0.2m),
        ];
        foreach (var e in events)
        {
            var json = InclusionJson.SerializeEvent(e);
            Assert.StartsWith("{\"type\":\"", json, StringComparison.Ordinal);
            Assert.Equal(json, InclusionJson.SerializeEvent(InclusionJson.DeserializeEvent(json)));
            Assert.Equal(e.GetType(), InclusionJson.DeserializeEvent(json).GetType());
        }

        Assert.Contains("\"month\":\"2025-04\"", InclusionJson.SerializeEvent(events[9]), StringComparison.Ordinal);
        Assert.Contains("\"upstreamRate\":0.04,\"vatRate\":0.2", InclusionJson.SerializeEvent(events[1]), StringComparison.Ordinal);
        var confirmed = (OrderConfirmed)InclusionJson.DeserializeEvent(InclusionJson.SerializeEvent(events[1]));
        Assert.Equal((0.04m, 0.2m), (confirmed.UpstreamRate, confirmed.VatRate));
    }

    internal static (List<VoucherEvent> Events, Inclusion.Sdk.Reporting.ValidationReport Report) ReadEvents(string text, string source)
    {
        var issues = new Inclusion.Sdk.Reporting.ValidationReportBuilder();
        var events = VoucherEventFile.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), issues, new ReadOptions { Source = source }).ToList();
        return (events, issues.Build(source));
    }
}

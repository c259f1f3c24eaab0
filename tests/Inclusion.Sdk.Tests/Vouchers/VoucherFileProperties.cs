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
            var file = InclusionJson.ReadEvents(new StringReader(text), "random.jsonl");
            var nonBlank = clean.Count(l => !string.IsNullOrWhiteSpace(l));
            return file.Events.Count + file.Report.ErrorCount == nonBlank + (text.Length == 0 ? 1 : 0);
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
        var file = InclusionJson.ReadEvents(new StringReader("\n" + line + "\n"), "bad.jsonl");
        Assert.Empty(file.Events);
        var issue = Assert.Single(file.Report.Issues);
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
            var file = InclusionJson.ReadEvents(new StringReader(string.Join('\n', lines)), "events.jsonl");
            return string.IsNullOrWhiteSpace(damaged)
                ? file.Report.IsValid && file.Events.Count == SampleLines.Length - 1
                : file.Report.Issues.Count == 1 && file.Report.Issues[0].Location.Row == index + 1 && file.Events.Count == SampleLines.Length - 1;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Random_bytes_never_crash_the_programme_reader()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            var text = System.Text.Encoding.UTF8.GetString(bytes ?? []);
            var result = InclusionJson.ReadProgramme(text, "programme.json");
            return result.Programme is null && !result.Report.IsValid;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Every_event_type_round_trips_through_json()
    {
        var at = Instant.FromUtc(2025, 3, 31, 22, 30);
        VoucherEvent[] events =
        [
            new OrderQuoted(at, "o", 20, 10, ["seniors"], ["departement:33"]),
            new OrderConfirmed(at, "o"),
            new BookletsIssued(at, "o", 1, 1, 2, 10),
            new BookletsInjected(at, 1, 2, "d"),
            new PassesHanded(at, 1, 10, "d", "B1", "seniors"),
            new PassesRedeemed(at, 1, "73282932000074", "atelier", [1, 2]),
            new DistributionBlocked(at, "o"),
            new PassesCancelled(at, 3, 2),
            new OrderExpired(at, "o", 15),
            new MonthSettled(at, new YearMonth(2025, 4)),
            new ProgrammeClosed(at),
        ];
        foreach (var e in events)
        {
            var json = InclusionJson.SerializeEvent(e);
            Assert.StartsWith("{\"type\":\"", json, StringComparison.Ordinal);
            Assert.Equal(json, InclusionJson.SerializeEvent(InclusionJson.DeserializeEvent(json)));
            Assert.Equal(e.GetType(), InclusionJson.DeserializeEvent(json).GetType());
        }

        Assert.Contains("\"month\":\"2025-04\"", InclusionJson.SerializeEvent(events[9]), StringComparison.Ordinal);
    }
}

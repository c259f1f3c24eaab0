using System.Text;
using System.Text.RegularExpressions;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using static Inclusion.Sdk.Tests.Vouchers.VoucherScenario;

namespace Inclusion.Sdk.Tests.Vouchers;

/// <summary>
/// Issue 12, "An import is validated, never silently trimmed": an imported event log is checked line by line, a line
/// that repeats or contradicts an earlier one is an error at its own line, and nothing that could make a later replay
/// throw is ever recorded. The sample log is docs/samples/vouchers/events.jsonl (the worked example of docs/vouchers.md).
/// </summary>
public class EventImportTests
{
    private static readonly string[] Sample = File.ReadAllLines(WorkedExample.SamplePath("events.jsonl"));

    private static readonly int FirstScan = Array.FindIndex(Sample, l => l.Contains("\"passes-redeemed\"", StringComparison.Ordinal));

    internal static LoadResult<VoucherLedger> Replay(string text, VoucherProgramme? programme = null) =>
        VoucherEventFile.Replay(programme ?? WorkedExample.Programme(), new MemoryStream(Encoding.UTF8.GetBytes(text)), new ReadOptions { Source = "events.jsonl" });

    private static string Log(IEnumerable<string> lines) => string.Join('\n', lines) + "\n";

    private static ValidationIssue SingleError(LoadResult<VoucherLedger> result)
    {
        Assert.False(result.IsValid);
        return Assert.Single(result.Report.Issues);
    }

    [Theory] // today (before issue 12) each of these was accepted silently as an idempotent repeat
    [InlineData("\"redemption\":1,", "\"redemption\":1,")]                 // the same line twice
    [InlineData("\"redemption\":1,", "\"redemption\":2,")]                 // another redemption number
    [InlineData("2025-03-01T08:00:00Z", "2025-02-28T08:00:00Z")]           // an older date
    [InlineData("\"passes\":[1,2]", "\"passes\":[2,1]")]                   // the same passes in another order
    public void A_line_repeating_an_earlier_scan_is_an_error_at_its_line(string from, string to)
    {
        var scan = Sample[FirstScan];
        Assert.Contains("\"passes\":[1,2]", scan, StringComparison.Ordinal);
        var lines = Sample[..(FirstScan + 1)].Append(scan.Replace(from, to, StringComparison.Ordinal));
        var result = Replay(Log(lines));
        var issue = SingleError(result);
        Assert.Equal("voucher-file.repeated-scan", issue.RuleCode);
        Assert.Equal(FirstScan + 2, issue.Location.Row);
        Assert.Contains($"line {FirstScan + 1}", issue.MessageEn, StringComparison.Ordinal);
        Assert.Equal(FirstScan + 1, result.Value!.Version);
    }

    [Theory] // before: a second blocking of the same order was accepted and recorded
    [InlineData("2025-12-15T09:00:00Z")] // the same line twice
    [InlineData("2025-12-16T09:00:00Z")] // the same blocking a day later
    public void A_line_repeating_an_earlier_distribution_block_is_an_error_at_its_line(string at)
    {
        var block = Array.FindIndex(Sample, l => l.Contains("\"distribution-blocked\"", StringComparison.Ordinal));
        Assert.True(block > 0);
        var lines = Sample[..(block + 1)].Append(Sample[block].Replace("2025-12-15T09:00:00Z", at, StringComparison.Ordinal));
        var result = Replay(Log(lines));
        var issue = SingleError(result);
        Assert.Equal("order.already-blocked", issue.RuleCode);
        Assert.Equal(block + 2, issue.Location.Row);
        Assert.Equal(block + 1, result.Value!.Version);

        // The same rule for the live command, which leaves the ledger unchanged.
        var ledger = Ordered(Programme(), 20);
        Ok(ledger.Block("order-1", At(2025, 12, 15)));
        var version = ledger.Version;
        Assert.Equal("order.already-blocked", ledger.Block("order-1", At(2025, 12, 16)).RuleCode);
        Assert.Equal(version, ledger.Version);
    }

    [Fact]
    public void Live_scans_keep_their_idempotent_repeat_answer()
    {
        var ledger = Ordered(Programme(), 20);
        var first = Ok(ledger.Redeem([Pass(1), Pass(2)], ProviderA, "a", At(2025, 3, 1)));
        var again = ledger.Redeem([Pass(2), Pass(1)], ProviderA, "a", At(2025, 2, 1));
        Assert.True(again.Success && again.IsRepeat);
        Assert.Same(first.Event, again.Event);
        Assert.Equal(5, ledger.Version);
    }

    [Fact]
    public void A_pass_listed_twice_in_one_scan_is_never_a_repeat()
    {
        // Before issue 12, [1,1] after [1,2] was answered as a repeat of [1,2].
        var ledger = Ordered(Programme(), 20);
        Ok(ledger.Redeem([Pass(1), Pass(2)], ProviderA, "a", At(2025, 3, 1)));
        var twice = ledger.Redeem([Pass(1), Pass(1)], ProviderA, "a", At(2025, 3, 1));
        Assert.False(twice.Success);
        Assert.Equal(5, ledger.Version);

        var line = Sample[FirstScan].Replace("\"passes\":[1,2]", "\"passes\":[1,1]", StringComparison.Ordinal);
        foreach (var lines in new[] { Sample[..FirstScan].Append(line), Sample[..(FirstScan + 1)].Append(line.Replace("\"redemption\":1,", "\"redemption\":2,", StringComparison.Ordinal)) })
        {
            var issue = SingleError(Replay(Log(lines)));
            Assert.Equal("redemption.duplicate-pass", issue.RuleCode);
            Assert.Equal(lines.Count(), issue.Location.Row);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("  \n\t\n \r\n")]
    public void A_blank_only_file_is_rejected(string text)
    {
        var result = Replay(text);
        Assert.Equal("file.empty", SingleError(result).RuleCode);
        Assert.Equal(0, result.Value!.Version);
    }

    [Theory]
    [InlineData(3, "2025-02-03", "2125-02-03")] // a mistyped century, mid-log
    [InlineData(3, "2025-02-03", "2029-02-03")] // four years ahead: past the joint statement of 2025 plus 12 months
    [InlineData(0, "2025-01-06", "1925-01-06")] // far past, on the first line (nothing before it to order against)
    [InlineData(0, "2025-01-06", "2021-01-06")] // before the first qualification (2024-09-01) minus 12 months
    public void A_far_future_or_far_past_time_is_refused_at_its_own_line(int index, string from, string to)
    {
        var lines = Sample.Take(6).ToArray();
        lines[index] = lines[index].Replace(from, to, StringComparison.Ordinal);
        var result = Replay(Log(lines));
        var issue = SingleError(result);
        Assert.Equal("voucher-file.date-window", issue.RuleCode);
        Assert.Equal(index + 1, issue.Location.Row);
        Assert.Equal("at", issue.Location.Field);
        Assert.Equal(index, result.Value!.Version);
    }

    [Fact]
    public void The_import_margin_is_a_programme_setting()
    {
        // The sample programme: earliest qualification 2024-09-01, orders of 2025 (joint statement 2026-02-07). The log
        // without its closing, then a change of fees recorded in September 2026.
        var late = Log(Sample[..^1].Append("{\"type\":\"fees-changed\",\"at\":\"2026-09-01T09:00:00Z\",\"effectiveFrom\":\"2026-10-01\",\"upstreamRate\":0.04,\"downstreamRate\":0.1,\"vatRate\":0.2,\"schemaVersion\":1}"));
        Assert.True(Replay(late).IsValid); // within the default 12 months
        var strict = WorkedExample.Programme();
        var noMargin = new VoucherProgramme(strict.Id, strict.Operator, strict.Commanditaire, strict.Perimeter, strict.Providers, strict.Distributors, strict.FaceValue, strict.BookletFormats, strict.SmallBookletMinimumOrder, strict.ValidityEnd, strict.GracePeriod, strict.Fees, strict.CoFinancing) { ImportMargin = Period.Zero };
        var issue = SingleError(Replay(late, noMargin));
        Assert.Equal("voucher-file.date-window", issue.RuleCode);
        Assert.Contains("2024-09-01 … 2026-02-07", issue.MessageEn, StringComparison.Ordinal);
        Assert.Equal(Sample.Length, issue.Location.Row);
        Assert.Equal(Period.FromMonths(12), strict.ImportMargin);
        Assert.Throws<ArgumentException>(() => strict.ImportMarginWith(Period.FromDays(3)));
        Assert.Throws<ArgumentException>(() => strict.ImportMarginWith(Period.FromMonths(121)));
    }

    [Fact]
    public void Nothing_that_would_make_a_replay_throw_is_ever_recorded()
    {
        // Each of these was recorded before issue 12 (and some then threw, after the append).
        var at = At(2025, 2, 1);
        (Func<VoucherLedger, LedgerResult> Command, string Code)[] poisons =
        [
            (l => l.Confirm("order-2", Instant.FromUtc(9999, 12, 30, 0, 0)), "voucher-file.date-range"),
            (l => l.Block("order-1", Instant.MaxValue), "voucher-file.date-range"),
            (l => l.Quote("order-2", 10, 10, Instant.FromUtc(2300, 1, 1, 0, 0)), "voucher-file.date-range"),
            (l => l.Settle(new YearMonth(9999, 12), Instant.FromUtc(2100, 1, 1, 0, 0)), "voucher-file.date-range"),
            (l => l.Settle(new YearMonth(-9998, 1), at), "voucher-file.date-range"),
            (l => l.Redeem([Pass(1)], ProviderA, "a", Instant.MaxValue), "voucher-file.date-range"),
            (l => l.Record(new PassesHanded(at, long.MaxValue, 10, "ccas-bordeaux", "b", "x")), "pass.unknown"),
            (l => l.Record(new PassesCancelled(at, long.MaxValue, int.MaxValue)), "pass.unknown"),
            (l => l.Record(new PassesCancelled(at, long.MaxValue - 5, 10)), "pass.unknown"),
        ];
        foreach (var (command, code) in poisons)
        {
            var ledger = Ordered(Programme(), 20);
            Ok(ledger.Quote("order-2", 10, 10, At(2025, 1, 20)));
            var result = command(ledger);
            Assert.False(result.Success, code);
            Assert.Equal(code, result.RuleCode);
            Assert.Equal(5, ledger.Version);   // nothing was appended
        }
    }

    public static TheoryData<string, int> BadLines() => new()
    {
        { "first", 1 },
        { "middle", 3 },
        { "last", 5 },
        { "last-no-newline", 5 },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void A_log_that_stops_at_a_bad_line_names_that_line(string where, int row)
    {
        foreach (var bad in new[] { "{\"type\":", Sample[0] })
        {
            // A malformed line, or a valid event the ledger refuses (a second quote of the same order).
            var lines = Sample.Take(5).ToList();
            lines.Insert(row - 1, bad);
            lines.RemoveAt(5);
            if (where == "first" && bad == Sample[0])
            {
                lines[0] = Sample[1]; // confirming an order never quoted
            }

            var text = where == "last-no-newline" ? string.Join('\n', lines) : Log(lines);
            var result = Replay(text);
            var issue = SingleError(result);
            Assert.Equal(row, issue.Location.Row);
            Assert.Equal(row - 1, result.Value!.Version);
        }
    }

    [Theory] // D22 (2026-12-05): an order-confirmed line carries the rates it was confirmed at, both required, each 0–1
    [InlineData("\"upstreamRate\":0.04,\"vatRate\":0.20,", "", "voucher-file.field")]          // both missing
    [InlineData("\"vatRate\":0.20,", "", "voucher-file.field")]                                   // one missing
    [InlineData("\"upstreamRate\":0.04", "\"upstreamRate\":\"0.04\"", "voucher-file.field")]  // a number given as a string
    [InlineData("\"upstreamRate\":0.04", "\"upstreamRate\":1.5", "programme.rate")]              // outside 0–1
    [InlineData("\"vatRate\":0.20", "\"vatRate\":-0.2", "programme.rate")]
    public void A_confirmed_order_line_needs_valid_frozen_rates(string from, string to, string code)
    {
        var line = Sample[1].Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Sample[1], line);
        var result = Replay(Log(Sample.Take(1).Append(line)));
        var issue = SingleError(result);
        Assert.Equal(code, issue.RuleCode);
        Assert.Equal(2, issue.Location.Row);
        Assert.Equal(1, result.Value?.Version ?? 1);
    }

    [Theory]
    [InlineData("\"bookletCount\":200", "\"bookletCount\":\"200\"", "voucher-file.field", "$.bookletCount")] // a number given as a string
    [InlineData("\"bookletCount\":200", "\"bookletCount\":200,\"bookletCount\":200", "file.json.duplicate-key", "$.bookletCount")]
    [InlineData("\"bookletCount\":200", "\"bookletCount\":200,\"note\":\"x\"", "voucher-file.field", "$.note")] // an unknown member
    [InlineData("\"bookletCount\":200", "\"BookletCount\":200", "voucher-file.field", "$.BookletCount")] // another case is another member
    [InlineData("\"schemaVersion\":1", "\"schemaVersion\":1.0", "voucher-file.field", "$.schemaVersion")]
    public void Event_lines_are_strict(string from, string to, string code, string field)
    {
        var line = Sample[2].Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(Sample[2], line);
        var issue = SingleError(Replay(Log(Sample.Take(2).Append(line))));
        Assert.Equal(code, issue.RuleCode);
        Assert.Equal(3, issue.Location.Row);
        Assert.Equal(field, issue.Location.Field);
        Assert.DoesNotContain("Inclusion.Sdk", issue.MessageEn, StringComparison.Ordinal); // no .NET type name
    }

    [Theory]
    [InlineData("\"faceValue\": 10.00", "\"faceValue\": \"10.00\"", "voucher-file.field")]
    [InlineData("\"gracePeriodMonths\": 1", "\"gracePeriodMonths\": \"1\"", "voucher-file.field")]
    [InlineData("\"id\": \"gironde-2025\"", "\"id\": \"gironde-2025\", \"id\": \"x\"", "file.json.duplicate-key")]
    [InlineData("\"faceValue\": 10.00", "\"faceValue\": 10.00, \"currency\": \"EUR\"", "voucher-file.field")]
    [InlineData("\"faceValue\": 10.00", "\"FaceValue\": 10.00", "voucher-file.field")]
    [InlineData("\"faceValue\": 10.00", "\"faceValue\": 1e20", "programme.face-value")]
    [InlineData("\"orderCeiling\": 3000000", "\"orderCeiling\": 79228162514264337593543950335", "programme.amount")]
    [InlineData("\"gracePeriodMonths\": 1", "\"gracePeriodMonths\": 1, \"importMarginMonths\": 121", "programme.import-margin")]
    public void The_programme_file_is_strict(string from, string to, string code)
    {
        var text = File.ReadAllText(WorkedExample.SamplePath("programme.json"));
        Assert.Contains(from, text, StringComparison.Ordinal);
        var result = VoucherProgrammeFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(text.Replace(from, to, StringComparison.Ordinal))));
        Assert.False(result.HasValue);
        Assert.Contains(result.Report.Issues, i => i.RuleCode == code);
    }

    [Fact]
    public void The_documented_serial_of_pass_1_is_the_computed_one()
    {
        var root = Path.GetFullPath(Path.Combine(WorkedExample.SamplePath("programme.json"), "..", "..", "..", ".."));
        var guide = File.ReadAllText(Path.Combine(root, "docs", "vouchers.md"));
        var documented = Regex.Match(guide, "pass 1 is `(\\d{10})`").Groups[1].Value;
        Assert.Equal(PassSerial.FromNumber(1).ToString(), documented);
        Assert.Equal("0000000013", documented); // Damm: interim 0 through the zeros, then row 0 column 1 of the quasigroup = 3
        Assert.Contains($"passes {documented} …", guide, StringComparison.Ordinal);
    }
}

internal static class ProgrammeCopies
{
    internal static VoucherProgramme ImportMarginWith(this VoucherProgramme p, Period margin) =>
        new(p.Id, p.Operator, p.Commanditaire, p.Perimeter, p.Providers, p.Distributors, p.FaceValue, p.BookletFormats, p.SmallBookletMinimumOrder, p.ValidityEnd, p.GracePeriod, p.Fees, p.CoFinancing) { ImportMargin = margin };
}

using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using static Inclusion.Sdk.Tests.Vouchers.VoucherScenario;

namespace Inclusion.Sdk.Tests.Vouchers;

/// <summary>Every voucher rule is documented in docs/rules.md, and each ledger rule is produced by a rejected command that leaves the ledger unchanged.</summary>
public class VoucherRuleTests
{
    private static IEnumerable<string> DocumentedCodes()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "rules.md"));
        var section = text[text.IndexOf("## Vouchers", StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", 5, StringComparison.Ordinal);
        section = next > 0 ? section[..next] : section;
        return section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).Select(l => l.Split('`')[1]);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Inclusion.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }

    [Fact]
    public void Every_rule_is_documented_once_and_every_documented_rule_exists()
    {
        var documented = DocumentedCodes().ToList();
        Assert.Equal(documented.Distinct().Count(), documented.Count);
        Assert.Equal(RuleTopics.Named("Vouchers").Select(r => r.Code).Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
        Assert.All(RuleTopics.Named("Vouchers"), r => Assert.NotEqual(r.Issue("X", extra: ["Y"]).MessageEn, r.Issue("X", extra: ["Y"]).MessageFr));
    }

    private static void Rejected(VoucherLedger ledger, Func<VoucherLedger, LedgerResult> command, string code)
    {
        var version = ledger.Version;
        var statuses = Enumerable.Range(1, (int)ledger.IssuedPasses).Select(n => ledger.StatusOf(Pass(n))).ToList();
        var result = command(ledger);
        Assert.False(result.Success, $"expected {code}");
        Assert.Equal(code, result.RuleCode);
        Assert.Equal(version, ledger.Version);
        Assert.Equal(statuses, Enumerable.Range(1, (int)ledger.IssuedPasses).Select(n => ledger.StatusOf(Pass(n))));
    }

    [Fact]
    public void Order_rules()
    {
        var ledger = new VoucherLedger(Programme());
        Ok(ledger.Quote("o", 20, 10, At(2025, 1, 2)));
        Rejected(ledger, l => l.Quote("o", 20, 10, At(2025, 1, 2)), "order.duplicate");
        Rejected(ledger, l => l.Quote("p", 25, 10, At(2025, 1, 2)), "order.pass-count");
        Rejected(ledger, l => l.Quote("p", 20, 7, At(2025, 1, 2)), "booklet.format-unknown");
        Rejected(ledger, l => l.Quote("p", 20, 10, At(2025, 1, 2), perimeter: [Landes]), "order.outside-perimeter");
        Rejected(ledger, l => l.Confirm("nope", At(2025, 1, 2)), "order.unknown");
        Rejected(ledger, l => l.Issue("o", At(2025, 1, 2)), "order.not-confirmed");
        Ok(ledger.Confirm("o", At(2025, 1, 3)));
        Rejected(ledger, l => l.Confirm("o", At(2025, 1, 3)), "order.already-confirmed");
        Ok(ledger.Issue("o", At(2025, 1, 3)));
        Rejected(ledger, l => l.Issue("o", At(2025, 1, 3)), "order.already-issued");
        Rejected(ledger, l => l.Expire("o", At(2026, 1, 31, 23)), "order.not-ended");
        Rejected(ledger, l => l.Record(new OrderExpired(At(2026, 2, 1), "o", 3)), "order.expired-count");
        Rejected(ledger, l => l.Confirm("o", At(2024, 1, 1)), "ledger.time-order");
        Rejected(ledger, l => l.Record(new OrderConfirmed(At(2025, 1, 4), "o", 0.04m, 0.2m, schemaVersion: 2)), "voucher-file.schema-version");
    }

    [Fact]
    public void Scans_are_time_ordered_after_the_last_event_of_another_kind_only()
    {
        // D20: concurrent writers may append scans of distinct passes out of time order; a settlement orders them.
        var ledger = Ordered(Programme(), 20);
        Ok(ledger.Redeem(Pass(1), ProviderA, "a", At(2025, 3, 10)));
        Ok(ledger.Redeem(Pass(2), ProviderA, "a", At(2025, 3, 9)));
        Ok(ledger.Settle(new YearMonth(2025, 3), At(2025, 4, 2)));
        Rejected(ledger, l => l.Redeem(Pass(3), ProviderA, "a", At(2025, 4, 1)), "ledger.time-order");
        Ok(ledger.Redeem(Pass(3), ProviderA, "a", At(2025, 4, 2)));
        Rejected(ledger, l => l.Record(new DistributionBlocked(At(2025, 4, 1), "order-1")), "ledger.time-order");

        // A log exported with scans out of time order imports again.
        var again = new VoucherLedger(Programme());
        Assert.All(ledger.Events(), e => Ok(again.Record(e)));
    }

    [Fact]
    public void Distribution_rules()
    {
        var ledger = new VoucherLedger(Programme());
        Ok(ledger.Quote("o", 20, 10, At(2025, 1, 2), targetPublics: ["demandeurs-emploi"]));
        Ok(ledger.Confirm("o", At(2025, 1, 3)));
        Ok(ledger.Issue("o", At(2025, 1, 3)));
        Rejected(ledger, l => l.Inject(1, 1, "nobody", At(2025, 1, 4)), "distributor.unknown");
        Rejected(ledger, l => l.Inject(2, 5, "ccas-bordeaux", At(2025, 1, 4)), "booklet.unknown");
        Rejected(ledger, l => l.Hand(Pass(1), 1, "ccas-bordeaux", "b1", "demandeurs-emploi", At(2025, 1, 4)), "pass.not-injected");
        Rejected(ledger, l => l.Redeem(Pass(1), ProviderA, "atelier", At(2025, 1, 4)), "pass.not-injected");
        Ok(ledger.Inject(1, 1, "ccas-bordeaux", At(2025, 1, 4)));
        Rejected(ledger, l => l.Inject(1, 1, "ccas-bordeaux", At(2025, 1, 4)), "booklet.already-injected");
        Rejected(ledger, l => l.Hand(Pass(1), 1, "france-travail-merignac", "b1", "demandeurs-emploi", At(2025, 1, 4)), "distributor.not-holder");
        var notEligible = ledger.Hand(Pass(1), 1, "ccas-bordeaux", "b1", "seniors", At(2025, 1, 4));
        Assert.Equal("beneficiary.not-eligible", notEligible.RuleCode);
        Assert.Equal(["demandeurs-emploi"], notEligible.Rejection!.AllowedValues);
        Ok(ledger.Hand(Pass(1), 5, "ccas-bordeaux", "b1", "demandeurs-emploi", At(2025, 1, 4)));
        Rejected(ledger, l => l.Hand(Pass(5), 2, "ccas-bordeaux", "b2", "demandeurs-emploi", At(2025, 1, 4)), "pass.already-handed");
        Ok(ledger.Block("o", At(2025, 12, 15)));
        Assert.Equal("passes.handed-after-block", Assert.Single(Ok(ledger.Hand(Pass(6), 1, "ccas-bordeaux", "b2", "demandeurs-emploi", At(2025, 12, 16))).Issues).RuleCode); // recorded, flagged
        Rejected(ledger, l => l.Inject(2, 1, "ccas-bordeaux", At(2025, 12, 16)), "order.distribution-blocked");
        Assert.True(ledger.Redeem(Pass(6), ProviderA, "atelier", At(2025, 12, 16)).Success); // passes already out stay usable
    }

    [Fact]
    public void Redemption_rules()
    {
        var programme = new VoucherProgramme(
            "p", "APTIC", "C", [Gironde],
            [Provider(ProviderA, "A", new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30), Gironde), Provider(ProviderLandes, "L", new LocalDate(2025, 1, 1), null, Landes)],
            [Distributor("ccas-bordeaux", "CCAS", Gironde)]);
        var ledger = Ordered(programme, 20);
        Ok(ledger.Quote("o2", 10, 10, At(2025, 1, 16)));
        Ok(ledger.Confirm("o2", At(2025, 1, 16)));
        Ok(ledger.Issue("o2", At(2025, 1, 16)));
        Ok(ledger.Inject(3, 1, "ccas-bordeaux", At(2025, 1, 16)));
        Rejected(ledger, l => l.Redeem(Pass(99), ProviderA, "atelier", At(2025, 2, 1)), "pass.unknown");
        Rejected(ledger, l => l.Redeem(Pass(1), ProviderB, "atelier", At(2025, 2, 1)), "provider.unknown");
        Rejected(ledger, l => l.Redeem(Pass(1), ProviderLandes, "atelier", At(2025, 2, 1)), "provider.outside-perimeter");
        Rejected(ledger, l => l.Redeem([], ProviderA, "atelier", At(2025, 2, 1)), "redemption.empty");
        Rejected(ledger, l => l.Redeem([Pass(1), Pass(1)], ProviderA, "atelier", At(2025, 2, 1)), "redemption.duplicate-pass");
        Rejected(ledger, l => l.Redeem([Pass(20), Pass(21)], ProviderA, "atelier", At(2025, 2, 1)), "redemption.mixed-orders");
        Rejected(ledger, l => l.Redeem([Pass(1), Pass(2), Pass(3)], ProviderA, "atelier", At(2025, 2, 1), Money.FromEuros(20m)), "redemption.too-many-passes");

        // A service priced €25 consumes three passes in one redemption; no change is given.
        var three = Ok(ledger.Redeem([Pass(1), Pass(2), Pass(3)], ProviderA, "atelier-3h", At(2025, 2, 1), Money.FromEuros(25m)));
        var repeat = ledger.Redeem([Pass(3), Pass(1), Pass(2)], ProviderA, "atelier-3h", At(2025, 2, 2));
        Assert.True(repeat.IsRepeat);
        Assert.Same(three.Event, repeat.Event);
        Rejected(ledger, l => l.Redeem(Pass(1), ProviderA, "other-service", At(2025, 2, 2)), "pass.already-redeemed");
        Rejected(ledger, l => l.Redeem(Pass(1), ProviderLandes, "atelier-3h", At(2025, 2, 2)), "pass.already-redeemed");
        Rejected(ledger, l => l.Redeem(Pass(4), ProviderA, "atelier", At(2025, 7, 1)), "provider.not-qualified");
        Ok(ledger.Cancel(Pass(5), 2, At(2025, 7, 1)));
        Rejected(ledger, l => l.Redeem(Pass(5), ProviderA, "atelier", At(2025, 7, 1)), "pass.cancelled");
        Rejected(ledger, l => l.Cancel(Pass(1), 1, At(2025, 7, 1)), "pass.already-redeemed");
        Rejected(ledger, l => l.Settle(new YearMonth(2025, 7), At(2025, 7, 31, 23)), "settlement.month-not-ended");
        Ok(ledger.Settle(new YearMonth(2025, 2), At(2025, 7, 2)));
        Rejected(ledger, l => l.Settle(new YearMonth(2025, 2), At(2025, 7, 2)), "settlement.already-settled");
        Rejected(ledger, l => l.Close(At(2026, 2, 7)), "programme.open-passes");
        Ok(ledger.Expire("order-1", At(2026, 2, 1)));
        Rejected(ledger, l => l.Expire("order-1", At(2026, 2, 1)), "order.already-expired");
        Rejected(ledger, l => l.Redeem(Pass(8), ProviderA, "atelier", At(2026, 2, 1)), "pass.expired");
        Ok(ledger.Expire("o2", At(2026, 2, 1)));
        Ok(ledger.Close(At(2026, 2, 7)));
        Rejected(ledger, l => l.Settle(new YearMonth(2026, 1), At(2026, 2, 8)), "programme.closed");
    }

    [Fact]
    public void Unsettled_months_block_closing_and_settled_months_refuse_new_scans()
    {
        var ledger = Ordered(Programme(), 10);
        Rejected(ledger, l => l.Record(new PassesRedeemed(At(2025, 3, 5), 2, ProviderA, "a", [1])), "redemption.number");
        Ok(ledger.Redeem(Pass(1), ProviderA, "a", At(2025, 3, 5)));
        Ok(ledger.Redeem(Pass(2), ProviderA, "a", At(2025, 4, 5)));
        Ok(ledger.Settle(new YearMonth(2025, 3), At(2025, 4, 6)));
        Ok(ledger.Cancel(Pass(3), 8, At(2025, 5, 1)));
        Rejected(ledger, l => l.Close(At(2025, 5, 2)), "programme.unsettled-months");
    }

    [Fact]
    public async Task A_ledger_behind_its_store_catches_up_and_decides_again()
    {
        var store = new InMemoryVoucherEventStore();
        var first = await StoredVoucherLedger.OpenAsync(Programme(), store);
        foreach (var e in Ordered(Programme(), 10).Events())
        {
            Ok(await first.RecordAsync(e));
        }

        var second = await StoredVoucherLedger.OpenAsync(Programme(), store);
        Ok(await first.RedeemAsync(Pass(1), ProviderA, "a", At(2025, 3, 1)));
        // The second ledger saw nothing of the scan: its append conflicts, it reads the new events, then refuses.
        Assert.Equal(4, second.Version);
        Assert.Equal("pass.already-redeemed", (await second.RedeemAsync(Pass(1), ProviderB, "a", At(2025, 3, 1))).RuleCode);
        Assert.Equal(5, second.Version);
        Assert.True((await second.RedeemAsync(Pass(1), ProviderA, "a", At(2025, 3, 1))).IsRepeat);
        Ok(await first.RunAsync(l => l.Redeem(Pass(3), ProviderA, "a", At(2025, 3, 2))));
        // A distinct pass after a conflict is recorded without any retry by the caller.
        Ok(await second.RedeemAsync(Pass(2), ProviderB, "a", At(2025, 3, 2)));
        Assert.Equal(await store.GetVersionAsync("gironde-2025"), second.Version);
        Assert.Equal(3, (await (await StoredVoucherLedger.OpenAsync(Programme(), store)).ReadEventsAsync().ToListAsync()).OfType<PassesRedeemed>().Count());
    }

    [Fact]
    public async Task A_store_that_conflicts_without_news_gives_a_concurrency_conflict_and_nothing_is_applied()
    {
        var store = new AlwaysConflicting();
        var ledger = await StoredVoucherLedger.OpenAsync(Programme(), store);
        Assert.Equal("ledger.concurrency-conflict", (await ledger.RunAsync(l => l.Quote("o", 10, 10, At(2025, 1, 2)))).RuleCode);
        Assert.Equal(3, store.Attempts);
        Assert.Equal(0, ledger.Version);
    }

    [Fact]
    public async Task A_stored_command_records_one_event()
    {
        var ledger = await StoredVoucherLedger.OpenAsync(Programme(), new InMemoryVoucherEventStore());
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await ledger.RunAsync(l =>
        {
            l.Quote("o", 10, 10, At(2025, 1, 2));
            return l.Quote("p", 10, 10, At(2025, 1, 2));
        }));
        Assert.Equal(0, ledger.Version);
    }

    private sealed class AlwaysConflicting : IVoucherEventStore
    {
        public int Attempts { get; private set; }

        public ValueTask<long> GetVersionAsync(string programmeId, CancellationToken cancellationToken = default) => ValueTask.FromResult(0L);

        public ValueTask<AppendResult> AppendAsync(string programmeId, long expectedVersion, IReadOnlyList<VoucherEvent> events, CancellationToken cancellationToken = default)
        {
            Attempts++;
            return ValueTask.FromResult(new AppendResult(AppendOutcome.Conflict, 0));
        }

        public ValueTask<AppendResult> AppendRedemptionAsync(string programmeId, long basedOnVersion, PassesRedeemed redemption, CancellationToken cancellationToken = default)
        {
            Attempts++;
            return ValueTask.FromResult(new AppendResult(AppendOutcome.Conflict, 0));
        }

        public IAsyncEnumerable<VoucherEvent> ReadAsync(string programmeId, long fromVersion = 0, CancellationToken cancellationToken = default) =>
            AsyncEnumerable.Empty<VoucherEvent>();

        public ValueTask<bool> WriteSnapshotAsync(string programmeId, VoucherSnapshot snapshot, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

        public ValueTask<VoucherSnapshot?> ReadSnapshotAsync(string programmeId, CancellationToken cancellationToken = default) => ValueTask.FromResult<VoucherSnapshot?>(null);
    }

    [Fact]
    public void File_rules_are_located()
    {
        var issues = new ValidationReportBuilder();
        var events = VoucherEventFile.Read(Utf8("{\"type\":\"order-confirmed\",\"at\":\"2025-01-01T00:00:00Z\",\"orderId\":\"o\",\"upstreamRate\":0.04,\"vatRate\":0.2}\n\n{oops\n{\"type\":\"nope\",\"at\":\"2025-01-01T00:00:00Z\"}\n{\"type\":\"order-confirmed\",\"at\":\"2025-01-01T00:00:00Z\"}\n{\"type\":\"order-confirmed\",\"at\":\"2025-01-01T00:00:00Z\",\"orderId\":\"o\",\"upstreamRate\":0.04,\"vatRate\":0.2,\"schemaVersion\":3}\n"), issues, new ReadOptions { Source = "events.jsonl" }).ToList();
        Assert.Single(events);
        var found = issues.Build("events.jsonl").Issues;
        Assert.Equal(("file.json.malformed", 3L), (found[0].RuleCode, found[0].Location.Row!.Value));
        Assert.Equal(("voucher-file.field", 4L, "type"), (found[1].RuleCode, found[1].Location.Row!.Value, found[1].Location.Field));
        Assert.Equal(("voucher-file.field", 5L), (found[2].RuleCode, found[2].Location.Row!.Value));
        Assert.Equal(("voucher-file.schema-version", 6L), (found[3].RuleCode, found[3].Location.Row!.Value));
        var empty = new ValidationReportBuilder();
        Assert.Empty(VoucherEventFile.Read(Utf8(string.Empty), empty));
        Assert.Equal("file.empty", empty.Build(null).Issues[0].RuleCode);
        Assert.Equal("file.empty", VoucherProgrammeFile.Load(Utf8("  ")).Report.Issues[0].RuleCode);
        Assert.Equal("file.json.malformed", VoucherProgrammeFile.Load(Utf8("{\n  \"id\": ,\n}")).Report.Issues[0].RuleCode);
        Assert.Equal(2, VoucherProgrammeFile.Load(Utf8("{\n  \"id\": ,\n}")).Report.Issues[0].Location.Row);
        var bad = VoucherProgrammeFile.Load(Utf8("{\"id\":\"p\",\"operator\":\"o\",\"commanditaire\":\"c\",\"perimeter\":[\"departement:33\"],\"providers\":[{\"siret\":\"73282932000079\",\"name\":\"A\",\"qualifiedFrom\":\"2025-01-01\",\"territories\":[\"departement:33\"]}],\"distributors\":[],\"faceValue\":5}"));
        Assert.False(bad.HasValue);
        Assert.Equal(("programme.siret", "$.providers[0].siret"), (bad.Report.Issues[0].RuleCode, bad.Report.Issues[0].Location.Field));
        Assert.Equal(("programme.face-value", "$.faceValue"), (bad.Report.Issues[1].RuleCode, bad.Report.Issues[1].Location.Field));
        Assert.Equal(1, bad.Report.Issues[1].Location.Row);
    }

    internal static MemoryStream Utf8(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}

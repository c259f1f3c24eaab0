using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using static Inclusion.Sdk.Tests.Vouchers.VoucherScenario;

namespace Inclusion.Sdk.Tests.Vouchers;

/// <summary>Properties of the accounting rules of issue 12 over random programmes (docs/vouchers.md, "Accounting rules").</summary>
public class AccountingRuleProperties
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(120).WithQuietOnSuccess(true);

    // An order: passes (tens), confirmed?, issued? A step: kind, pass, count, provider, days forward.
    private static readonly Gen<int[]> OrderSpec = Gen.ArrayOf(Gen.Choose(0, 4), 3);

    private static readonly Gen<int[]> Step =
        from kind in Gen.Choose(0, 5)
        from pass in Gen.Choose(1, 160)
        from count in Gen.Choose(1, 12)
        from provider in Gen.Choose(0, 1)
        from days in Gen.Choose(0, 12)
        select new[] { kind, pass, count, provider, days };

    private static readonly Arbitrary<(int[][] Orders, int[][] Steps)> Programmes =
        (from orders in Gen.ArrayOf(OrderSpec).Where(o => o.Length is >= 1 and <= 4)
         from steps in Gen.ArrayOf(Step).Where(s => s.Length <= 60)
         select (orders, steps)).ToArbitrary();

    [Fact]
    public void Rule_1_and_2_after_a_successful_close_every_euro_received_is_accounted_for_and_nothing_is_ring_fenced()
    {
        Prop.ForAll(Programmes, p =>
        {
            var programme = Programme(coFinancing: CoFinancingRule.State2020);
            var (ledger, confirmed, now) = Run(programme, p);

            // Closing is refused while anything is unsettled, with every blocker listed.
            var at = Instant.Max(now, At(2026, 2, 2));
            var events = ledger.Events();
            var scanned = events.OfType<PassesRedeemed>().Select(r => r.At.InZone(Paris).Date).Select(d => new YearMonth(d.Year, d.Month)).Distinct().ToList();
            var settled = events.OfType<MonthSettled>().Select(m => m.Month).ToHashSet();
            var closing = ledger.Close(at);
            var expectedBlockers = confirmed.Count(id => !IsSettledOrder(ledger, events, id)) + scanned.Count(m => !settled.Contains(m));
            Assert.Equal(expectedBlockers, closing.Success ? 0 : closing.Issues.Count);
            if (!closing.Success)
            {
                // The closing procedure: settle every month with scans, expire every order, close.
                foreach (var month in scanned.Where(m => !settled.Contains(m)).Order())
                {
                    Ok(ledger.Settle(month, at));
                }

                foreach (var id in confirmed)
                {
                    var expiry = ledger.Expire(id, at);
                    Assert.True(expiry.Success || expiry.RuleCode == "order.already-expired", expiry.ToString());
                }

                Ok(ledger.Close(at));
            }

            events = ledger.Events();
            var statement = VoucherReports.Closing(programme, events);
            var balances = VoucherReports.Balances(VoucherReports.Postings(programme, events));
            Assert.True(statement.IsFinal);
            Assert.Equal(0, statement.PassesOutstanding);
            Assert.Equal(programme.FaceValue * events.OfType<OrderConfirmed>().Sum(c => events.OfType<OrderQuoted>().Single(q => q.OrderId == c.OrderId).PassCount), statement.OrderedValue);
            Assert.Equal(statement.OrderedValue + statement.UpstreamFee, statement.PaidToProviders + statement.FeesKept + statement.CreditNote + statement.ForfeitedValue);
            Assert.Equal(Money.Zero, statement.RingFencedBalance);
            Assert.Equal(Money.Zero, balances[VoucherAccount.PrepaidFaceValue]);
            Assert.Equal(Money.Zero, balances[VoucherAccount.OutstandingPasses]);
            Assert.Equal(Money.Zero, balances[VoucherAccount.ProviderPayable]);
            Assert.Equal(Money.Zero, balances[VoucherAccount.CreditNotesDue]);
            Assert.Equal(Money.Zero, balances[VoucherAccount.ForfeitedFaceValue]);

            // Rule 2: forfeited passes are exactly those handed out after the block and never used.
            Assert.True(statement.PassesForfeited <= statement.PassesHandedAfterBlock);
            return true;
        }).Check(Quick);
    }

    [Fact]
    public void Statements_from_the_events_read_back_from_a_store_equal_those_of_the_ledger_that_recorded_them()
    {
        // What `inclusion vouchers statements --store` prints (VoucherSettlement.Of(programme, events), no decision) must be
        // what the recording ledger reports (and what a fresh ledger deciding every event again reports), for random
        // programmes: open or closed, with or without a rate change, all months or each month alone.
        var input = (from p in Programmes.Generator from closeIt in Gen.Elements(false, true) from changeRates in Gen.Elements(false, true) select (p, closeIt, changeRates)).ToArbitrary();
        Prop.ForAll(input, x =>
        {
            var programme = Programme(coFinancing: CoFinancingRule.State2020);
            var (ledger, confirmed, now) = Run(programme, x.p);
            var at = Instant.Max(now, At(2026, 2, 2));
            if (x.changeRates)
            {
                Ok(ledger.ChangeFees(new FeeSchedule(0.05m, 0.042m), now.InZone(Paris).Date.PlusDays(1), now));
            }

            if (x.closeIt)
            {
                foreach (var month in ledger.Events().OfType<PassesRedeemed>().Select(r => VoucherMonth(r.At)).Distinct().Order())
                {
                    _ = ledger.Settle(month, at);
                }

                foreach (var id in confirmed)
                {
                    _ = ledger.Expire(id, at);
                }

                Ok(ledger.Close(at));
            }

            var store = new InMemoryVoucherEventStore();
            Assert.Equal(AppendOutcome.Appended, store.AppendAsync(programme.Id, 0, ledger.Events()).AsTask().GetAwaiter().GetResult().Outcome);

            // Read back as a SQL store gives them: deserialized from their JSON.
            var stored = store.ReadAsync(programme.Id).ToBlockingEnumerable().Select(e => InclusionJson.DeserializeEvent(InclusionJson.SerializeEvent(e))).ToList();
            var decidedAgain = new VoucherLedger(programme);
            Assert.All(stored, e => Assert.True(decidedAgain.Record(e) is { Success: true, IsRepeat: false }));
            var months = stored.OfType<PassesRedeemed>().Select(r => VoucherMonth(r.At)).Distinct().Select(m => (YearMonth?)m).Prepend(null);
            foreach (var month in months)
            {
                var expected = Render(VoucherSettlement.Of(ledger, month));
                Assert.Equal(expected, Render(VoucherSettlement.Of(programme, stored, month)));
                Assert.Equal(expected, Render(VoucherSettlement.Of(decidedAgain, month)));
            }

            return true;
        }).Check(Quick);
    }

    private static YearMonth VoucherMonth(Instant at)
    {
        var date = at.InZone(Paris).Date;
        return new YearMonth(date.Year, date.Month);
    }

    private static string Render(VoucherSettlement settlement)
    {
        using var text = new StringWriter();
        VoucherSettlementWriter.WriteText(settlement, text);
        VoucherSettlementWriter.WriteJson(settlement, text);
        return text.ToString();
    }

    // Builds a random programme's ledger: its orders (quoted, some confirmed, some of those issued and injected), then
    // operations through the year, the distribution block of J-15 (15/12) included: hand-outs after it are recorded.
    private static (VoucherLedger Ledger, List<string> Confirmed, Instant Now) Run(VoucherProgramme programme, (int[][] Orders, int[][] Steps) p)
    {
        var ledger = new VoucherLedger(programme);
        var now = At(2025, 1, 10);
        var confirmed = new List<string>();
        for (var i = 0; i < p.Orders.Length; i++)
        {
            var id = "o" + i;
            var passes = 10 * (1 + p.Orders[i][0]);
            Ok(ledger.Quote(id, passes, 10, now));
            if (p.Orders[i][1] > 0)
            {
                Ok(ledger.Confirm(id, now));
                confirmed.Add(id);
                if (p.Orders[i][2] > 0)
                {
                    var firstBooklet = (int)(ledger.IssuedPasses / 10) + 1;
                    Ok(ledger.Issue(id, now));
                    Ok(ledger.Inject(firstBooklet, passes / 10, "ccas-bordeaux", now));
                }
            }
        }

        now = At(2025, 3, 1);
        foreach (var s in p.Steps)
        {
            now = now.Plus(Duration.FromDays(s[4] * 2));
            _ = s[0] switch
            {
                0 or 1 => ledger.Redeem(Pass(s[1]), s[3] == 0 ? ProviderA : ProviderB, "a", now),
                2 => ledger.Hand(Pass(s[1]), s[2], "ccas-bordeaux", "b" + s[2], "tous", now),
                3 => ledger.Cancel(Pass(s[1]), s[2], now),
                4 => ledger.Block(confirmed.Count > 0 ? confirmed[s[1] % confirmed.Count] : "none", now),
                _ => ledger.Settle(new YearMonth(2025, 1 + (s[1] % 12)), now),
            };
        }

        return (ledger, confirmed, now);
    }

    // An order blocks closing when it is confirmed and not expired and still holds face value: never issued, or passes outstanding.
    private static bool IsSettledOrder(VoucherLedger ledger, IReadOnlyList<VoucherEvent> events, string id)
    {
        if (events.OfType<OrderExpired>().Any(x => x.OrderId == id))
        {
            return true;
        }

        var issued = events.OfType<BookletsIssued>().SingleOrDefault(b => b.OrderId == id);
        return issued is not null && Enumerable.Range(0, issued.BookletCount * issued.BookletSize)
            .All(k => ledger.StatusOf(Pass(issued.FirstPass + k)) is PassStatus.Redeemed or PassStatus.Cancelled or PassStatus.Expired);
    }

    [Fact]
    public void Rule_3_the_co_financing_claim_does_not_depend_on_how_the_purchase_is_split_into_orders()
    {
        // AAP 2020 scaled down by 10 (minimum purchase €2,000, ceiling €300,000) to keep the generated programmes small.
        var rule = new CoFinancingRule("State", 0.5m, Money.FromEuros(2_000m), Money.FromEuros(300_000m));
        var programme = Programme(coFinancing: rule);
        var orders = Gen.ArrayOf(from tens in Gen.Choose(1, 4_000) from usedShare in Gen.Choose(0, 100) select (Passes: tens * 10, Used: tens * 10 * usedShare / 100)).Where(o => o.Length is >= 1 and <= 6);
        Prop.ForAll(orders.ToArbitrary(), split =>
        {
            var face = programme.FaceValue;
            var claim = VoucherReports.Closing(programme, Synthetic(split)).CoFinancingClaim;
            var merged = VoucherReports.Closing(programme, Synthetic([(split.Sum(o => o.Passes), split.Sum(o => o.Used))])).CoFinancingClaim;
            Assert.Equal(merged, claim);
            Assert.Equal(rule.ShareOf(face * split.Sum(o => (long)o.Passes), face * split.Sum(o => (long)o.Used)), claim);
            Assert.True(claim <= rule.OrderCeiling * rule.MaximumShare);
            return true;
        }).Check(Quick);
    }

    // Trusted events (reports fold them without deciding): quoted, confirmed, issued, one redemption of the used passes.
    private static List<VoucherEvent> Synthetic((int Passes, int Used)[] orders)
    {
        var events = new List<VoucherEvent>();
        long next = 1;
        var booklet = 1;
        var at = At(2025, 2, 1);
        for (var i = 0; i < orders.Length; i++)
        {
            events.Add(new OrderQuoted(at, "o" + i, orders[i].Passes, 10, [], []));
            events.Add(new OrderConfirmed(at, "o" + i, 0.04m, 0.2m));
            events.Add(new BookletsIssued(at, "o" + i, next, booklet, orders[i].Passes / 10, 10));
            if (orders[i].Used > 0)
            {
                events.Add(new PassesRedeemed(at, events.Count, ProviderA, "a", [.. Enumerable.Range(0, orders[i].Used).Select(k => next + k)]));
            }

            next += orders[i].Passes;
            booklet += orders[i].Passes / 10;
        }

        return events;
    }

    [Fact]
    public void Rule_4_editing_the_rates_afterwards_never_changes_a_settled_month()
    {
        var rates = Gen.Choose(0, 100).Select(r => r / 1000m);
        var input = (from months in Gen.ArrayOf(Gen.Choose(0, 5)).Where(m => m.Length is >= 1 and <= 30)
                     from before in rates
                     from after in rates
                     select (months, before, after)).ToArbitrary();
        Prop.ForAll(input, x =>
        {
            var ledger = Ordered(Programme(fees: new FeeSchedule(0.04m, x.before)), 40);
            var scans = x.months.Order().Select((m, k) => (Month: m, Pass: k + 1)).ToList();
            foreach (var (m, pass) in scans)
            {
                Ok(ledger.Redeem(Pass(pass), pass % 2 == 0 ? ProviderA : ProviderB, "a", At(2025, 3 + m, 10).Plus(Duration.FromMinutes(pass))));
            }

            var last = scans.Max(s => s.Month);
            foreach (var m in scans.Select(s => s.Month).Distinct().Where(m => m < last))
            {
                Ok(ledger.Settle(new YearMonth(2025, 3 + m), At(2025, 3 + last, 28)));
            }

            var events = ledger.Events();
            var paid = VoucherReports.ProviderStatements(ledger.Programme, events).Where(s => s.IsSettled).Select(Describe).ToList();
            var edited = Programme(fees: new FeeSchedule(0.04m, x.after));
            using var text = new StringWriter();
            InclusionJson.WriteEvents(events, text);
            var replay = VoucherEventFile.Replay(edited, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
            Assert.True(replay.IsValid, string.Join(Environment.NewLine, replay.Report.Issues));
            Assert.Equal(paid, VoucherReports.ProviderStatements(edited, replay.Value!.Events()).Where(s => s.IsSettled).Select(Describe));
            Assert.Equal(paid, VoucherReports.ProviderStatements(edited, events).Where(s => s.IsSettled).Select(Describe));
            return true;
        }).Check(Quick);
    }

    [Fact]
    public void Upstream_fees_and_settled_statements_do_not_depend_on_the_programme_fees_once_confirmed()
    {
        // Issue 12 (D22, 2026-12-05): an order's upstream rate and VAT rate are frozen in its order-confirmed event, so
        // replaying the same events under a programme whose fee schedule was edited gives the same upstream fees, the
        // same upstream invoices and the same settled statements.
        var rates = Gen.Choose(0, 100).Select(r => r / 1000m);
        var schedule = from up in rates from down in rates from vat in Gen.Choose(0, 30).Select(v => v / 100m) select new FeeSchedule(up, down, vat);
        var input = (from p in Programmes.Generator from before in schedule from after in schedule select (p, before, after)).ToArbitrary();
        Prop.ForAll(input, x =>
        {
            var (ledger, _, now) = Run(Programme(fees: x.before, coFinancing: CoFinancingRule.State2020), x.p);
            foreach (var month in ledger.Events().OfType<PassesRedeemed>().Select(r => VoucherMonth(r.At)).Distinct().Order())
            {
                _ = ledger.Settle(month, Instant.Max(now, At(2026, 2, 2)));
            }

            var events = ledger.Events();
            var edited = Programme(fees: x.after, coFinancing: CoFinancingRule.State2020);
            var closing = VoucherReports.Closing(ledger.Programme, events);
            var replayed = VoucherReports.Closing(edited, events);
            Assert.Equal((closing.UpstreamFee, closing.UpstreamFeeVat, closing.DownstreamFees, closing.PaidToProviders, closing.CreditNote),
                (replayed.UpstreamFee, replayed.UpstreamFeeVat, replayed.DownstreamFees, replayed.PaidToProviders, replayed.CreditNote));
            Assert.Equal(Postings(ledger.Programme, events), Postings(edited, events));
            return true;
        }).Check(Quick);
    }

    [Fact]
    public void Editing_the_programme_fees_after_confirmation_changes_neither_the_closing_statement_nor_the_postings()
    {
        // Example (issue 12, "Paid statements never change"): 100 passes of 10 € confirmed at 4 % + 20 % VAT give an
        // upstream fee of 40.00 € and 8.00 € VAT; the programme file is then edited to 6 % / 5 % / 10 % VAT.
        var ledger = Ordered(Programme(fees: new FeeSchedule(0.04m, 0.04m, 0.20m)), 100);
        Ok(ledger.Redeem(Pass(1), ProviderA, "a", At(2025, 2, 3)));
        Ok(ledger.Settle(new YearMonth(2025, 2), At(2025, 3, 2)));
        var events = ledger.Events();
        Assert.Equal((0.04m, 0.20m), events.OfType<OrderConfirmed>().Select(c => (c.UpstreamRate, c.VatRate)).Single());
        var edited = Programme(fees: new FeeSchedule(0.06m, 0.05m, 0.10m));
        using var text = new StringWriter();
        InclusionJson.WriteEvents(events, text);
        var replay = VoucherEventFile.Replay(edited, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
        Assert.True(replay.IsValid, string.Join(Environment.NewLine, replay.Report.Issues));
        var before = VoucherReports.Closing(ledger.Programme, events);
        var after = VoucherReports.Closing(edited, replay.Value!.Events());
        Assert.Equal((Money.FromEuros(40m), Money.FromEuros(8m)), (before.UpstreamFee, before.UpstreamFeeVat));
        Assert.Equal((before.UpstreamFee, before.UpstreamFeeVat, before.DownstreamFees, before.PaidToProviders, before.CreditNote, before.RingFencedBalance),
            (after.UpstreamFee, after.UpstreamFeeVat, after.DownstreamFees, after.PaidToProviders, after.CreditNote, after.RingFencedBalance));
        Assert.Equal(Postings(ledger.Programme, events), Postings(edited, replay.Value!.Events()));

        // A new order confirmed after the edit is priced at the edited rates.
        var next = replay.Value!;
        Ok(next.Quote("order-2", 100, 10, At(2025, 3, 3)));
        Ok(next.Confirm("order-2", At(2025, 3, 4)));
        Assert.Equal((0.06m, 0.10m), next.Events().OfType<OrderConfirmed>().Select(c => (c.UpstreamRate, c.VatRate)).Last());
        Assert.Equal(Money.FromEuros(40m + 60m), VoucherReports.Closing(edited, next.Events()).UpstreamFee);
    }

    private static List<string> Postings(VoucherProgramme programme, IReadOnlyList<VoucherEvent> events) =>
        [.. VoucherReports.Postings(programme, events).Select(p => p.Version + " " + p.Description + ": " + string.Join(", ", p.Lines.Select(l => $"{l.Account} {l.Party} {l.Amount}")))];

    private static string Describe(ProviderStatement s) => $"{s.Month} {s.Provider} {s.Redemptions} {s.Passes} {s.GrossValue} {s.DownstreamFee} {s.DownstreamFeeVat} {s.NetPayable}";

    [Fact]
    public void Rule_5_any_spelling_of_a_providers_siret_gives_the_same_reports()
    {
        var original = Ordered(Programme(), 40);
        for (var n = 1; n <= 20; n++)
        {
            Ok(original.Redeem(Pass(n), n % 3 == 0 ? ProviderB : ProviderA, "a", At(2025, 3 + ((n - 1) / 5), 2 + n)));
        }

        Ok(original.Settle(new YearMonth(2025, 3), At(2025, 7, 1)));
        using var text = new StringWriter();
        InclusionJson.WriteEvents(original.Events(), text);
        var lines = text.ToString().Split('\n');
        var canonical = ProviderA.ToString();
        string[] spellings = [canonical, $"{canonical[..3]} {canonical[3..6]} {canonical[6..9]} {canonical[9..]}", $"{canonical[..9]}-{canonical[9..]}", $"{canonical[..3]}.{canonical[3..6]}.{canonical[6..9]}.{canonical[9..]}"];
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, spellings.Length - 1), lines.Length).ToArbitrary(), choice =>
        {
            var spelled = string.Join('\n', lines.Select((l, i) => l.Replace($"\"{canonical}\"", $"\"{spellings[choice[i]]}\"", StringComparison.Ordinal)));
            var replay = VoucherEventFile.Replay(original.Programme, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(spelled)));
            Assert.True(replay.IsValid, string.Join(Environment.NewLine, replay.Report.Issues));
            VoucherLedgerProperties.AssertSameReports(original.Programme, original.Events(), replay.Value!.Events());
            var kpis = VoucherReports.Kpis(original.Programme, replay.Value.Events());
            Assert.Equal(original.Programme.Providers.Count, kpis.ByProvider.Count);
            Assert.Equal(14L, kpis.ByProvider.Single(r => r.Key == canonical).Figures.PassesRedeemed);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Rule_6_a_repeated_scan_in_any_order_is_a_repeat_and_a_pass_listed_twice_is_refused()
    {
        var input = (from size in Gen.Choose(2, 3_000) from seed in Gen.Choose(0, int.MaxValue - 1) from dup in Gen.Choose(0, 2_999) select (size, seed, dup)).ToArbitrary();
        Prop.ForAll(input, x =>
        {
            var ledger = Ordered(Programme(), 6_000);
            var passes = Enumerable.Range(1, x.size).Select(n => Pass(n)).ToArray();
            var recorded = Ok(ledger.Redeem(passes, ProviderA, "a", At(2025, 3, 1)));
            var shuffled = passes.ToArray();
            new Random(x.seed).Shuffle(shuffled);
            var repeat = ledger.Redeem(shuffled, ProviderA, "a", At(2025, 3, 2));
            Assert.True(repeat.IsRepeat);
            Assert.Same(recorded.Event, repeat.Event);
            var fresh = Enumerable.Range(3_001, x.size).Select(n => Pass(n)).ToList();
            fresh.Insert(x.dup % fresh.Count, fresh[x.seed % fresh.Count]);
            Assert.Equal("redemption.duplicate-pass", ledger.Redeem(fresh, ProviderA, "a", At(2025, 3, 2)).RuleCode);
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(30).WithQuietOnSuccess(true));
    }
}

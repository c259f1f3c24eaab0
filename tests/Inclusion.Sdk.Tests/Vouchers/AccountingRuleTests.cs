using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using static Inclusion.Sdk.Tests.Vouchers.VoucherScenario;

namespace Inclusion.Sdk.Tests.Vouchers;

/// <summary>The accounting rules of issue 12 (docs/vouchers.md, "Accounting rules"), one example each.</summary>
public class AccountingRuleTests
{
    private static Money Euros(decimal value) => Money.FromEuros(value);

    [Fact]
    public void Rule_1_closing_lists_every_blocker_and_a_confirmed_order_never_issued_is_credited_back_whole()
    {
        // Issue 12: "a confirmed order that is never issued can be expired (0 passes) and the programme closed with its
        // prepaid face value still held". Domain note §8 (credit note on face value), §11 (ring-fenced account).
        var ledger = Ordered(Programme(), 20);
        Ok(ledger.Quote("never-issued", 10, 10, At(2025, 1, 20)));
        Ok(ledger.Confirm("never-issued", At(2025, 1, 21)));
        Ok(ledger.Redeem(Pass(1), ProviderA, "a", At(2025, 3, 3)));
        var version = ledger.Version;
        var refused = ledger.Close(At(2026, 2, 7));
        Assert.False(refused.Success);
        Assert.Equal(["programme.open-passes", "programme.order-not-issued", "programme.unsettled-months"], refused.Issues.Select(i => i.RuleCode));
        Assert.Equal("order-1", refused.Issues[0].Value);
        Assert.Equal(refused.RuleCode, refused.Issues[0].RuleCode);
        Assert.Equal(version, ledger.Version);

        Ok(ledger.Settle(new YearMonth(2025, 3), At(2025, 4, 1)));
        Ok(ledger.Expire("order-1", At(2026, 2, 1)));
        Assert.Equal(["programme.order-not-issued"], ledger.Close(At(2026, 2, 1)).Issues.Select(i => i.RuleCode));
        var expired = Ok(ledger.Expire("never-issued", At(2026, 2, 1)));
        Assert.Equal(10, ((OrderExpired)expired.Event!).PassCount);
        Assert.Equal("order.already-expired", ledger.Issue("never-issued", At(2026, 2, 2)).RuleCode);
        Ok(ledger.Close(At(2026, 2, 7)));

        var events = ledger.Events();
        var closing = VoucherReports.Closing(ledger.Programme, events);
        Assert.Equal(Euros(300m), closing.OrderedValue);
        Assert.Equal(Euros(290m), closing.CreditNote);
        Assert.Equal(Euros(9.60m), closing.PaidToProviders);
        Assert.Equal(Money.Zero, closing.RingFencedBalance);
        Assert.Equal(closing.OrderedValue + closing.UpstreamFee, closing.PaidToProviders + closing.FeesKept + closing.CreditNote + closing.ForfeitedValue);
        Assert.Equal(Money.Zero, VoucherReports.Balances(VoucherReports.Postings(ledger.Programme, events))[VoucherAccount.PrepaidFaceValue]);
    }

    [Fact]
    public void Rule_2_passes_handed_out_after_the_block_are_recorded_flagged_and_not_credited_back()
    {
        // Domain note §4: J-15 blocking; "ceux qui seraient distribués pendant l'intervalle seront à ma charge"; §8.
        var ledger = Ordered(Programme(), 30);
        Assert.Empty(Ok(ledger.Hand(Pass(1), 10, "ccas-bordeaux", "b1", "tous", At(2025, 3, 1))).Issues);

        // After the J-15 date (15/12/2025) without a recorded blocking, then after the recorded blocking.
        var late = Ok(ledger.Hand(Pass(11), 10, "ccas-bordeaux", "b2", "tous", At(2025, 12, 16)));
        var warning = Assert.Single(late.Issues);
        Assert.Equal(("passes.handed-after-block", Severity.Warning), (warning.RuleCode, warning.Severity));
        Ok(ledger.Block("order-1", At(2025, 12, 16)));
        Assert.Equal("passes.handed-after-block", Assert.Single(Ok(ledger.Hand(Pass(21), 5, "ccas-bordeaux", "b3", "tous", At(2025, 12, 17))).Issues).RuleCode);

        Ok(ledger.Redeem(Pass(11), ProviderA, "a", At(2025, 12, 18))); // used: paid to the provider as any pass
        Ok(ledger.Redeem(Pass(21), ProviderA, "a", At(2025, 12, 18)));
        Ok(ledger.Cancel(Pass(22), 1, At(2025, 12, 19)));               // cancelled after a late hand-out: not credited
        Ok(ledger.Settle(new YearMonth(2025, 12), At(2026, 1, 2)));
        Ok(ledger.Expire("order-1", At(2026, 2, 1)));
        Ok(ledger.Close(At(2026, 2, 7)));

        var events = ledger.Events();
        var closing = VoucherReports.Closing(ledger.Programme, events);
        Assert.Equal(15, closing.PassesHandedAfterBlock);
        Assert.Equal(13, closing.PassesForfeited);             // 12–20 and 22–25 never used
        Assert.Equal((1L, 27L), (closing.PassesCancelled, closing.PassesExpired));
        Assert.Equal(Euros(150m), closing.CreditNote);         // 1–10 handed in time and 26–30 never handed
        Assert.Equal(Euros(130m), closing.ForfeitedValue);
        Assert.Equal(Money.Zero, closing.RingFencedBalance);
        var balances = VoucherReports.Balances(VoucherReports.Postings(ledger.Programme, events));
        Assert.Equal(Money.Zero, balances[VoucherAccount.PrepaidFaceValue]);
        Assert.Equal(Money.Zero, balances[VoucherAccount.ForfeitedFaceValue]);
        Assert.Equal(Money.Zero, balances[VoucherAccount.CreditNotesDue]);
    }

    [Fact]
    public void Rule_3_the_co_financing_minimum_and_ceiling_apply_to_the_programme_as_a_whole()
    {
        // Domain note §9 (AAP 2020, "settled 2026-12"): minimum purchase and ceiling on the project, cumulated over its
        // orders. Scaled-down rule: 50 %, minimum purchase €200, ceiling €300 of used value.
        var rule = new CoFinancingRule("State", 0.5m, Euros(200m), Euros(300m));
        static void OrderAndUse(VoucherLedger ledger, string id, int passes, int firstPass, Instant at)
        {
            Ok(ledger.Quote(id, passes, 10, at));
            Ok(ledger.Confirm(id, at));
            Ok(ledger.Issue(id, at));
            Ok(ledger.Inject(((firstPass - 1) / 10) + 1, passes / 10, "ccas-bordeaux", at));
            for (var n = firstPass; n < firstPass + passes; n++)
            {
                Ok(ledger.Redeem(Pass(n), ProviderA, "a", at.Plus(Duration.FromMinutes(n))));
            }
        }

        // Two orders of €100, each below the minimum: together they reach it (order by order they got nothing).
        var small = new VoucherLedger(Programme(coFinancing: rule));
        OrderAndUse(small, "a", 10, 1, At(2025, 2, 1));
        OrderAndUse(small, "b", 10, 11, At(2025, 2, 2));
        Assert.Equal(Euros(100m), VoucherReports.Closing(small.Programme, small.Events()).CoFinancingClaim);

        // Two orders of €200 fully used: the ceiling counts €300 of the €400 used once (order by order: €200).
        var large = new VoucherLedger(Programme(coFinancing: rule));
        OrderAndUse(large, "a", 20, 1, At(2025, 2, 1));
        OrderAndUse(large, "b", 20, 21, At(2025, 2, 2));
        Assert.Equal(Euros(150m), VoucherReports.Closing(large.Programme, large.Events()).CoFinancingClaim);
    }

    [Fact]
    public async Task Rule_4_a_settled_month_keeps_its_amounts_and_rates_and_a_rate_change_has_an_effective_date()
    {
        var ledger = Ordered(Programme(), 20);
        Ok(ledger.Redeem(Pass(1), ProviderA, "a", At(2025, 3, 3)));
        Ok(ledger.Settle(new YearMonth(2025, 3), At(2025, 4, 1)));
        Assert.Equal("fees.retroactive", ledger.ChangeFees(new FeeSchedule(0.04m, 0.10m), new LocalDate(2025, 4, 1), At(2025, 4, 1)).RuleCode);
        Ok(ledger.ChangeFees(new FeeSchedule(0.04m, 0.10m), new LocalDate(2025, 5, 1), At(2025, 4, 2)));
        Ok(ledger.Redeem(Pass(2), ProviderA, "a", At(2025, 4, 10)));
        Ok(ledger.Redeem(Pass(3), ProviderA, "a", At(2025, 5, 10)));
        Assert.Equal("settlement.amounts", ledger.Record(new MonthSettled(At(2025, 5, 11), new YearMonth(2025, 4), 0.04m, 0.2m, [new(ProviderA, 1, 2, Euros(20m), Euros(0.80m), Euros(0.16m))])).RuleCode);

        var settled = ledger.Events().OfType<MonthSettled>().Single();
        Assert.Equal((0.04m, 0.20m), (settled.DownstreamRate, settled.VatRate));
        Assert.Equal((1L, Euros(10m), Euros(0.40m), Euros(0.08m)), (settled.Lines[0].Passes, settled.Lines[0].GrossValue, settled.Lines[0].DownstreamFee, settled.Lines[0].DownstreamFeeVat));
        Assert.Equal([Euros(0.40m), Euros(0.40m), Euros(1.00m)], VoucherReports.ProviderStatements(ledger.Programme, ledger.Events()).Select(s => s.DownstreamFee));

        // The programme file is edited afterwards (downstream 20 %): March, paid, does not change; April, not settled
        // and before the recorded change, follows the file; May follows the recorded change.
        var edited = Programme(fees: new FeeSchedule(0.04m, 0.20m));
        using var text = new StringWriter();
        InclusionJson.WriteEvents(ledger.Events(), text);
        var replay = VoucherEventFile.Replay(edited, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
        Assert.True(replay.IsValid, string.Join(Environment.NewLine, replay.Report.Issues));
        var store = new InMemoryVoucherEventStore();
        await store.AppendAsync(edited.Id, 0, ledger.Events());
        foreach (var events in new[] { replay.Value!.Events(), await (await StoredVoucherLedger.OpenAsync(edited, store)).ReadEventsAsync().ToListAsync() })
        {
            var statements = VoucherReports.ProviderStatements(edited, events);
            Assert.Equal([Euros(0.40m), Euros(2.00m), Euros(1.00m)], statements.Select(s => s.DownstreamFee));
            Assert.Equal([true, false, false], statements.Select(s => s.IsSettled));
        }
    }

    [Fact]
    public void Rule_5_two_spellings_of_one_siret_are_one_provider_in_statements_kpis_and_postings()
    {
        // Issue 12: "732 829 320 00116" and "73282932000116" are the same provider (the sample's Médiathèque de Mérignac).
        var original = WorkedExample.Build();
        using var text = new StringWriter();
        InclusionJson.WriteEvents(original.Events(), text);
        var lines = text.ToString().Split('\n');
        for (var i = 0; i < lines.Length; i += 2)
        {
            lines[i] = lines[i].Replace("\"73282932000116\"", "\"732 829 320 00116\"", StringComparison.Ordinal);
        }

        var spaced = string.Join('\n', lines);
        Assert.Contains("732 829 320 00116", spaced, StringComparison.Ordinal);
        var replay = VoucherEventFile.Replay(original.Programme, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(spaced)));
        Assert.True(replay.IsValid, string.Join(Environment.NewLine, replay.Report.Issues));
        VoucherLedgerProperties.AssertSameReports(original.Programme, original.Events(), replay.Value!.Events());
        var kpis = VoucherReports.Kpis(original.Programme, replay.Value.Events());
        Assert.Equal(400L, Assert.Single(kpis.ByProvider, r => r.Key == "73282932000116").Figures.PassesRedeemed);
        var parties = VoucherReports.Postings(original.Programme, replay.Value.Events()).SelectMany(p => p.Lines).Where(l => l.Account == VoucherAccount.ProviderPayable).Select(l => l.Party).Distinct().Order();
        Assert.Equal(new[] { "73282932000116", original.Programme.Providers[1].Siret.ToString() }.Order(), parties);
    }

    [Fact]
    public void Rule_6_a_scan_of_200000_passes_is_decided_and_repeated_in_one_pass()
    {
        // Linear in the passes: the former pairwise comparisons would take about 10^10 steps here.
        var ledger = Ordered(Programme(), 200_000);
        var first = Enumerable.Range(1, 100_000).Select(n => Pass(n)).ToArray();
        var recorded = Ok(ledger.Redeem(first, ProviderA, "parcours", At(2025, 3, 1)));
        Assert.Equal(100_000, ((PassesRedeemed)recorded.Event!).Passes.Count);
        var repeat = ledger.Redeem([.. Enumerable.Reverse(first)], ProviderA, "parcours", At(2025, 3, 2));
        Assert.True(repeat.IsRepeat);
        Assert.Same(recorded.Event, repeat.Event);
        Assert.Equal("pass.already-redeemed", ledger.Redeem([.. first.Skip(1).Append(Pass(100_001))], ProviderA, "parcours", At(2025, 3, 2)).RuleCode);
        var withDuplicate = Enumerable.Range(100_001, 100_000).Select(n => Pass(n)).Append(Pass(150_000)).ToArray();
        Assert.Equal("redemption.duplicate-pass", ledger.Redeem(withDuplicate, ProviderA, "parcours", At(2025, 3, 2)).RuleCode);
        Assert.Equal(PassStatus.Injected, ledger.StatusOf(Pass(150_000)));
    }
}

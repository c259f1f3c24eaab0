using Inclusion.Sdk.Vouchers;
using NodaTime;
using static Inclusion.Sdk.Tests.Vouchers.VoucherScenario;

namespace Inclusion.Sdk.Tests.Vouchers;

/// <summary>The published figures of the project's domain note vouchers.md §17 (candidate test oracles), reproduced through the ledger.</summary>
public class VoucherOracleTests
{
    private static VoucherLedger UseAndClose(VoucherProgramme programme, int passes, int used)
    {
        var ledger = Ordered(programme, passes);
        for (var n = 1; n <= used; n++)
        {
            Ok(ledger.Redeem(Pass(n), n % 2 == 0 ? ProviderA : ProviderB, "atelier", At(2025, 3, 1 + ((n - 1) * 28 / used))));
        }

        Ok(ledger.Settle(new YearMonth(2025, 3), At(2025, 4, 2)));
        Ok(ledger.Expire("order-1", At(2026, 2, 1)));
        Ok(ledger.Close(At(2026, 2, 7)));
        return ledger;
    }

    private static Money Euros(decimal value) => Money.FromEuros(value);

    private static Money NetPaid(VoucherLedger ledger) =>
        Money.Sum(VoucherReports.ProviderStatements(ledger.Programme, ledger.Events()).Select(s => s.NetPayable));

    [Fact]
    public void Oracle_1_thousand_passes_of_ten_euros_invoice_ten_thousand_and_four_hundred_euros_of_upstream_fee()
    {
        // vouchers.md §7 and §17 #1: "10 000 € net de pass + 400 € HT".
        var ledger = Ordered(Programme(), 1000);
        var closing = VoucherReports.Closing(ledger.Programme, ledger.Events());
        Assert.Equal(Euros(10_000.00m), closing.OrderedValue);
        Assert.Equal(Euros(400.00m), closing.UpstreamFee);
        Assert.Equal(Euros(80.00m), closing.UpstreamFeeVat);
    }

    [Fact]
    public void Oracle_all_used_with_the_stated_four_percent_pays_the_providers_9600()
    {
        // vouchers.md §7: "frais contributifs aval de 4 %" on €10,000 used.
        var ledger = UseAndClose(Programme(), 1000, 1000);
        Assert.Equal(Euros(9_600.00m), NetPaid(ledger));
        Assert.Equal(Money.Zero, VoucherReports.Closing(ledger.Programme, ledger.Events()).CreditNote);
    }

    [Fact]
    public void Oracle_half_used_with_four_percent_pays_4800_and_credits_5000_of_face_value()
    {
        // vouchers.md §7–8: unused passes are credited "sur la base de leur seule valeur faciale".
        var ledger = UseAndClose(Programme(), 1000, 500);
        Assert.Equal(Euros(4_800.00m), NetPaid(ledger));
        var closing = VoucherReports.Closing(ledger.Programme, ledger.Events());
        Assert.Equal(Euros(5_000.00m), closing.CreditNote);
        Assert.True(closing.IsFinal);
        Assert.Equal(Euros(400.00m), closing.UpstreamFee); // fees are not refunded
    }

    [Theory]
    [InlineData(1000, 9_580.00)]
    [InlineData(500, 4_790.00)]
    public void Oracle_2_and_3_the_operators_published_example_implies_a_downstream_rate_of_4_2_percent(int used, double paid)
    {
        // vouchers.md §7 worked example: €9,580 when all used, €4,790 when half used (the documented 4 % vs 4.2 % discrepancy).
        var ledger = UseAndClose(Programme(new FeeSchedule(0.04m, 0.042m)), 1000, used);
        Assert.Equal(Euros((decimal)paid), NetPaid(ledger));
    }

    [Fact]
    public void Oracle_8_state_co_financing_2020_pays_half_of_the_used_value_of_a_100000_euro_order()
    {
        // vouchers.md §9 (AAP 2020: at most 50 % of passes used) and §17 #8: €100,000 order, 60 % used → €30,000.
        var ledger = UseAndClose(Programme(coFinancing: CoFinancingRule.State2020), 10_000, 6_000);
        var closing = VoucherReports.Closing(ledger.Programme, ledger.Events());
        Assert.Equal(Euros(100_000.00m), closing.OrderedValue);
        Assert.Equal(Euros(60_000.00m), closing.UsedValue);
        Assert.Equal(Euros(30_000.00m), closing.CoFinancingClaim);
        Assert.Equal(Euros(40_000.00m), closing.CreditNote);
    }

    [Fact]
    public void Oracle_7_state_co_financing_needs_a_20000_euro_order_and_counts_at_most_the_ceiling()
    {
        // vouchers.md §9 and §17 #7: minimum purchase €20,000; ceiling €3M (State €1.5M).
        var rule = CoFinancingRule.State2020;
        Assert.Equal(Euros(10_000m), rule.ShareOf(Euros(20_000m), Euros(20_000m)));
        Assert.Equal(Money.Zero, rule.ShareOf(Euros(19_990m), Euros(19_990m)));
        Assert.Equal(Euros(1_500_000m), rule.ShareOf(Euros(4_000_000m), Euros(4_000_000m)));
    }

    [Fact]
    public void Oracle_4_five_pass_booklets_are_refused_under_2000_passes()
    {
        // vouchers.md §3 and §17 #4: "Est-il possible de commander des carnets de 5 pass … inférieure à 2000 pass ? Hélas non".
        var ledger = new VoucherLedger(Programme());
        var refused = ledger.Quote("small", 1_999, 5, At(2025, 1, 10));
        Assert.Equal("booklet.format-not-allowed", refused.RuleCode);
        Assert.Equal("10", refused.Rejection!.Suggestion);
        Assert.Equal(0, ledger.Version);
        Assert.True(ledger.Quote("big", 2_000, 5, At(2025, 1, 10)).Success);
        Assert.True(ledger.Quote("tens", 1_000, 10, At(2025, 1, 10)).Success);
    }

    [Fact]
    public void Oracle_5_an_order_ending_31_12_2024_accepts_scans_until_31_01_2025_and_states_on_07_02_2025()
    {
        // vouchers.md §4 and §17 #5.
        var programme = Programme(validityEnd: new LocalDate(2024, 12, 31));
        var ledger = new VoucherLedger(programme);
        Ok(ledger.Quote("o", 10, 10, At(2024, 6, 1)));
        Ok(ledger.Confirm("o", At(2024, 6, 1)));
        Ok(ledger.Issue("o", At(2024, 6, 2)));
        Ok(ledger.Inject(1, 1, "ccas-bordeaux", At(2024, 6, 3)));
        Assert.True(ledger.Redeem(Pass(1), ProviderA, "atelier", At(2025, 1, 31, 23)).Success);
        Assert.Equal("pass.expired", ledger.Redeem(Pass(2), ProviderA, "atelier", At(2025, 2, 1, 0)).RuleCode);
        var timeline = programme.TimelineFor(new LocalDate(2024, 6, 1));
        Assert.Equal(new LocalDate(2025, 2, 7), timeline.JointStatement);
    }

    [Fact]
    public void Oracle_6_scans_in_march_are_counter_paid_in_april_and_a_late_utc_scan_of_31_march_is_april()
    {
        // vouchers.md §6: passes scanned in month M are counter-paid in M+1; months are Europe/Paris months.
        var ledger = Ordered(Programme(), 100);
        Ok(ledger.Redeem(Pass(1), ProviderA, "atelier", At(2025, 3, 10)));
        Ok(ledger.Redeem(Pass(2), ProviderA, "atelier", Instant.FromUtc(2025, 3, 31, 22, 30)));
        var statements = VoucherReports.ProviderStatements(ledger.Programme, ledger.Events());
        Assert.Equal(2, statements.Count);
        Assert.Equal(new YearMonth(2025, 3), statements[0].Month);
        Assert.Equal(new YearMonth(2025, 4), statements[0].PaymentMonth);
        Assert.Equal(new YearMonth(2025, 4), statements[1].Month);
    }

    [Fact]
    public void Oracle_10_fees_round_half_away_from_zero_once_per_line()
    {
        // vouchers.md §14: 2.125 → 2.13 (banker's rounding would give 2.12).
        var fees = new FeeSchedule(0.0425m, 0.0425m);
        Assert.Equal(Euros(2.13m), fees.DownstreamFee(Euros(50m)));
        Assert.Equal(Euros(526.93m), new FeeSchedule(0.5m, 0m).UpstreamFee(Euros(1_053.85m)));
    }

    [Fact]
    public async Task Oracle_11_sixteen_parallel_scans_of_one_pass_record_exactly_one_redemption()
    {
        // vouchers.md §13 and §17 #11: check and record in one atomic step.
        foreach (var sameScan in new[] { true, false })
        {
            var ledger = Ordered(Programme(), 10);
            using var start = new ManualResetEventSlim();
            var tasks = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
            {
                start.Wait();
                return ledger.Redeem(Pass(1), sameScan || i % 2 == 0 ? ProviderA : ProviderB, "atelier", At(2025, 3, 3));
            })).ToArray();
            start.Set();
            var results = await Task.WhenAll(tasks);
            Assert.Single(ledger.Events().OfType<PassesRedeemed>());
            Assert.Equal(1, results.Count(r => r.Success && !r.IsRepeat));
            Assert.All(results.Where(r => !r.Success), r => Assert.Equal("pass.already-redeemed", r.RuleCode));
            if (sameScan)
            {
                Assert.Equal(15, results.Count(r => r.IsRepeat));
            }
        }
    }
}

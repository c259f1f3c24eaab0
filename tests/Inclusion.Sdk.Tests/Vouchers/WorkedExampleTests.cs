using Inclusion.Sdk.Files;
using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.Tests.Vouchers;

/// <summary>The figures of docs/vouchers.md's worked example, and the committed sample event log, computed by the code.</summary>
public class WorkedExampleTests
{
    private static Money Euros(decimal value) => Money.FromEuros(value);

    [Fact]
    public void The_committed_event_log_is_the_worked_example()
    {
        var ledger = WorkedExample.Build();
        using var text = new StringWriter();
        InclusionJson.WriteEvents(ledger.Events(), text);
        if (Environment.GetEnvironmentVariable("REGENERATE_VOUCHER_SAMPLES") == "1")
        {
            File.WriteAllText(WorkedExample.SamplePath("events.jsonl"), text.ToString());
        }

        Assert.Equal(text.ToString(), File.ReadAllText(WorkedExample.SamplePath("events.jsonl")));
    }

    [Fact]
    public void The_worked_example_figures_are_those_of_the_guide()
    {
        var ledger = WorkedExample.Build();
        var programme = ledger.Programme;
        var events = ledger.Events();
        var closing = VoucherReports.Closing(programme, events);
        Assert.Equal(Euros(20_000m), closing.OrderedValue);
        Assert.Equal(Euros(800m), closing.UpstreamFee);
        Assert.Equal(Euros(160m), closing.UpstreamFeeVat);
        Assert.Equal(Euros(8_000m), closing.UsedValue);
        Assert.Equal(Euros(12_000m), closing.CreditNote);
        Assert.Equal(Euros(320m), closing.DownstreamFees);
        Assert.Equal(Euros(4_000m), closing.CoFinancingClaim);
        Assert.True(closing.IsFinal);

        var march = VoucherReports.ProviderStatements(programme, events, new YearMonth(2025, 3));
        var merignac = Assert.Single(march, s => s.ProviderName == "Médiathèque de Mérignac");
        Assert.Equal((100L, Euros(1_000m), Euros(40m), Euros(8m), Euros(960m), new YearMonth(2025, 4)), (merignac.Passes, merignac.GrossValue, merignac.DownstreamFee, merignac.DownstreamFeeVat, merignac.NetPayable, merignac.PaymentMonth));
        var all = VoucherReports.ProviderStatements(programme, events);
        Assert.Equal(Euros(7_680m), Money.Sum(all.Select(s => s.NetPayable)));

        var balances = VoucherReports.Balances(VoucherReports.Postings(programme, events));
        Assert.Equal(Money.Zero, balances[VoucherAccount.PrepaidFaceValue]); // every euro paid a provider or was credited back
        Assert.Equal(Money.Zero, balances[VoucherAccount.OutstandingPasses]);
        Assert.Equal(Euros(-1_120m), balances[VoucherAccount.OperatorFees]);
        Assert.Equal(Euros(-224m), balances[VoucherAccount.VatCollected]);

        var kpis = VoucherReports.Kpis(programme, events);
        Assert.Equal((200L, 180L, 20L, 100L), (kpis.Overall.BookletsIssued, kpis.Overall.BookletsInjected, kpis.Overall.BookletsNotInjected, kpis.Overall.BookletsStarted));
        Assert.Equal((90.000m, 40.000m, 55.556m, 10.00m), (kpis.Overall.DistributionRate, kpis.Overall.UsageRate, kpis.Overall.StartRate, kpis.Overall.PassesPerBeneficiary));
        var ccas = kpis.ByDistributor.Single(r => r.Key == "ccas-bordeaux").Figures;
        Assert.Equal((120L, 60L, 480L), (ccas.BookletsInjected, ccas.BookletsStarted, ccas.PassesRedeemed));
        Assert.Equal(400L, kpis.ByProvider.Single(r => r.Label == "Médiathèque de Mérignac").Figures.PassesRedeemed);
        Assert.Equal(0L, kpis.ByProvider.Single(r => r.Label == "Tiers-lieu des Landes").Figures.PassesRedeemed);
        Assert.Equal(2, kpis.ByTerritory.Count);
    }
}

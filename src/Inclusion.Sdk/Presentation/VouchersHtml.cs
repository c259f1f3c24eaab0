using Inclusion.Sdk.Vouchers;
using NodaTime.Text;

namespace Inclusion.Sdk.Presentation;

/// <summary>Renders the voucher programme's results: KPIs (overall, by provider, distributor, territory, and by month
/// as a line chart of the cumulative passes handed and redeemed), the closing statement, provider statements and the
/// settlement. A breakdown row whose beneficiary count is sensitive is suppressed as a whole
/// (<see cref="VoucherKpis.SuppressedBeneficiaries"/>), so its passes cannot reveal it either; statements are accounts
/// between organisations and are shown in full.</summary>
internal static class VouchersHtml
{
    internal static void Write(VoucherKpis kpis, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "voucher-kpis", o.T("Voucher programme indicators", "Indicateurs du dispositif de pass"));
        var overallHidden = kpis.IsOverallSuppressed(o.Disclosure);
        HtmlSections.Figures(w, o, Figures(kpis.Overall, overallHidden, o));
        Breakdown(w, o, o.T("By provider", "Par structure d'accueil"), o.T("Provider", "Structure"), kpis.ByProvider);
        Breakdown(w, o, o.T("By distributor", "Par distributeur"), o.T("Distributor", "Distributeur"), kpis.ByDistributor);
        Breakdown(w, o, o.T("By territory", "Par territoire"), o.T("Territory", "Territoire"), kpis.ByTerritory);
        if (kpis.ByMonth.Count > 0)
        {
            var hidden = VoucherKpis.SuppressedBeneficiaries(kpis.ByMonth, o.Disclosure);
            var months = kpis.ByMonth.Select(r => r.Label).ToArray();
            LineSeries[] series =
            [
                new(o.T("Passes handed (cumulative)", "Pass remis (cumul)"), [.. kpis.ByMonth.Select((r, i) => hidden[i] ? (long?)null : r.Figures.PassesHanded)]),
                new(o.T("Passes redeemed (cumulative)", "Pass utilisés (cumul)"), [.. kpis.ByMonth.Select((r, i) => hidden[i] ? (long?)null : r.Figures.PassesRedeemed)]),
            ];
            var title = o.T("Passes handed and redeemed, cumulative at the end of each month", "Pass remis et utilisés, cumul en fin de mois");
            w.Open("figure").Element("figcaption", title);
            SvgCharts.Lines(w, o, title, o.T("Month", "Mois"), o.T("Passes (cumulative)", "Pass (cumul)"), months, series);
            w.Close();
            Breakdown(w, o, o.T("By month (cumulative)", "Par mois (cumul)"), o.T("Month", "Mois"), kpis.ByMonth);
        }

        w.Close();
    }

    internal static void Write(KpiFigures figures, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "kpi-figures", o.T("Voucher indicators", "Indicateurs des pass"));
        HtmlSections.Figures(w, o, Figures(figures, o.Disclosure.IsSensitive(figures.Beneficiaries), o));
        w.Close();
    }

    internal static void Write(ClosingStatement closing, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "closing-statement", (closing.IsFinal ? o.T("Closing statement", "Bilan de clôture") : o.T("Interim statement", "Bilan intermédiaire"))
            + " — " + closing.Commanditaire);
        var passes = new HtmlTable(o.T("Passes", "Pass"), o.T("Passes", "Pass"), o.T("Number", "Nombre"));
        passes.Row(o.T("Ordered", "Commandés"), HtmlCell.Integer(closing.PassesOrdered))
            .Row(o.T("Used", "Utilisés"), HtmlCell.Integer(closing.PassesUsed))
            .Row(o.T("Cancelled", "Annulés"), HtmlCell.Integer(closing.PassesCancelled))
            .Row(o.T("Expired", "Expirés"), HtmlCell.Integer(closing.PassesExpired))
            .Row(o.T("Outstanding", "En circulation"), HtmlCell.Integer(closing.PassesOutstanding))
            .Row(o.T("Handed after the distribution block", "Remis après le blocage de la distribution"), HtmlCell.Integer(closing.PassesHandedAfterBlock))
            .Row(o.T("Forfeited", "Perdus"), HtmlCell.Integer(closing.PassesForfeited));
        passes.Write(w, o);
        var money = new HtmlTable(o.T("Amounts (euros)", "Montants (euros)"), o.T("Item", "Poste"), o.T("Amount", "Montant"));
        money.Row(o.T("Ordered value", "Valeur commandée"), HtmlCell.Money(closing.OrderedValue))
            .Row(o.T("Used value", "Valeur utilisée"), HtmlCell.Money(closing.UsedValue))
            .Row(o.T("Credit note", "Avoir"), HtmlCell.Money(closing.CreditNote))
            .Row(o.T("Forfeited value", "Valeur perdue"), HtmlCell.Money(closing.ForfeitedValue))
            .Row(o.T("Upstream fee (excl. VAT)", "Frais amont (HT)"), HtmlCell.Money(closing.UpstreamFee))
            .Row(o.T("VAT on the upstream fee", "TVA sur les frais amont"), HtmlCell.Money(closing.UpstreamFeeVat))
            .Row(o.T("Downstream fees", "Frais aval"), HtmlCell.Money(closing.DownstreamFees))
            .Row(o.T("Fees kept", "Frais conservés"), HtmlCell.Money(closing.FeesKept))
            .Row(o.T("Paid to providers", "Versé aux structures"), HtmlCell.Money(closing.PaidToProviders))
            .Row(o.T("Ring-fenced balance", "Solde cantonné"), HtmlCell.Money(closing.RingFencedBalance));
        if (closing.CoFunder is not null)
        {
            money.Row(o.T("Co-financing claim — ", "Appel de cofinancement — ") + closing.CoFunder, HtmlCell.Money(closing.CoFinancingClaim));
        }

        money.Write(w, o);
        w.Close();
    }

    internal static void Write(ProviderStatement statement, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "provider-statement", o.T("Provider statement — ", "Relevé de la structure — ") + statement.ProviderName);
        Statements(w, o, [statement]);
        w.Close();
    }

    internal static void Write(VoucherSettlement settlement, HtmlWriter w, HtmlOptions o)
    {
        var month = settlement.Month is { } m ? " " + YearMonthPattern.Iso.Format(m) : string.Empty;
        HtmlSections.Open(w, o, "voucher-settlement", o.T("Voucher settlement", "Règlement des pass") + month);
        Statements(w, o, settlement.Statements);
        var nested = o with { Title = null };
        Write(settlement.Closing, w, nested);
        Write(settlement.Kpis, w, nested);
        w.Close();
    }

    private static void Statements(HtmlWriter w, HtmlOptions o, IReadOnlyList<ProviderStatement> statements)
    {
        var table = new HtmlTable(o.T("Provider statements", "Relevés des structures"), o.T("Provider", "Structure"), o.T("SIRET", "SIRET"),
            o.T("Month", "Mois"), o.T("Redemptions", "Utilisations"), o.T("Passes", "Pass"), o.T("Gross value", "Valeur brute"),
            o.T("Downstream fee", "Frais aval"), o.T("VAT on the fee", "TVA sur les frais"), o.T("Net payable", "Net à payer"), o.T("Settled", "Réglé"));
        foreach (var s in statements)
        {
            table.Row(s.ProviderName, s.Provider.ToString(), YearMonthPattern.Iso.Format(s.Month), HtmlCell.Integer(s.Redemptions), HtmlCell.Integer(s.Passes),
                HtmlCell.Money(s.GrossValue), HtmlCell.Money(s.DownstreamFee), HtmlCell.Money(s.DownstreamFeeVat), HtmlCell.Money(s.NetPayable),
                s.IsSettled ? o.T("yes", "oui") : o.T("no", "non"));
        }

        table.Write(w, o);
    }

    private static (string, HtmlCell)[] Figures(KpiFigures f, bool hidden, HtmlOptions o) =>
    [
        (o.T("Booklets issued", "Carnets émis"), Cell(f.BookletsIssued, hidden)),
        (o.T("Booklets injected", "Carnets injectés"), Cell(f.BookletsInjected, hidden)),
        (o.T("Booklets started", "Carnets entamés"), Cell(f.BookletsStarted, hidden)),
        (o.T("Passes issued", "Pass émis"), Cell(f.PassesIssued, hidden)),
        (o.T("Passes handed", "Pass remis"), Cell(f.PassesHanded, hidden)),
        (o.T("Passes redeemed", "Pass utilisés"), Cell(f.PassesRedeemed, hidden)),
        (o.T("Beneficiaries", "Bénéficiaires"), hidden ? HtmlCell.Suppressed : HtmlCell.Count(f.Beneficiaries)),
        (o.T("Value issued", "Valeur émise"), hidden ? HtmlCell.Suppressed : HtmlCell.Money(f.ValueIssued)),
        (o.T("Value used", "Valeur utilisée"), hidden ? HtmlCell.Suppressed : HtmlCell.Money(f.ValueUsed)),
        (o.T("Distribution rate (%)", "Taux de distribution (%)"), hidden ? HtmlCell.Suppressed : HtmlCell.Percent(f.DistributionRate)),
        (o.T("Usage rate (%)", "Taux d'utilisation (%)"), hidden ? HtmlCell.Suppressed : HtmlCell.Percent(f.UsageRate)),
        (o.T("Start rate (%)", "Taux d'entame (%)"), hidden ? HtmlCell.Suppressed : HtmlCell.Percent(f.StartRate)),
        (o.T("Passes per beneficiary", "Pass par bénéficiaire"), hidden ? HtmlCell.Suppressed : HtmlCell.Number(f.PassesPerBeneficiary, 2)),
    ];

    private static void Breakdown(HtmlWriter w, HtmlOptions o, string caption, string header, IReadOnlyList<KpiRow> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var hidden = VoucherKpis.SuppressedBeneficiaries(rows, o.Disclosure);
        var table = new HtmlTable(caption, header, o.T("Booklets issued", "Carnets émis"), o.T("Booklets injected", "Carnets injectés"),
            o.T("Passes handed", "Pass remis"), o.T("Passes redeemed", "Pass utilisés"), o.T("Beneficiaries", "Bénéficiaires"),
            o.T("Value used", "Valeur utilisée"), o.T("Usage rate (%)", "Taux d'utilisation (%)"));
        for (var i = 0; i < rows.Count; i++)
        {
            var f = rows[i].Figures;
            var h = hidden[i];
            table.Row(rows[i].Label, Cell(f.BookletsIssued, h), Cell(f.BookletsInjected, h), Cell(f.PassesHanded, h), Cell(f.PassesRedeemed, h),
                Cell(f.Beneficiaries, h), h ? HtmlCell.Suppressed : HtmlCell.Money(f.ValueUsed), h ? HtmlCell.Suppressed : HtmlCell.Percent(f.UsageRate));
        }

        table.Write(w, o);
    }

    private static HtmlCell Cell(long value, bool hidden) => hidden ? HtmlCell.Suppressed : HtmlCell.Count(value);
}

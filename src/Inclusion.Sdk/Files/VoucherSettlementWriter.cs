using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Utility;
using Inclusion.Sdk.Vouchers;
using NodaTime.Text;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Renders a <see cref="VoucherSettlement"/> for publication, as the <c>inclusion vouchers settle</c> command prints it:
/// plain text or JSON. KPI breakdowns count people, so beneficiary counts (and passes per beneficiary) are suppressed
/// below the disclosure threshold with secondary suppression (<see cref="VoucherKpis.SuppressedBeneficiaries"/>).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class VoucherSettlementWriter
{
    private static string Euros(Money money) => money.Amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>Writes a settlement as plain text (English): statements, closing statement and KPIs, with the beneficiary
    /// counts that the disclosure rule hides shown as <c>s</c>.</summary>
    /// <param name="settlement">The settlement.</param>
    /// <param name="output">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteText(VoucherSettlement settlement, TextWriter output)
    {
        Preconditions.CheckNotNull(settlement);
        Preconditions.CheckNotNull(output);
        var (programme, month, statements, closing, kpis) = (settlement.Programme, settlement.Month, settlement.Statements, settlement.Closing, settlement.Kpis);
        output.WriteLine($"Programme {programme.Id} — commanditaire {programme.Commanditaire}, operator {programme.Operator}");
        output.WriteLine();
        output.WriteLine(month is null ? "Provider statements" : $"Provider statements — scans of {YearMonthPattern.Iso.Format(month.Value)}");
        output.WriteLine("scan month  paid in  provider        passes      gross €     fee HT €    fee VAT €       net €  settled");
        foreach (var s in statements)
        {
            output.WriteLine($"{YearMonthPattern.Iso.Format(s.Month),-11} {YearMonthPattern.Iso.Format(s.PaymentMonth),-8} {s.Provider,-14} {s.Passes,7} {Euros(s.GrossValue),12} {Euros(s.DownstreamFee),12} {Euros(s.DownstreamFeeVat),12} {Euros(s.NetPayable),11}  {(s.IsSettled ? "yes" : "no")}");
        }

        output.WriteLine($"total{string.Empty,35} {Euros(Money.Sum(statements.Select(s => s.GrossValue))),12} {Euros(Money.Sum(statements.Select(s => s.DownstreamFee))),12} {Euros(Money.Sum(statements.Select(s => s.DownstreamFeeVat))),12} {Euros(Money.Sum(statements.Select(s => s.NetPayable))),11}");
        output.WriteLine();
        output.WriteLine(closing.IsFinal ? "Closing statement (final)" : "Closing statement (provisional: the programme is open)");
        output.WriteLine($"  ordered face value      {Euros(closing.OrderedValue),14}  ({closing.PassesOrdered} passes)");
        output.WriteLine($"  used face value         {Euros(closing.UsedValue),14}  ({closing.PassesUsed} passes)");
        output.WriteLine($"  credit note (unused)    {Euros(closing.CreditNote),14}  ({closing.PassesCancelled} cancelled, {closing.PassesExpired} expired; face value only)");
        if (closing.PassesHandedAfterBlock > 0)
        {
            output.WriteLine($"  handed after the block  {closing.PassesHandedAfterBlock,14}  (at the commanditaire's charge: {closing.PassesForfeited} unused, {Euros(closing.ForfeitedValue)} not credited back)");
        }

        output.WriteLine($"  outstanding passes      {closing.PassesOutstanding,14}");
        output.WriteLine($"  paid to providers (net) {Euros(closing.PaidToProviders),14}  (settled months)");
        output.WriteLine($"  ring-fenced face value  {Euros(closing.RingFencedBalance),14}  (still held; 0 once final)");
        output.WriteLine($"  upstream fee HT         {Euros(closing.UpstreamFee),14}  (VAT {Euros(closing.UpstreamFeeVat)})");
        output.WriteLine($"  downstream fees HT      {Euros(closing.DownstreamFees),14}");
        if (closing.CoFunder is not null)
        {
            output.WriteLine($"  co-financing claim      {Euros(closing.CoFinancingClaim),14}  ({closing.CoFunder})");
        }

        output.WriteLine();
        output.WriteLine("KPIs                    booklets: issued injected not-inj. started | passes: issued handed redeemed | benef. | distrib. % usage % start % passes/benef.");
        WriteKpi(output, "programme", kpis.Overall, kpis.IsOverallSuppressed());
        foreach (var (title, rows) in Breakdowns(kpis))
        {
            var hidden = VoucherKpis.SuppressedBeneficiaries(rows);
            for (var i = 0; i < rows.Count; i++)
            {
                WriteKpi(output, $"{title} {rows[i].Key}", rows[i].Figures, hidden[i]);
            }
        }

        output.WriteLine($"(s: fewer than {DisclosureRule.DefaultThreshold} beneficiaries, or hidden so that such a count cannot be recovered from the totals)");
    }

    private static (string Title, IReadOnlyList<KpiRow> Rows)[] Breakdowns(VoucherKpis kpis) =>
        [("provider", kpis.ByProvider), ("distributor", kpis.ByDistributor), ("territory", kpis.ByTerritory), ("month", kpis.ByMonth)];

    private static void WriteKpi(TextWriter output, string label, KpiFigures f, bool hideBeneficiaries)
    {
        var beneficiaries = hideBeneficiaries ? "s" : f.Beneficiaries.ToString(CultureInfo.InvariantCulture);
        var perBeneficiary = hideBeneficiaries ? "s" : f.PassesPerBeneficiary.ToString("0.00", CultureInfo.InvariantCulture);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-34} {f.BookletsIssued,6} {f.BookletsInjected,8} {f.BookletsNotInjected,8} {f.BookletsStarted,7} | {f.PassesIssued,6} {f.PassesHanded,6} {f.PassesRedeemed,8} | {beneficiaries,6} | {f.DistributionRate,8:0.000} {f.UsageRate,7:0.000} {f.StartRate,7:0.000} {perBeneficiary,6}"));
    }

    /// <summary>Writes a settlement as indented JSON (accents kept readable), suppressed beneficiary counts written as
    /// <c>null</c> with <c>beneficiariesSuppressed: true</c>.</summary>
    /// <param name="settlement">The settlement.</param>
    /// <param name="output">The destination.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteJson(VoucherSettlement settlement, TextWriter output)
    {
        Preconditions.CheckNotNull(settlement);
        Preconditions.CheckNotNull(output);
        var (programme, statements, closing, kpis) = (settlement.Programme, settlement.Statements, settlement.Closing, settlement.Kpis);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("programme", programme.Id);
            w.WriteStartArray("providerStatements");
            foreach (var s in statements)
            {
                w.WriteStartObject();
                w.WriteString("month", YearMonthPattern.Iso.Format(s.Month));
                w.WriteString("paymentMonth", YearMonthPattern.Iso.Format(s.PaymentMonth));
                w.WriteString("provider", s.Provider.ToString());
                w.WriteString("providerName", s.ProviderName);
                w.WriteNumber("redemptions", s.Redemptions);
                w.WriteNumber("passes", s.Passes);
                w.WriteNumber("grossValue", s.GrossValue.Amount);
                w.WriteNumber("downstreamFee", s.DownstreamFee.Amount);
                w.WriteNumber("downstreamFeeVat", s.DownstreamFeeVat.Amount);
                w.WriteNumber("netPayable", s.NetPayable.Amount);
                w.WriteBoolean("settled", s.IsSettled);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("closing");
            w.WriteString("commanditaire", closing.Commanditaire);
            w.WriteBoolean("final", closing.IsFinal);
            w.WriteNumber("orderedValue", closing.OrderedValue.Amount);
            w.WriteNumber("usedValue", closing.UsedValue.Amount);
            w.WriteNumber("creditNote", closing.CreditNote.Amount);
            w.WriteNumber("passesOutstanding", closing.PassesOutstanding);
            w.WriteNumber("passesHandedAfterBlock", closing.PassesHandedAfterBlock);
            w.WriteNumber("passesForfeited", closing.PassesForfeited);
            w.WriteNumber("forfeitedValue", closing.ForfeitedValue.Amount);
            w.WriteNumber("paidToProviders", closing.PaidToProviders.Amount);
            w.WriteNumber("ringFencedBalance", closing.RingFencedBalance.Amount);
            w.WriteNumber("upstreamFee", closing.UpstreamFee.Amount);
            w.WriteNumber("upstreamFeeVat", closing.UpstreamFeeVat.Amount);
            w.WriteNumber("downstreamFees", closing.DownstreamFees.Amount);
            if (closing.CoFunder is not null)
            {
                w.WriteString("coFunder", closing.CoFunder);
                w.WriteNumber("coFinancingClaim", closing.CoFinancingClaim.Amount);
            }

            w.WriteEndObject();
            w.WriteStartObject("kpis");
            WriteFigures(w, "overall", kpis.Overall, kpis.IsOverallSuppressed());
            foreach (var (title, rows) in Breakdowns(kpis))
            {
                var hidden = VoucherKpis.SuppressedBeneficiaries(rows);
                w.WriteStartObject("by" + char.ToUpperInvariant(title[0]) + title[1..]);
                for (var i = 0; i < rows.Count; i++)
                {
                    WriteFigures(w, rows[i].Key, rows[i].Figures, hidden[i]);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteFigures(Utf8JsonWriter w, string name, KpiFigures f, bool hideBeneficiaries)
    {
        w.WriteStartObject(name);
        w.WriteNumber("bookletsIssued", f.BookletsIssued);
        w.WriteNumber("bookletsInjected", f.BookletsInjected);
        w.WriteNumber("bookletsNotInjected", f.BookletsNotInjected);
        w.WriteNumber("bookletsStarted", f.BookletsStarted);
        w.WriteNumber("passesIssued", f.PassesIssued);
        w.WriteNumber("passesHanded", f.PassesHanded);
        w.WriteNumber("passesRedeemed", f.PassesRedeemed);
        if (hideBeneficiaries)
        {
            w.WriteNull("beneficiaries");
            w.WriteBoolean("beneficiariesSuppressed", true);
        }
        else
        {
            w.WriteNumber("beneficiaries", f.Beneficiaries);
        }

        w.WriteNumber("valueIssued", f.ValueIssued.Amount);
        w.WriteNumber("valueUsed", f.ValueUsed.Amount);
        w.WriteNumber("distributionRate", f.DistributionRate);
        w.WriteNumber("usageRate", f.UsageRate);
        w.WriteNumber("startRate", f.StartRate);
        if (hideBeneficiaries)
        {
            w.WriteNull("passesPerBeneficiary");
        }
        else
        {
            w.WriteNumber("passesPerBeneficiary", f.PassesPerBeneficiary);
        }
        w.WriteEndObject();
    }
}

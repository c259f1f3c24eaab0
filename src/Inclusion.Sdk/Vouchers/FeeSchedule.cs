using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The operator's fees: an upstream rate of the ordered face value invoiced to the commanditaire excluding VAT, a
/// downstream rate withheld from the value of used passes, and the VAT rate on fees. Each fee is rounded once per
/// invoice or statement line, half away from zero (<see cref="Money.Round()"/>).
/// </summary>
public sealed class FeeSchedule
{
    /// <summary>Creates a fee schedule.</summary>
    /// <param name="upstreamRate">Upstream rate, 0–1 (APTIC: 0.04).</param>
    /// <param name="downstreamRate">Downstream rate, 0–1 (APTIC states 0.04; its worked example implies 0.042).</param>
    /// <param name="vatRate">VAT rate on fees, 0–1 (default 0.20, the French standard rate).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is outside 0–1.</exception>
    public FeeSchedule(decimal upstreamRate, decimal downstreamRate, decimal vatRate = 0.20m)
    {
        Preconditions.CheckArgumentRange(nameof(upstreamRate), upstreamRate, 0m, 1m);
        Preconditions.CheckArgumentRange(nameof(downstreamRate), downstreamRate, 0m, 1m);
        Preconditions.CheckArgumentRange(nameof(vatRate), vatRate, 0m, 1m);
        UpstreamRate = upstreamRate;
        DownstreamRate = downstreamRate;
        VatRate = vatRate;
    }

    /// <summary>Gets the APTIC schedule as stated: 4 % upstream, 4 % downstream, 20 % VAT.</summary>
    public static FeeSchedule Aptic { get; } = new(0.04m, 0.04m);

    /// <summary>Gets the upstream rate (share of the ordered face value).</summary>
    public decimal UpstreamRate { get; }

    /// <summary>Gets the downstream rate (share of the value of used passes).</summary>
    public decimal DownstreamRate { get; }

    /// <summary>Gets the VAT rate on fees.</summary>
    public decimal VatRate { get; }

    /// <summary>The upstream fee of an order, excluding VAT, rounded to the cent.</summary>
    /// <param name="faceValue">The ordered face value.</param>
    /// <returns>The fee.</returns>
    public Money UpstreamFee(Money faceValue) => (faceValue * UpstreamRate).Round();

    /// <summary>The downstream fee of a statement line, excluding VAT, rounded to the cent.</summary>
    /// <param name="usedValue">The gross face value of the line.</param>
    /// <returns>The fee.</returns>
    public Money DownstreamFee(Money usedValue) => (usedValue * DownstreamRate).Round();

    /// <summary>The VAT on a fee, rounded to the cent.</summary>
    /// <param name="fee">The fee excluding VAT.</param>
    /// <returns>The VAT.</returns>
    public Money Vat(Money fee) => (fee * VatRate).Round();
}

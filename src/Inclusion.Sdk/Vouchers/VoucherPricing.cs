using Inclusion.Sdk.Identifiers;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>The rates in effect on a date and the arithmetic of a statement line, shared by the ledger (which records
/// a settled month's figures) and the reports (which price the months not yet settled).</summary>
internal static class VoucherPricing
{
    /// <summary>The fee schedule in effect on a date: the latest effective change on or before it (the later event on
    /// a tie), else the programme's.</summary>
    internal static FeeSchedule FeesOn(VoucherProgramme programme, IReadOnlyList<FeesChanged> changes, LocalDate date)
    {
        FeesChanged? best = null;
        foreach (var change in changes)
        {
            if (change.EffectiveFrom <= date && (best is null || change.EffectiveFrom >= best.EffectiveFrom))
            {
                best = change;
            }
        }

        return best is null ? programme.Fees : new FeeSchedule(best.UpstreamRate, best.DownstreamRate, best.VatRate);
    }

    /// <summary>A provider's line of a month priced with <paramref name="fees"/>: the fee rounded once on the line.</summary>
    internal static SettledLine Line(Siret provider, int redemptions, long passes, Money faceValue, FeeSchedule fees)
    {
        var gross = faceValue * passes;
        var fee = fees.DownstreamFee(gross);
        return new SettledLine(provider, redemptions, passes, gross, fee, fees.Vat(fee));
    }
}

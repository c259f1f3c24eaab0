using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The expiry timeline of an order or programme, derived from its validity end date by one calendar rule that
/// reproduces the operator's published dates for an end on 31/12 (30/11, 15/12, 22/12, 31/12, 31/01, 07/02):
/// alert = end − 1 month; block = alert + 15 days; acknowledgement = block + 7 days; grace end = end + grace period
/// (1 month by default); joint statement = grace end + 7 days. Month arithmetic clamps to the month's last day
/// (NodaTime), so an end on 31/03 alerts on 28/02 or 29/02.
/// </summary>
public sealed class ExpiryTimeline
{
    private ExpiryTimeline(LocalDate end, Period gracePeriod)
    {
        End = end;
        Alert = end.PlusMonths(-1);
        Block = Alert.PlusDays(15);
        Acknowledgement = Block.PlusDays(7);
        GraceEnd = end + gracePeriod;
        JointStatement = GraceEnd.PlusDays(7);
    }

    /// <summary>Gets the alert date (J-30): the commanditaire's dashboard shows issued, injected and started booklets.</summary>
    public LocalDate Alert { get; }

    /// <summary>Gets the blocking date (J-15): distributors stop handing out passes.</summary>
    public LocalDate Block { get; }

    /// <summary>Gets the acknowledgement date (J-7): the commanditaire acknowledges the cancellation to come.</summary>
    public LocalDate Acknowledgement { get; }

    /// <summary>Gets the official validity end date.</summary>
    public LocalDate End { get; }

    /// <summary>Gets the last day on which passes are accepted (end of the grace period).</summary>
    public LocalDate GraceEnd { get; }

    /// <summary>Gets the date of the joint statement (J+37 for an end on 31/12) leading to the credit note.</summary>
    public LocalDate JointStatement { get; }

    /// <summary>Computes the timeline of a validity end date.</summary>
    /// <param name="end">The validity end date.</param>
    /// <param name="gracePeriod">The grace period (default one month, the operator's published tolerance).</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="ArgumentException">The grace period is negative or has a time part.</exception>
    public static ExpiryTimeline For(LocalDate end, Period? gracePeriod = null)
    {
        var grace = gracePeriod ?? Period.FromMonths(1);
        Utility.Preconditions.CheckArgument(!grace.HasTimeComponent && end + grace >= end, nameof(gracePeriod), "The grace period must be a non-negative date period.");
        return new ExpiryTimeline(end, grace);
    }
}

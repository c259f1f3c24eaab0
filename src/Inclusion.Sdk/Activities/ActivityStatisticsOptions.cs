using NodaTime;

namespace Inclusion.Sdk.Activities;

/// <summary>Options of <see cref="ActivityStatistics"/>: the reference year of the age brackets and an optional
/// period (inclusive dates).</summary>
public sealed class ActivityStatisticsOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="referenceYear">The "current year" used to derive age brackets from birth years.</param>
    /// <param name="from">The first day of the period, or null.</param>
    /// <param name="to">The last day of the period, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ActivityStatisticsOptions(int referenceYear, LocalDate? from = null, LocalDate? to = null)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw new ArgumentException("The end of the period is before its start.", nameof(to));
        }

        ReferenceYear = referenceYear;
        From = from;
        To = to;
    }

    /// <summary>The reference year of the age brackets.</summary>
    public int ReferenceYear { get; }

    /// <summary>The first day of the period, if any.</summary>
    public LocalDate? From { get; }

    /// <summary>The last day of the period, if any.</summary>
    public LocalDate? To { get; }

    /// <summary>Whether a period is given: new beneficiaries are counted only then (the national rule).</summary>
    public bool HasPeriod => From is not null || To is not null;

    internal bool Includes(LocalDate date) => (From is not { } f || date >= f) && (To is not { } t || date <= t);
}

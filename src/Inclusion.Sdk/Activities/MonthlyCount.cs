using NodaTime;

namespace Inclusion.Sdk.Activities;

/// <summary>One point of a monthly series: the month, its activities and its accompaniments (one per beneficiary).</summary>
public sealed class MonthlyCount
{
    /// <summary>Creates a point.</summary>
    /// <param name="month">The month.</param>
    /// <param name="activities">The number of activities.</param>
    /// <param name="accompaniments">The number of accompaniments.</param>
    public MonthlyCount(YearMonth month, long activities, long accompaniments)
    {
        Month = month;
        Activities = activities;
        Accompaniments = accompaniments;
    }

    /// <summary>The month.</summary>
    public YearMonth Month { get; }

    /// <summary>The number of activities dated in the month.</summary>
    public long Activities { get; }

    /// <summary>The number of accompaniments (the national monthly series counts these).</summary>
    public long Accompaniments { get; }
}

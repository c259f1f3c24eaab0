namespace Inclusion.Sdk.Hours;

/// <summary>How a rule is joined to the rule before it.</summary>
internal enum RuleSeparator : byte
{
    /// <summary><c>;</c> (or the first rule): overrides earlier rules for the days it selects.</summary>
    Normal = 0,

    /// <summary><c>,</c>: adds to earlier rules.</summary>
    Additional = 1,

    /// <summary><c>||</c>: applies only where earlier rules said nothing.</summary>
    Fallback = 2,
}

/// <summary>The rule modifier as written.</summary>
internal enum RuleModifier : byte
{
    None = 0,
    Open = 1,
    Closed = 2,
    Unknown = 3,
}

/// <summary>Holiday selectors (flags).</summary>
[Flags]
internal enum HolidayKinds : byte
{
    None = 0,
    Public = 1,
    School = 2,
}

/// <summary>A time span in minutes from the start of the day; <see cref="End"/> may pass midnight (up to 48:00).</summary>
internal readonly record struct TimeSpec(short Start, short End, bool OpenEnd)
{
    /// <summary>True for <c>18:00+</c> (no end time).</summary>
    internal bool IsPoint => End == Start && OpenEnd;
}

/// <summary>A month or date range; a day of 0 means the whole month.</summary>
internal readonly record struct MonthDayRange(byte StartMonth, byte StartDay, byte EndMonth, byte EndDay)
{
    internal bool Matches(int month, int day)
    {
        var x = (month * 32) + day;
        var s = (StartMonth * 32) + (StartDay == 0 ? 1 : StartDay);
        var e = (EndMonth * 32) + (EndDay == 0 ? 31 : EndDay);
        return s <= e ? x >= s && x <= e : x >= s || x <= e;
    }
}

/// <summary>A range of ISO week numbers with a step.</summary>
internal readonly record struct WeekRange(byte Start, byte End, byte Step)
{
    internal bool Matches(int week) =>
        Start <= End
            ? week >= Start && week <= End && (week - Start) % Step == 0
            : (week >= Start || week <= End) && ((week - Start + 53) % 53) % Step == 0;
}

/// <summary>One parsed rule.</summary>
internal sealed class OhRule
{
    internal RuleSeparator Separator { get; init; }

    internal bool Is247 { get; init; }

    internal MonthDayRange[] Months { get; init; } = [];

    internal WeekRange[] Weeks { get; init; } = [];

    /// <summary>Bit 0 = Monday … bit 6 = Sunday.</summary>
    internal byte Days { get; init; }

    internal HolidayKinds Holidays { get; init; }

    /// <summary>True for <c>PH Su</c> (holidays that fall on the days), false for <c>PH,Su</c> (either).</summary>
    internal bool HolidayIntersect { get; init; }

    internal TimeSpec[] Times { get; init; } = [];

    internal RuleModifier Modifier { get; init; }

    internal string? Comment { get; init; }

    internal bool HasSelectors => Is247 || Months.Length > 0 || Weeks.Length > 0 || Days != 0 || Holidays != 0 || Times.Length > 0;

    /// <summary>The state the rule gives to the times it selects (1 open, 2 unknown, 3 closed).</summary>
    internal byte State => Modifier switch
    {
        RuleModifier.Closed => DayPlan.Closed,
        RuleModifier.Unknown => DayPlan.Unknown,
        RuleModifier.Open => DayPlan.Open,
        _ => Comment is not null && !HasSelectors ? DayPlan.Unknown : DayPlan.Open,
    };
}

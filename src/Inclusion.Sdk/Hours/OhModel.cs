using NodaTime;

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

/// <summary>A solar event used as a variable time.</summary>
internal enum SunEvent : byte
{
    None = 0,
    Dawn = 1,
    Sunrise = 2,
    Sunset = 3,
    Dusk = 4,
}

/// <summary>
/// A time span in minutes from the start of the day; <see cref="End"/> may pass midnight (up to 48:00). When
/// <see cref="StartEvent"/> or <see cref="EndEvent"/> is a solar event, the matching field is the offset in minutes
/// from that event (<c>(sunrise+01:00)</c> is <c>Sunrise</c> with 60). A point in time (<c>12:00</c>) has
/// <see cref="End"/> equal to <see cref="Start"/> and no open end; a time range with a step (<c>10:00-16:00/90</c>)
/// stands for the points from its start to its end every <see cref="Step"/> minutes. Each point is open for one
/// minute, as the reference implementation evaluates them (opening_hours.js, test "Points in time, mode 1").
/// </summary>
internal readonly record struct TimeSpec(short Start, short End, bool OpenEnd, SunEvent StartEvent = SunEvent.None, SunEvent EndEvent = SunEvent.None, short Step = 0)
{
    /// <summary>True for <c>18:00+</c> (no end time).</summary>
    internal bool IsPoint => End == Start && OpenEnd && StartEvent == EndEvent;

    /// <summary>True for a point in time, <c>12:00</c> or <c>(sunrise+01:00)</c> (no end, no open end).</summary>
    internal bool IsMoment => End == Start && !OpenEnd && StartEvent == EndEvent && Step == 0;

    internal bool IsVariable => StartEvent != SunEvent.None || EndEvent != SunEvent.None;
}

/// <summary>
/// A month or date range; a day of 0 means the whole month. An end point may be Easter Sunday with a day offset
/// (<see cref="StartEaster"/>/<see cref="EndEaster"/> not <see cref="NoEaster"/>); its month and day are then 0.
/// A range with years (<see cref="StartYear"/> not 0: <c>2013 Dec 31-2014 Jan 02</c>) runs between two dates of the
/// calendar; without years it repeats every year.
/// </summary>
internal readonly record struct MonthDayRange(byte StartMonth, byte StartDay, byte EndMonth, byte EndDay, short StartEaster = MonthDayRange.NoEaster, short EndEaster = MonthDayRange.NoEaster, byte Step = 1, NthWeekday? StartNth = null, NthWeekday? EndNth = null, short StartYear = 0, short EndYear = 0)
{
    /// <summary>The marker of an end point that is not Easter.</summary>
    internal const short NoEaster = short.MinValue;

    internal bool HasEaster => StartEaster != NoEaster || EndEaster != NoEaster;

    internal bool IsDated => StartYear != 0;

    /// <summary>The first day of a dated range.</summary>
    internal LocalDate FirstDate() =>
        StartEaster != NoEaster ? FrenchPublicHolidays.EasterSunday(StartYear).PlusDays(StartEaster)
        : StartNth is { } a ? a.InMonth(StartYear, StartMonth)
        : new LocalDate(StartYear, StartMonth, Math.Max((int)StartDay, 1));

    /// <summary>The last day of a dated range.</summary>
    internal LocalDate LastDate() =>
        EndEaster != NoEaster ? FrenchPublicHolidays.EasterSunday(EndYear).PlusDays(EndEaster)
        : EndNth is { } b ? b.InMonth(EndYear, EndMonth)
        : new LocalDate(EndYear, EndMonth, EndDay == 0 ? CalendarSystem.Iso.GetDaysInMonth(EndYear, EndMonth) : EndDay);

    internal bool Matches(LocalDate date)
    {
        if (IsDated)
        {
            return date >= FirstDate() && date <= LastDate() && (Step <= 1 || (date.Day - StartDay) % Step == 0);
        }

        int sm = StartMonth, sd = StartDay, em = EndMonth, ed = EndDay;
        if (StartNth is { } a)
        {
            var d = a.InMonth(date.Year, sm);
            (sm, sd) = (d.Month, d.Day);
        }

        if (EndNth is { } b)
        {
            var d = b.InMonth(date.Year, em);
            (em, ed) = (d.Month, d.Day);
        }

        if (HasEaster)
        {
            var easter = FrenchPublicHolidays.EasterSunday(date.Year);
            if (StartEaster != NoEaster)
            {
                var d = easter.PlusDays(StartEaster);
                (sm, sd) = (d.Month, d.Day);
            }

            if (EndEaster != NoEaster)
            {
                var d = easter.PlusDays(EndEaster);
                (em, ed) = (d.Month, d.Day);
            }
        }

        var x = (date.Month * 32) + date.Day;
        var s = (sm * 32) + (sd == 0 ? 1 : sd);
        var e = (em * 32) + (ed == 0 ? 31 : ed);
        var inside = s <= e ? x >= s && x <= e : x >= s || x <= e;

        // "Jan 01-31/8": every 8th day from the first (a step is only read inside one month).
        return inside && (Step <= 1 || (date.Day - sd) % Step == 0);
    }
}

/// <summary>
/// The nth weekday of the month (<c>Sa[1]</c>, <c>Su[-1]</c>, <c>Sa[1,3]</c>, <c>Sa[1-2]</c>), optionally moved by a
/// number of days (<c>Sa[-1] +1 day</c>). Bits 0–4 of <see cref="Nths"/> are the 1st to 5th, bits 5–9 the last to the
/// 5th from last.
/// </summary>
internal readonly record struct NthWeekday(byte Day, ushort Nths, short Offset)
{
    /// <summary>The date of the (single) nth weekday of a month, moved by <see cref="Offset"/> (a date range end point: <c>Mar Su[-1]</c>).</summary>
    internal LocalDate InMonth(int year, int month)
    {
        var first = new LocalDate(year, month, 1);
        var shift = ((Day - ((int)first.DayOfWeek - 1)) + 7) % 7;
        LocalDate d;
        if ((Nths & 0x1F) != 0)
        {
            var n = System.Numerics.BitOperations.TrailingZeroCount(Nths);
            d = first.PlusDays(shift + (7 * n));
        }
        else
        {
            var n = System.Numerics.BitOperations.TrailingZeroCount(Nths >> 5);
            var length = first.Calendar.GetDaysInMonth(year, month);
            var last = new LocalDate(year, month, length);
            var back = (((int)last.DayOfWeek - 1) - Day + 7) % 7;
            d = last.PlusDays(-back - (7 * n));
        }

        return d.PlusDays(Offset);
    }

    internal bool Matches(LocalDate date)
    {
        var b = Offset == 0 ? date : date.PlusDays(-Offset);
        if ((int)b.DayOfWeek - 1 != Day)
        {
            return false;
        }

        var fromStart = (b.Day - 1) / 7;
        var fromEnd = (b.Calendar.GetDaysInMonth(b.Year, b.Month) - b.Day) / 7;
        return (Nths & (1 << fromStart)) != 0 || (Nths & (1 << (5 + fromEnd))) != 0;
    }
}

/// <summary>A year, a range of years with a step (<c>2020-2029/3</c>) or a year and later (<c>2060+</c>).</summary>
internal readonly record struct YearRange(short Start, short End, byte Step, bool OpenEnd)
{
    internal bool Matches(int year) =>
        year >= Start && (OpenEnd || year <= End) && (year - Start) % Step == 0;
}

/// <summary>A range of ISO week numbers with a step.</summary>
internal readonly record struct WeekRange(byte Start, byte End, byte Step)
{
    internal bool Matches(int week) =>
        Start <= End
            ? week >= Start && week <= End && (week - Start) % Step == 0
            : (week >= Start || week <= End) && ((week - Start + 53) % 53) % Step == 0;
}

/// <summary>One parsed rule (a record for <c>with</c>: the parser derives a rule from another).</summary>
internal sealed record OhRule
{
    internal RuleSeparator Separator { get; init; }

    internal bool Is247 { get; init; }

    internal YearRange[] Years { get; init; } = [];

    internal MonthDayRange[] Months { get; init; } = [];

    internal WeekRange[] Weeks { get; init; } = [];

    /// <summary>Bit 0 = Monday … bit 6 = Sunday.</summary>
    internal byte Days { get; init; }

    /// <summary>Nth weekdays of the month, matched in addition to <see cref="Days"/>.</summary>
    internal NthWeekday[] Nth { get; init; } = [];

    /// <summary>The day offset of <c>PH</c> (<c>PH +1 day</c>: the day after a public holiday).</summary>
    internal short HolidayOffset { get; init; }

    internal HolidayKinds Holidays { get; init; }

    /// <summary>True for <c>PH Su</c> (holidays that fall on the days), false for <c>PH,Su</c> (either).</summary>
    internal bool HolidayIntersect { get; init; }

    internal TimeSpec[] Times { get; init; } = [];

    internal RuleModifier Modifier { get; init; }

    internal string? Comment { get; init; }

    /// <summary>
    /// More selectors written after a space (<c>Mo-Sa 11:00-21:00 Su off</c>, <c>PH -1 day SH Mo-We</c>): a day must
    /// match these too, as the reference implementation reads selectors that are not joined (it warns that this is
    /// probably an error). Their times, modifier and comment belong to this rule; null when there are none.
    /// </summary>
    internal OhRule? Conjunct { get; init; }

    internal bool HasSelectors => Is247 || Years.Length > 0 || Months.Length > 0 || Weeks.Length > 0 || Days != 0 || Nth.Length > 0 || Holidays != 0 || Times.Length > 0;

    /// <summary>The state the rule gives to the times it selects (1 open, 2 unknown, 3 closed).</summary>
    internal byte State => Modifier switch
    {
        RuleModifier.Closed => DayPlan.Closed,
        RuleModifier.Unknown => DayPlan.Unknown,
        RuleModifier.Open => DayPlan.Open,
        _ => Comment is not null && !HasSelectors ? DayPlan.Unknown : DayPlan.Open,
    };
}

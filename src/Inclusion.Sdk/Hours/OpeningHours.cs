using System.Diagnostics.CodeAnalysis;
using Inclusion.Sdk.Utility;
using NodaTime;
using NodaTime.Calendars;

namespace Inclusion.Sdk.Hours;

/// <summary>
/// An OpenStreetMap <c>opening_hours</c> value (the <c>horaires</c> field of French data), parsed, formatted in canonical
/// form and evaluated in a time zone (Europe/Paris by default).
/// </summary>
/// <remarks>
/// <para>Parsing never throws: <see cref="Parse"/> returns the value with warnings about tolerated forms (<c>9h-12h</c>,
/// <c>Mo-Sun</c>, French day names…), or an error with a stable rule code <c>opening-hours.*</c> and the character
/// position. <see cref="ToString"/> gives the canonical form; parsing it again gives the same value.</para>
/// <para>Rules apply in order: a rule after <c>;</c> replaces earlier rules on the days it selects, a rule after
/// <c>,</c> adds to them, a rule after <c>||</c> applies only where earlier rules said nothing. Times past midnight
/// (<c>Fr 20:00-02:00</c>) belong to the day they start on.</para>
/// <para>This type is immutable and thread-safe (when the school-holiday calendar of its settings is).</para>
/// </remarks>
public sealed class OpeningHours
{
    private const int SearchDays = 366;
    private static readonly long TicksPerMinute = NodaConstants.TicksPerMinute;

    private readonly OhRule[] rules;
    private string? canonical;

    internal OpeningHours(OhRule[] rules, OpeningHoursSettings settings)
    {
        this.rules = rules;
        Settings = settings;
    }

    /// <summary>
    /// The same value evaluated at a place: <c>sunrise</c>, <c>sunset</c>, <c>dawn</c> and <c>dusk</c> at these coordinates
    /// (the other settings are kept). Returns this instance when the value has no variable time.
    /// </summary>
    internal OpeningHours AtLocation(double latitude, double longitude)
    {
        var variable = false;
        foreach (var rule in rules)
        {
            foreach (var t in rule.Times)
            {
                variable |= t.IsVariable;
            }
        }

        return !variable ? this : new OpeningHours(rules, new OpeningHoursSettings
        {
            TimeZone = Settings.TimeZone,
            IncludeAlsaceMoselleHolidays = Settings.IncludeAlsaceMoselleHolidays,
            SchoolHolidays = Settings.SchoolHolidays,
            Latitude = latitude,
            Longitude = longitude,
        })
        {
            canonical = canonical,
        };
    }

    /// <summary>The settings used to evaluate this value (time zone, holidays).</summary>
    public OpeningHoursSettings Settings { get; }

    internal IReadOnlyList<OhRule> Rules => rules;

    /// <summary>Parses an opening_hours value.</summary>
    /// <param name="text">The value, for example <c>Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00</c>.</param>
    /// <param name="settings">The evaluation settings; <see langword="null"/> means <see cref="OpeningHoursSettings.Default"/>.</param>
    /// <returns>The value and its warnings, or the error that rejected the text. Never throws on any text.</returns>
    public static ParseResult<OpeningHours> Parse(string? text, OpeningHoursSettings? settings = null) =>
        OpeningHoursParser.Parse(text, settings ?? OpeningHoursSettings.Default);

    /// <summary>The verdict on a parsed value: <see cref="OpeningHoursVerdict.Invalid"/> when it was rejected,
    /// <see cref="OpeningHoursVerdict.Repaired"/> when it was read only by correcting it (a warning other than
    /// <c>opening-hours.school-holidays-unknown</c>, which is about the settings, not the text), otherwise <see cref="OpeningHoursVerdict.Valid"/>.</summary>
    /// <param name="result">The result of <see cref="Parse"/>.</param>
    /// <returns>The verdict.</returns>
    public static OpeningHoursVerdict VerdictOf(ParseResult<OpeningHours> result)
    {
        if (!result.Success)
        {
            return OpeningHoursVerdict.Invalid;
        }

        foreach (var warning in result.Warnings)
        {
            if (warning.Severity == Reporting.Severity.Warning && warning.RuleCode != OpeningHoursRules.SchoolHolidaysUnknown.Code)
            {
                return OpeningHoursVerdict.Repaired;
            }
        }

        return OpeningHoursVerdict.Valid;
    }

    /// <summary>Parses an opening_hours value and gives its verdict.</summary>
    /// <param name="text">The value.</param>
    /// <param name="settings">The evaluation settings; <see langword="null"/> means <see cref="OpeningHoursSettings.Default"/>.</param>
    /// <returns>The verdict (see <see cref="VerdictOf"/>).</returns>
    public static OpeningHoursVerdict Judge(string? text, OpeningHoursSettings? settings = null) => VerdictOf(Parse(text, settings));

    /// <summary>Parses an opening_hours value, accepting tolerated forms.</summary>
    /// <param name="text">The value.</param>
    /// <param name="result">The parsed value, or <see langword="null"/> when the text was rejected.</param>
    /// <returns><see langword="true"/> when the text was parsed.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out OpeningHours? result)
    {
        var parsed = Parse(text);
        result = parsed.Success ? parsed.Value : null;
        return result is not null;
    }

    /// <summary>Tells whether the place is open at an instant (unknown counts as not open).</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when open.</returns>
    public bool IsOpen(Instant instant) => GetState(instant) == OpeningHoursState.Open;

    /// <summary>Gives the state of the place at an instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>Open, closed or unknown.</returns>
    public OpeningHoursState GetState(Instant instant)
    {
        var local = instant.InZone(Settings.TimeZone).LocalDateTime;
        var plan = new DayPlan();
        var timeline = Timeline(local.Date, plan);
        var tick = local.TimeOfDay.TickOfDay;
        foreach (var (start, end, state) in timeline)
        {
            if (tick >= start * TicksPerMinute && tick < end * TicksPerMinute)
            {
                return state == DayPlan.Open ? OpeningHoursState.Open : OpeningHoursState.Unknown;
            }
        }

        return OpeningHoursState.Closed;
    }

    /// <summary>Finds the next instant at which the state (open, closed, unknown) changes.</summary>
    /// <param name="instant">The instant to start from (excluded).</param>
    /// <returns>The first later instant whose state differs from the state at <paramref name="instant"/>, or
    /// <see langword="null"/> when the state does not change within 366 days.</returns>
    public Instant? NextChange(Instant instant)
    {
        var zone = Settings.TimeZone;
        var current = GetState(instant);
        var date = instant.InZone(zone).Date;
        var plan = new DayPlan();
        var candidates = new List<Instant>(8);
        for (var k = 0; k <= SearchDays; k++)
        {
            var day = date.PlusDays(k);
            candidates.Clear();
            AddCandidates(candidates, day.AtMidnight(), zone);
            foreach (var (start, end, _) in Timeline(day, plan))
            {
                AddCandidates(candidates, day.AtMidnight().PlusMinutes(start), zone);
                AddCandidates(candidates, day.AtMidnight().PlusMinutes(end), zone);
            }

            // Offset transitions within the day (the local clock jumps).
            var dayStart = zone.AtStartOfDay(day).ToInstant();
            var dayEnd = zone.AtStartOfDay(day.PlusDays(1)).ToInstant();
            var interval = zone.GetZoneInterval(dayStart);
            if (interval.HasEnd && interval.End < dayEnd)
            {
                candidates.Add(interval.End);
            }

            candidates.Sort();
            foreach (var candidate in candidates)
            {
                if (candidate > instant && GetState(candidate) != current)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Sums the time the place is open (state open, not unknown) during the seven days from a date.</summary>
    /// <param name="weekStart">The first day (usually a Monday).</param>
    /// <returns>The elapsed open time; a night of clock change counts its real length.</returns>
    public Duration WeeklyOpenDuration(LocalDate weekStart)
    {
        var zone = Settings.TimeZone;
        var plan = new DayPlan();
        var total = Duration.Zero;
        for (var k = 0; k < 7; k++)
        {
            var day = weekStart.PlusDays(k);
            foreach (var (start, end, state) in Timeline(day, plan))
            {
                if (state == DayPlan.Open)
                {
                    var from = zone.AtLeniently(day.AtMidnight().PlusMinutes(start)).ToInstant();
                    var to = zone.AtLeniently(day.AtMidnight().PlusMinutes(end)).ToInstant();
                    total += to - from;
                }
            }
        }

        return total;
    }

    /// <summary>Tells whether the place is open at some time of a date (including hours that spill over from the evening before).</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when open at least a minute that day.</returns>
    public bool IsOpenOn(LocalDate date)
    {
        foreach (var (_, _, state) in Timeline(date, new DayPlan()))
        {
            if (state == DayPlan.Open)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tells whether the place is open on a date at some time after a given time of day (for example "open after 18:00").</summary>
    /// <param name="date">The date.</param>
    /// <param name="time">The time of day.</param>
    /// <returns><see langword="true"/> when open at some moment later than <paramref name="time"/> that day.</returns>
    public bool IsOpenAfter(LocalDate date, LocalTime time)
    {
        var tick = time.TickOfDay;
        foreach (var (_, end, state) in Timeline(date, new DayPlan()))
        {
            if (state == DayPlan.Open && end * TicksPerMinute > tick + TicksPerMinute - 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Formats the value in canonical OSM form (two-digit hours, ordered days, <c>; </c> between rules).</summary>
    /// <returns>The canonical form.</returns>
    public override string ToString() => canonical ??= OpeningHoursFormatter.Format(rules);

    private static void AddCandidates(List<Instant> candidates, LocalDateTime local, DateTimeZone zone)
    {
        var mapping = zone.MapLocal(local);
        switch (mapping.Count)
        {
            case 0:
                candidates.Add(mapping.LateInterval.Start);
                break;
            case 1:
                candidates.Add(mapping.First().ToInstant());
                break;
            default:
                candidates.Add(mapping.First().ToInstant());
                candidates.Add(mapping.Last().ToInstant());
                break;
        }
    }

    /// <summary>The open and unknown segments of a date in minutes [0, 1440), spill from the day before included.</summary>
    internal List<(int Start, int End, byte State)> Timeline(LocalDate date, DayPlan plan)
    {
        var result = new List<(int Start, int End, byte State)>(4);
        Paint(date.PlusDays(-1), plan);
        for (var k = 0; k < plan.Count; k++)
        {
            var (s, e, st) = plan[k];
            if (e > 1440 && st != DayPlan.Closed)
            {
                result.Add((Math.Max(s, 1440) - 1440, e - 1440, st));
            }
        }

        Paint(date, plan);
        for (var k = 0; k < plan.Count; k++)
        {
            var (s, e, st) = plan[k];
            if (s < 1440 && st != DayPlan.Closed)
            {
                result.Add((s, Math.Min(e, 1440), st));
            }
        }

        return Normalise(result);
    }

    private static List<(int Start, int End, byte State)> Normalise(List<(int Start, int End, byte State)> segments)
    {
        if (segments.Count <= 1)
        {
            return segments;
        }

        // Paint unknown first, then open over it: open wins where both apply.
        var plan = new DayPlan();
        foreach (var (s, e, st) in segments)
        {
            if (st == DayPlan.Unknown)
            {
                plan.Paint(s, e, st);
            }
        }

        foreach (var (s, e, st) in segments)
        {
            if (st == DayPlan.Open)
            {
                plan.Paint(s, e, st);
            }
        }

        segments.Clear();
        for (var k = 0; k < plan.Count; k++)
        {
            var seg = plan[k];
            if (segments.Count > 0 && segments[^1].End == seg.Start && segments[^1].State == seg.State)
            {
                segments[^1] = (segments[^1].Start, seg.End, seg.State);
            }
            else
            {
                segments.Add(seg);
            }
        }

        return segments;
    }

    /// <summary>Applies the rules to one day, in minutes [0, 2880).</summary>
    private void Paint(LocalDate date, DayPlan plan)
    {
        plan.Clear();
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            if (!MatchesDay(rule, date))
            {
                continue;
            }

            var state = rule.State;
            if (rule.Separator == RuleSeparator.Normal && !(state == DayPlan.Closed && rule.Times.Length > 0))
            {
                plan.Clear();
            }

            if (rule.Times.Length == 0)
            {
                Apply(plan, rule.Separator, 0, 1440, state);
                continue;
            }

            // Spans first; open ends (unknown until midnight) only where the rule's spans said nothing, so that the
            // order of spans within a rule does not matter.
            var tail = state == DayPlan.Open ? DayPlan.Unknown : state;
            foreach (var spec in rule.Times)
            {
                var t = spec.IsVariable ? Resolve(spec, date) : spec;
                if (t.IsMoment)
                {
                    Apply(plan, rule.Separator, t.Start, t.Start + 1, state);
                }
                else if (t.Step > 0)
                {
                    // "10:00-16:00/90": the points 10:00, 11:30, … up to the end (included), one minute each.
                    for (var m = (int)t.Start; m <= t.End && m < 2880; m += t.Step)
                    {
                        Apply(plan, rule.Separator, m, m + 1, state);
                    }
                }
                else if (!t.IsPoint)
                {
                    Apply(plan, rule.Separator, t.Start, t.End, state);
                }
            }

            foreach (var spec in rule.Times)
            {
                var t = spec.IsVariable ? Resolve(spec, date) : spec;
                if (t.IsPoint)
                {
                    plan.Fill(t.Start, Math.Max(1440, t.Start + 1), tail);
                }
                else if (t.OpenEnd && t.End < 1440)
                {
                    plan.Fill(t.End, 1440, tail);
                }
            }
        }
    }

    /// <summary>A variable span (<c>sunrise-sunset</c>) as fixed minutes on a date, at the settings' coordinates.</summary>
    private TimeSpec Resolve(TimeSpec t, LocalDate date)
    {
        var start = t.StartEvent == SunEvent.None ? t.Start : t.Start + SolarTimes.Minutes(t.StartEvent, date, Settings.Latitude, Settings.Longitude, Settings.TimeZone);
        if (t.IsPoint || t.IsMoment)
        {
            start = Math.Clamp(start, 0, 1439);
            return new TimeSpec((short)start, (short)start, t.OpenEnd);
        }

        var end = t.EndEvent == SunEvent.None ? t.End : t.End + SolarTimes.Minutes(t.EndEvent, date, Settings.Latitude, Settings.Longitude, Settings.TimeZone);
        start = Math.Clamp(start, 0, 1439);
        end = Math.Clamp(end, 0, 2880);
        if (end <= start)
        {
            end = Math.Min(end + 1440, start + 1440);
        }

        return new TimeSpec((short)start, (short)end, t.OpenEnd, Step: t.Step);
    }

    private static void Apply(DayPlan plan, RuleSeparator separator, int start, int end, byte state)
    {
        if (separator == RuleSeparator.Fallback)
        {
            plan.Fill(start, end, state);
        }
        else
        {
            plan.Paint(start, end, state);
        }
    }

    private bool MatchesDay(OhRule rule, LocalDate date) =>
        MatchesOwnDay(rule, date) && (rule.Conjunct is null || MatchesDay(rule.Conjunct, date));

    private bool MatchesOwnDay(OhRule rule, LocalDate date)
    {
        if (rule.Years.Length > 0)
        {
            var any = false;
            foreach (var y in rule.Years)
            {
                any |= y.Matches(date.Year);
            }

            if (!any)
            {
                return false;
            }
        }

        if (rule.Months.Length > 0)
        {
            var any = false;
            foreach (var m in rule.Months)
            {
                if (m.Matches(date))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        if (rule.Weeks.Length > 0)
        {
            var week = WeekYearRules.Iso.GetWeekOfWeekYear(date);
            var any = false;
            foreach (var w in rule.Weeks)
            {
                if (w.Matches(week))
                {
                    any = true;
                    break;
                }
            }

            if (!any)
            {
                return false;
            }
        }

        var hasDays = rule.Days != 0 || rule.Nth.Length > 0;
        var hasHolidays = rule.Holidays != HolidayKinds.None;
        if (!hasDays && !hasHolidays)
        {
            return true;
        }

        var dayOk = hasDays && ((rule.Days & (1 << ((int)date.DayOfWeek - 1))) != 0 || MatchesNth(rule.Nth, date));
        var holidayOk = hasHolidays && IsHoliday(rule.Holidays, rule.HolidayOffset, date);
        return rule.HolidayIntersect ? dayOk && holidayOk : dayOk || holidayOk;
    }

    private static bool MatchesNth(NthWeekday[] nth, LocalDate date)
    {
        foreach (var n in nth)
        {
            if (n.Matches(date))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsHoliday(HolidayKinds kinds, short publicOffset, LocalDate date) =>
        ((kinds & HolidayKinds.Public) != 0 && FrenchPublicHolidays.IsPublicHoliday(publicOffset == 0 ? date : date.PlusDays(-publicOffset), Settings.IncludeAlsaceMoselleHolidays))
        || ((kinds & HolidayKinds.School) != 0 && Settings.SchoolHolidays is { } sh && sh.IsSchoolHoliday(date));

    internal static OpeningHours Create(OhRule[] rules, OpeningHoursSettings? settings) =>
        new(Preconditions.CheckNotNull(rules), settings ?? OpeningHoursSettings.Default);
}

using System.Globalization;
using System.Text;

namespace Inclusion.Sdk.Hours;

/// <summary>Writes rules in the canonical OSM form.</summary>
internal static class OpeningHoursFormatter
{
    internal static string Format(OhRule[] rules)
    {
        var builder = new StringBuilder(64);
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            if (r > 0)
            {
                builder.Append(rule.Separator switch
                {
                    RuleSeparator.Additional => ", ",
                    RuleSeparator.Fallback => " || ",
                    _ => "; ",
                });
            }

            // "Mo,We 24/7, 03:45+" is written "Mo,We 00:00-24:00 open, 03:45+": without the (default) modifier, a
            // rule ending with times followed by an additional rule starting with times would read back as one list.
            var next = r + 1 < rules.Length ? rules[r + 1] : null;
            AppendRule(builder, next is not null && EndsWithTimes(rule) && next.Separator == RuleSeparator.Additional && StartsWithTimes(next)
                ? rule with { Modifier = RuleModifier.Open }
                : rule);
        }

        return builder.ToString();
    }

    private static bool EndsWithTimes(OhRule rule) =>
        rule.Modifier == RuleModifier.None && rule.Comment is null && (rule.Times.Length > 0 || rule.Conjunct?.Times.Length > 0);

    private static bool StartsWithTimes(OhRule rule) =>
        rule.Times.Length > 0 && !rule.Is247 && rule.Years.Length == 0 && rule.Months.Length == 0 && rule.Weeks.Length == 0
        && rule.Days == 0 && rule.Nth.Length == 0 && rule.Holidays == 0 && rule.Conjunct is null;

    internal static void AppendRule(StringBuilder builder, OhRule rule)
    {
        var start = builder.Length;
        AppendSelectors(builder, rule);
        for (var c = rule.Conjunct; c is not null; c = c.Conjunct)
        {
            // "Mo-Sa 11:00-21:00 Su off" → "Mo-Sa Su 11:00-21:00 off": selectors first, all of them must match.
            Space(builder, start);
            AppendSelectors(builder, c);
        }

        AppendTimesAndRest(builder, rule, start);
    }

    private static void AppendSelectors(StringBuilder builder, OhRule rule)
    {
        var start = builder.Length;
        if (rule.Is247)
        {
            builder.Append("24/7");
        }

        for (var k = 0; k < rule.Years.Length; k++)
        {
            var y = rule.Years[k];
            builder.Append(k > 0 ? "," : string.Empty).Append(y.Start.ToString(CultureInfo.InvariantCulture));
            if (y.OpenEnd)
            {
                builder.Append('+');
            }
            else if (y.End != y.Start)
            {
                builder.Append('-').Append(y.End.ToString(CultureInfo.InvariantCulture));
            }

            if (y.Step > 1)
            {
                builder.Append('/').Append(y.Step.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (rule.Years.Length > 0 && rule.Months.Length > 0)
        {
            builder.Append(' ');
        }

        for (var k = 0; k < rule.Months.Length; k++)
        {
            if (k > 0)
            {
                builder.Append(',');
            }

            AppendMonthDay(builder, rule.Months[k]);
        }

        if (rule.Weeks.Length > 0)
        {
            Space(builder, start).Append("week ");
            for (var k = 0; k < rule.Weeks.Length; k++)
            {
                var w = rule.Weeks[k];
                if (k > 0)
                {
                    builder.Append(',');
                }

                builder.Append(w.Start.ToString(CultureInfo.InvariantCulture));
                if (w.End != w.Start || w.Step != 1)
                {
                    builder.Append('-').Append(w.End.ToString(CultureInfo.InvariantCulture));
                    if (w.Step != 1)
                    {
                        builder.Append('/').Append(w.Step.ToString(CultureInfo.InvariantCulture));
                    }
                }
            }
        }

        if (rule.Days != 0 || rule.Nth.Length > 0 || rule.Holidays != HolidayKinds.None)
        {
            Space(builder, start);
            AppendWeekdays(builder, rule);
        }
    }

    private static void AppendTimesAndRest(StringBuilder builder, OhRule rule, int start)
    {
        if (rule.Times.Length > 0)
        {
            Space(builder, start);
            var times = (TimeSpec[])rule.Times.Clone();
            Array.Sort(times, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
            for (var k = 0; k < times.Length; k++)
            {
                var t = times[k];
                if (k > 0 && t == times[k - 1])
                {
                    continue;
                }

                if (k > 0)
                {
                    builder.Append(',');
                }

                AppendTime(builder, t.Start, t.StartEvent);
                if (!t.IsPoint && !t.IsMoment)
                {
                    builder.Append('-');
                    // An end past midnight is written on the clock (20:00-26:00 → 20:00-02:00) when it reads back the same:
                    // the longest span, 23:59-48:00, keeps its extended end.
                    AppendTime(builder, t.EndEvent == SunEvent.None && t.End > 1440 && t.End - 1440 <= t.Start ? t.End - 1440 : t.End, t.EndEvent);
                }

                if (t.Step > 0)
                {
                    builder.Append('/').Append(OpeningHoursParser.FormatTime(t.Step));
                }

                if (t.OpenEnd)
                {
                    builder.Append('+');
                }
            }
        }

        if (rule.Modifier != RuleModifier.None)
        {
            Space(builder, start).Append(OhWords.ModifierText(rule.Modifier));
        }

        if (rule.Comment is not null)
        {
            Space(builder, start).Append('"').Append(rule.Comment).Append('"');
        }
    }

    private static void AppendTime(StringBuilder builder, int minutes, SunEvent sunEvent)
    {
        if (sunEvent == SunEvent.None)
        {
            builder.Append(OpeningHoursParser.FormatTime(minutes));
        }
        else if (minutes == 0)
        {
            builder.Append(OhWords.SunText(sunEvent));
        }
        else
        {
            builder.Append('(').Append(OhWords.SunText(sunEvent)).Append(minutes < 0 ? '-' : '+')
                .Append(OpeningHoursParser.FormatTime(Math.Abs(minutes))).Append(')');
        }
    }

    private static StringBuilder Space(StringBuilder builder, int ruleStart)
    {
        if (builder.Length > ruleStart)
        {
            builder.Append(' ');
        }

        return builder;
    }

    private static void AppendMonthDay(StringBuilder builder, MonthDayRange range)
    {
        if (range.IsDated)
        {
            builder.Append(range.StartYear.ToString(CultureInfo.InvariantCulture)).Append(' ');
            if (range.EndYear != range.StartYear)
            {
                // "2013 Dec 31-2014 Jan 02": both end points in full.
                AppendDatePoint(builder, range.StartMonth, range.StartDay, range.StartEaster);
                if (range.StartNth is { } a)
                {
                    builder.Append(' ');
                    AppendNth(builder, a);
                }

                builder.Append('-').Append(range.EndYear.ToString(CultureInfo.InvariantCulture)).Append(' ');
                AppendDatePoint(builder, range.EndMonth, range.EndDay, range.EndEaster);
                if (range.EndNth is { } b)
                {
                    builder.Append(' ');
                    AppendNth(builder, b);
                }

                return;
            }
        }

        if (range.StartNth is not null || range.EndNth is not null)
        {
            AppendDatePoint(builder, range.StartMonth, range.StartDay, range.StartEaster);
            if (range.StartNth is { } a)
            {
                builder.Append(' ');
                AppendNth(builder, a);
            }

            builder.Append('-');
            AppendDatePoint(builder, range.EndMonth, range.EndDay, range.EndEaster);
            if (range.EndNth is { } b)
            {
                builder.Append(' ');
                AppendNth(builder, b);
            }

            return;
        }

        if (range.HasEaster)
        {
            AppendDatePoint(builder, range.StartMonth, range.StartDay, range.StartEaster);
            if (range.StartEaster != range.EndEaster || range.StartMonth != range.EndMonth || range.StartDay != range.EndDay)
            {
                builder.Append('-');
                AppendDatePoint(builder, range.EndMonth, range.EndDay, range.EndEaster);
            }

            return;
        }

        builder.Append(OhWords.MonthNames[range.StartMonth]);
        if (range.StartDay != 0)
        {
            builder.Append(' ').Append(range.StartDay.ToString("00", CultureInfo.InvariantCulture));
        }

        if (range.StartMonth == range.EndMonth && range.StartDay == range.EndDay)
        {
            return;
        }

        builder.Append('-');
        if (range.StartMonth != range.EndMonth || range.StartDay == 0 || range.EndDay == 0)
        {
            builder.Append(OhWords.MonthNames[range.EndMonth]);
            if (range.EndDay != 0)
            {
                builder.Append(' ');
            }
        }

        if (range.EndDay != 0)
        {
            builder.Append(range.EndDay.ToString("00", CultureInfo.InvariantCulture));
        }

        if (range.Step > 1)
        {
            builder.Append('/').Append(range.Step.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void AppendDatePoint(StringBuilder builder, byte month, byte day, short easter)
    {
        if (easter != MonthDayRange.NoEaster)
        {
            builder.Append("easter");
            AppendOffset(builder, easter);
            return;
        }

        builder.Append(OhWords.MonthNames[month]);
        if (day != 0)
        {
            builder.Append(' ').Append(day.ToString("00", CultureInfo.InvariantCulture));
        }
    }

    private static void AppendWeekdays(StringBuilder builder, OhRule rule)
    {
        var hasHolidays = rule.Holidays != HolidayKinds.None;
        if (hasHolidays && rule.HolidayIntersect)
        {
            AppendHolidays(builder, rule.Holidays, rule.HolidayOffset);
            builder.Append(' ');
            AppendDayPart(builder, rule);
            return;
        }

        var wrote = AppendDayPart(builder, rule);
        if (hasHolidays)
        {
            if (wrote)
            {
                builder.Append(',');
            }

            AppendHolidays(builder, rule.Holidays, rule.HolidayOffset);
        }
    }

    /// <summary>Writes the day mask then the nth weekdays; false when there was nothing to write.</summary>
    private static bool AppendDayPart(StringBuilder builder, OhRule rule)
    {
        var wrote = false;
        if (rule.Days != 0)
        {
            AppendDays(builder, rule.Days);
            wrote = true;
        }

        foreach (var n in rule.Nth)
        {
            if (wrote)
            {
                builder.Append(',');
            }

            AppendNth(builder, n);
            wrote = true;
        }

        return wrote;
    }

    /// <summary>Writes <c>Sa[1-2,-1] +1 day</c>: runs of positive indices as ranges, then the indices from the end.</summary>
    internal static void AppendNth(StringBuilder builder, NthWeekday n)
    {
        builder.Append(OhWords.DayNames[n.Day]).Append('[');
        var first = true;
        for (var k = 0; k < 5; k++)
        {
            if ((n.Nths & (1 << k)) == 0)
            {
                continue;
            }

            var end = k;
            while (end + 1 < 5 && (n.Nths & (1 << (end + 1))) != 0)
            {
                end++;
            }

            if (!first)
            {
                builder.Append(',');
            }

            builder.Append((char)('1' + k));
            if (end > k)
            {
                builder.Append('-').Append((char)('1' + end));
            }

            first = false;
            k = end;
        }

        for (var k = 0; k < 5; k++)
        {
            if ((n.Nths & (1 << (5 + k))) != 0)
            {
                if (!first)
                {
                    builder.Append(',');
                }

                builder.Append('-').Append((char)('1' + k));
                first = false;
            }
        }

        builder.Append(']');
        AppendOffset(builder, n.Offset);
    }

    /// <summary>Writes <c> +1 day</c> or <c> -2 days</c>; nothing for 0.</summary>
    internal static void AppendOffset(StringBuilder builder, int offset)
    {
        if (offset == 0)
        {
            return;
        }

        builder.Append(offset > 0 ? " +" : " -").Append(Math.Abs(offset).ToString(CultureInfo.InvariantCulture)).Append(Math.Abs(offset) == 1 ? " day" : " days");
    }

    private static void AppendHolidays(StringBuilder builder, HolidayKinds holidays, int publicOffset)
    {
        if ((holidays & HolidayKinds.Public) != 0)
        {
            builder.Append("PH");
            AppendOffset(builder, publicOffset);
        }

        if ((holidays & HolidayKinds.School) != 0)
        {
            if ((holidays & HolidayKinds.Public) != 0)
            {
                builder.Append(',');
            }

            builder.Append("SH");
        }
    }

    /// <summary>
    /// Writes a day mask in day order: runs of three days or more as ranges (a run through Sunday and Monday stays one
    /// range, such as <c>Sa-Mo</c>), shorter runs as lists.
    /// </summary>
    internal static void AppendDays(StringBuilder builder, byte days)
    {
        if (days == 0x7F)
        {
            builder.Append("Mo-Su");
            return;
        }

        var gap = 0;
        while ((days & (1 << gap)) != 0)
        {
            gap++;
        }

        Span<(int Start, int Length)> items = stackalloc (int, int)[7];
        var n = 0;
        var d = (gap + 1) % 7;
        for (var seen = 0; seen < 7;)
        {
            if ((days & (1 << d)) == 0)
            {
                d = (d + 1) % 7;
                seen++;
                continue;
            }

            var start = d;
            var length = 0;
            while (seen < 7 && (days & (1 << d)) != 0)
            {
                length++;
                d = (d + 1) % 7;
                seen++;
            }

            if (length >= 3)
            {
                items[n++] = (start, length);
            }
            else
            {
                for (var k = 0; k < length; k++)
                {
                    items[n++] = ((start + k) % 7, 1);
                }
            }
        }

        items[..n].Sort(static (a, b) => a.Start.CompareTo(b.Start));
        for (var k = 0; k < n; k++)
        {
            if (k > 0)
            {
                builder.Append(',');
            }

            builder.Append(OhWords.DayNames[items[k].Start]);
            if (items[k].Length > 1)
            {
                builder.Append('-').Append(OhWords.DayNames[(items[k].Start + items[k].Length - 1) % 7]);
            }
        }
    }
}

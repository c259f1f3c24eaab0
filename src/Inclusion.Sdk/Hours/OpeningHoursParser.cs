using System.Globalization;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Hours;

/// <summary>
/// A hand-written scanner for opening_hours values: no regular expression, one pass, few allocations.
/// Errors stop parsing; tolerated forms are recorded and reported as warnings whose suggestion is the canonical value.
/// </summary>
internal ref struct OpeningHoursParser
{
    private const int MaxSpansOnStack = 16;

    /// <summary>Selector groups written after spaces in one rule are read recursively: a bound keeps the stack small.</summary>
    private const int MaxSelectorGroups = 32;

    private readonly ReadOnlySpan<char> s;
    private readonly string text;
    private readonly OpeningHoursSettings settings;
    private int i;
    private List<PendingWarning>? warnings;
    private ValidationIssue? error;

    // Selector order within one rule written in several parts ("Mo-Sa 11:00-21:00 Su off"): kinds seen (bits), whether
    // one kind came twice, whether a kind came after a later one, and whether the wide-range colon was used.
    private int depth;
    private int seenKinds;
    private bool kindRepeated;
    private bool outOfOrder;
    private int lastRank;
    private bool colonUsed;

    private OpeningHoursParser(string text, OpeningHoursSettings settings)
    {
        this.text = text;
        s = text.AsSpan();
        this.settings = settings;
    }

    /// <summary>
    /// Reads every white-space character that is not a plain space (tab, line break, no-break spaces U+00A0 and U+202F,
    /// the typographic spaces U+2000–U+200A, U+3000…) as a plain space, one for one so that positions do not move, with
    /// a warning at the first one; a control character is an error located at its position, shown escaped (U+0007).
    /// </summary>
    /// <returns>The text to scan, or <see langword="null"/> when it holds a control character (<paramref name="problem"/> says where).</returns>
    private static string? Spaces(string text, List<PendingWarning> warnings, out ValidationIssue? problem)
    {
        problem = null;
        char[]? copy = null;
        for (var k = 0; k < text.Length; k++)
        {
            var c = text[k];
            if (c == ' ')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (copy is null)
                {
                    copy = text.ToCharArray();
                    warnings.Add(new PendingWarning(OpeningHoursRules.UnusualSpace, Escaped(c), k + 1, " "));
                }

                copy[k] = ' ';
            }
            else if (char.IsControl(c))
            {
                var shown = Escaped(c);
                problem = OpeningHoursRules.ControlCharacter.Issue(shown, location: new IssueLocation(column: k + 1), extra: [k + 1]);
                return null;
            }
        }

        return copy is null ? text : new string(copy);
    }

    /// <summary>A character as <c>U+XXXX</c>, so that messages never carry it raw.</summary>
    internal static string Escaped(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    internal static ParseResult<OpeningHours> Parse(string? text, OpeningHoursSettings settings)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ParseResult<OpeningHours>.ForError(OpeningHoursRules.Empty.Issue(text, location: new IssueLocation(column: 1)));
        }

        var pending = new List<PendingWarning>();
        var scanned = Spaces(text, pending, out var control);
        if (scanned is null)
        {
            return ParseResult<OpeningHours>.ForError(control!);
        }

        var parser = new OpeningHoursParser(scanned, settings);
        if (pending.Count > 0)
        {
            parser.warnings = pending;
        }

        var rules = parser.ParseAll();
        if (rules is null)
        {
            return ParseResult<OpeningHours>.ForError(parser.error!);
        }

        var value = new OpeningHours(rules, settings);
        if (parser.warnings is null)
        {
            return ParseResult<OpeningHours>.ForValue(value);
        }

        var canonical = value.ToString();
        var issues = new ValidationIssue[parser.warnings.Count];
        for (var k = 0; k < issues.Length; k++)
        {
            var w = parser.warnings[k];
            issues[k] = w.Rule.Issue(
                w.Token,
                suggestion: canonical,
                location: new IssueLocation(column: w.Position),
                extra: [w.Position, w.Replacement, w.Replacement]);
        }

        return ParseResult<OpeningHours>.ForValue(value, issues);
    }

    private OhRule[]? ParseAll()
    {
        var rules = new List<OhRule>(4);
        var separator = RuleSeparator.Normal;
        SkipSpaces();
        while (true)
        {
            var rule = ParseRule(separator);
            if (rule is null)
            {
                return null;
            }

            rules.Add(rule);
            SkipSpaces();
            if (i >= s.Length)
            {
                break;
            }

            var c = s[i];
            var sepStart = i;
            if (c == ';')
            {
                i++;
                separator = RuleSeparator.Normal;
            }
            else if (c == '|' && i + 1 < s.Length && s[i + 1] == '|')
            {
                i += 2;
                separator = RuleSeparator.Fallback;
            }
            else if (c == ',')
            {
                i++;
                separator = RuleSeparator.Additional;
            }
            else
            {
                Fail(OpeningHoursRules.Syntax, i, TokenAt(i), "a rule separator (\";\", \",\" or \"||\")", "un séparateur de règles (« ; », « , » ou « || »)");
                return null;
            }

            SkipSpaces();
            if (separator == RuleSeparator.Additional && i < s.Length && EndsWithSelectorsOnly(rule) && StartsWideRange(i))
            {
                Fail(OpeningHoursRules.CommaBeforeRule, i, TokenAt(i), "a \",\" there continues a list of days; write \";\" between rules", "une « , » à cet endroit continue une liste de jours ; séparer les règles par « ; »");
                return null;
            }

            if (i >= s.Length)
            {
                if (separator == RuleSeparator.Normal || separator == RuleSeparator.Additional)
                {
                    Warn(OpeningHoursRules.TrailingSeparator, sepStart, s[sepStart..(sepStart + 1)].ToString(), string.Empty);
                    break;
                }

                Fail(OpeningHoursRules.Syntax, sepStart, "||", "a rule after \"||\"", "une règle après « || »");
                return null;
            }
        }

        return rules.ToArray();
    }

    /// <summary>True for a rule made of day, holiday, week or date selectors only (nothing after them).</summary>
    private static bool EndsWithSelectorsOnly(OhRule rule) =>
        !rule.Is247 && rule.Times.Length == 0 && rule.Modifier == RuleModifier.None && rule.Comment is null;

    /// <summary>True when a month, <c>easter</c>, <c>week</c> or a year starts at <paramref name="p"/>.</summary>
    private readonly bool StartsWideRange(int p) =>
        PeekWordAt(p, out _, out _, out _) is WordKind.Month or WordKind.Easter or WordKind.Week
        || (CountDigits(p) == 4 && (p + 4 >= s.Length || s[p + 4] != ':'));

    private OhRule? ParseRule(RuleSeparator separator)
    {
        if (depth == 0)
        {
            seenKinds = 0;
            kindRepeated = false;
            outOfOrder = false;
            lastRank = 0;
            colonUsed = false;
        }

        var ruleStart = i;
        var is247 = false;
        YearRange[] years = [];
        MonthDayRange[] months = [];
        WeekRange[] weeks = [];
        byte days = 0;
        List<NthWeekday>? nth = null;
        short holidayOffset = 0;
        var holidays = HolidayKinds.None;
        var intersect = false;
        TimeSpec[] times = [];
        var modifier = RuleModifier.None;
        string? comment = null;

        if (Matches("24/7"))
        {
            is247 = true;
            i += 4;
            SkipSpaces();
        }
        else
        {
            if (i < s.Length && char.IsAsciiDigit(s[i]) && CountDigits(i) == 4 && (i + 4 >= s.Length || s[i + 4] != ':'))
            {
                years = ParseYears();
                if (error is not null)
                {
                    return null;
                }

                SkipSpaces();
            }

            var kind = PeekWord(out var wordEnd, out _, out _);
            if (kind is WordKind.Month or WordKind.Easter)
            {
                var single = years.Length == 1 && years[0].Start == years[0].End && years[0].Step == 1 && !years[0].OpenEnd ? years[0].Start : (short)0;
                months = ParseMonths(single, out var dated);
                if (error is not null)
                {
                    return null;
                }

                if (dated)
                {
                    // "2013 Dec 31-2014 Jan 02": the year belongs to the dates, not to a year selector.
                    years = [];
                }

                SkipSpaces();
                kind = PeekWord(out wordEnd, out _, out _);
            }

            if (kind == WordKind.Week)
            {
                weeks = ParseWeeks(wordEnd);
                if (error is not null)
                {
                    return null;
                }

                SkipSpaces();
            }

            if ((years.Length > 0 || months.Length > 0 || weeks.Length > 0) && i < s.Length && s[i] == ':' && !colonUsed)
            {
                i++;
                colonUsed = true;
                SkipSpaces();
            }

            kind = PeekWord(out _, out _, out _);
            if (kind is WordKind.Day or WordKind.Holiday or WordKind.AmbiguousDayOrMonth)
            {
                if (!ParseWeekdays(ref days, ref nth, ref holidayOffset, ref holidays, ref intersect))
                {
                    return null;
                }

                SkipSpaces();
            }

            if ((days != 0 || holidays != 0 || nth is not null) && Matches("24/7"))
            {
                // "Mo,We 24/7": 24/7 after days stands for the whole of those days (opening_hours.js accepts it and
                // warns that "open" says it more clearly); written 00:00-24:00.
                times = [new TimeSpec(0, 1440, false)];
                i += 4;
                SkipSpaces();
            }
            else if (IsTimeStart(i))
            {
                times = ParseTimes();
                if (error is not null)
                {
                    return null;
                }

                SkipSpaces();
            }
        }

        var modifierKind = PeekWord(out var modifierEnd, out var modifierValue, out var modifierCanonical);
        if (modifierKind == WordKind.Modifier)
        {
            if (!modifierCanonical)
            {
                var replacement = OhWords.ModifierText((RuleModifier)modifierValue);
                Warn(OpeningHoursRules.Keyword, i, s[i..modifierEnd].ToString(), replacement);
            }

            modifier = (RuleModifier)modifierValue;
            i = modifierEnd;
            SkipSpaces();
        }

        if (i < s.Length && s[i] == '"')
        {
            var close = s[(i + 1)..].IndexOf('"');
            if (close < 0)
            {
                return Fail(OpeningHoursRules.UnterminatedComment, i, s[i..].ToString(), string.Empty, string.Empty);
            }

            comment = s.Slice(i + 1, close).ToString();
            i += close + 2;
            SkipSpaces();
        }

        if (i == ruleStart)
        {
            return FailUnexpected(i);
        }

        NoteKind(years.Length > 0, 0, 0, 0);
        NoteKind(months.Length > 0, 1, 1, 1);
        NoteKind(weeks.Length > 0, 2, 2, 2);
        NoteKind(holidays != 0 || days != 0 || nth is not null, (holidays != 0 ? 8 : 0) | (days != 0 || nth is not null ? 16 : 0), holidays != 0 ? 3 : 4, days != 0 || nth is not null ? 4 : 3);
        NoteKind(times.Length > 0, 32, 5, 5);
        NoteKind(modifier != RuleModifier.None, 64, 6, 6);

        // The rule as read so far: its own selectors, times, modifier and comment.
        OhRule Own() => new()
        {
            Separator = separator,
            Is247 = is247,
            Years = years,
            Months = months,
            Weeks = weeks,
            Days = days,
            Nth = nth is null ? [] : nth.ToArray(),
            HolidayOffset = holidayOffset,
            Holidays = holidays,
            HolidayIntersect = intersect,
            Times = times,
            Modifier = modifier,
            Comment = comment,
        };

        if (i < s.Length && s[i] is not (';' or ',' or '|'))
        {
            if (!StartsSelector(i))
            {
                return FailUnexpected(i);
            }

            if (depth >= MaxSelectorGroups)
            {
                return Fail(OpeningHoursRules.Syntax, i, TokenAt(i), "at most " + MaxSelectorGroups.ToString(CultureInfo.InvariantCulture) + " groups of selectors after spaces in one rule; join them with \",\" or \";\"", "au plus " + MaxSelectorGroups.ToString(CultureInfo.InvariantCulture) + " groupes de sélecteurs séparés par des espaces dans une règle ; les joindre par « , » ou « ; »");
            }

            var restStart = i;
            depth++;
            var rest = ParseRule(separator);
            depth--;
            if (rest is null)
            {
                return null;
            }

            if (HasYears(rest))
            {
                // "Mo 10:00 2014 Tu", "2014 10:00 2025": a year after other selectors has no written form that reads
                // back (after selectors, four digits are a time), so it is refused, as out of order.
                return Fail(OpeningHoursRules.Syntax, restStart, s[restStart..i].ToString().TrimEnd(), "years first in a rule, before every other selector", "les années en premier dans une règle, avant tout autre sélecteur");
            }

            if (depth == 0 && outOfOrder && !kindRepeated)
            {
                // opening_hours.js reorders such selectors with a correction warning ("… was switched with …"): not repaired here.
                return Fail(OpeningHoursRules.Syntax, ruleStart, s[ruleStart..i].ToString().TrimEnd(), "selectors in the order years, months and dates, weeks, holidays, days, times, then off/open/unknown", "des sélecteurs dans l'ordre années, mois et dates, semaines, jours fériés, jours, heures, puis off/open/unknown");
            }

            // Selectors after a space ("Mo 12:00-14:00 16:00-18:00", "Jan 12:00-13:00 Mo 15:00-16:00", "We \"…\" 10:00-16:00"):
            // the rest is read as more selectors of the same rule (opening_hours.js accepts them, with a warning
            // that selectors of one type not joined by "," are probably an error).

            if (holidays != 0 && days == 0 && nth is null && years.Length == 0 && months.Length == 0 && weeks.Length == 0 && times.Length == 0
                && modifier == RuleModifier.None && comment is null && rest.Holidays != 0 && (rest.Holidays & holidays) == 0
                && rest.Years.Length == 0 && rest.Months.Length == 0 && rest.Weeks.Length == 0)
            {
                // "PH -1 day SH Mo-We", "SH PH -1 day Mo-We": holidays written one after the other are one list (the
                // reference's evaluation: the days before public holidays or school holidays, from Monday to Wednesday).
                return new OhRule
                {
                    Separator = separator,
                    Days = rest.Days,
                    Nth = rest.Nth,
                    Holidays = rest.Holidays | holidays,
                    HolidayOffset = (holidays & HolidayKinds.Public) != 0 ? holidayOffset : rest.HolidayOffset,
                    HolidayIntersect = rest.HolidayIntersect,
                    Times = rest.Times,
                    Modifier = rest.Modifier,
                    Comment = rest.Comment,
                    Conjunct = rest.Conjunct,
                };
            }

            var restHasDays = rest.Is247 || rest.Years.Length > 0 || rest.Months.Length > 0 || rest.Weeks.Length > 0 || rest.Days != 0 || rest.Nth.Length > 0 || rest.Holidays != 0 || rest.Conjunct is not null;
            var joined = Own() with
            {
                Times = times.Length == 0 ? rest.Times : rest.Times.Length == 0 ? times : [.. times, .. rest.Times],
                Modifier = modifier != RuleModifier.None ? modifier : rest.Modifier,
                Comment = comment is null ? rest.Comment : rest.Comment is null ? comment : comment + "; " + rest.Comment,
                Conjunct = restHasDays ? rest with { Times = [], Modifier = RuleModifier.None, Comment = null } : null,
            };
            if (depth == 0 && !ReadsBack(joined))
            {
                // "09:00-00:00 PH 24/7 Dec": the canonical form writes the groups' selectors before the times
                // ("PH Dec 00:00-24:00,09:00-24:00"), which is out of order with no kind repeated, and would not read back.
                return Fail(OpeningHoursRules.Syntax, ruleStart, s[ruleStart..i].ToString().TrimEnd(), "selectors in the order years, months and dates, weeks, holidays, days, times, then off/open/unknown", "des sélecteurs dans l'ordre années, mois et dates, semaines, jours fériés, jours, heures, puis off/open/unknown");
            }

            return joined;
        }

        return Own();
    }

    /// <summary>Records a kind of selector of the rule being read (see <see cref="outOfOrder"/>): <paramref name="bits"/> names it, the ranks give its place in the written order.</summary>
    private void NoteKind(bool present, int bits, int minRank, int maxRank)
    {
        if (!present)
        {
            return;
        }

        var bit = bits == 0 ? 1 : bits << 1;
        kindRepeated |= (seenKinds & bit) != 0;
        seenKinds |= bit;
        outOfOrder |= minRank < lastRank;
        lastRank = Math.Max(lastRank, maxRank);
    }

    /// <summary>True when a selector, a time or a comment starts at <paramref name="p"/> (not a free word).</summary>
    private readonly bool StartsSelector(int p) =>
        s[p] == '"' || IsTimeAt(p) || IsVariableAt(p) || (CountDigits(p) == 4 && (p + 4 >= s.Length || s[p + 4] != ':'))
        || PeekWordAt(p, out _, out _, out var canonical) is WordKind.Month or WordKind.Easter or WordKind.Week or WordKind.Day or WordKind.Holiday && canonical;

    private OhRule? FailUnexpected(int at)
    {
        var kind = PeekWord(out var end, out _, out _);
        if (kind == WordKind.Unsupported)
        {
            return Fail(OpeningHoursRules.Unsupported, at, s[at..end].ToString(), "variable times and moving dates", "heures variables et dates mobiles");
        }

        if (kind == WordKind.AmbiguousDayOrMonth)
        {
            return FailAmbiguousMar(at, end);
        }

        if (at < s.Length && s[at] == '[')
        {
            return Fail(OpeningHoursRules.Unsupported, at, TokenAt(at), "nth weekday of the month", "n-ième jour de la semaine du mois");
        }

        return Fail(OpeningHoursRules.Syntax, at, at >= s.Length ? string.Empty : TokenAt(at), "a day, a time, a modifier (off, open, unknown), a comment or a rule separator", "un jour, une heure, un modificateur (off, open, unknown), un commentaire ou un séparateur de règles");
    }

    private OhRule? FailAmbiguousMar(int at, int end) =>
        Fail(OpeningHoursRules.Ambiguous, at, s[at..end].ToString(), "write \"Tu\" for Tuesday (mardi) or \"Mar\" for March", "écrire « Tu » pour mardi ou « Mar » pour mars");

    // ---------------------------------------------------------------- weekdays

    private bool ParseWeekdays(ref byte days, ref List<NthWeekday>? nth, ref short holidayOffset, ref HolidayKinds holidays, ref bool intersect)
    {
        while (true)
        {
            var start = i;
            var kind = PeekWord(out var end, out var value, out var canonical);
            if (kind == WordKind.AmbiguousDayOrMonth)
            {
                if (end < s.Length && s[end] == '.')
                {
                    kind = WordKind.Day;
                    value = 1;
                }
                else
                {
                    FailAmbiguousMar(start, end);
                    return false;
                }
            }

            if (kind == WordKind.Day)
            {
                end = ConsumeDayWord(start, end, value, canonical);
                var first = value;
                var last = value;
                var dash = SpacesFrom(end);
                if (DashAt(dash, out var afterDash) && PeekWordAt(SpacesFrom(afterDash), out var end2, out var value2, out var canonical2) is WordKind.Day or WordKind.AmbiguousDayOrMonth)
                {
                    // "Mo - Fr": spaces around the dash of a day range are tolerated by the specification (no warning).
                    afterDash = SpacesFrom(afterDash);

                    if (PeekWordAt(afterDash, out _, out _, out _) == WordKind.AmbiguousDayOrMonth)
                    {
                        value2 = 1;
                        canonical2 = false;
                    }

                    ConsumeDash(dash);
                    end = ConsumeDayWord(afterDash, end2, value2, canonical2);
                    last = value2;
                }

                i = end;
                if (i < s.Length && s[i] == '[')
                {
                    if (first != last)
                    {
                        Fail(OpeningHoursRules.InvalidNth, i, TokenAt(i), "an nth weekday applies to one day (Sa[1]), not to a range", "un n-ième jour s'applique à un jour (Sa[1]), pas à un intervalle");
                        return false;
                    }

                    if (!ParseNth((byte)first, out var entry))
                    {
                        return false;
                    }

                    (nth ??= []).Add(entry);
                }
                else
                {
                    days |= DayRange(first, last);
                }
            }
            else if (kind == WordKind.Holiday)
            {
                if (!canonical)
                {
                    var name = value == (int)HolidayKinds.Public ? "PH" : "SH";
                    Warn(OpeningHoursRules.DayName, start, s[start..end].ToString(), name);
                }

                if (value == (int)HolidayKinds.School && settings.SchoolHolidays is null)
                {
                    Warn(OpeningHoursRules.SchoolHolidaysUnknown, start, s[start..end].ToString(), "SH");
                }

                holidays |= (HolidayKinds)value;
                i = end;
                var probe = i;
                while (probe < s.Length && s[probe] == ' ')
                {
                    probe++;
                }

                if (probe < s.Length && s[probe] is '+' or '-' && probe + 1 < s.Length && (s[probe + 1] == ' ' || char.IsAsciiDigit(s[probe + 1])))
                {
                    if (value != (int)HolidayKinds.Public)
                    {
                        Fail(OpeningHoursRules.Unsupported, probe, TokenAt(probe), "school-holiday offsets", "décalages de vacances scolaires");
                        return false;
                    }

                    if (!TryDayOffset(i, out var offset, out var offsetEnd, required: true, spaceAfterSign: false))
                    {
                        return false;
                    }

                    holidayOffset = (short)offset;
                    i = offsetEnd;
                }
            }
            else
            {
                FailUnexpected(start);
                return false;
            }

            // Continue the list? (spaces before or after the comma are tolerated)
            var comma = SpacesFrom(i);
            if (comma < s.Length && s[comma] == ',')
            {
                var next = SpacesFrom(comma + 1);
                if (PeekWordAt(next, out _, out _, out _) is WordKind.Day or WordKind.Holiday or WordKind.AmbiguousDayOrMonth)
                {
                    // "Mo, We": a space after the comma of a day list is tolerated (the reference reads it as the list).
                    if (comma > i)
                    {
                        Warn(OpeningHoursRules.Spacing, i + 1, " ", ",");
                    }

                    i = next;
                    continue;
                }

                return true;
            }

            if (i < s.Length && s[i] == ' ' && holidays != HolidayKinds.None && days == 0 && !intersect)
            {
                var next = i;
                while (next < s.Length && s[next] == ' ')
                {
                    next++;
                }

                if (PeekWordAt(next, out _, out _, out _) == WordKind.Day)
                {
                    intersect = true;
                    i = next;
                    continue;
                }
            }

            return true;
        }
    }

    /// <summary>Reads <c>[1]</c>, <c>[-1]</c>, <c>[1,3]</c>, <c>[1-2]</c> at <see cref="i"/> and an optional day offset (<c> +1 day</c>).</summary>
    private bool ParseNth(byte day, out NthWeekday entry)
    {
        entry = default;
        var open = i;
        i++;
        var nths = 0;
        while (true)
        {
            var negative = i < s.Length && s[i] == '-';
            var at = negative ? i + 1 : i;
            if (at >= s.Length || !char.IsAsciiDigit(s[at]) || CountDigits(at) != 1 || s[at] is < '1' or > '5')
            {
                Fail(OpeningHoursRules.InvalidNth, i, NthToken(open), "the nth weekday is 1 to 5 or -1 to -5", "le n-ième jour va de 1 à 5 ou de -1 à -5");
                return false;
            }

            var n = s[at] - '0';
            i = at + 1;
            if (!negative && i + 1 < s.Length && s[i] == '-' && char.IsAsciiDigit(s[i + 1]))
            {
                var last = s[i + 1] - '0';
                if (CountDigits(i + 1) != 1 || last < n || last > 5)
                {
                    Fail(OpeningHoursRules.InvalidNth, i + 1, NthToken(open), "a range of nth weekdays goes upwards, 1 to 5", "un intervalle de n-ièmes jours est croissant, de 1 à 5");
                    return false;
                }

                for (var k = n; k <= last; k++)
                {
                    nths |= 1 << (k - 1);
                }

                i += 2;
            }
            else
            {
                nths |= negative ? 1 << (4 + n) : 1 << (n - 1);
            }

            if (i < s.Length && s[i] == ',')
            {
                i++;
                continue;
            }

            if (i < s.Length && s[i] == ']')
            {
                i++;
                break;
            }

            Fail(OpeningHoursRules.InvalidNth, i, NthToken(open), "a closing \"]\"", "un « ] » fermant");
            return false;
        }

        var offset = 0;
        var probe = SpacesFrom(i);
        if (probe < s.Length && s[probe] is '+' or '-' && probe + 1 < s.Length && (s[probe + 1] == ' ' || char.IsAsciiDigit(s[probe + 1])) && !IsTimeAt(SpacesFrom(probe + 1)))
        {
            if (!TryDayOffset(i, out offset, out var offsetEnd, required: true, maxDays: 6, spaceAfterSign: false))
            {
                return false;
            }

            i = offsetEnd;
        }

        entry = new NthWeekday(day, (ushort)nths, (short)offset);
        return true;
    }

    private readonly string NthToken(int open)
    {
        var close = s[open..].IndexOf(']');
        return close < 0 ? s[open..Math.Min(s.Length, open + 8)].ToString() : s.Slice(open, close + 1).ToString();
    }

    /// <summary>
    /// Reads a day offset from <paramref name="p"/>: spaces, a sign, a number of days and the word <c>day</c> or <c>days</c>
    /// (<c> +1 day</c>, <c> -2 days</c>, <c>-1day</c>). With <paramref name="required"/> a malformed offset is an error.
    /// </summary>
    private bool TryDayOffset(int p, out int offset, out int end, bool required, int maxDays = 366, bool spaceAfterSign = true)
    {
        offset = 0;
        end = p;
        var q = SpacesFrom(p);
        if (q >= s.Length || s[q] is not ('+' or '-'))
        {
            return false;
        }

        var sign = s[q] == '-' ? -1 : 1;
        var digits = spaceAfterSign ? SpacesFrom(q + 1) : q + 1;
        var n = CountDigits(digits);
        var wordStart = SpacesFrom(digits + n);
        var wordEnd = wordStart;
        while (wordEnd < s.Length && char.IsAsciiLetter(s[wordEnd]))
        {
            wordEnd++;
        }

        var word = s[wordStart..wordEnd];
        if (n is 0 or > 3 || !(word.SequenceEqual("day") || word.SequenceEqual("days")))
        {
            if (required)
            {
                Fail(OpeningHoursRules.InvalidOffset, q, s[q..Math.Max(wordEnd, Math.Min(s.Length, q + 1))].ToString(), "write a day offset as \"+1 day\" or \"-2 days\"", "écrire un décalage comme « +1 day » ou « -2 days »");
            }

            return false;
        }

        offset = sign * int.Parse(s.Slice(digits, n), NumberStyles.None, CultureInfo.InvariantCulture);
        if (Math.Abs(offset) > maxDays)
        {
            var max = maxDays.ToString(CultureInfo.InvariantCulture);
            Fail(OpeningHoursRules.InvalidOffset, q, s[q..wordEnd].ToString(), "this offset is at most " + max + " days", "ce décalage vaut au plus " + max + " jours");
            return false;
        }

        end = wordEnd;
        return true;
    }

    private int ConsumeDayWord(int start, int end, int day, bool canonical)
    {
        if (!canonical)
        {
            if (end < s.Length && s[end] == '.')
            {
                end++;
            }

            Warn(OpeningHoursRules.DayName, start, s[start..end].ToString(), OhWords.DayNames[day]);
        }

        return end;
    }

    private static byte DayRange(int first, int last)
    {
        var mask = 0;
        var d = first;
        while (true)
        {
            mask |= 1 << d;
            if (d == last)
            {
                break;
            }

            d = (d + 1) % 7;
        }

        return (byte)mask;
    }

    // ---------------------------------------------------------------- months and dates

    /// <summary>
    /// Reads months and dates. <paramref name="year"/> is the single year written just before them (0 when none); when a
    /// year is also written inside the list (<c>2013 Dec 31-2014 Jan 02</c>, <c>2013 Dec 31,2014 Jan 05</c>) every range
    /// carries its years and <paramref name="dated"/> is true; otherwise the ranges carry none and the year stays a
    /// year selector.
    /// </summary>
    private MonthDayRange[] ParseMonths(short year, out bool dated)
    {
        dated = false;
        var listStart = i;
        var list = new List<MonthDayRange>(2);
        var startYear = year;
        while (true)
        {
            var itemStart = i;
            if (!ReadDatePoint(out var m1, out var d1, out var e1))
            {
                return [];
            }

            var nthRollback = i;
            var n1 = d1 == 0 && e1 == MonthDayRange.NoEaster ? TryNthEndPoint(isEnd: false) : null;
            NthWeekday? n2 = null;

            var m2 = m1;
            var d2 = d1;
            var e2 = e1;
            var step = 1;
            var endYear = startYear;
            var spacedDash = SpacesFrom(i);
            if (year == 0 && spacedDash > i && DashAt(spacedDash, out var afterSpacedDash) && PeekWordAt(SpacesFrom(afterSpacedDash), out _, out _, out _) is WordKind.Month or WordKind.Easter)
            {
                // "easter -7 days - Nov 01": spaces around the dash of a date range, as around a day range ("Mo - Fr").
                i = spacedDash;
            }

            if (DashAt(i, out var afterDash))
            {
                afterDash = SpacesFrom(afterDash);
                var endYearAt = afterDash;
                if (startYear != 0 && YearBeforeDateAt(afterDash))
                {
                    endYear = (short)int.Parse(s.Slice(afterDash, 4), NumberStyles.None, CultureInfo.InvariantCulture);
                    afterDash = SpacesFrom(afterDash + 4);
                    dated = true;
                }

                var kind = PeekWordAt(afterDash, out _, out _, out _);
                if (kind is WordKind.Month or WordKind.Easter)
                {
                    ConsumeDash(i);
                    i = afterDash;
                    if (!ReadDatePoint(out m2, out d2, out e2))
                    {
                        return [];
                    }

                    n2 = d2 == 0 && e2 == MonthDayRange.NoEaster ? TryNthEndPoint(isEnd: true) : null;
                }
                else if (d1 > 0 && afterDash < s.Length && char.IsAsciiDigit(s[afterDash]) && !IsTimeAt(afterDash))
                {
                    ConsumeDash(i);
                    i = afterDash;
                    var dayStart = i;
                    d2 = ReadDayNumber(m2);
                    if (d2 < 0)
                    {
                        return [];
                    }

                    if (d2 < d1)
                    {
                        Fail(OpeningHoursRules.InvalidDate, dayStart, s[dayStart..i].ToString(), "a range of days within a month goes forwards", "un intervalle de jours dans un mois va vers l'avant");
                        return [];
                    }

                    if (i + 1 < s.Length && s[i] == '/' && char.IsAsciiDigit(s[i + 1]))
                    {
                        i++;
                        var stepStart = i;
                        step = ReadNumber();
                        if (step < 2 || step > d2 - d1)
                        {
                            Fail(OpeningHoursRules.InvalidDate, stepStart, s[stepStart..i].ToString(), "a step of days is at least 2 and smaller than the range", "un pas de jours vaut au moins 2 et reste plus petit que l'intervalle");
                            return [];
                        }
                    }
                }
            }

            if (n1 is not null && n2 is null && m2 == m1 && d2 == d1 && e2 == e1)
            {
                // "Jan Su[1]" alone is a month and a weekday, not a date: only read as an end point inside a range.
                i = nthRollback;
                n1 = null;
            }

            var range = new MonthDayRange((byte)m1, (byte)d1, (byte)m2, (byte)d2, e1, e2, (byte)step, n1, n2, startYear, endYear);
            if (startYear != 0 && endYear < startYear)
            {
                Fail(OpeningHoursRules.InvalidDate, itemStart, s[itemStart..i].ToString(), "a range of dates goes forwards", "un intervalle de dates va vers l'avant");
                return [];
            }

            list.Add(range);
            if (i < s.Length && s[i] == ',' && PeekWordAt(i + 1, out _, out _, out _) is WordKind.Month or WordKind.Easter)
            {
                i++;
                continue;
            }

            if (ReadYearOfNextDate(ref startYear))
            {
                dated = true;
                continue;
            }

            // "Dec 24,25" or "Dec 24,26-28": more days of the month of the last date.
            while (d2 > 0 && e2 == MonthDayRange.NoEaster && i + 1 < s.Length && s[i] == ',' && char.IsAsciiDigit(s[i + 1]) && !IsTimeAt(i + 1))
            {
                i++;
                var dayStart = i;
                var first = ReadDayNumber(m2);
                if (first < 0)
                {
                    return [];
                }

                var last = first;
                if (i + 1 < s.Length && s[i] == '-' && char.IsAsciiDigit(s[i + 1]) && !IsTimeAt(i + 1))
                {
                    i++;
                    last = ReadDayNumber(m2);
                    if (last < 0)
                    {
                        return [];
                    }

                    if (last < first)
                    {
                        Fail(OpeningHoursRules.InvalidDate, dayStart, s[dayStart..i].ToString(), "a range of days within a month goes forwards", "un intervalle de jours dans un mois va vers l'avant");
                        return [];
                    }
                }

                var dayStep = 1;
                if (last > first && i + 1 < s.Length && s[i] == '/' && char.IsAsciiDigit(s[i + 1]))
                {
                    // "Dec 11,15-17,19-23/2": a step inside the list, as after the first range.
                    i++;
                    var stepStart = i;
                    dayStep = ReadNumber();
                    if (dayStep < 2 || dayStep > last - first)
                    {
                        Fail(OpeningHoursRules.InvalidDate, stepStart, s[stepStart..i].ToString(), "a step of days is at least 2 and smaller than the range", "un pas de jours vaut au moins 2 et reste plus petit que l'intervalle");
                        return [];
                    }
                }

                list.Add(new MonthDayRange((byte)m2, (byte)first, (byte)m2, (byte)last, Step: (byte)dayStep, StartYear: endYear, EndYear: endYear));
                d2 = last;
            }

            if (i < s.Length && s[i] == ',' && PeekWordAt(i + 1, out _, out _, out _) is WordKind.Month or WordKind.Easter)
            {
                i++;
                startYear = endYear;
                continue;
            }

            if (ReadYearOfNextDate(ref startYear))
            {
                dated = true;
                continue;
            }

            if (!dated)
            {
                for (var k = 0; k < list.Count; k++)
                {
                    list[k] = list[k] with { StartYear = 0, EndYear = 0 };
                }
            }
            else
            {
                foreach (var r in list)
                {
                    if (!LeapDayExists(r.StartYear, r.StartMonth, r.StartDay) || !LeapDayExists(r.EndYear, r.EndMonth, r.EndDay))
                    {
                        Fail(OpeningHoursRules.InvalidDate, listStart, s[listStart..i].ToString(), "29 February does not exist in that year", "le 29 février n'existe pas cette année-là");
                        return [];
                    }

                    if (r.FirstDate() > r.LastDate())
                    {
                        Fail(OpeningHoursRules.InvalidDate, listStart, s[listStart..i].ToString(), "a range of dates goes forwards", "un intervalle de dates va vers l'avant");
                        return [];
                    }
                }
            }

            return list.ToArray();
        }
    }

    /// <summary>
    /// Whether the canonical form of a rule with groups of selectors after spaces reads back as the same rule: it writes
    /// each group's selectors in order, the groups one after the other, then the times; the parser accepts groups out of
    /// order only when a kind of selector is repeated (as <see cref="NoteKind"/> records it).
    /// </summary>
    private static bool ReadsBack(OhRule rule)
    {
        int seen = 0, last = -1;
        bool repeated = false, disorder = false;
        for (var group = rule; group is not null; group = group.Conjunct)
        {
            var holidays = group.Holidays != 0;
            var days = group.Days != 0 || group.Nth.Length > 0;
            Note(group.Years.Length > 0, 1, 0, 0);
            Note(group.Months.Length > 0, 2, 1, 1);
            Note(group.Weeks.Length > 0, 4, 2, 2);
            Note(holidays || days, ((holidays ? 8 : 0) | (days ? 16 : 0)) << 1, holidays ? 3 : 4, days ? 4 : 3);
        }

        return !disorder || repeated;

        void Note(bool present, int bit, int minRank, int maxRank)
        {
            if (present)
            {
                repeated |= (seen & bit) != 0;
                seen |= bit;
                disorder |= minRank < last;
                last = Math.Max(last, maxRank);
            }
        }
    }

    private static bool HasYears(OhRule? rule) => rule is not null && (rule.Years.Length > 0 || HasYears(rule.Conjunct));

    /// <summary>
    /// "2013 Dec 31,2014 Jan 05": at a comma before a year and a date, reads the year the next date has of its own into
    /// <paramref name="startYear"/> and moves to the date; false (nothing read) elsewhere, or when the list has no year.
    /// </summary>
    private bool ReadYearOfNextDate(ref short startYear)
    {
        if (startYear == 0 || i >= s.Length || s[i] != ',' || !YearBeforeDateAt(i + 1))
        {
            return false;
        }

        startYear = (short)int.Parse(s.Slice(i + 1, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        i = SpacesFrom(i + 5);
        return true;
    }

    /// <summary>True when a year and a space then a month or <c>easter</c> start at <paramref name="p"/> (<c>2014 Jan 02</c>).</summary>
    private readonly bool YearBeforeDateAt(int p) =>
        CountDigits(p) == 4 && p + 4 < s.Length && s[p + 4] == ' '
        && PeekWordAt(SpacesFrom(p + 4), out _, out _, out _) is WordKind.Month or WordKind.Easter;

    /// <summary>False for 29 February in a year that has none (<c>2013 Feb 29</c>).</summary>
    private static bool LeapDayExists(int year, int month, int day) => !(month == 2 && day == 29 && !DateTime.IsLeapYear(year));

    /// <summary>Reads <c>Dec</c>, <c>Dec 24</c>, <c>easter</c> or <c>easter -2 days</c>.</summary>
    private bool ReadDatePoint(out int month, out int day, out short easter)
    {
        day = 0;
        easter = MonthDayRange.NoEaster;
        var start = i;
        if (PeekWord(out var end, out _, out var canonical) == WordKind.Easter)
        {
            month = 0;
            if (!canonical)
            {
                Warn(OpeningHoursRules.Keyword, start, s[start..end].ToString(), "easter");
            }

            i = end;
            easter = 0;
            if (TryDayOffset(i, out var offset, out var offsetEnd, required: false))
            {
                easter = (short)offset;
                i = offsetEnd;
            }

            return error is null;
        }

        if (!ReadMonth(out month))
        {
            return false;
        }

        day = ReadDayOfMonth(month);
        return day >= 0;
    }

    /// <summary>
    /// Reads <c> Su[-1]</c> or <c> Su[1] +2 days</c> after a month when it is an end point of a date range (the end, or a
    /// start followed by <c>-</c> and a month); otherwise leaves the position unchanged and returns null.
    /// </summary>
    private NthWeekday? TryNthEndPoint(bool isEnd)
    {
        var p = SpacesFrom(i);
        if (PeekWordAt(p, out var end, out var value, out var canonical) != WordKind.Day || !canonical || end >= s.Length || s[end] != '[')
        {
            return null;
        }

        var saved = i;
        var savedError = error;
        i = end;
        if (!ParseNth((byte)value, out var entry) || System.Numerics.BitOperations.PopCount(entry.Nths) != 1
            || (!isEnd && !(DashAt(i, out var after) && PeekWordAt(after, out _, out _, out _) is WordKind.Month or WordKind.Easter)))
        {
            i = saved;
            error = savedError;
            return null;
        }

        return entry;
    }

    private bool ReadMonth(out int month)
    {
        var start = i;
        var kind = PeekWord(out var end, out month, out var canonical);
        if (kind != WordKind.Month)
        {
            FailUnexpected(start);
            return false;
        }

        if (!canonical)
        {
            if (end < s.Length && s[end] == '.')
            {
                end++;
            }

            Warn(OpeningHoursRules.MonthName, start, s[start..end].ToString(), OhWords.MonthNames[month]);
        }

        i = end;
        return true;
    }

    /// <summary>Reads " 24" after a month; 0 when no day follows, -1 on error.</summary>
    private int ReadDayOfMonth(int month)
    {
        var p = i;
        if (p < s.Length && s[p] == ' ')
        {
            p++;
        }

        if (p < s.Length && char.IsAsciiDigit(s[p]) && !IsTimeAt(p))
        {
            i = p;
            return ReadDayNumber(month);
        }

        return 0;
    }

    private int ReadDayNumber(int month)
    {
        var start = i;
        var n = CountDigits(i);
        var day = n is 1 or 2 ? int.Parse(s.Slice(i, n), NumberStyles.None, CultureInfo.InvariantCulture) : 0;
        i += n;
        var max = month == 2 ? 29 : DaysIn(month);
        if (day < 1 || day > max)
        {
            Fail(OpeningHoursRules.InvalidDate, start, s[start..i].ToString(), "the day does not exist in " + OhWords.MonthNames[month], "ce jour n'existe pas en " + OhWords.MonthNames[month]);
            return -1;
        }

        return day;
    }

    private static int DaysIn(int month) => month switch
    {
        4 or 6 or 9 or 11 => 30,
        2 => 29,
        _ => 31,
    };

    // ---------------------------------------------------------------- years

    private YearRange[] ParseYears()
    {
        var list = new List<YearRange>(1);
        while (true)
        {
            var start = i;
            var first = ReadYear();
            var last = first;
            var step = 1;
            var openEnd = false;
            if (i + 1 < s.Length && s[i] == '-' && CountDigits(i + 1) == 4)
            {
                i++;
                last = ReadYear();
            }

            if (i + 1 < s.Length && s[i] == '/' && char.IsAsciiDigit(s[i + 1]))
            {
                i++;
                step = ReadNumber();
                if (step is < 2 or > 100)
                {
                    Fail(OpeningHoursRules.InvalidYear, start, s[start..i].ToString(), "a step of years is 2 to 100", "un pas d'années va de 2 à 100");
                    return [];
                }
            }
            else if (i < s.Length && s[i] == '+' && last == first)
            {
                i++;
                openEnd = true;
            }

            if (first is < 1900 or > 9999 || last < first || (last == first && s[start..i].Contains('-')))
            {
                Fail(OpeningHoursRules.InvalidYear, start, s[start..i].ToString(), "years are 1900 or later and a range goes forwards", "les années sont 1900 ou plus et un intervalle va vers l'avant");
                return [];
            }

            list.Add(new YearRange((short)first, (short)last, (byte)step, openEnd));
            if (i + 1 < s.Length && s[i] == ',' && CountDigits(i + 1) == 4)
            {
                i++;
                continue;
            }

            return list.ToArray();
        }
    }

    private int ReadYear()
    {
        var value = int.Parse(s.Slice(i, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        i += 4;
        return value;
    }

    // ---------------------------------------------------------------- weeks

    private WeekRange[] ParseWeeks(int wordEnd)
    {
        var wordStart = i;
        if (!s[wordStart..wordEnd].SequenceEqual("week"))
        {
            Warn(OpeningHoursRules.Keyword, wordStart, s[wordStart..wordEnd].ToString(), "week");
        }

        i = wordEnd;
        SkipSpaces();
        var list = new List<WeekRange>(1);
        while (true)
        {
            var start = i;
            var first = ReadNumber();
            var last = first;
            var step = 1;
            var explicitStep = false;
            if (i < s.Length && s[i] == '-')
            {
                i++;
                last = ReadNumber();
                if (i < s.Length && s[i] == '/')
                {
                    i++;
                    step = ReadNumber();
                    explicitStep = true;
                }
            }

            if (first is < 1 or > 53 || last is < 1 or > 53 || step is < 1 or > 53)
            {
                Fail(OpeningHoursRules.InvalidWeek, start, start == i ? TokenAt(start) : s[start..i].ToString(), string.Empty, string.Empty);
                return [];
            }

            if (last < first || (explicitStep && (step == 1 || step > last - first)))
            {
                Fail(OpeningHoursRules.InvalidWeekRange, start, s[start..i].ToString(), last < first ? "the range goes backwards; write week " + last.ToString(CultureInfo.InvariantCulture) + "-" + first.ToString(CultureInfo.InvariantCulture) + " or two ranges" : "a step is at least 2 and smaller than the range", last < first ? "l'intervalle va à rebours ; écrire week " + last.ToString(CultureInfo.InvariantCulture) + "-" + first.ToString(CultureInfo.InvariantCulture) + " ou deux intervalles" : "un pas vaut au moins 2 et reste plus petit que l'intervalle");
                return [];
            }

            list.Add(new WeekRange((byte)first, (byte)last, (byte)step));
            if (i < s.Length && s[i] == ',' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                i++;
                continue;
            }

            if (i < s.Length && s[i] == ',' && s[(i + 1)..].StartsWith("week ", StringComparison.Ordinal) && CountDigits(SpacesFrom(i + 6)) > 0)
            {
                // "week 01,week 03": the keyword repeated in the list (opening_hours.js reads it as "week 01,03").
                i = SpacesFrom(i + 6);
                continue;
            }

            return list.ToArray();
        }
    }

    private int ReadNumber()
    {
        var n = CountDigits(i);
        if (n is 0 or > 3)
        {
            i += n;
            return -1;
        }

        var value = int.Parse(s.Slice(i, n), NumberStyles.None, CultureInfo.InvariantCulture);
        i += n;
        return value;
    }

    // ---------------------------------------------------------------- times

    private TimeSpec[] ParseTimes()
    {
        Span<TimeSpec> buffer = stackalloc TimeSpec[MaxSpansOnStack];
        List<TimeSpec>? overflow = null;
        var count = 0;
        while (true)
        {
            if (!ParseTimeSpan(out var span))
            {
                return [];
            }

            if (count < MaxSpansOnStack)
            {
                buffer[count] = span;
            }
            else
            {
                overflow ??= [.. buffer];
                overflow.Add(span);
            }

            count++;
            var comma = SpacesFrom(i);
            if (comma < s.Length && s[comma] == ',')
            {
                var next = SpacesFrom(comma + 1);
                if (next < s.Length && (next == i + 1 ? IsTimeStart(next) : IsTimeAt(next) || IsVariableAt(next)))
                {
                    if (next > i + 1)
                    {
                        Warn(OpeningHoursRules.Spacing, i + 1, " ", ",");
                    }

                    i = next;
                    continue;
                }
            }

            return overflow is not null ? overflow.ToArray() : buffer[..count].ToArray();
        }
    }

    private bool ParseTimeSpan(out TimeSpec span)
    {
        span = default;
        if (!ParseAnyTime(isEnd: false, out var start, out var startEvent))
        {
            return false;
        }

        var p = i;
        while (p < s.Length && s[p] == ' ')
        {
            p++;
        }

        if (p > i && DashAt(p, out _))
        {
            Warn(OpeningHoursRules.Spacing, i + 1, " ", "-");
            i = p;
        }

        if (i < s.Length && s[i] == '+')
        {
            i++;
            span = new TimeSpec((short)start, (short)start, true, startEvent, startEvent);
            return true;
        }

        if (OpenEndWordsAt(i, out var wordsEnd))
        {
            // "17:00-late", "17:00 til late", "17:00-open end": words for an open end, repaired as "17:00+" (the
            // reference reads them the same way, with a warning that it assumes "+").
            var from = SpacesFrom(i);
            Warn(OpeningHoursRules.Keyword, from, s[from..wordsEnd].ToString(), "+");
            i = wordsEnd;
            span = new TimeSpec((short)start, (short)start, true, startEvent, startEvent);
            return true;
        }

        if (!DashAt(i, out var afterDash) && (i >= s.Length || s[i] is ',' or ';' or ' ' or '"' or '|'))
        {
            // A point in time (OSM specification: timespan = time), "Mo 12:00,15:00".
            span = new TimeSpec((short)start, (short)start, false, startEvent, startEvent);
            return true;
        }

        if (!DashAt(i, out afterDash))
        {
            Fail(OpeningHoursRules.Unsupported, i == s.Length ? i - 1 : i, i == s.Length ? string.Empty : TokenAt(i), "a time without an end; write a range such as 09:00-12:00 or an open end such as 18:00+", "une heure sans fin ; écrire un intervalle comme 09:00-12:00 ou une fin ouverte comme 18:00+");
            return false;
        }

        ConsumeDash(i);
        i = afterDash;
        if (i < s.Length && s[i] == ' ')
        {
            Warn(OpeningHoursRules.Spacing, i + 1, " ", "-");
            while (i < s.Length && s[i] == ' ')
            {
                i++;
            }
        }

        var endStart = i;
        if (!ParseAnyTime(isEnd: true, out var end, out var endEvent))
        {
            return false;
        }

        if (startEvent == SunEvent.None && endEvent == SunEvent.None)
        {
            if (end <= start && end <= 1440)
            {
                end += 1440;
            }

        }

        if (i < s.Length && s[i] == '/')
        {
            if (!ParseStep(out var step))
            {
                return false;
            }

            span = new TimeSpec((short)start, (short)end, false, startEvent, endEvent, (short)step);
            return true;
        }

        var openEnd = false;
        if (i < s.Length && s[i] == '+')
        {
            if (endEvent == SunEvent.None && end >= 2880)
            {
                // "Tu 23:59-48:00" is the longest span (opening_hours.js, "maximum supported"); an open end after it would pass a second midnight.
                Fail(OpeningHoursRules.InvalidTime, endStart, s[endStart..(i + 1)].ToString(), "an open end after 48:00 passes a second midnight", "une fin ouverte après 48:00 passe un second minuit");
                return false;
            }

            i++;
            openEnd = true;
        }

        span = new TimeSpec((short)start, (short)end, openEnd, startEvent, endEvent);
        return true;
    }

    /// <summary>True when words for an open end follow <paramref name="p"/>: <c>-late</c>, <c> til late</c>, <c> till late</c>, <c> bis open end</c>, <c>-open end</c>, <c>-openend</c>.</summary>
    private readonly bool OpenEndWordsAt(int p, out int end)
    {
        end = p;
        var q = SpacesFrom(p);
        if (q < s.Length && s[q] == '-')
        {
            q = SpacesFrom(q + 1);
        }
        else if (q > p)
        {
            var w = q;
            while (w < s.Length && char.IsAsciiLetter(s[w]))
            {
                w++;
            }

            var word = s[q..w];
            if (!(word.Equals("til", StringComparison.OrdinalIgnoreCase) || word.Equals("till", StringComparison.OrdinalIgnoreCase)
                || word.Equals("until", StringComparison.OrdinalIgnoreCase) || word.Equals("bis", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            q = SpacesFrom(w);
        }
        else
        {
            return false;
        }

        if (q >= s.Length || (s[q] | 0x20) is not ('l' or 'o'))
        {
            return false;
        }

        foreach (var phrase in (ReadOnlySpan<string>)["late", "open end", "openend", "open-end"])
        {
            var after = q + phrase.Length;
            if (after <= s.Length && s.Slice(q, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
                && (after == s.Length || s[after] is ' ' or ';' or ',' or '"' or '|'))
            {
                end = after;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the step of a time range after its <c>/</c>: minutes (<c>/90</c>) or hours and minutes (<c>/01:30</c>),
    /// from 1 minute to 24 hours (OSM specification: <c>time-extended_time/minute</c>, <c>time-extended_time/hour_minutes</c>).
    /// </summary>
    private bool ParseStep(out int step)
    {
        step = 0;
        var slash = i;
        i++;
        var n = CountDigits(i);
        if (n == 2 && i + 2 < s.Length && s[i + 2] == ':')
        {
            if (CountDigits(i + 3) != 2)
            {
                Fail(OpeningHoursRules.InvalidTime, slash, SliceToken(i), "a step is written /HH:MM or in minutes, /01:30 or /90", "un pas s'écrit /HH:MM ou en minutes, /01:30 ou /90");
                return false;
            }

            var h = ((s[i] - '0') * 10) + (s[i + 1] - '0');
            var m = ((s[i + 3] - '0') * 10) + (s[i + 4] - '0');
            step = m > 59 ? -1 : (h * 60) + m;
            i += 5;
        }
        else if (n is >= 1 and <= 4 && (i + n >= s.Length || s[i + n] != ':'))
        {
            step = int.Parse(s.Slice(i, n), NumberStyles.None, CultureInfo.InvariantCulture);
            i += n;
        }
        else
        {
            Fail(OpeningHoursRules.InvalidTime, slash, i < s.Length ? SliceToken(i) : "/", "a step is written /HH:MM or in minutes, /01:30 or /90", "un pas s'écrit /HH:MM ou en minutes, /01:30 ou /90");
            return false;
        }

        if (step is < 1 or > 1440)
        {
            Fail(OpeningHoursRules.InvalidTime, slash + 1, s[(slash + 1)..i].ToString(), "a step lasts from 1 minute to 24 hours", "un pas dure de 1 minute à 24 heures");
            return false;
        }

        return true;
    }

    /// <summary>True when a time starts at <paramref name="p"/>: a digit, a solar event or <c>(sunrise+01:00)</c>.</summary>
    private readonly bool IsTimeStart(int p) => p < s.Length && (char.IsAsciiDigit(s[p]) || IsVariableAt(p));

    private readonly bool IsVariableAt(int p) =>
        p < s.Length && PeekWordAt(s[p] == '(' ? p + 1 : p, out _, out _, out _) == WordKind.Sun;

    /// <summary>Reads a fixed time, or a solar event (<c>sunrise</c>) with an optional offset (<c>(sunset-01:30)</c>).</summary>
    private bool ParseAnyTime(bool isEnd, out int minutes, out SunEvent sunEvent)
    {
        sunEvent = SunEvent.None;
        if (!IsVariableAt(i))
        {
            return ParseTime(isEnd, out minutes);
        }

        minutes = 0;
        var start = i;
        var bracket = s[i] == '(';
        var wordStart = bracket ? i + 1 : i;
        PeekWordAt(wordStart, out var wordEnd, out var value, out var canonical);
        sunEvent = (SunEvent)value;
        if (!canonical)
        {
            Warn(OpeningHoursRules.Keyword, wordStart, s[wordStart..wordEnd].ToString(), OhWords.SunText(sunEvent));
        }

        i = wordEnd;
        if (!bracket)
        {
            return true;
        }

        if (i >= s.Length || s[i] is not ('+' or '-'))
        {
            Fail(OpeningHoursRules.InvalidTime, start, SliceVariable(start), "write a variable time as (sunrise+01:00) or (sunset-00:30)", "écrire une heure variable comme (sunrise+01:00) ou (sunset-00:30)");
            return false;
        }

        var sign = s[i] == '-' ? -1 : 1;
        i++;
        var offsetStart = i;
        if (CountDigits(i) != 2 || i + 4 >= s.Length || s[i + 2] != ':' || CountDigits(i + 3) != 2 || s[i + 5] != ')')
        {
            Fail(OpeningHoursRules.InvalidTime, offsetStart, SliceVariable(start), "an offset is written HH:MM inside the brackets, (sunrise+01:00)", "un décalage s'écrit HH:MM entre parenthèses, (sunrise+01:00)");
            return false;
        }

        var h = ((s[i] - '0') * 10) + (s[i + 1] - '0');
        var m = ((s[i + 3] - '0') * 10) + (s[i + 4] - '0');
        if (h > 12 || m > 59)
        {
            Fail(OpeningHoursRules.InvalidTime, offsetStart, SliceVariable(start), "an offset is at most 12:00, minutes 00 to 59", "un décalage vaut au plus 12:00, minutes de 00 à 59");
            return false;
        }

        minutes = sign * ((h * 60) + m);
        i += 6;
        if (minutes == 0)
        {
            Warn(OpeningHoursRules.ZeroOffset, start, s[start..i].ToString(), OhWords.SunText(sunEvent));
        }

        return true;
    }

    private readonly string SliceVariable(int start)
    {
        var close = s[start..].IndexOf(')');
        return close < 0 ? TokenAt(start) : s.Slice(start, close + 1).ToString();
    }

    private bool ParseTime(bool isEnd, out int minutes)
    {
        minutes = 0;
        var start = i;
        var n = CountDigits(i);
        if (n == 0)
        {
            FailUnexpected(i);
            return false;
        }

        if (n > 2)
        {
            Fail(OpeningHoursRules.InvalidTime, start, s.Slice(start, n).ToString(), "write hours and minutes as HH:MM", "écrire les heures et minutes sous la forme HH:MM");
            return false;
        }

        var hour = n == 1 ? s[i] - '0' : ((s[i] - '0') * 10) + (s[i + 1] - '0');
        i += n;
        var minute = 0;
        var tolerant = n == 1;
        if (i < s.Length && s[i] == ':')
        {
            i++;
            if (CountDigits(i) != 2)
            {
                Fail(OpeningHoursRules.InvalidTime, start, SliceToken(start), "minutes have two digits", "les minutes ont deux chiffres");
                return false;
            }

            minute = ((s[i] - '0') * 10) + (s[i + 1] - '0');
            i += 2;
        }
        else if (i < s.Length && s[i] is 'h' or 'H')
        {
            i++;
            tolerant = true;
            var m = CountDigits(i);
            if (m == 2)
            {
                minute = ((s[i] - '0') * 10) + (s[i + 1] - '0');
                i += 2;
            }
            else if (m != 0)
            {
                Fail(OpeningHoursRules.InvalidTime, start, SliceToken(start), "minutes have two digits", "les minutes ont deux chiffres");
                return false;
            }
        }
        else
        {
            var token = s[start..i].ToString();
            Fail(OpeningHoursRules.Ambiguous, start, token, "a bare number is not a time; write " + FormatTime(hour * 60), "un nombre seul n'est pas une heure ; écrire " + FormatTime(hour * 60), FormatTime(hour * 60));
            return false;
        }

        var maxHour = isEnd ? 48 : 23;
        if (hour > maxHour || minute > 59 || (isEnd && hour == maxHour && minute != 0))
        {
            Fail(OpeningHoursRules.InvalidTime, start, s[start..i].ToString(), isEnd ? "end hours are 00 to 48 and minutes 00 to 59" : "a start is 00:00 to 23:59 (write a span past midnight as 22:00-26:00, not 24:00-26:00)", isEnd ? "les heures de fin vont de 00 à 48 et les minutes de 00 à 59" : "un début va de 00:00 à 23:59 (écrire un intervalle après minuit 22:00-26:00, pas 24:00-26:00)");
            return false;
        }

        minutes = (hour * 60) + minute;
        if (tolerant)
        {
            Warn(OpeningHoursRules.TimeFormat, start, s[start..i].ToString(), FormatTime(minutes));
        }

        return true;
    }

    internal static string FormatTime(int minutes) =>
        string.Create(5, minutes, static (span, m) =>
        {
            var h = m / 60;
            var mm = m % 60;
            span[0] = (char)('0' + (h / 10));
            span[1] = (char)('0' + (h % 10));
            span[2] = ':';
            span[3] = (char)('0' + (mm / 10));
            span[4] = (char)('0' + (mm % 10));
        });

    private readonly bool IsTimeAt(int p)
    {
        var n = CountDigits(p);
        if (n is not (1 or 2) || p + n >= s.Length)
        {
            return false;
        }

        // "Feb 12: 10:00-12:00": a colon followed by a space ends a date, it does not start minutes.
        return s[p + n] == ':' ? p + n + 1 < s.Length && char.IsAsciiDigit(s[p + n + 1]) : s[p + n] is 'h' or 'H';
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>The first position from <paramref name="p"/> that is not a space.</summary>
    private readonly int SpacesFrom(int p)
    {
        while (p < s.Length && s[p] == ' ')
        {
            p++;
        }

        return p;
    }

    private readonly bool DashAt(int p, out int after)
    {
        after = p + 1;
        return p < s.Length && s[p] is '-' or '\u2013' or '\u2014';
    }

    private void ConsumeDash(int p)
    {
        if (s[p] != '-')
        {
            Warn(OpeningHoursRules.Dash, p, s[p].ToString(), "-");
        }
    }

    private readonly WordKind PeekWord(out int end, out int value, out bool canonical) => PeekWordAt(i, out end, out value, out canonical);

    private readonly WordKind PeekWordAt(int p, out int end, out int value, out bool canonical)
    {
        end = p;
        while (end < s.Length && char.IsLetter(s[end]))
        {
            end++;
        }

        if (end == p)
        {
            value = 0;
            canonical = false;
            return WordKind.None;
        }

        return OhWords.Classify(s[p..end], out value, out canonical);
    }

    private readonly bool Matches(string token) => s[i..].StartsWith(token, StringComparison.Ordinal);

    private readonly int CountDigits(int p)
    {
        var n = 0;
        while (p + n < s.Length && char.IsAsciiDigit(s[p + n]))
        {
            n++;
        }

        return n;
    }

    private void SkipSpaces()
    {
        while (i < s.Length && (s[i] == ' ' || s[i] == '\u00A0' || s[i] == '\t'))
        {
            i++;
        }
    }

    private readonly string TokenAt(int p)
    {
        if (p >= s.Length)
        {
            return string.Empty;
        }

        var end = p;
        while (end < s.Length && char.IsLetterOrDigit(s[end]))
        {
            end++;
        }

        return end == p ? s[p].ToString() : s[p..end].ToString();
    }

    private readonly string SliceToken(int start)
    {
        var end = start;
        while (end < s.Length && (char.IsLetterOrDigit(s[end]) || s[end] == ':'))
        {
            end++;
        }

        return s[start..end].ToString();
    }

    private void Warn(RuleDefinition rule, int position, string token, string replacement)
    {
        warnings ??= [];
        warnings.Add(new PendingWarning(rule, token, position + 1, replacement));
    }

    private OhRule? Fail(RuleDefinition rule, int position, string token, string detailEn, string detailFr, string? suggestion = null)
    {
        error ??= rule.Issue(
            string.IsNullOrEmpty(token) ? text : token,
            suggestion: suggestion,
            location: new IssueLocation(column: Math.Min(position, Math.Max(s.Length - 1, 0)) + 1),
            extra: [Math.Min(position, Math.Max(s.Length - 1, 0)) + 1, detailEn, detailFr]);
        return null;
    }

    private readonly record struct PendingWarning(RuleDefinition Rule, string Token, int Position, string Replacement);
}

using System.Text;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Hours;

/// <summary>
/// Turns timetables written as free text, one cell per weekday (as in spreadsheets: "9h-12h / 14h-17h30",
/// "9h00 - 12h00", "fermé", "sur rendez-vous"), into an <see cref="OpeningHours"/> value.
/// </summary>
/// <remarks>
/// Days with the same hours are grouped (<c>Mo-Fr 09:00-12:00</c>). Empty cells and "fermé" / "closed" leave the day
/// closed; text without times becomes a comment with an unknown state (<c>Sa unknown "sur rendez-vous"</c>) and an
/// <c>opening-hours.free-text-comment</c> info; cells whose times cannot be read are left out with an
/// <c>opening-hours.free-text-cell</c> warning. This type is thread-safe.
/// </remarks>
public static class OpeningHoursText
{
    private static readonly string[] DayNamesEn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] DayNamesFr = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    /// <summary>Builds opening hours from one free-text cell per weekday.</summary>
    /// <param name="days">The cells by day; missing days are closed.</param>
    /// <param name="settings">The evaluation settings of the result; <see langword="null"/> means <see cref="OpeningHoursSettings.Default"/>.</param>
    /// <returns>The value with warnings about cells that were left out or kept as comments, or an
    /// <c>opening-hours.empty</c> error when no cell could be used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is <see langword="null"/>.</exception>
    public static ParseResult<OpeningHours> FromFreeText(IReadOnlyDictionary<IsoDayOfWeek, string?> days, OpeningHoursSettings? settings = null)
    {
        Preconditions.CheckNotNull(days);
        var bodies = new string?[7];
        var issues = new List<ValidationIssue>();
        var anyCell = false;
        foreach (var (day, cell) in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday || string.IsNullOrWhiteSpace(cell))
            {
                continue;
            }

            var index = (int)day - 1;
            var location = new IssueLocation(field: OhWords.DayNames[index]);
            switch (ReadCell(cell.Trim(), out var body))
            {
                case CellKind.Closed:
                    anyCell = true;
                    break;
                case CellKind.Times:
                    anyCell = true;
                    bodies[index] = body;
                    break;
                case CellKind.Comment:
                    anyCell = true;
                    bodies[index] = body;
                    issues.Add(OpeningHoursRules.FreeTextComment.Issue(cell, location: location, extra: [0, DayNamesEn[index], DayNamesFr[index]]));
                    break;
                default:
                    issues.Add(OpeningHoursRules.FreeTextCell.Issue(cell, location: location, extra: [0, DayNamesEn[index], DayNamesFr[index]]));
                    break;
            }
        }

        if (!anyCell)
        {
            return ParseResult<OpeningHours>.ForError(issues.Count > 0
                ? OpeningHoursRules.Empty.Issue(string.Join(" | ", days.Values), location: new IssueLocation(column: 1))
                : OpeningHoursRules.Empty.Issue(string.Empty, location: new IssueLocation(column: 1)));
        }

        var text = Group(bodies);
        var parsed = OpeningHours.Parse(text, settings);
        if (!parsed.Success)
        {
            return parsed;
        }

        issues.AddRange(parsed.Warnings);
        return ParseResult<OpeningHours>.ForValue(parsed.Value, issues);
    }

    /// <summary>Groups days with the same body: <c>Mo-Fr 09:00-12:00; Sa 10:00-12:00</c>; <c>off</c> when every day is closed.</summary>
    private static string Group(string?[] bodies)
    {
        var builder = new StringBuilder();
        var done = new bool[7];
        for (var d = 0; d < 7; d++)
        {
            if (done[d] || bodies[d] is null)
            {
                continue;
            }

            byte mask = 0;
            for (var e = d; e < 7; e++)
            {
                if (bodies[e] == bodies[d])
                {
                    mask |= (byte)(1 << e);
                    done[e] = true;
                }
            }

            if (builder.Length > 0)
            {
                builder.Append("; ");
            }

            OpeningHoursFormatter.AppendDays(builder, mask);
            builder.Append(' ').Append(bodies[d]);
        }

        return builder.Length == 0 ? "off" : builder.ToString();
    }

    private enum CellKind
    {
        Unreadable,
        Closed,
        Times,
        Comment,
    }

    private static CellKind ReadCell(string cell, out string body)
    {
        body = string.Empty;
        var normal = Normalise(cell);
        if (normal is "ferme" or "fermee" or "closed" or "off" or "-" or "x" or "non" or "aucun")
        {
            return CellKind.Closed;
        }

        var spans = new List<(int Start, int End)>(2);
        var leftover = new StringBuilder();
        var p = 0;
        var s = cell.AsSpan();
        while (p < s.Length)
        {
            if (char.IsAsciiDigit(s[p]))
            {
                if (!ReadTime(s, ref p, out var start))
                {
                    return CellKind.Unreadable;
                }

                SkipSpaces(s, ref p);
                if (!ReadRangeSeparator(s, ref p))
                {
                    return CellKind.Unreadable;
                }

                SkipSpaces(s, ref p);
                if (!ReadTime(s, ref p, out var end))
                {
                    return CellKind.Unreadable;
                }

                if (end <= start)
                {
                    end += 1440;
                }

                if (end - start > 1440)
                {
                    return CellKind.Unreadable;
                }

                spans.Add((start, end));
                continue;
            }

            leftover.Append(s[p]);
            p++;
        }

        var comment = CleanComment(leftover.ToString());
        if (spans.Count == 0)
        {
            if (comment.Length == 0)
            {
                return CellKind.Unreadable;
            }

            body = "unknown \"" + comment + "\"";
            return CellKind.Comment;
        }

        var builder = new StringBuilder();
        foreach (var (start, end) in spans.OrderBy(x => x.Start))
        {
            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            builder.Append(OpeningHoursParser.FormatTime(start)).Append('-').Append(OpeningHoursParser.FormatTime(end > 1440 ? end - 1440 : end));
        }

        if (comment.Length > 0)
        {
            builder.Append(" \"").Append(comment).Append('"');
        }

        body = builder.ToString();
        return CellKind.Times;
    }

    /// <summary>Reads <c>9</c>, <c>9h</c>, <c>9h30</c>, <c>09:30</c>, <c>9.30</c>; false when it is not a time.</summary>
    private static bool ReadTime(ReadOnlySpan<char> s, ref int p, out int minutes)
    {
        minutes = 0;
        var hour = 0;
        var n = 0;
        while (p < s.Length && char.IsAsciiDigit(s[p]) && n < 3)
        {
            hour = (hour * 10) + (s[p] - '0');
            p++;
            n++;
        }

        if (n is 0 or > 2)
        {
            return false;
        }

        var minute = 0;
        if (p < s.Length && s[p] is 'h' or 'H' or ':' or '.')
        {
            p++;
            if (p + 1 < s.Length && char.IsAsciiDigit(s[p]) && char.IsAsciiDigit(s[p + 1]))
            {
                minute = ((s[p] - '0') * 10) + (s[p + 1] - '0');
                p += 2;
            }
            else if (p < s.Length && char.IsAsciiDigit(s[p]))
            {
                return false;
            }
        }

        if (hour > 24 || minute > 59 || (hour == 24 && minute > 0))
        {
            return false;
        }

        minutes = (hour * 60) + minute;
        return true;
    }

    private static bool ReadRangeSeparator(ReadOnlySpan<char> s, ref int p)
    {
        if (p < s.Length && s[p] is '-' or '\u2013' or '\u2014')
        {
            p++;
            return true;
        }

        if (p < s.Length && s[p] is 'à' or 'a' or 'A')
        {
            p++;
            return true;
        }

        return false;
    }

    private static void SkipSpaces(ReadOnlySpan<char> s, ref int p)
    {
        while (p < s.Length && char.IsWhiteSpace(s[p]))
        {
            p++;
        }
    }

    private static string CleanComment(string text)
    {
        var trimmed = text.Trim(' ', '/', ',', ';', '+', '&', '.', '(', ')', '\t', '-', '–');
        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.All(w => Normalise(w) is "et" or "de" or "puis" or "/" or "," or "-" or "+" or "&" or "le" or "matin" or "apres-midi"))
        {
            return words.Any(w => Normalise(w) is "matin" or "apres-midi") ? string.Join(' ', words) : string.Empty;
        }

        return string.Join(' ', words).Replace('"', '\'');
    }

    private static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            builder.Append(c switch
            {
                'é' or 'è' or 'ê' => 'e',
                'à' or 'â' => 'a',
                _ => c,
            });
        }

        return builder.ToString();
    }
}

using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>Column lookups of the skills and survey readers over a header (CSV header or the member names of JSON
/// objects): a missing column is a <c>file.header.missing</c> error at row 1 whose suggestion names the expected
/// column when a header cell is close to it (then located at that cell).</summary>
internal static class HeaderColumns
{
    internal static string[] Names(CsvHeader header)
    {
        var names = new string[header.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = header.Cell(i);
        }

        return names;
    }

    /// <summary>The index of <paramref name="column"/> (case-insensitive, first occurrence), or -1 after reporting it
    /// missing. The "did you mean" is located at the closest header cell; its suggestion is the expected name (rename
    /// the cell) for a fixed layout, or, with <paramref name="suggestExisting"/> (a column named by the caller, such as a
    /// survey's weight column), the name of that existing cell (name it instead).</summary>
    internal static int Require(IReadOnlyList<string> names, string column, string? source, IIssueSink issues, bool suggestExisting = false)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        var closest = ClosestMatch.Find(column, names);
        var at = closest is null ? -1 : IndexOf(names, closest);
        issues.Add(FileRules.HeaderMissing.Issue(
            column,
            suggestion: closest is null ? null : suggestExisting ? closest : column,
            location: new IssueLocation(source, 1, at >= 0 ? at + 1 : null, at >= 0 ? names[at] : null)));
        return -1;
    }

    /// <summary>The indexes of every column of <paramref name="required"/>, or null when one is missing (each reported).</summary>
    internal static int[]? Require(IReadOnlyList<string> names, string[] required, string? source, IIssueSink issues)
    {
        var indexes = required.Select(c => Require(names, c, source, issues)).ToArray();
        return indexes.All(i => i >= 0) ? indexes : null;
    }

    /// <summary>True when a column name appears twice (case-insensitive); <c>CsvHeader.ForEachRow</c> has reported it.</summary>
    internal static bool HasDuplicates(IReadOnlyList<string> names) =>
        names.Where(n => n.Length > 0).GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1);

    /// <summary>The row is ragged (<c>file.row.ragged</c> reported): it must be skipped.</summary>
    internal static bool IsRagged(int cells, int width, long row, string? source, IIssueSink issues)
    {
        if (cells == width)
        {
            return false;
        }

        issues.Add(FileRules.RowRagged.Issue(null, location: new IssueLocation(source, row, null, null), extra: [cells, width]));
        return true;
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }
}

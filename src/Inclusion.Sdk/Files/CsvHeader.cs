using Inclusion.Sdk.Utility;
using Inclusion.Sdk.Reporting;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Files;

/// <summary>Column lookup of a CSV header (case-insensitive, BOM and spaces trimmed) with located "missing column"
/// issues that suggest the closest header name.</summary>
internal sealed class CsvHeader
{
    private readonly string[] names;

    private CsvHeader(string[] names) => this.names = names;

    internal string Text => string.Join(',', names);

    internal string Cell(int index) => names[index];

    internal static CsvHeader From(SepReader.Row row)
    {
        var names = new string[row.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = row[i].Span.Trim().Trim('\uFEFF').Trim().ToString();
        }

        return new CsvHeader(names);
    }

    internal int IndexOf(string column)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(names[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Indexes of <paramref name="required"/>; reports each missing one and returns null if any is missing.</summary>
    internal int[]? Require(string[] required, RuleDefinition missingRule, string? source, ValidationReportBuilder report)
    {
        var indexes = new int[required.Length];
        var ok = true;
        for (var k = 0; k < required.Length; k++)
        {
            indexes[k] = IndexOf(required[k]);
            if (indexes[k] >= 0)
            {
                continue;
            }

            ok = false;
            var closest = ClosestMatch.Find(required[k], names);
            var at = closest is null ? -1 : Array.IndexOf(names, closest);
            report.Add(missingRule.Issue(
                Text,
                suggestion: closest is null ? null : required[k],
                location: new IssueLocation(source, 1, at >= 0 ? at + 1 : null, at >= 0 ? names[at] : null),
                extra: [required[k]]));
        }

        return ok ? indexes : null;
    }

    internal static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.IsWhiteSpace();

    internal static string Cell(SepReader.Row row, int index) =>
        index >= 0 && index < row.ColCount ? row[index].Span.Trim().ToString() : string.Empty;


    /// <summary>
    /// Reads a CSV file with a header: blank rows are skipped; the first other row is the header, given to
    /// <paramref name="onHeader"/> (which returns false to stop, for example when a required column is missing); every
    /// later row goes to <paramref name="onRow"/> with its 1-based number (the header counting as a row). A reader
    /// failure becomes an <paramref name="unreadable"/> issue at the row reached, the rows before it kept; a file
    /// without a header gets a <paramref name="fileEmpty"/> issue.
    /// </summary>
    internal static void ForEachRow(
        TextReader text,
        string? source,
        ValidationReportBuilder report,
        RuleDefinition unreadable,
        RuleDefinition fileEmpty,
        Func<CsvHeader, SepReader.Row, bool> onHeader,
        RowHandler onRow)
    {
        var headerSeen = false;
        long rowNumber = 0;
        try
        {
            using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
            foreach (var row in reader)
            {
                rowNumber = row.RowIndex + 1;
                if (IsBlank(row))
                {
                    continue;
                }

                if (!headerSeen)
                {
                    headerSeen = true;
                    if (!onHeader(From(row), row))
                    {
                        return;
                    }

                    continue;
                }

                onRow(row, rowNumber);
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException)
        {
            report.Add(unreadable.Issue(e.Message, location: new IssueLocation(source, Math.Max(rowNumber, 1), null, null)));
        }

        if (!headerSeen)
        {
            report.Add(fileEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
        }
    }

    /// <summary>
    /// The one headed-row CSV loop of the SDK. Opens <paramref name="input"/> with <see cref="TextInput"/> (empty, binary,
    /// encoding and separator detection, each input read once), then: blank rows are skipped; the first other row is the
    /// header (a repeated column name is a <c>file.header.duplicate</c> error, the first occurrence is read), given to
    /// <paramref name="onHeader"/>, which returns false to stop (for example when a required column is missing); every
    /// later row goes to <paramref name="onRow"/> with its 1-based number (the header counting as row 1). A row holding
    /// bytes that were not UTF-8 gets <c>file.encoding.invalid-utf8</c>; a quote never closed (it swallows the rest of
    /// the file) gets <c>file.csv.unclosed-quote</c> at the row where it opens; a reader failure becomes
    /// <c>file.unreadable</c> at the row reached, the rows before it kept; a header with no row, <c>file.no-rows</c>.
    /// </summary>
    /// <returns>The opened input's description, or <see langword="null"/> when the input is not a readable text table
    /// (the reason is reported) or is JSON (<paramref name="json"/> is then called with the text instead).</returns>
    internal static TextInput? ForEachRow(
        Stream input,
        string? source,
        IIssueSink issues,
        Func<CsvHeader, bool> onHeader,
        RowHandler onRow,
        Action<TextReader>? json = null)
    {
        var opened = TextInput.Open(input, source, issues);
        if (opened is null)
        {
            return null;
        }

        if (opened.IsJson)
        {
            if (json is null)
            {
                issues.Add(FileRules.Unreadable.Issue("a JSON document was given where a CSV table is expected", location: new IssueLocation(source, 1, null, null)));
                return null;
            }

            json(opened.Reader);
            return opened;
        }

        var headerSeen = false;
        var anyRow = false;
        long rowNumber = 0;
        try
        {
            using var reader = Sep.Reader(o => o with { Sep = new Sep(opened.Separator), HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(opened.Reader);
            foreach (var row in reader)
            {
                rowNumber = row.RowIndex + 1;
                if (IsBlank(row))
                {
                    continue;
                }

                var raw = row.Span;
                if (raw.Count('"') % 2 == 1)
                {
                    issues.Add(FileRules.UnclosedQuote.Issue(raw[..Math.Min(raw.Length, 40)].ToString(), location: new IssueLocation(source, rowNumber, null, null)));
                    break;
                }

                if (opened.IsUtf8 && raw.Contains('\uFFFD'))
                {
                    issues.Add(FileRules.InvalidUtf8.Issue(null, location: new IssueLocation(source, rowNumber, null, null)));
                }

                if (!headerSeen)
                {
                    headerSeen = true;
                    var header = From(row);
                    header.ReportDuplicates(source, issues);
                    if (!onHeader(header))
                    {
                        return opened;
                    }

                    continue;
                }

                anyRow = true;
                onRow(row, rowNumber);
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException or IOException or System.Text.DecoderFallbackException)
        {
            issues.Add(FileRules.Unreadable.Issue(e.Message, location: new IssueLocation(source, Math.Max(rowNumber, 1), null, null)));
        }

        if (!headerSeen)
        {
            issues.Add(FileRules.Empty.Issue(null, location: new IssueLocation(source, null, null, null)));
        }
        else if (!anyRow)
        {
            issues.Add(FileRules.NoRows.Issue(null, location: new IssueLocation(source, null, null, null)));
        }

        return opened;
    }

    /// <summary>
    /// The rows of an opened CSV input, pulled one at a time (for readers that yield their records lazily): every row,
    /// blank ones included (a single empty or blank cell), as its 1-based number and its unescaped cells. The same faults
    /// as <see cref="ForEachRow(Stream, string?, IIssueSink, Func{CsvHeader, bool}, RowHandler, Action{TextReader}?)"/>
    /// are reported: a quote never closed (<c>file.csv.unclosed-quote</c>, the reading stops), bytes that were not UTF-8
    /// (<c>file.encoding.invalid-utf8</c>), a reader failure (<c>file.unreadable</c>, the rows before it kept).
    /// </summary>
    internal static IEnumerable<CsvRow> Rows(TextInput opened, string? source, IIssueSink issues)
    {
        using var reader = Sep.Reader(o => o with { Sep = new Sep(opened.Separator), HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(opened.Reader);
        long rowNumber = 0;
        while (true)
        {
            var row = Next(reader, opened, source, issues, ref rowNumber);
            if (row is null)
            {
                yield break;
            }

            yield return row.Value;
        }
    }

    private static CsvRow? Next(SepReader reader, TextInput opened, string? source, IIssueSink issues, ref long rowNumber)
    {
        try
        {
            if (!reader.MoveNext())
            {
                return null;
            }

            var row = reader.Current;
            rowNumber = row.RowIndex + 1;
            var raw = row.Span;
            if (raw.Count('"') % 2 == 1)
            {
                issues.Add(FileRules.UnclosedQuote.Issue(raw[..Math.Min(raw.Length, 40)].ToString(), location: new IssueLocation(source, rowNumber, null, null)));
                return null;
            }

            if (opened.IsUtf8 && raw.Contains('\uFFFD'))
            {
                issues.Add(FileRules.InvalidUtf8.Issue(null, location: new IssueLocation(source, rowNumber, null, null)));
            }

            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].ToString();
            }

            return new CsvRow(rowNumber, cells);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException or IOException or System.Text.DecoderFallbackException)
        {
            issues.Add(FileRules.Unreadable.Issue(e.Message, location: new IssueLocation(source, Math.Max(rowNumber + 1, 1), null, null)));
            return null;
        }
    }

    /// <summary>One row of <see cref="Rows"/>: its 1-based number and its unescaped cells.</summary>
    internal readonly record struct CsvRow(long Number, string[] Cells)
    {
        /// <summary>Whether the row is blank (one empty or white-space cell).</summary>
        internal bool IsBlank => Cells.Length == 1 && string.IsNullOrWhiteSpace(Cells[0]);
    }

    /// <summary>Reports every column name met a second time (the first occurrence is the one read).</summary>
    internal void ReportDuplicates(string? source, IIssueSink issues)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i].Length > 0 && !seen.Add(names[i]))
            {
                issues.Add(FileRules.HeaderDuplicate.Issue(names[i], location: new IssueLocation(source, 1, i + 1, names[i])));
            }
        }
    }

    /// <summary>Receives one data row of <c>ForEachRow</c> (a ref struct, so not a <c>Func</c>).</summary>
    internal delegate void RowHandler(SepReader.Row row, long rowNumber);
}

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

    internal int Count => names.Length;

    internal string Cell(int index) => names[index];

    /// <summary>The number of columns of the header.</summary>

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

    /// <summary>Indexes of <paramref name="required"/>; reports each missing one as <c>file.header.missing</c> (with the
    /// closest header name as the place to look) and returns null if any is missing.</summary>
    internal int[]? Require(string[] required, string? source, IIssueSink issues)
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
            issues.Add(FileRules.HeaderMissing.Issue(
                required[k],
                suggestion: closest is null ? null : required[k],
                location: new IssueLocation(source, 1, at >= 0 ? at + 1 : null, at >= 0 ? names[at] : null)));
        }

        return ok ? indexes : null;
    }

    internal static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row[0].Span.IsWhiteSpace();

    internal static string Cell(SepReader.Row row, int index) =>
        index >= 0 && index < row.ColCount ? row[index].Span.Trim().ToString() : string.Empty;


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
                NotCsv(source, issues);
                return null;
            }

            json(opened.Reader);
            return opened;
        }

        foreach (var _ in Table<object>(opened, source, issues, onHeader, (row, n) =>
        {
            onRow(row, n);
            return null;
        }))
        {
        }

        return opened;
    }

    /// <summary>
    /// The lazy form of <see cref="ForEachRow"/> (the same loop, same issues) for streamed tables: each data row goes to
    /// <paramref name="onRow"/>, whose non-null results are yielded as the sequence is enumerated, so memory does not grow
    /// with the file. A JSON input is given to <paramref name="json"/> (or reported as not a table when it is null).
    /// </summary>
    internal static IEnumerable<T> Rows<T>(
        Stream input,
        string? source,
        IIssueSink issues,
        Func<CsvHeader, bool> onHeader,
        RowMapper<T?> onRow,
        Func<TextReader, IEnumerable<T>>? json = null)
        where T : class
    {
        var opened = TextInput.Open(input, source, issues);
        if (opened is null)
        {
            yield break;
        }

        if (opened.IsJson)
        {
            if (json is null)
            {
                NotCsv(source, issues);
                yield break;
            }

            foreach (var item in json(opened.Reader))
            {
                yield return item;
            }

            yield break;
        }

        foreach (var item in Table(opened, source, issues, onHeader, onRow))
        {
            yield return item;
        }
    }

    private static void NotCsv(string? source, IIssueSink issues) =>
        issues.Add(FileRules.Unreadable.Issue("a JSON document was given where a CSV table is expected", location: new IssueLocation(source, 1, null, null)));

    private static bool IsReadError(Exception e) =>
        e is InvalidDataException or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException or IOException or System.Text.DecoderFallbackException;

    /// <summary>The loop itself: one row parsed at a time, the result of <paramref name="onRow"/> yielded between rows.</summary>
    private static IEnumerable<T> Table<T>(TextInput opened, string? source, IIssueSink issues, Func<CsvHeader, bool> onHeader, RowMapper<T?> onRow)
        where T : class
    {
        var headerSeen = false;
        var anyRow = false;
        var stopped = false;
        long rowNumber = 0;
        SepReader reader;
        try
        {
            reader = Sep.Reader(o => o with { Sep = new Sep(opened.Separator), HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(opened.Reader);
        }
        catch (Exception e) when (IsReadError(e))
        {
            issues.Add(FileRules.Unreadable.Issue(e.Message, location: new IssueLocation(source, 1, null, null)));
            yield break;
        }

        using (reader)
        {
            var rows = reader.GetEnumerator();
            while (true)
            {
                T? item = null;
                try
                {
                    if (!rows.MoveNext())
                    {
                        break;
                    }

                    var row = rows.Current;
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
                            stopped = true;
                            break;
                        }

                        continue;
                    }

                    anyRow = true;
                    item = onRow(row, rowNumber);
                }
                catch (Exception e) when (IsReadError(e))
                {
                    issues.Add(FileRules.Unreadable.Issue(e.Message, location: new IssueLocation(source, Math.Max(rowNumber, 1), null, null)));
                    break;
                }

                if (item is not null)
                {
                    yield return item;
                }
            }
        }

        if (!headerSeen)
        {
            issues.Add(FileRules.Empty.Issue(null, location: new IssueLocation(source, null, null, null)));
        }
        else if (!anyRow && !stopped)
        {
            issues.Add(FileRules.NoRows.Issue(null, location: new IssueLocation(source, null, null, null)));
        }
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

    /// <summary>Maps one data row of <c>Rows</c> to an item, or null for none.</summary>
    internal delegate T RowMapper<T>(SepReader.Row row, long rowNumber);
}

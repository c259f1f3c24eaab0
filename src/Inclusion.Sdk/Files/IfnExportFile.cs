using System.Globalization;
using System.Text;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads the published IFN v3 export layout and recomputes its totals (total = unweighted mean of the five criteria,
/// indicators.md §1.5). 0.0 is the "no data" sentinel of the export and is read as missing, never as a score; empty
/// rows (for example Marseille 13055, scored by arrondissement) are missing too.
/// </summary>
public static class IfnExportFile
{
    /// <summary>The published header.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["name", "division", "code", "no_thd_coverage_rate", "no_4g_coverage_rate", "poverty_rate", "older_65_rate", "nscol15p_rate", "total"];

    /// <summary>Whether the first line of <paramref name="start"/> (the first bytes of a file) is the header of a
    /// published IFN export (it names the <c>division</c> and <c>total</c> columns) rather than a raw indicator table.</summary>
    /// <param name="start">The first bytes of the file (a few hundred are enough).</param>
    /// <returns>True for an IFN export header.</returns>
    public static bool IsExport(ReadOnlySpan<byte> start)
    {
        var line = start.StartsWith("\uFEFF"u8) ? start[3..] : start;
        var end = line.IndexOfAny((byte)'\r', (byte)'\n');
        var text = Encoding.Latin1.GetString(end >= 0 ? line[..end] : line).TrimStart();
        return !text.StartsWith('[') && !text.StartsWith('{')
            && text.Contains("division", StringComparison.OrdinalIgnoreCase) && text.Contains("total", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads every row; scores outside 1–10 and totals that differ from the mean become located issues.</summary>
    /// <param name="input">The bytes of the CSV file (UTF-8 expected); read once, not closed.</param>
    /// <param name="options">The source name and issue cap; <see langword="null"/> for the defaults.</param>
    /// <returns>The rows in file order (no value when the file is unusable: empty, not CSV, a required column
    /// missing, reported as <c>file.*</c>) and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static LoadResult<IReadOnlyList<IfnExportRow>> Load(Stream input, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        options ??= ReadOptions.Default;
        var source = options.Source;
        var report = options.NewReport();
        var rows = new List<IfnExportRow>();
        int[]? c = null;
        var opened = CsvHeader.ForEachRow(
            input,
            source,
            report,
            header => (c = header.Require([.. Columns], source, report)) is not null,
            (row, rowNumber) =>
            {
                var raw = new double?[6];
                var allZero = true;
                var allEmpty = true;
                for (var k = 0; k < 6; k++)
                {
                    var cell = CsvHeader.Cell(row, c![3 + k]);
                    raw[k] = IndicatorTableFile.Number(cell, IndicatorRules.Value, new IssueLocation(source, rowNumber, c[3 + k] + 1, Columns[3 + k]), report);
                    allEmpty &= cell.Length == 0;
                    allZero &= k == 5 || raw[k] == 0;
                }

                var location = new IssueLocation(source, rowNumber, null, null);
                if (allEmpty)
                {
                    report.Add(IndicatorRules.EmptyRow.Issue(null, location: location));
                }
                else if (allZero)
                {
                    report.Add(IndicatorRules.NoData.Issue(null, location: location));
                }

                var scores = new double?[5];
                for (var k = 0; k < 5; k++)
                {
                    scores[k] = Score(raw[k], rowNumber, c![3 + k], Columns[3 + k], source, report, allZero);
                }

                var total = Score(raw[5], rowNumber, c![8], "total", source, report, allZero);
                var result = new IfnExportRow(CsvHeader.Cell(row, c[0]), CsvHeader.Cell(row, c[1]), CsvHeader.Cell(row, c[2]), scores, total, allZero && !allEmpty);
                if (!result.TotalMatches && total is not null && result.RecomputedTotal is { } recomputed)
                {
                    report.Add(IndicatorRules.TotalMismatch.Issue(total.Value.ToString("R", CultureInfo.InvariantCulture),
                        location: new IssueLocation(source, rowNumber, c[8] + 1, "total"),
                        extra: [recomputed.ToString("R", CultureInfo.InvariantCulture)]));
                }

                rows.Add(result);
            });
        var built = report.Build(source);
        return opened is null || c is null ? LoadResult<IReadOnlyList<IfnExportRow>>.None(built) : LoadResult<IReadOnlyList<IfnExportRow>>.Of(rows, built);
    }

    /// <summary>Reads the export at <paramref name="path"/> (see <see cref="Load(Stream, ReadOptions?)"/>).</summary>
    /// <param name="path">The path; its file name is the source of issue locations unless <paramref name="options"/> sets one.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The rows and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened for reading.</exception>
    public static LoadResult<IReadOnlyList<IfnExportRow>> Load(string path, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, ReadOptions.ForPath(options, path));
    }

    private static double? Score(double? value, long row, int column, string field, string? source, ValidationReportBuilder report, bool sentinel)
    {
        if (value is not { } v || (v == 0 && sentinel))
        {
            return null;
        }

        if (v is >= 1 and <= 10)
        {
            return v;
        }

        // A lone 0.0 is also "no data" (below the scale); anything else outside 1–10 is an error.
        if (v != 0)
        {
            report.Add(IndicatorRules.OutOfRange.Issue(v.ToString("R", CultureInfo.InvariantCulture), location: new IssueLocation(source, row, column + 1, field)));
        }

        return null;
    }
}

using Inclusion.Sdk.Files;
using System.Globalization;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Indicators;

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

    /// <summary>Reads every row; scores outside 1–10 and totals that differ from the mean become located issues.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file name for issue locations, or null.</param>
    /// <param name="report">Receives the issues.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="report"/> is null.</exception>
    public static IReadOnlyList<IfnExportRow> Read(TextReader text, string? source, ValidationReportBuilder report)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(report);
        var rows = new List<IfnExportRow>();
        int[]? c = null;
        long rowNumber = 0;
        try
        {
            using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
            foreach (var row in reader)
            {
                rowNumber = row.RowIndex + 1;
                if (CsvHeader.IsBlank(row))
                {
                    continue;
                }

                if (c is null)
                {
                    c = CsvHeader.From(row).Require([.. Columns], IndicatorRules.MissingColumn, source, report);
                    if (c is null)
                    {
                        return rows;
                    }

                    continue;
                }

                var raw = new double?[6];
                var allZero = true;
                var allEmpty = true;
                for (var k = 0; k < 6; k++)
                {
                    var cell = CsvHeader.Cell(row, c[3 + k]);
                    raw[k] = IndicatorTableFile.Number(cell, IndicatorRules.Value, rowNumber, c[3 + k], Columns[3 + k], source, report);
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
                    scores[k] = Score(raw[k], rowNumber, c[3 + k], Columns[3 + k], source, report, allZero);
                }

                var total = Score(raw[5], rowNumber, c[8], "total", source, report, allZero);
                var result = new IfnExportRow(CsvHeader.Cell(row, c[0]), CsvHeader.Cell(row, c[1]), CsvHeader.Cell(row, c[2]), scores, total, allZero && !allEmpty);
                if (!result.TotalMatches && total is not null && result.RecomputedTotal is { } recomputed)
                {
                    report.Add(IndicatorRules.TotalMismatch.Issue(total.Value.ToString("R", CultureInfo.InvariantCulture),
                        location: new IssueLocation(source, rowNumber, c[8] + 1, "total"),
                        extra: [recomputed.ToString("R", CultureInfo.InvariantCulture)]));
                }

                rows.Add(result);
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException)
        {
            report.Add(IndicatorRules.Unreadable.Issue(e.Message, location: new IssueLocation(source, Math.Max(rowNumber, 1), null, null)));
        }

        if (c is null && rowNumber == 0)
        {
            report.Add(IndicatorRules.FileEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
        }

        return rows;
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

using System.Globalization;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;
using NodaTime.Text;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// Reads measurements from CSV: a header with the columns <c>indicator</c>, <c>date</c> (yyyy-MM-dd), <c>value</c>
/// (dot as decimal separator) and optionally <c>source</c>, in any order; the separator (comma or semicolon) is detected.
/// </summary>
/// <remarks>Bad rows become located issues (<c>measurement.*</c>) and valid rows are kept. Never throws on bad input.
/// This class is stateless and thread-safe.</remarks>
public static class MeasurementCsv
{
    private static readonly string[] Required = ["indicator", "date", "value"];

    /// <summary>Reads measurements.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file name, used in locations, or <see langword="null"/>.</param>
    /// <returns>The measurements and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static MeasurementLoadResult Read(TextReader text, string? source)
    {
        Preconditions.CheckNotNull(text);
        var report = new ValidationReportBuilder(maxStoredIssuesPerRule: 100);
        var measurements = new List<Measurement>();
        long rowNumber = 0;
        try
        {
            using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
            int[]? columns = null;
            foreach (var row in reader)
            {
                rowNumber = row.RowIndex + 1;
                if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
                {
                    continue;
                }

                if (columns is null)
                {
                    columns = Header(row, source, report);
                    if (columns.Length == 0)
                    {
                        break;
                    }

                    continue;
                }

                ReadRow(row, rowNumber, columns, source, report, measurements);
            }

            if (columns is null)
            {
                report.Add(StrategyRules.MeasurementFileEmpty.Issue(null, location: new IssueLocation(source, 1, null, null)));
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException or IOException)
        {
            report.Add(StrategyRules.MeasurementFileUnreadable.Issue(e.Message, location: new IssueLocation(source, Math.Max(rowNumber, 1), null, null)));
        }

        return new MeasurementLoadResult(measurements, report.Build(source));
    }

    private static int[] Header(SepReader.Row header, string? source, ValidationReportBuilder report)
    {
        var names = new string[header.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = header[i].Span.Trim().Trim('\uFEFF').Trim().ToString().ToLowerInvariant();
        }

        var columns = new int[4];
        var ok = true;
        for (var c = 0; c < Required.Length; c++)
        {
            columns[c] = Array.IndexOf(names, Required[c]);
            if (columns[c] < 0)
            {
                ok = false;
                report.Add(StrategyRules.MeasurementMissingColumn.Issue(
                    string.Join(',', names), ClosestMatch.Find(Required[c], names), Required, new IssueLocation(source, 1, null, Required[c]), extra: [Required[c]]));
            }
        }

        columns[3] = Array.IndexOf(names, "source");
        return ok ? columns : [];
    }

    private static string Cell(SepReader.Row row, int index) =>
        index >= 0 && index < row.ColCount ? row[index].Span.Trim().ToString() : string.Empty;

    private static void ReadRow(SepReader.Row row, long rowNumber, int[] columns, string? source, ValidationReportBuilder report, List<Measurement> measurements)
    {
        IssueLocation At(int index, string field) => new(source, rowNumber, index + 1, field);

        var indicator = Cell(row, columns[0]);
        var dateText = Cell(row, columns[1]);
        var valueText = Cell(row, columns[2]);
        var ok = true;
        if (indicator.Length == 0)
        {
            report.Add(StrategyRules.MeasurementBlankIndicator.Issue(null, location: At(columns[0], "indicator")));
            ok = false;
        }

        var date = LocalDatePattern.Iso.Parse(dateText);
        if (!date.Success)
        {
            report.Add(StrategyRules.MeasurementDate.Issue(dateText, location: At(columns[1], "date")));
            ok = false;
        }

        if (!decimal.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
        {
            var suggestion = valueText.Contains(',', StringComparison.Ordinal) ? valueText.Replace(',', '.') : null;
            report.Add(StrategyRules.MeasurementValue.Issue(valueText, suggestion, location: At(columns[2], "value")));
            ok = false;
        }

        if (ok)
        {
            measurements.Add(new Measurement(indicator, date.Value, value, columns[3] >= 0 ? Cell(row, columns[3]) : null));
        }
    }
}

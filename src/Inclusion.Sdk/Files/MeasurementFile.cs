using System.Globalization;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Utility;
using NodaTime.Text;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads measurements of indicators from CSV: a header with the columns <c>indicator</c>, <c>date</c> (yyyy-MM-dd),
/// <c>value</c> (dot as decimal separator) and optionally <c>source</c>, in any order; the separator (comma, semicolon
/// or tab) and the encoding are detected.
/// </summary>
/// <remarks>
/// <para>A measurements file holds a few values per indicator and date, so it is read whole into a
/// <see cref="LoadResult{T}"/> rather than streamed. Bad rows become located issues (<c>measurement.*</c> for a cell,
/// <c>file.*</c> for the file and its header) and the valid rows are kept: the value is there even when the report
/// has errors.</para>
/// <para>Never throws for bad content. This class is stateless and thread-safe.</para>
/// </remarks>
public static class MeasurementFile
{
    private static readonly string[] Required = ["indicator", "date", "value"];

    /// <summary>Reads measurements from a stream of bytes, read once.</summary>
    /// <param name="input">The stream.</param>
    /// <param name="options">The source name and issue cap, or <see langword="null"/> for the defaults.</param>
    /// <returns>The valid measurements in file order (possibly empty), and the located report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is <see langword="null"/>.</exception>
    public static LoadResult<IReadOnlyList<Measurement>> Load(Stream input, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        options ??= ReadOptions.Default;
        var source = options.Source;
        var report = options.NewReport();
        var measurements = new List<Measurement>();
        int[]? columns = null;
        CsvHeader.ForEachRow(
            input,
            source,
            report,
            header =>
            {
                if (header.Require(Required, source, report) is not { } found)
                {
                    return false;
                }

                columns = [.. found, header.IndexOf("source")];
                return true;
            },
            (row, rowNumber) =>
            {
                IssueLocation At(int index, string field) => new(source, rowNumber, index + 1, field);

                var indicator = CsvHeader.Cell(row, columns![0]);
                var dateText = CsvHeader.Cell(row, columns[1]);
                var valueText = CsvHeader.Cell(row, columns[2]);
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
                    measurements.Add(new Measurement(indicator, date.Value, value, columns[3] >= 0 ? CsvHeader.Cell(row, columns[3]) : null));
                }
            });
        return LoadResult<IReadOnlyList<Measurement>>.Of(measurements, report.Build(source));
    }

    /// <summary>Reads a measurements file.</summary>
    /// <param name="path">The file's path; its file name is the source of locations unless <paramref name="options"/> sets one.</param>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    /// <returns>The valid measurements and the located report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is <see langword="null"/>.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static LoadResult<IReadOnlyList<Measurement>> Load(string path, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, ReadOptions.ForPath(options, path));
    }
}

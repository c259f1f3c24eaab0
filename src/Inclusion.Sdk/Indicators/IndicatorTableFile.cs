using Inclusion.Sdk.Files;
using System.Globalization;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Indicators;

/// <summary>
/// Reads an indicator table from CSV: required <c>code</c>; optional <c>name</c> (or <c>nom</c>), <c>population</c>,
/// <c>commune</c>, <c>epci</c>, <c>departement</c>; every other column is a raw indicator (decimal point, empty or
/// <c>NA</c> = missing). Raw values are taken as they are — 0.0 is a real value here (0 % non-coverage); only the
/// published IFN score files use 0.0 as "no data" (<see cref="IfnExportFile"/>).
/// </summary>
public static class IndicatorTableFile
{
    private static readonly string[] Known = ["code", "name", "nom", "population", "commune", "epci", "departement"];

    /// <summary>Reads a table; bad cells become located issues and missing values, never exceptions.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file name for issue locations, or null.</param>
    /// <param name="report">Receives the issues.</param>
    /// <returns>The table (empty when the file is unusable).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="report"/> is null.</exception>
    public static IndicatorTable Read(TextReader text, string? source, ValidationReportBuilder report)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(report);
        var rows = new List<IndicatorRow>();
        var firstRow = new Dictionary<string, long>(StringComparer.Ordinal);
        int[] indicatorColumns = [];
        string[] indicatorNames = [];
        int code = -1, name = -1, population = -1, commune = -1, epci = -1, departement = -1;
        CsvHeader.ForEachRow(
            text,
            source,
            report,
            IndicatorRules.Unreadable,
            IndicatorRules.FileEmpty,
            (header, row) =>
            {
                if (header.Require(["code"], IndicatorRules.MissingColumn, source, report) is not { } required)
                {
                    return false;
                }

                code = required[0];
                name = header.IndexOf("name") is var n and >= 0 ? n : header.IndexOf("nom");
                population = header.IndexOf("population");
                commune = header.IndexOf("commune");
                epci = header.IndexOf("epci");
                departement = header.IndexOf("departement");
                var columns = new List<int>();
                for (var i = 0; i < row.ColCount; i++)
                {
                    var columnName = CsvHeader.Cell(row, i);
                    // A repeated indicator name keeps its first column.
                    if (columnName.Length > 0 && !Known.Contains(columnName, StringComparer.OrdinalIgnoreCase)
                        && !columns.Exists(k => string.Equals(header.Cell(k), columnName, StringComparison.OrdinalIgnoreCase)))
                    {
                        columns.Add(i);
                    }
                }

                indicatorColumns = [.. columns];
                indicatorNames = new string[columns.Count];
                for (var k = 0; k < columns.Count; k++)
                {
                    indicatorNames[k] = CsvHeader.Cell(row, columns[k]);
                }

                return true;
            },
            (row, rowNumber) =>
            {
                var id = CsvHeader.Cell(row, code);
                if (id.Length == 0)
                {
                    report.Add(IndicatorRules.Code.Issue(string.Empty, location: new IssueLocation(source, rowNumber, code + 1, "code")));
                    return;
                }

                if (firstRow.TryGetValue(id, out var first))
                {
                    report.Add(IndicatorRules.Duplicate.Issue(id, location: new IssueLocation(source, rowNumber, code + 1, "code"),
                        extra: [first.ToString(CultureInfo.InvariantCulture)]));
                    return;
                }

                firstRow[id] = rowNumber;
                var values = new double?[indicatorColumns.Length];
                for (var k = 0; k < indicatorColumns.Length; k++)
                {
                    values[k] = Number(CsvHeader.Cell(row, indicatorColumns[k]), IndicatorRules.Value, rowNumber, indicatorColumns[k], indicatorNames[k], source, report);
                }

                var pop = Number(CsvHeader.Cell(row, population), IndicatorRules.Population, rowNumber, population, "population", source, report);
                if (pop < 0)
                {
                    report.Add(IndicatorRules.Population.Issue(CsvHeader.Cell(row, population), location: new IssueLocation(source, rowNumber, population + 1, "population")));
                    pop = null;
                }

                rows.Add(new IndicatorRow(id, Optional(row, name), pop, values, Optional(row, commune), Optional(row, epci), Optional(row, departement)));
            });

        return new IndicatorTable(indicatorNames, rows);
    }

    /// <summary>Reads a table from a JSON array of objects, one per territory, with the members of the CSV columns
    /// (<c>code</c>, <c>name</c> or <c>nom</c>, <c>population</c>, <c>commune</c>, <c>epci</c>, <c>departement</c>; every
    /// other member is a raw indicator, in order of first appearance). Values may be JSON numbers or strings in the CSV
    /// form; <c>null</c> is missing. Issues are located at row = 1-based index of the object + 1 and field = the member
    /// name; malformed JSON stops the reading (<c>index.unreadable</c>), the rows before are kept.</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="source">The file name for issue locations, or null.</param>
    /// <param name="report">Receives the issues.</param>
    /// <returns>The table (empty when the file is unusable).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="report"/> is null.</exception>
    public static IndicatorTable ReadJson(TextReader text, string? source, ValidationReportBuilder report)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(report);
        var objects = JsonArrayRows.Read(text, source, report, flatten: false).ToList();
        var names = new List<string>();
        foreach (var o in objects)
        {
            foreach (var path in o.Paths)
            {
                if (!path.EndsWith("#count", StringComparison.Ordinal) && !Known.Contains(path, StringComparer.OrdinalIgnoreCase)
                    && !names.Exists(k => string.Equals(k, path, StringComparison.OrdinalIgnoreCase)))
                {
                    names.Add(path);
                }
            }
        }

        var rows = new List<IndicatorRow>();
        var firstRow = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var o in objects)
        {
            var id = o.Get("code").Trim();
            if (id.Length == 0)
            {
                report.Add(IndicatorRules.Code.Issue(string.Empty, location: new IssueLocation(source, o.Row, null, "code")));
                continue;
            }

            if (firstRow.TryGetValue(id, out var first))
            {
                report.Add(IndicatorRules.Duplicate.Issue(id, location: new IssueLocation(source, o.Row, null, "code"),
                    extra: [first.ToString(CultureInfo.InvariantCulture)]));
                continue;
            }

            firstRow[id] = o.Row;
            var values = new double?[names.Count];
            for (var k = 0; k < names.Count; k++)
            {
                values[k] = Number(o.Get(names[k]).Trim(), IndicatorRules.Value, o.Row, -1, names[k], source, report);
            }

            var populationText = o.Get("population").Trim();
            var pop = Number(populationText, IndicatorRules.Population, o.Row, -1, "population", source, report);
            if (pop < 0)
            {
                report.Add(IndicatorRules.Population.Issue(populationText, location: new IssueLocation(source, o.Row, null, "population")));
                pop = null;
            }

            var name = o.Has("name") ? o.Get("name") : o.Get("nom");
            rows.Add(new IndicatorRow(id, Blank(name), pop, values, Blank(o.Get("commune")), Blank(o.Get("epci")), Blank(o.Get("departement"))));
        }

        return new IndicatorTable([.. names], rows);
    }

    private static string? Blank(string text) => text.Trim() is { Length: > 0 } s ? s : null;

    private static string? Optional(SepReader.Row row, int index) => CsvHeader.Cell(row, index) is { Length: > 0 } s ? s : null;

    internal static double? Number(string text, RuleDefinition rule, long row, int column, string field, string? source, ValidationReportBuilder report)
    {
        if (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase) || text.Equals("NaN", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
        {
            return v;
        }

        report.Add(rule.Issue(text, location: new IssueLocation(source, row, column >= 0 ? column + 1 : null, field)));
        return null;
    }
}

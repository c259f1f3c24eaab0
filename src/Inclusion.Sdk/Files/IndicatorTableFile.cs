using System.Globalization;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads an indicator table, CSV or a JSON array of objects (chosen by content): required <c>code</c>; optional
/// <c>name</c> (or <c>nom</c>), <c>population</c>, <c>commune</c>, <c>epci</c>, <c>departement</c> (typed parent codes);
/// every other column is a raw indicator (decimal point, empty or <c>NA</c> = missing; <c>NaN</c> and <c>Infinity</c>
/// are errors). Raw values are taken as they are — 0.0 is a real value here (0 % non-coverage); only the published IFN
/// score files use 0.0 as "no data" (<see cref="IfnExportFile"/>).
/// </summary>
/// <remarks>In JSON, each object is one territory with the members of the CSV columns (every other member is a raw
/// indicator, in order of first appearance); values may be JSON numbers or strings in the CSV form; <c>null</c> is
/// missing. Issues are located at row (header or first object = row 1 + 1) and column or member. File-level problems
/// (empty, binary, not UTF-8, unclosed quote, malformed JSON, duplicate column or key…) are <c>file.*</c> issues; the
/// rows read before a fault are kept.</remarks>
public static class IndicatorTableFile
{
    private static readonly string[] Known = ["code", "name", "nom", "population", "commune", "epci", "departement"];

    /// <summary>Reads a table; bad cells become located issues and missing values, never exceptions.</summary>
    /// <param name="input">The bytes of the file (UTF-8 expected); read once, not closed.</param>
    /// <param name="options">The source name and issue cap; <see langword="null"/> for the defaults.</param>
    /// <returns>The table (no value when the file is unusable: empty, not a table, no <c>code</c> column) and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static LoadResult<IndicatorTable> Load(Stream input, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        options ??= ReadOptions.Default;
        var report = options.NewReport();
        var table = Read(input, options.Source, report);
        var built = report.Build(options.Source);
        return table is null ? LoadResult<IndicatorTable>.None(built) : LoadResult<IndicatorTable>.Of(table, built);
    }

    /// <summary>Reads the table of the file at <paramref name="path"/> (see <see cref="Load(Stream, ReadOptions?)"/>).</summary>
    /// <param name="path">The path; its file name is the source of issue locations unless <paramref name="options"/> sets one.</param>
    /// <param name="options">The options; <see langword="null"/> for the defaults.</param>
    /// <returns>The table and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened for reading.</exception>
    public static LoadResult<IndicatorTable> Load(string path, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, ReadOptions.ForPath(options, path));
    }

    private static IndicatorTable? Read(Stream input, string? source, IIssueSink report)
    {
        var rows = new List<IndicatorRow>();
        var firstRow = new Dictionary<string, long>(StringComparer.Ordinal);
        int[] indicatorColumns = [];
        string[] indicatorNames = [];
        int code = -1, name = -1, population = -1, commune = -1, epci = -1, departement = -1;
        IndicatorTable? fromJson = null;
        var headerOk = false;
        var opened = CsvHeader.ForEachRow(
            input,
            source,
            report,
            header =>
            {
                if (header.Require(["code"], source, report) is not { } required)
                {
                    return false;
                }

                headerOk = true;
                code = required[0];
                name = header.IndexOf("name") is var n and >= 0 ? n : header.IndexOf("nom");
                population = header.IndexOf("population");
                commune = header.IndexOf("commune");
                epci = header.IndexOf("epci");
                departement = header.IndexOf("departement");
                var columns = new List<int>();
                for (var i = 0; i < header.Count; i++)
                {
                    var columnName = header.Cell(i);
                    // A repeated indicator name keeps its first column (the repetition is reported by the loop).
                    if (columnName.Length > 0 && !Known.Contains(columnName, StringComparer.OrdinalIgnoreCase)
                        && !columns.Exists(k => string.Equals(header.Cell(k), columnName, StringComparison.OrdinalIgnoreCase)))
                    {
                        columns.Add(i);
                    }
                }

                indicatorColumns = [.. columns];
                indicatorNames = [.. columns.Select(header.Cell)];
                return true;
            },
            (row, rowNumber) =>
            {
                var id = CsvHeader.Cell(row, code);
                IssueLocation At(int column, string field) => new(source, rowNumber, column >= 0 ? column + 1 : null, field);
                if (!Identify(id, firstRow, rowNumber, At(code, "code"), report))
                {
                    return;
                }

                var values = new double?[indicatorColumns.Length];
                for (var k = 0; k < indicatorColumns.Length; k++)
                {
                    values[k] = Number(CsvHeader.Cell(row, indicatorColumns[k]), IndicatorRules.Value, At(indicatorColumns[k], indicatorNames[k]), report);
                }

                var pop = Population(CsvHeader.Cell(row, population), At(population, "population"), report);
                rows.Add(new IndicatorRow(id, Optional(row, name), pop, values,
                    Parent(CsvHeader.Cell(row, commune), At(commune, "commune"), report, CommuneCode.Parse),
                    Parent(CsvHeader.Cell(row, epci), At(epci, "epci"), report, EpciCode.Parse),
                    Parent(CsvHeader.Cell(row, departement), At(departement, "departement"), report, DepartementCode.Parse)));
            },
            json: text => fromJson = ReadJson(text, source, report));
        if (opened is null)
        {
            return null;
        }

        return opened.IsJson ? fromJson : headerOk ? new IndicatorTable(indicatorNames, rows) : null;
    }

    private static IndicatorTable ReadJson(TextReader text, string? source, IIssueSink report)
    {
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
            IssueLocation At(string field) => new(source, o.Row, null, field);
            var id = o.Get("code").Trim();
            if (!Identify(id, firstRow, o.Row, At("code"), report))
            {
                continue;
            }

            var values = new double?[names.Count];
            for (var k = 0; k < names.Count; k++)
            {
                values[k] = Number(o.Get(names[k]).Trim(), IndicatorRules.Value, At(names[k]), report);
            }

            var pop = Population(o.Get("population").Trim(), At("population"), report);
            var name = o.Has("name") ? o.Get("name") : o.Get("nom");
            rows.Add(new IndicatorRow(id, Blank(name), pop, values,
                Parent(o.Get("commune").Trim(), At("commune"), report, CommuneCode.Parse),
                Parent(o.Get("epci").Trim(), At("epci"), report, EpciCode.Parse),
                Parent(o.Get("departement").Trim(), At("departement"), report, DepartementCode.Parse)));
        }

        return new IndicatorTable([.. names], rows);
    }

    /// <summary>Checks the territory code of a row: not empty, not met before.</summary>
    private static bool Identify(string id, Dictionary<string, long> firstRow, long row, IssueLocation at, IIssueSink report)
    {
        if (id.Length == 0)
        {
            report.Add(IndicatorRules.Code.Issue(string.Empty, location: at));
            return false;
        }

        if (firstRow.TryGetValue(id, out var first))
        {
            report.Add(IndicatorRules.Duplicate.Issue(id, location: at, extra: [first.ToString(CultureInfo.InvariantCulture)]));
            return false;
        }

        firstRow[id] = row;
        return true;
    }

    private static double? Population(string text, IssueLocation at, IIssueSink report)
    {
        var pop = Number(text, IndicatorRules.Population, at, report);
        if (pop < 0)
        {
            report.Add(IndicatorRules.Population.Issue(text, location: at));
            return null;
        }

        return pop;
    }

    private delegate ParseResult<T> Parser<T>(ReadOnlySpan<char> text);

    /// <summary>A parent code; a code that does not parse is an <c>index.parent</c> error and the parent is unknown.</summary>
    private static T? Parent<T>(string text, IssueLocation at, IIssueSink report, Parser<T> parse)
        where T : struct
    {
        if (text.Length == 0)
        {
            return null;
        }

        var parsed = parse(text);
        if (parsed.TryGetValue(out var value))
        {
            return value;
        }

        report.Add(IndicatorRules.Parent.Issue(text, suggestion: parsed.Error?.Suggestion, location: at, extra: [at.Field]));
        return null;
    }

    private static string? Blank(string text) => text.Trim() is { Length: > 0 } s ? s : null;

    private static string? Optional(SepReader.Row row, int index) => CsvHeader.Cell(row, index) is { Length: > 0 } s ? s : null;

    /// <summary>A number cell: empty or <c>NA</c> is missing; anything else that is not a finite number (<c>NaN</c>,
    /// <c>Infinity</c> included) is an issue of <paramref name="rule"/> and missing.</summary>
    internal static double? Number(string text, RuleDefinition rule, IssueLocation at, IIssueSink report)
    {
        if (text.Length == 0 || text.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v))
        {
            return v;
        }

        report.Add(rule.Issue(text, location: at));
        return null;
    }
}

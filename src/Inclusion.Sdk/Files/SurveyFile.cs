using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Surveys;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads survey responses, CSV or JSON (chosen by content, the input read once). CSV: a header, then one row per
/// respondent with the internet-use recency (<c>IU</c>: 1 last 3 months, 2 3–12 months, 3 more than a year, 4 never),
/// one column per activity variable of the catalogue (<c>IUIF</c>, <c>IUEM</c>, … : an integer answer code, empty when
/// not asked), an optional weight column and optional grouping columns (see <see cref="SurveyLayout"/>); other columns
/// are ignored; the separator (comma, semicolon or tab) is detected. JSON: an array of flat objects whose members are
/// the columns (numbers or strings; null or absent = empty; <c>true</c>/<c>false</c> = 1/0); object <i>k</i> is row
/// <i>k</i> + 1, as if the union of the member names were a header.
/// </summary>
/// <remarks>
/// <para>The whole survey is loaded (not streamed): the estimators need every respondent at once (breakdowns by any
/// grouping column, intervals from weight sums), and memory holds the compact columns of <see cref="SurveyResponses"/>
/// (about 17 bytes per respondent plus 4 per grouping column), never the text. A JSON survey holds its objects in
/// memory while the union of members is found: prefer CSV for very large files.</para>
/// <para>An activity is done when any of its variables holds one of its "yes" values (<c>1</c>; <c>1</c> or <c>2</c>
/// for <c>IBUY</c>). Answer codes are integers read once and compared as numbers (<c>01</c> and <c>+1</c> are <c>1</c>;
/// <c>1.0</c> is an error). An internet user whose activity cells are all empty is reported with its line and counted
/// or skipped as <see cref="SurveyLayout.BlankActivities"/> says. A bad respondent is reported with its location and skipped; a column repeated in the header is a
/// <c>file.header.duplicate</c> error and nothing is read (which of the two to use cannot be guessed). Never throws
/// for bad content. This class is stateless and thread-safe.</para>
/// </remarks>
public static class SurveyFile
{
    /// <summary>Reads survey responses from a stream.</summary>
    /// <param name="input">The bytes (UTF-8 expected; other encodings are reported).</param>
    /// <param name="layout">The catalogue and columns; <see cref="SurveyLayout.Default"/> when null.</param>
    /// <param name="options">The source name and issue caps; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>The valid responses and the report; no value when the columns cannot be read (empty or binary input,
    /// a required column missing, a column repeated, not a JSON array of objects).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static LoadResult<SurveyResponses> Load(Stream input, SurveyLayout? layout = null, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        layout ??= SurveyLayout.Default;
        options ??= ReadOptions.Default;
        var source = options.Source;
        var report = options.NewReport();
        SurveyResponsesBuilder? builder = null;
        string?[] cells = [];
        var width = 0;
        CsvHeader.ForEachRow(
            input,
            source,
            report,
            header =>
            {
                var names = HeaderColumns.Names(header);
                width = names.Length;
                builder = Start(names, layout, source, report);
                cells = new string?[width];
                return builder is not null;
            },
            (row, number) =>
            {
                if (HeaderColumns.IsRagged(row.ColCount, width, number, source, report))
                {
                    return;
                }

                foreach (var column in builder!.Columns)
                {
                    var cell = row[column].Span.Trim();
                    cells[column] = cell.IsEmpty ? string.Empty : cell.ToString();
                }

                builder.Add(number, cells);
            },
            json: text => builder = ReadJson(text, layout, source, report));
        return builder is null ? LoadResult<SurveyResponses>.None(report.Build(source)) : LoadResult<SurveyResponses>.Of(builder.Build(), report.Build(source));
    }

    /// <summary>Reads survey responses from a file.</summary>
    /// <param name="path">The file path; its file name is the source of issue locations unless
    /// <see cref="ReadOptions.Source"/> is set.</param>
    /// <param name="layout">The catalogue and columns; <see cref="SurveyLayout.Default"/> when null.</param>
    /// <param name="options">The options; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>As <see cref="Load(Stream, SurveyLayout?, ReadOptions?)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static LoadResult<SurveyResponses> Load(string path, SurveyLayout? layout = null, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, layout, ReadOptions.ForPath(options, path));
    }

    /// <summary>Resolves the columns of the layout, or returns null after reporting why no row can be read.</summary>
    private static SurveyResponsesBuilder? Start(IReadOnlyList<string> names, SurveyLayout layout, string? source, IIssueSink issues)
    {
        if (HeaderColumns.HasDuplicates(names))
        {
            return null; // reported as file.header.duplicate by the header loop
        }

        // The layout's columns are named by the caller: a "did you mean" proposes the close column of the file.
        var use = HeaderColumns.Require(names, layout.InternetUseColumn, source, issues, suggestExisting: true);
        var weight = layout.WeightColumn is null ? -1 : HeaderColumns.Require(names, layout.WeightColumn, source, issues, suggestExisting: true);
        var missing = use < 0 || (layout.WeightColumn is not null && weight < 0);
        var groups = new List<int>();
        foreach (var column in layout.GroupColumns.Concat(layout.OptionalGroupColumns).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var required = layout.GroupColumns.Contains(column, StringComparer.OrdinalIgnoreCase);
            var index = required ? HeaderColumns.Require(names, column, source, issues, suggestExisting: true) : SurveyResponsesBuilder.IndexOf(names, column);
            if (index >= 0)
            {
                groups.Add(index);
            }
            else
            {
                missing |= required;
            }
        }

        return missing ? null : new SurveyResponsesBuilder(layout, source, issues, names, use, weight, [.. groups.Distinct()]);
    }

    private static SurveyResponsesBuilder? ReadJson(TextReader text, SurveyLayout layout, string? source, ValidationReportBuilder report)
    {
        var rows = JsonArrayRows.Read(text, source, report, flatten: false).ToList();
        if (rows.Count == 0)
        {
            if (report.ErrorCount == 0)
            {
                report.Add(FileRules.NoRows.Issue(null, location: new IssueLocation(source, null, null, null)));
            }

            return null;
        }

        var names = new List<string>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            names.AddRange(row.Paths.Where(p => !p.EndsWith("#count", StringComparison.Ordinal) && known.Add(p)));
        }

        var caseless = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            if (!caseless.Add(names[i]))
            {
                // Members that differ only by case would be one column of the CSV layout.
                report.Add(FileRules.HeaderDuplicate.Issue(names[i], location: new IssueLocation(source, 1, i + 1, names[i])));
            }
        }

        var builder = Start(names, layout, source, report);
        if (builder is null)
        {
            return null;
        }

        var cells = new string?[names.Count];
        foreach (var row in rows)
        {
            foreach (var column in builder.Columns)
            {
                var name = names[column];
                var value = row.Get(name);
                cells[column] = row.Has(name + "#count") || value == "{…}" ? value + " " : value switch
                {
                    "true" => "1",
                    "false" => "0",
                    _ => value.Trim(),
                };
            }

            builder.Add(row.Row, cells);
        }

        return builder;
    }
}

using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Skills;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Reads skills assessments, CSV or JSON (chosen by content, the input read once):
/// <list type="bullet">
/// <item>CSV in long form: header <c>person,date,source,competence,level</c>, one row per assessed competence (date
/// <c>YYYY-MM-DD</c>; source <c>self</c>, <c>mediator</c> or <c>pix</c>; DigComp code; level 0–8). Rows of the same
/// person, date and source form one assessment.</item>
/// <item>JSON: an array of objects <c>{"personId", "date", "source", "levels": {"2.1": 3, …}}</c>, as written by
/// <see cref="InclusionJson.SerializeSkillsAssessments"/>; each object is one assessment (row = its position + 1).</item>
/// </list>
/// </summary>
/// <remarks>Never throws for bad content: a bad row or object is reported with its location and skipped, the valid
/// ones are kept. This class is stateless and thread-safe.</remarks>
public static class SkillsAssessmentFile
{
    private static readonly string[] Columns = ["person", "date", "source", "competence", "level"];
    private static readonly HashSet<string> Members = new(StringComparer.Ordinal) { "personId", "date", "source", "levels" };

    /// <summary>Reads assessments from a stream (CSV or JSON).</summary>
    /// <param name="input">The bytes (UTF-8 expected; other encodings are reported).</param>
    /// <param name="options">The source name and issue caps; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>The valid assessments (whole JSON objects in order, then CSV groups in order of first appearance) and
    /// the report; no value when the input is not a table of assessments (empty, binary, missing column, not a JSON
    /// array).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="input"/> is null.</exception>
    public static LoadResult<IReadOnlyList<SkillsAssessment>> Load(Stream input, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(input);
        options ??= ReadOptions.Default;
        var source = options.Source;
        var report = options.NewReport();
        var builder = new SkillsAssessmentBuilder(source, report);
        int[]? columns = null;
        var width = 0;
        var usable = false;
        CsvHeader.ForEachRow(
            input,
            source,
            report,
            header =>
            {
                var names = HeaderColumns.Names(header);
                width = names.Length;
                columns = HeaderColumns.Require(names, Columns, source, report);
                usable = columns is not null;
                return usable;
            },
            (row, number) =>
            {
                if (HeaderColumns.IsRagged(row.ColCount, width, number, source, report))
                {
                    return;
                }

                var c = columns!;
                builder.AddRow(
                    number,
                    CsvHeader.Cell(row, c[0]),
                    CsvHeader.Cell(row, c[1]),
                    CsvHeader.Cell(row, c[2]),
                    CsvHeader.Cell(row, c[3]),
                    CsvHeader.Cell(row, c[4]),
                    [.. c.Select(i => i + 1)]);
            },
            json: text => usable = ReadJson(text, source, report, builder));
        return usable ? LoadResult<IReadOnlyList<SkillsAssessment>>.Of(builder.Build(), report.Build(source)) : LoadResult<IReadOnlyList<SkillsAssessment>>.None(report.Build(source));
    }

    /// <summary>Reads assessments from a file (CSV or JSON).</summary>
    /// <param name="path">The file path; its file name is the source of issue locations unless
    /// <see cref="ReadOptions.Source"/> is set.</param>
    /// <param name="options">The options; <see cref="ReadOptions.Default"/> when null.</param>
    /// <returns>As <see cref="Load(Stream, ReadOptions?)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static LoadResult<IReadOnlyList<SkillsAssessment>> Load(string path, ReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, ReadOptions.ForPath(options, path));
    }

    /// <summary>Reads the objects of a JSON array; true when the document was an array (even with bad objects).</summary>
    private static bool ReadJson(TextReader text, string? source, ValidationReportBuilder report, SkillsAssessmentBuilder builder)
    {
        var errorsBefore = report.ErrorCount;
        var any = false;
        foreach (var item in JsonArrayRows.Read(text, source, report, flatten: true))
        {
            any = true;
            var levels = new List<(string, string, string)>();
            var membersOk = true;
            foreach (var path in item.Paths)
            {
                if (path.StartsWith("levels.", StringComparison.Ordinal))
                {
                    levels.Add((path["levels.".Length..], item.Get(path), path));
                }
                else if (!Members.Contains(path) || (path == "levels") != (item.Get(path) == "{…}"))
                {
                    membersOk = false;
                    report.Add(SkillsRules.UnknownMember.Issue(path, location: new IssueLocation(source, item.Row, null, path)));
                }
            }

            builder.AddAssessment(item.Row, item.Get("personId"), item.Get("date"), item.Get("source"), levels, membersOk);
        }

        return any || report.ErrorCount == errorsBefore;
    }
}

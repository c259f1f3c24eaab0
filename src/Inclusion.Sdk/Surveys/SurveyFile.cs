using System.Globalization;
using System.Text;
using System.Text.Json;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Surveys;

/// <summary>
/// Reads survey responses from CSV (streamed with Sep; separator detected: comma, semicolon, tab or pipe): a header,
/// then one row per respondent with the internet-use recency (<c>IU</c>: 1 last 3 months, 2 3–12 months, 3 more than a
/// year, 4 never), one column per activity variable of the catalogue (<c>IUIF</c>, <c>IUEM</c>, … : an integer answer
/// code, empty when not asked), an optional weight column and optional grouping columns. Other columns are ignored.
/// </summary>
/// <remarks>
/// An activity is done when any of its variables holds one of its "yes" values (<c>1</c>; <c>1</c> or <c>2</c> for
/// <c>IBUY</c>). Bad rows are reported with their location and skipped; the read never throws on bad input. Memory holds
/// the compact columns of <see cref="SurveyResponses"/>, never the text. This class is stateless and thread-safe.
/// </remarks>
public static class SurveyFile
{
    private static readonly System.Buffers.SearchValues<char> CsvSpecial = System.Buffers.SearchValues.Create(",\"\r\n;\t|");

    /// <summary>Reads a survey CSV.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file name for issue locations.</param>
    /// <param name="options">The options; <see cref="SurveyReadOptions.Default"/> when null.</param>
    /// <returns>The responses and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static SurveyLoadResult Read(TextReader text, string? source = null, SurveyReadOptions? options = null)
    {
        Preconditions.CheckNotNull(text);
        options ??= SurveyReadOptions.Default;
        var report = new ValidationReportBuilder(Math.Max(1, options.MaxStoredIssuesPerRule));
        var catalogue = options.Catalogue;
        var activities = new List<ulong>();
        var uses = new List<InternetUse>();
        var weights = options.WeightColumn is null ? null : new List<double>();
        var groupNames = new List<string>();
        var groupIndexes = new List<Dictionary<string, int>>();
        var groupCodes = new List<List<int>>();
        long rowNumber = 1;
        try
        {
            using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
            using var rows = reader.GetEnumerator();
            string[] names = [];
            while (names.Length == 0 && rows.MoveNext())
            {
                var first = rows.Current;
                if (!(first.ColCount == 1 && first[0].Span.IsWhiteSpace()))
                {
                    names = new string[first.ColCount];
                    for (var i = 0; i < names.Length; i++)
                    {
                        names[i] = first[i].Span.Trim().Trim('\uFEFF').Trim().ToString();
                    }
                }
            }

            if (names.Length == 0)
            {
                report.Add(SurveyRules.FileEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
                return Result(catalogue, activities, uses, weights, groupNames, groupIndexes, groupCodes, report, source);
            }

            var headerText = string.Join(',', names);
            var duplicate = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                report.Add(SurveyRules.DuplicateColumn.Issue(duplicate.Key, location: new IssueLocation(source, 1, Array.FindLastIndex(names, n => string.Equals(n, duplicate.Key, StringComparison.OrdinalIgnoreCase)) + 1, duplicate.Key)));
                return Result(catalogue, activities, uses, weights, groupNames, groupIndexes, groupCodes, report, source);
            }

            int IndexOf(string column) => Array.FindIndex(names, n => string.Equals(n, column, StringComparison.OrdinalIgnoreCase));
            var missing = false;
            var useColumn = IndexOf(options.InternetUseColumn);
            var weightColumn = options.WeightColumn is null ? -1 : IndexOf(options.WeightColumn);
            foreach (var (column, index) in new[] { (options.InternetUseColumn, useColumn), (options.WeightColumn, weightColumn) })
            {
                if (column is not null && index < 0)
                {
                    report.Add(SurveyRules.MissingColumn.Issue(headerText, suggestion: ClosestColumn(names, column), location: new IssueLocation(source, 1, null, null), extra: column));
                    missing = true;
                }
            }

            var groupColumns = new List<int>();
            foreach (var column in options.GroupColumns.Concat(options.OptionalGroupColumns).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var index = IndexOf(column);
                if (index < 0)
                {
                    if (options.GroupColumns.Contains(column, StringComparer.OrdinalIgnoreCase))
                    {
                        report.Add(SurveyRules.MissingColumn.Issue(headerText, suggestion: ClosestColumn(names, column), location: new IssueLocation(source, 1, null, null), extra: column));
                        missing = true;
                    }

                    continue;
                }

                groupColumns.Add(index);
                groupNames.Add(names[index]);
                groupIndexes.Add(new Dictionary<string, int>(StringComparer.Ordinal));
                groupCodes.Add([]);
            }

            if (missing)
            {
                return Result(catalogue, activities, uses, weights, groupNames, groupIndexes, groupCodes, report, source);
            }

            var variables = new List<(int Column, ulong Bit, string Field, IReadOnlyList<string> Yes)>();
            for (var a = 0; a < catalogue.Activities.Count; a++)
            {
                var activity = catalogue.Activities[a];
                var found = false;
                foreach (var variable in activity.Variables)
                {
                    var index = IndexOf(variable);
                    if (index >= 0)
                    {
                        variables.Add((index, 1UL << a, names[index], activity.YesValues));
                        found = true;
                    }
                }

                if (!found)
                {
                    report.Add(SurveyRules.NoActivityColumn.Issue(activity.Code, location: new IssueLocation(source, 1, null, null), extra: string.Join('|', activity.Variables)));
                }
            }

            var width = names.Length;
            while (rows.MoveNext())
            {
                var row = rows.Current;
                rowNumber = row.RowIndex + 1;
                if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
                {
                    continue;
                }

                if (row.ColCount != width)
                {
                    report.Add(SurveyRules.RaggedRow.Issue(null, location: new IssueLocation(source, rowNumber, null, null), extra: [row.ColCount, width]));
                    continue;
                }

                var useText = row[useColumn].Span.Trim();
                if (!int.TryParse(useText, NumberStyles.None, CultureInfo.InvariantCulture, out var useCode) || useCode is < 1 or > 4)
                {
                    report.Add(SurveyRules.BadInternetUse.Issue(useText.ToString(), allowedValues: ["1", "2", "3", "4"], location: new IssueLocation(source, rowNumber, useColumn + 1, names[useColumn])));
                    continue;
                }

                var weight = 1.0;
                if (weightColumn >= 0)
                {
                    var weightText = row[weightColumn].Span.Trim();
                    if (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !(weight >= 0) || double.IsInfinity(weight))
                    {
                        var comma = weightText.Contains(',') ? weightText.ToString().Replace(',', '.') : null;
                        report.Add(SurveyRules.BadWeight.Issue(weightText.ToString(), suggestion: comma, location: new IssueLocation(source, rowNumber, weightColumn + 1, names[weightColumn])));
                        continue;
                    }
                }

                ulong mask = 0;
                var bad = false;
                foreach (var (column, bit, field, yes) in variables)
                {
                    var cell = row[column].Span.Trim();
                    if (cell.IsEmpty)
                    {
                        continue;
                    }

                    if (!int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                    {
                        report.Add(SurveyRules.BadActivityValue.Issue(cell.ToString(), location: new IssueLocation(source, rowNumber, column + 1, field)));
                        bad = true;
                        break;
                    }

                    foreach (var value in yes)
                    {
                        if (cell.SequenceEqual(value))
                        {
                            mask |= bit;
                            break;
                        }
                    }
                }

                if (bad)
                {
                    continue;
                }

                var use = (InternetUse)useCode;
                if (mask != 0 && use != InternetUse.LastThreeMonths)
                {
                    report.Add(SurveyRules.ActivityWithoutUse.Issue(useText.ToString(), location: new IssueLocation(source, rowNumber, useColumn + 1, names[useColumn])));
                }

                activities.Add(mask);
                uses.Add(use);
                weights?.Add(weight);
                for (var g = 0; g < groupColumns.Count; g++)
                {
                    var value = row[groupColumns[g]].Span.Trim().ToString();
                    if (!groupIndexes[g].TryGetValue(value, out var code))
                    {
                        code = groupIndexes[g].Count;
                        groupIndexes[g].Add(value, code);
                    }

                    groupCodes[g].Add(code);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or NotSupportedException or FormatException or IndexOutOfRangeException)
        {
            report.Add(SurveyRules.Unreadable.Issue(e.Message, location: new IssueLocation(source, rowNumber, null, null)));
        }

        return Result(catalogue, activities, uses, weights, groupNames, groupIndexes, groupCodes, report, source);
    }

    /// <summary>Reads survey responses from JSON: an array of objects whose members are the columns of the CSV layout
    /// (numbers or strings; null or absent = empty). Object <i>k</i> (1-based) is reported as row <i>k</i> + 1, as if the
    /// union of the member names were a header row. Never throws on bad input: a text that is not an array of flat
    /// objects gives one <c>survey-file.json</c> error.</summary>
    /// <param name="json">The JSON text (held in memory: prefer CSV for very large files).</param>
    /// <param name="source">The file name for issue locations.</param>
    /// <param name="options">The options; <see cref="SurveyReadOptions.Default"/> when null.</param>
    /// <returns>The responses and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static SurveyLoadResult ReadJson(string json, string? source = null, SurveyReadOptions? options = null)
    {
        Preconditions.CheckNotNull(json);
        options ??= SurveyReadOptions.Default;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return JsonFailure("the root is not an array", null, "$", source, options);
            }

            var names = new List<string>();
            var known = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    return JsonFailure("an element is not an object", index + 1, $"$[{index - 1}]", source, options);
                }

                foreach (var member in item.EnumerateObject())
                {
                    if (member.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        return JsonFailure($"member '{member.Name}' is not a number or a string", index + 1, $"$[{index - 1}].{member.Name}", source, options);
                    }

                    if (known.Add(member.Name))
                    {
                        names.Add(member.Name);
                    }
                }
            }

            var csv = new StringBuilder();
            csv.AppendJoin(',', names.Select(Quote)).Append('\n');
            foreach (var item in document.RootElement.EnumerateArray())
            {
                for (var c = 0; c < names.Count; c++)
                {
                    if (c > 0)
                    {
                        csv.Append(',');
                    }

                    if (item.TryGetProperty(names[c], out var value))
                    {
                        csv.Append(Quote(value.ValueKind switch
                        {
                            JsonValueKind.String => value.GetString()!,
                            JsonValueKind.Number => value.GetRawText(),
                            JsonValueKind.True => "1",
                            JsonValueKind.False => "0",
                            _ => string.Empty,
                        }));
                    }
                }

                csv.Append('\n');
            }

            return Read(new StringReader(csv.ToString()), source, options);
        }
        catch (JsonException e)
        {
            return JsonFailure(e.Message, null, e.Path, source, options);
        }
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(CsvSpecial) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static SurveyLoadResult JsonFailure(string message, long? row, string? path, string? source, SurveyReadOptions options)
    {
        var report = new ValidationReportBuilder();
        report.Add(SurveyRules.Json.Issue(message, location: new IssueLocation(source, row, null, path)));
        var responses = new SurveyResponses(options.Catalogue, [], [], options.WeightColumn is null ? null : [], [], [], []);
        return new SurveyLoadResult(responses, report.Build(source));
    }

    private static string? ClosestColumn(string[] names, string column)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var name in names)
        {
            var distance = ClosestMatch.Distance(name, column);
            if (distance < bestDistance && distance < Math.Min(name.Length, column.Length))
            {
                best = name;
                bestDistance = distance;
            }
        }

        return best is null ? null : column;
    }

    private static SurveyLoadResult Result(
        DsiActivityCatalogue catalogue,
        List<ulong> activities,
        List<InternetUse> uses,
        List<double>? weights,
        List<string> groupNames,
        List<Dictionary<string, int>> groupIndexes,
        List<List<int>> groupCodes,
        ValidationReportBuilder report,
        string? source)
    {
        var labels = groupIndexes.Select(index => index.OrderBy(p => p.Value).Select(p => p.Key).ToArray()).ToArray();
        var responses = new SurveyResponses(catalogue, [.. activities], [.. uses], weights?.ToArray(), [.. groupNames], [.. groupCodes.Select(c => c.ToArray())], labels);
        return new SurveyLoadResult(responses, report.Build(source));
    }
}

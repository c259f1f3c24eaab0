using System.Globalization;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Surveys;

/// <summary>
/// Builds <see cref="SurveyResponses"/> from the text cells of respondents (CSV rows or JSON objects), one at a time:
/// the cells are checked and kept in compact columns (a mask, a recency, a weight, group codes), never as text. Each
/// bad cell is a located issue of <see cref="SurveyRules"/> and its respondent is skipped.
/// </summary>
internal sealed class SurveyResponsesBuilder
{
    private readonly string? source;
    private readonly IIssueSink issues;
    private readonly IReadOnlyList<string> names;
    private readonly DsiActivityCatalogue catalogue;
    private readonly int useColumn;
    private readonly int weightColumn;
    private readonly int[] groupColumns;
    private readonly BlankActivityTreatment blankActivities;
    private readonly List<(int Column, ulong Bit, int[] Yes)> variables = [];
    private readonly List<ulong> activities = [];
    private readonly List<InternetUse> uses = [];
    private readonly List<double>? weights;
    private readonly Dictionary<string, int>[] groupIndexes;
    private readonly List<int>[] groupCodes;

    /// <summary>Starts a survey whose header is <paramref name="names"/>; the use, weight (-1 when unweighted) and
    /// group columns are already resolved (missing ones reported by the caller). Every catalogue activity without a
    /// column is reported as <c>survey-file.no-activity-column</c>.</summary>
    internal SurveyResponsesBuilder(SurveyLayout layout, string? source, IIssueSink issues, IReadOnlyList<string> names, int useColumn, int weightColumn, int[] groupColumns)
    {
        this.source = source;
        this.issues = issues;
        this.names = names;
        catalogue = layout.Catalogue;
        blankActivities = layout.BlankActivities;
        this.useColumn = useColumn;
        this.weightColumn = weightColumn;
        this.groupColumns = groupColumns;
        weights = weightColumn >= 0 ? [] : null;
        groupIndexes = [.. groupColumns.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal))];
        groupCodes = [.. groupColumns.Select(_ => new List<int>())];
        var needed = new SortedSet<int> { useColumn };
        if (weightColumn >= 0)
        {
            needed.Add(weightColumn);
        }

        needed.UnionWith(groupColumns);
        for (var a = 0; a < catalogue.Activities.Count; a++)
        {
            var activity = catalogue.Activities[a];
            var found = false;
            foreach (var variable in activity.Variables)
            {
                var index = IndexOf(names, variable);
                if (index >= 0)
                {
                    variables.Add((index, 1UL << a, activity.YesCodes));
                    needed.Add(index);
                    found = true;
                }
            }

            if (!found)
            {
                issues.Add(SurveyRules.NoActivityColumn.Issue(activity.Code, location: new IssueLocation(source, 1, null, null), extra: string.Join('|', activity.Variables)));
            }
        }

        Columns = [.. needed];
    }

    /// <summary>The columns whose cells <see cref="Add"/> reads (others may be left null).</summary>
    internal int[] Columns { get; }

    /// <summary>The index of a column name (case-insensitive, first occurrence), or -1.</summary>
    internal static int IndexOf(IReadOnlyList<string> names, string column)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], column, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One respondent; <paramref name="cells"/> is indexed by column and holds (trimmed) at least the cells of
    /// <see cref="Columns"/>.</summary>
    internal void Add(long row, string?[] cells)
    {
        var useText = cells[useColumn] ?? string.Empty;
        if (!int.TryParse(useText, NumberStyles.None, CultureInfo.InvariantCulture, out var useCode) || useCode is < 1 or > 4)
        {
            issues.Add(SurveyRules.BadInternetUse.Issue(useText, allowedValues: ["1", "2", "3", "4"], location: At(row, useColumn)));
            return;
        }

        var weight = 1.0;
        if (weightColumn >= 0)
        {
            var weightText = cells[weightColumn] ?? string.Empty;
            if (!double.TryParse(weightText, NumberStyles.Float, CultureInfo.InvariantCulture, out weight) || !double.IsFinite(weight) || weight < 0)
            {
                var comma = weightText.Contains(',', StringComparison.Ordinal) ? weightText.Replace(',', '.') : null;
                issues.Add(SurveyRules.BadWeight.Issue(weightText, suggestion: comma, location: At(row, weightColumn)));
                return;
            }
        }

        // Every answer code is read once here (SurveyAnswer) and compared as an integer: 01, +1 and 1 count alike.
        ulong mask = 0;
        var answered = false;
        foreach (var (column, bit, yes) in variables)
        {
            var cell = cells[column] ?? string.Empty;
            if (cell.Length == 0)
            {
                continue;
            }

            if (!SurveyAnswer.TryParse(cell, out var code))
            {
                issues.Add(SurveyRules.BadActivityValue.Issue(cell, location: At(row, column)));
                return;
            }

            answered = true;
            if (Array.IndexOf(yes, code) >= 0)
            {
                mask |= bit;
            }
        }

        if (!answered && variables.Count > 0 && useCode == (int)InternetUse.LastThreeMonths)
        {
            // An internet user who answered no activity question: counted as "no skills" (and illectronisme) or left
            // out, as the layout says — never silently.
            var skip = blankActivities == BlankActivityTreatment.Skip;
            var rule = skip ? SurveyRules.BlankActivitiesSkipped : SurveyRules.BlankActivities;
            issues.Add(rule.Issue(useText, location: new IssueLocation(source, row, null, null)));
            if (skip)
            {
                return;
            }
        }

        var use = (InternetUse)useCode;
        if (mask != 0 && use != InternetUse.LastThreeMonths)
        {
            issues.Add(SurveyRules.ActivityWithoutUse.Issue(useText, location: At(row, useColumn)));
        }

        activities.Add(mask);
        uses.Add(use);
        weights?.Add(weight == 0 ? 0 : weight); // -0 is stored as 0
        for (var g = 0; g < groupColumns.Length; g++)
        {
            var value = cells[groupColumns[g]] ?? string.Empty;
            if (!groupIndexes[g].TryGetValue(value, out var code))
            {
                code = groupIndexes[g].Count;
                groupIndexes[g].Add(value, code);
            }

            groupCodes[g].Add(code);
        }
    }

    /// <summary>The responses read so far.</summary>
    internal SurveyResponses Build()
    {
        var labels = groupIndexes.Select(index => index.OrderBy(p => p.Value).Select(p => p.Key).ToArray()).ToArray();
        return new SurveyResponses(catalogue, [.. activities], [.. uses], weights?.ToArray(), [.. groupColumns.Select(c => names[c])], [.. groupCodes.Select(c => c.ToArray())], labels);
    }

    private IssueLocation At(long row, int column) => new(source, row, column + 1, names[column]);
}

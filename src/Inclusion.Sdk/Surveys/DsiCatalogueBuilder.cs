using System.Globalization;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Surveys;

/// <summary>Builds a <see cref="DsiActivityCatalogue"/> from text rows (<c>area,activity,variables,yes_values,label</c>;
/// variables and yes values separated by <c>|</c>, empty yes values meaning <c>1</c>; yes values are integer answer codes,
/// kept in canonical form, so <c>01</c> is <c>1</c>), reporting every bad row with its location. Used by the catalogue reader and by the embedded default catalogue.</summary>
internal sealed class DsiCatalogueBuilder(string? source, IIssueSink issues)
{
    private readonly List<DsiActivity> activities = [];
    private readonly HashSet<string> codes = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> variables = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The activities read, in order.</summary>
    internal IReadOnlyList<DsiActivity> Activities => activities;

    /// <summary>One row; <paramref name="areaColumn"/> is the 1-based column of the area.</summary>
    internal void Add(long row, string area, string activity, string variableText, string yesText, string label, int areaColumn)
    {
        if (!DsiLevels.TryParseArea(area, out var parsedArea))
        {
            issues.Add(SurveyRules.CatalogueArea.Issue(area, allowedValues: ["IL", "CC", "DCC", "SF", "PS"], location: new IssueLocation(source, row, areaColumn, "area")));
            return;
        }

        var variableList = Split(variableText);
        if (activity.Length == 0 || variableList.Length == 0)
        {
            issues.Add(SurveyRules.CatalogueRow.Issue(string.Join(',', area, activity, variableText, yesText, label), location: new IssueLocation(source, row, null, null)));
            return;
        }

        var duplicate = !codes.Add(activity) ? activity : variableList.FirstOrDefault(v => !variables.Add(v));
        if (duplicate is not null)
        {
            issues.Add(SurveyRules.CatalogueDuplicate.Issue(duplicate, location: new IssueLocation(source, row, null, null)));
            return;
        }

        var yesValues = Split(yesText);
        for (var i = 0; i < yesValues.Length; i++)
        {
            if (!SurveyAnswer.TryParse(yesValues[i], out var code))
            {
                issues.Add(SurveyRules.CatalogueYesValue.Issue(yesValues[i], location: new IssueLocation(source, row, null, "yes_values")));
                return;
            }

            yesValues[i] = code.ToString(CultureInfo.InvariantCulture);
        }

        activities.Add(new DsiActivity(parsedArea, activity, variableList, yesValues.Length == 0 ? ["1"] : yesValues, label));
    }

    /// <summary>The catalogue, or null when <paramref name="hasErrors"/> (the caller's report holds errors), when no
    /// activity was read, or when there are more than 64 (each reported).</summary>
    internal DsiActivityCatalogue? Build(string name, bool hasErrors)
    {
        if (activities.Count == 0 && !hasErrors)
        {
            issues.Add(SurveyRules.CatalogueEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
            return null;
        }

        if (activities.Count > 64)
        {
            issues.Add(SurveyRules.CatalogueTooLarge.Issue(activities.Count.ToString(CultureInfo.InvariantCulture), location: new IssueLocation(source, null, null, null)));
            return null;
        }

        return hasErrors ? null : new DsiActivityCatalogue(name, activities);
    }

    private static string[] Split(string text) => text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

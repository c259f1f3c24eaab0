using Inclusion.Sdk.Reporting;
using NodaTime;

namespace Inclusion.Sdk.Skills;

/// <summary>
/// Builds skills assessments from text values, reporting every bad value with its location: long-form rows (one
/// competence per row; rows of the same person, date and source form one assessment) or whole assessments (one JSON
/// object each). Used by the assessment readers; holds no input.
/// </summary>
internal sealed class SkillsAssessmentBuilder(string? source, IIssueSink issues)
{
    private readonly Dictionary<(string, LocalDate, AssessmentSource), Dictionary<string, int>> groups = [];
    private readonly List<(string Person, LocalDate Date, AssessmentSource Source)> order = [];
    private readonly List<SkillsAssessment> whole = [];

    /// <summary>One long-form row: person, date, source, competence and level, with the 1-based columns of the five.</summary>
    internal void AddRow(long row, string person, string date, string kind, string competence, string level, int[] columns)
    {
        var checkedPerson = SkillsRows.Person(person, At(row, columns[0], "person"), issues);
        if (checkedPerson is null)
        {
            return;
        }

        var checkedDate = SkillsRows.Date(date, At(row, columns[1], "date"), issues);
        if (checkedDate is null)
        {
            return;
        }

        var checkedSource = SkillsRows.Source(kind, At(row, columns[2], "source"), issues);
        if (checkedSource is null)
        {
            return;
        }

        var checkedCompetence = SkillsRows.Competence(competence, At(row, columns[3], "competence"), issues);
        var checkedLevel = SkillsRows.Level(level, 0, At(row, columns[4], "level"), issues);
        if (checkedCompetence is null || checkedLevel is null)
        {
            return;
        }

        var key = (checkedPerson, checkedDate.Value, checkedSource.Value);
        if (!groups.TryGetValue(key, out var levels))
        {
            levels = new Dictionary<string, int>(StringComparer.Ordinal);
            groups.Add(key, levels);
            order.Add(key);
        }

        if (!levels.TryAdd(checkedCompetence.Code, checkedLevel.Value))
        {
            issues.Add(SkillsRules.DuplicateCompetence.Issue(checkedCompetence.Code, location: At(row, columns[3], "competence")));
        }
    }

    /// <summary>One whole assessment (a JSON object); <paramref name="levels"/> holds (code, level text, field) and
    /// fields are the members' paths. The assessment is kept only when every value is valid and
    /// <paramref name="valid"/> (the caller found no other fault in the object).</summary>
    internal void AddAssessment(long row, string person, string date, string kind, IReadOnlyList<(string Code, string Level, string Field)> levels, bool valid)
    {
        var checkedPerson = SkillsRows.Person(person, At(row, null, "personId"), issues);
        var checkedDate = SkillsRows.Date(date, At(row, null, "date"), issues);
        var checkedSource = SkillsRows.Source(kind, At(row, null, "source"), issues);
        var ok = valid && checkedPerson is not null && checkedDate is not null && checkedSource is not null;
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, level, field) in levels)
        {
            var competence = SkillsRows.Competence(code, At(row, null, field), issues);
            var value = SkillsRows.Level(level, 0, At(row, null, field), issues);
            if (competence is null || value is null)
            {
                ok = false;
                continue;
            }

            if (!values.TryAdd(competence.Code, value.Value))
            {
                issues.Add(SkillsRules.DuplicateCompetence.Issue(competence.Code, location: At(row, null, field)));
                ok = false;
            }
        }

        if (ok)
        {
            whole.Add(new SkillsAssessment(checkedPerson!, checkedDate!.Value, checkedSource!.Value, values));
        }
    }

    /// <summary>The valid assessments: whole ones in input order, then long-form ones in order of first appearance.</summary>
    internal IReadOnlyList<SkillsAssessment> Build() =>
        [.. whole, .. order.Select(k => new SkillsAssessment(k.Person, k.Date, k.Source, groups[k]))];

    private IssueLocation At(long row, int? column, string field) => new(source, row, column, field);
}

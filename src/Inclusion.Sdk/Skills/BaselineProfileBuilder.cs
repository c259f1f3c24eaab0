using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Skills;

/// <summary>Builds a <see cref="BaselineProfile"/> from text rows (<c>competence,minimum_level,savoir</c>), reporting
/// every bad value with its location. Used by the profile reader and by the embedded "savoirs de base".</summary>
internal sealed class BaselineProfileBuilder(string? source, IIssueSink issues)
{
    private readonly List<CompetenceRequirement> requirements = [];

    /// <summary>One row; <paramref name="columns"/> holds the 1-based columns of the competence and the level.</summary>
    internal void Add(long row, string competence, string minimumLevel, string label, (int Competence, int Level) columns)
    {
        var checkedCompetence = SkillsRows.Competence(competence, new IssueLocation(source, row, columns.Competence, "competence"), issues);
        var level = SkillsRows.Level(minimumLevel, 1, new IssueLocation(source, row, columns.Level, "minimum_level"), issues);
        if (checkedCompetence is null || level is null)
        {
            return;
        }

        if (requirements.Any(r => r.Competence.Code == checkedCompetence.Code))
        {
            issues.Add(SkillsRules.DuplicateCompetence.Issue(checkedCompetence.Code, location: new IssueLocation(source, row, columns.Competence, "competence")));
            return;
        }

        requirements.Add(new CompetenceRequirement(checkedCompetence, level.Value, label));
    }

    /// <summary>The profile, or null when <paramref name="hasErrors"/> (the caller's report holds errors) or when no
    /// requirement was read (reported as <c>baseline-profile.empty</c> when nothing else explains it).</summary>
    internal BaselineProfile? Build(string name, bool hasErrors)
    {
        if (requirements.Count == 0 && !hasErrors)
        {
            issues.Add(SkillsRules.ProfileEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
            return null;
        }

        return hasErrors ? null : new BaselineProfile(name, requirements);
    }
}

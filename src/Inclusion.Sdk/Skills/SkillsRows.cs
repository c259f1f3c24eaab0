using System.Globalization;
using Inclusion.Sdk.Reporting;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Sdk.Skills;

/// <summary>The field checks shared by the skills readers (profiles and assessments, CSV or JSON): each bad value is a
/// located issue of <see cref="SkillsRules"/>, never an exception.</summary>
internal static class SkillsRows
{
    /// <summary>The earliest and latest assessment dates accepted: outside them a date is a typing error (year 0,
    /// 9999-12-31 placeholders), not an assessment.</summary>
    internal static readonly LocalDate EarliestDate = new(1900, 1, 1);

    internal static readonly LocalDate LatestDate = new(2199, 12, 31);

    internal static Competence? Competence(string code, IssueLocation location, IIssueSink issues)
    {
        var competence = CompetenceFramework.DigComp22.Find(code);
        if (competence is null || competence.IsArea)
        {
            issues.Add(SkillsRules.UnknownCompetence.Issue(code, location: location));
            return null;
        }

        return competence;
    }

    internal static int? Level(string text, int minimum, IssueLocation location, IIssueSink issues)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level >= minimum && level <= CompetenceFramework.MaxLevel)
        {
            return level;
        }

        issues.Add(SkillsRules.BadLevel.Issue(text, location: location, extra: minimum));
        return null;
    }

    internal static string? Person(string text, IssueLocation location, IIssueSink issues)
    {
        if (text.Length == 0 || text.AsSpan().ContainsAnyInRange('\0', '\u001F') || text.Contains('\u007F', StringComparison.Ordinal))
        {
            issues.Add(SkillsRules.MissingPerson.Issue(text, location: location));
            return null;
        }

        return text;
    }

    internal static LocalDate? Date(string text, IssueLocation location, IIssueSink issues)
    {
        var date = LocalDatePattern.Iso.Parse(text);
        if (date.Success && date.Value >= EarliestDate && date.Value <= LatestDate)
        {
            return date.Value;
        }

        issues.Add(SkillsRules.BadDate.Issue(text, location: location));
        return null;
    }

    internal static AssessmentSource? Source(string text, IssueLocation location, IIssueSink issues)
    {
        AssessmentSource? kind = text.ToUpperInvariant() switch
        {
            "SELF" => AssessmentSource.SelfAssessment,
            "MEDIATOR" => AssessmentSource.MediatorDiagnostic,
            "PIX" => AssessmentSource.PixResult,
            _ => null,
        };
        if (kind is null)
        {
            issues.Add(SkillsRules.BadSource.Issue(text, allowedValues: ["self", "mediator", "pix"], location: location));
        }

        return kind;
    }
}

using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;
using NodaTime.Text;

namespace Inclusion.Sdk.Skills;

/// <summary>
/// Reads skills assessments from CSV in long form: header <c>person,date,source,competence,level</c>, one row per
/// assessed competence (date <c>YYYY-MM-DD</c>; source <c>self</c>, <c>mediator</c> or <c>pix</c>; DigComp code; level
/// 0–8). Rows of the same person, date and source form one assessment.
/// </summary>
/// <remarks>Bad rows are reported with their location and skipped. This class is stateless and thread-safe.</remarks>
public static class SkillsAssessmentFile
{
    /// <summary>Reads assessments.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="source">The file name for issue locations.</param>
    /// <returns>The assessments (in order of first appearance) and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static SkillsAssessmentLoadResult Read(TextReader text, string? source = null)
    {
        Preconditions.CheckNotNull(text);
        var report = new ValidationReportBuilder(100);
        var groups = new Dictionary<(string, NodaTime.LocalDate, AssessmentSource), Dictionary<string, int>>();
        var order = new List<(string, NodaTime.LocalDate, AssessmentSource)>();
        SkillsCsv.Read(text, source, ["person", "date", "source", "competence", "level"], report, (row, cells) =>
        {
            if (cells[0].Length == 0)
            {
                report.Add(SkillsRules.MissingPerson.Issue(cells[0], location: new IssueLocation(source, row, 1, "person")));
                return;
            }

            var date = LocalDatePattern.Iso.Parse(cells[1]);
            if (!date.Success)
            {
                report.Add(SkillsRules.BadDate.Issue(cells[1], location: new IssueLocation(source, row, 2, "date")));
                return;
            }

            AssessmentSource? kind = cells[2].ToUpperInvariant() switch
            {
                "SELF" => AssessmentSource.SelfAssessment,
                "MEDIATOR" => AssessmentSource.MediatorDiagnostic,
                "PIX" => AssessmentSource.PixResult,
                _ => null,
            };
            if (kind is null)
            {
                report.Add(SkillsRules.BadSource.Issue(cells[2], allowedValues: ["self", "mediator", "pix"], location: new IssueLocation(source, row, 3, "source")));
                return;
            }

            var competence = SkillsCsv.Competence(cells[3], row, 4, source, report);
            var level = SkillsCsv.Level(cells[4], 0, row, 5, "level", source, report);
            if (competence is null || level is null)
            {
                return;
            }

            var key = (cells[0], date.Value, kind.Value);
            if (!groups.TryGetValue(key, out var levels))
            {
                levels = new Dictionary<string, int>(StringComparer.Ordinal);
                groups.Add(key, levels);
                order.Add(key);
            }

            if (!levels.TryAdd(competence.Code, level.Value))
            {
                report.Add(SkillsRules.DuplicateCompetence.Issue(competence.Code, location: new IssueLocation(source, row, 4, "competence")));
            }
        });
        var assessments = order.Select(k => new SkillsAssessment(k.Item1, k.Item2, k.Item3, groups[k])).ToArray();
        return new SkillsAssessmentLoadResult(assessments, report.Build(source));
    }
}

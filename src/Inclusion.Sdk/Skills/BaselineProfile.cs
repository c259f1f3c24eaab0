using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Skills;

/// <summary>
/// A baseline profile: minimum DigComp 2.2 levels in some competences. The SDK ships the "savoirs de base" of the
/// seed text; a programme can load its own with <see cref="Load"/>.
/// </summary>
/// <remarks>
/// <para><b>Savoirs de base</b> (our reading, not an official table): the source text lists « maîtrise de son (ou ses)
/// adresse(s) mail, gestion des mots de passe, maîtrise des éléments basiques de la bureautique », the digital identity
/// and « l'approche de l'e-administration ». We express them as DigComp 2.1 (e-mail), 4.1 (passwords), 3.1 (office
/// software), 2.6 (digital identity) and 2.3 (online administrative procedures), each at level 2 (Foundation: simple
/// tasks, autonomously with guidance where needed). File: <c>Resources/skills/savoirs-de-base.csv</c>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class BaselineProfile
{
    private static readonly Lazy<BaselineProfile> Default = new(() =>
    {
        using var stream = EmbeddedData.Open("skills/savoirs-de-base.csv");
        using var text = new StreamReader(stream);
        return Load(text, "Savoirs de base", "savoirs-de-base.csv").Profile
            ?? throw new InvalidOperationException("The embedded baseline profile is invalid (a packaging error).");
    });

    private BaselineProfile(string name, IReadOnlyList<CompetenceRequirement> requirements)
    {
        Name = name;
        Requirements = requirements;
    }

    /// <summary>The "savoirs de base" profile shipped with the SDK.</summary>
    public static BaselineProfile SavoirsDeBase => Default.Value;

    /// <summary>The profile's name.</summary>
    public string Name { get; }

    /// <summary>The requirements, in file order.</summary>
    public IReadOnlyList<CompetenceRequirement> Requirements { get; }

    /// <summary>Loads a profile from CSV: header <c>competence,minimum_level,savoir</c> (DigComp code, 1–8, label).</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="name">The profile's name.</param>
    /// <param name="source">The file name for issue locations.</param>
    /// <returns>The profile (null when the file has errors) and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="name"/> is null.</exception>
    public static BaselineProfileLoadResult Load(TextReader text, string name, string? source = null)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(name);
        var report = new ValidationReportBuilder();
        var requirements = new List<CompetenceRequirement>();
        SkillsCsv.Read(text, source, ["competence", "minimum_level", "savoir"], report, (row, cells) =>
        {
            var competence = SkillsCsv.Competence(cells[0], row, 1, source, report);
            var level = SkillsCsv.Level(cells[1], 1, row, 2, "minimum_level", source, report);
            if (competence is null || level is null)
            {
                return;
            }

            if (requirements.Any(r => r.Competence.Code == competence.Code))
            {
                report.Add(SkillsRules.DuplicateCompetence.Issue(competence.Code, location: new IssueLocation(source, row, 1, "competence")));
                return;
            }

            requirements.Add(new CompetenceRequirement(competence, level.Value, cells[2]));
        });
        if (requirements.Count == 0 && report.ErrorCount == 0)
        {
            report.Add(SkillsRules.ProfileEmpty.Issue(null, location: new IssueLocation(source, null, null, null)));
        }

        return new BaselineProfileLoadResult(report.ErrorCount == 0 ? new BaselineProfile(name, requirements) : null, report.Build(source));
    }

    /// <summary>True when the assessment reaches every minimum level (an unassessed competence does not).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Whether the profile is met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public bool IsMetBy(SkillsAssessment assessment) => Gaps(assessment).Count == 0;

    /// <summary>The requirements the assessment does not reach (unassessed competences included).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The unmet requirements, in profile order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public IReadOnlyList<CompetenceRequirement> Gaps(SkillsAssessment assessment)
    {
        Preconditions.CheckNotNull(assessment);
        return [.. Requirements.Where(r => (assessment.LevelOf(r.Competence.Code) ?? -1) < r.MinimumLevel)];
    }
}

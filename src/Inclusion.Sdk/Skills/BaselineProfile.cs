using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Skills;

/// <summary>
/// A baseline profile: minimum DigComp 2.2 levels in some competences. The SDK ships the "savoirs de base" of the
/// seed text; a programme can load its own with <c>Inclusion.Sdk.Files.BaselineProfileFile.Load</c>.
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
        var table = EmbeddedCsv.Read("skills/savoirs-de-base.csv");
        var issues = new ValidationReportBuilder();
        var builder = new BaselineProfileBuilder("savoirs-de-base.csv", issues);
        int competence = table.IndexOf("competence"), level = table.IndexOf("minimum_level"), savoir = table.IndexOf("savoir");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var row = table.Rows[i];
            builder.Add(i + 2, row[competence], row[level], row[savoir], (competence + 1, level + 1));
        }

        return builder.Build("Savoirs de base", issues.ErrorCount > 0)
            ?? throw new InvalidOperationException("The embedded baseline profile is invalid (a packaging error).");
    });

    internal BaselineProfile(string name, IReadOnlyList<CompetenceRequirement> requirements)
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

    /// <summary>The same requirements under another name.</summary>
    /// <param name="name">The profile's name.</param>
    /// <returns>The renamed profile.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public BaselineProfile WithName(string name) => new(Preconditions.CheckNotBlank(name), Requirements);

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

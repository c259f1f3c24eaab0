using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Skills;

/// <summary>
/// A skills assessment of one pseudonymous person on one date: a DigComp 2.2 level (0 to 8, 0 = assessed, below
/// level 1) per assessed competence; competences not listed are unassessed.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SkillsAssessment
{
    private readonly Dictionary<string, int> levels;

    /// <summary>Creates an assessment.</summary>
    /// <param name="personId">The pseudonymous person identifier (never a name or an e-mail address).</param>
    /// <param name="date">The date of the assessment.</param>
    /// <param name="source">How it was obtained.</param>
    /// <param name="levels">DigComp competence code → level 0 to 8.</param>
    /// <exception cref="ArgumentNullException"><paramref name="personId"/> or <paramref name="levels"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="personId"/> is blank, a code is not a DigComp 2.2
    /// competence, or a level is outside 0–8.</exception>
    [System.Text.Json.Serialization.JsonConstructor]
    public SkillsAssessment(string personId, LocalDate date, AssessmentSource source, IReadOnlyDictionary<string, int> levels)
    {
        PersonId = Preconditions.CheckNotBlank(personId);
        Preconditions.CheckNotNull(levels);
        Preconditions.CheckArgument(Enum.IsDefined(source), nameof(source), "Not an assessment source.");
        this.levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (code, level) in levels)
        {
            var competence = CompetenceFramework.DigComp22.Find(code);
            Preconditions.CheckArgument(competence is { IsArea: false }, nameof(levels), $"'{code}' is not a DigComp 2.2 competence.");
            Preconditions.CheckArgument(level is >= 0 and <= 8, nameof(levels), $"Level {level} of {code} is outside 0-8.");
            this.levels[competence.Code] = level;
        }

        Date = date;
        Source = source;
    }

    /// <summary>The pseudonymous person identifier.</summary>
    public string PersonId { get; }

    /// <summary>The date of the assessment.</summary>
    public LocalDate Date { get; }

    /// <summary>How it was obtained.</summary>
    public AssessmentSource Source { get; }

    /// <summary>The assessed competences and their levels.</summary>
    public IReadOnlyDictionary<string, int> Levels => levels;

    /// <summary>The level of a competence, or null when unassessed.</summary>
    /// <param name="competenceCode">A DigComp code, for example <c>2.1</c>.</param>
    /// <returns>The level, or null.</returns>
    public int? LevelOf(string competenceCode) => levels.TryGetValue(competenceCode, out var level) ? level : null;
}

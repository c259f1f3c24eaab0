using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Skills;

/// <summary>
/// A person's progress between two assessments: per competence assessed in both, per DigComp area (mean gain of its
/// competences) and overall (mean gain of all compared competences).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class SkillsProgress : Reporting.IHtmlRenderable
{
    private SkillsProgress(string personId, LocalDate from, LocalDate to, IReadOnlyList<CompetenceProgress> competences)
    {
        PersonId = personId;
        From = from;
        To = to;
        Competences = competences;
        MeanGain = competences.Count == 0 ? 0 : competences.Average(c => c.Gain);
        AreaMeanGains = competences
            .GroupBy(c => c.CompetenceCode[..c.CompetenceCode.IndexOf('.', StringComparison.Ordinal)])
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Average(c => c.Gain), StringComparer.Ordinal);
    }

    /// <summary>The pseudonymous person.</summary>
    public string PersonId { get; }

    /// <summary>The date of the earlier assessment.</summary>
    public LocalDate From { get; }

    /// <summary>The date of the later assessment.</summary>
    public LocalDate To { get; }

    /// <summary>The competences assessed in both, in code order.</summary>
    public IReadOnlyList<CompetenceProgress> Competences { get; }

    /// <summary>The mean gain over <see cref="Competences"/> (0 when none is comparable).</summary>
    public double MeanGain { get; }

    /// <summary>The mean gain per DigComp area code (only areas with a compared competence).</summary>
    public IReadOnlyDictionary<string, double> AreaMeanGains { get; }

    /// <summary>Compares two assessments of the same person.</summary>
    /// <param name="before">The earlier assessment.</param>
    /// <param name="after">The later assessment.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentNullException">An assessment is null.</exception>
    /// <exception cref="ArgumentException">The persons differ.</exception>
    public static SkillsProgress Between(SkillsAssessment before, SkillsAssessment after)
    {
        Preconditions.CheckNotNull(before);
        Preconditions.CheckNotNull(after);
        Preconditions.CheckArgument(before.PersonId == after.PersonId, nameof(after), "The two assessments concern different persons.");
        var competences = before.Levels
            .Where(p => after.Levels.ContainsKey(p.Key))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new CompetenceProgress(p.Key, p.Value, after.Levels[p.Key]))
            .ToArray();
        return new SkillsProgress(before.PersonId, before.Date, after.Date, competences);
    }
}

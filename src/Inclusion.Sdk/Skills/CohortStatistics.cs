using Inclusion.Sdk.Surveys;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Skills;

/// <summary>
/// Statistics of a cohort followed over repeated assessments: per wave, the share meeting a baseline profile, the mean
/// level gain since baseline and the distribution of levels.
/// </summary>
/// <remarks>Each person's assessments are ordered by date; wave k holds each person's k-th one. This type is immutable
/// and thread-safe.</remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class CohortStatistics : Reporting.IHtmlRenderable
{
    private CohortStatistics(string profile, int personCount, IReadOnlyList<CohortWave> waves)
    {
        Profile = profile;
        PersonCount = personCount;
        Waves = waves;
    }

    /// <summary>The name of the baseline profile.</summary>
    public string Profile { get; }

    /// <summary>The number of distinct persons.</summary>
    public int PersonCount { get; }

    /// <summary>The waves, baseline first.</summary>
    public IReadOnlyList<CohortWave> Waves { get; }

    /// <summary>Computes the statistics.</summary>
    /// <param name="assessments">The assessments of the cohort.</param>
    /// <param name="profile">The baseline profile; <see cref="BaselineProfile.SavoirsDeBase"/> when null.</param>
    /// <param name="confidence">The confidence level of the intervals; 0.95 by default.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> is null.</exception>
    public static CohortStatistics Compute(IEnumerable<SkillsAssessment> assessments, BaselineProfile? profile = null, double confidence = 0.95)
    {
        Preconditions.CheckNotNull(assessments);
        profile ??= BaselineProfile.SavoirsDeBase;
        var persons = assessments
            .GroupBy(a => a.PersonId, StringComparer.Ordinal)
            .Select(g => g.OrderBy(a => a.Date).ToArray())
            .ToArray();
        var waveCount = persons.Length == 0 ? 0 : persons.Max(p => p.Length);
        var waves = new List<CohortWave>();
        for (var k = 0; k < waveCount; k++)
        {
            var inWave = persons.Where(p => p.Length > k).ToArray();
            var meets = inWave.Select(p => profile.IsMetBy(p[k])).ToArray();
            var levels = new long[9];
            foreach (var person in inWave)
            {
                foreach (var level in person[k].Levels.Values)
                {
                    levels[level]++;
                }
            }

            double? gain = k == 0 ? null : inWave.Average(p => SkillsProgress.Between(p[0], p[k]).MeanGain);
            waves.Add(new CohortWave(k, inWave.Length, SurveyEstimator.Proportion(meets, [], confidence), gain, levels));
        }

        return new CohortStatistics(profile.Name, persons.Length, waves);
    }
}

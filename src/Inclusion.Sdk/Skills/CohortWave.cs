using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Skills;

/// <summary>One wave of a cohort: every person's k-th assessment (0 = baseline).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CohortWave
{
    internal CohortWave(int index, int personCount, WeightedProportion meetingBaseline, double? meanGain, IReadOnlyList<long> levelDistribution)
    {
        Index = index;
        PersonCount = personCount;
        MeetingBaseline = meetingBaseline;
        MeanGainFromBaseline = meanGain;
        LevelDistribution = levelDistribution;
    }

    /// <summary>0 for the baseline assessment, 1 for the first follow-up, and so on.</summary>
    public int Index { get; }

    /// <summary>The number of persons with an assessment in this wave.</summary>
    public int PersonCount { get; }

    /// <summary>The share of those persons meeting the baseline profile, with intervals (unweighted).</summary>
    public WeightedProportion MeetingBaseline { get; }

    /// <summary>The mean over persons of their mean gain since their baseline; null for the baseline wave.</summary>
    public double? MeanGainFromBaseline { get; }

    /// <summary>The number of assessed competences at each level 0 to 8 (9 counts).</summary>
    public IReadOnlyList<long> LevelDistribution { get; }
}

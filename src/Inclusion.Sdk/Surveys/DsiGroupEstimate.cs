namespace Inclusion.Sdk.Surveys;

/// <summary>The DSI estimate of one group of a breakdown (an age band, a sex, a territory…).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DsiGroupEstimate
{
    internal DsiGroupEstimate(string column, string value, long sampleCount, DsiEstimate? estimate)
    {
        Column = column;
        Value = value;
        SampleCount = sampleCount;
        Estimate = estimate;
    }

    /// <summary>The grouping column.</summary>
    public string Column { get; }

    /// <summary>The group's value (empty when the cell was empty).</summary>
    public string Value { get; }

    /// <summary>The number of respondents in the group.</summary>
    public long SampleCount { get; }

    /// <summary>True when the group is smaller than the minimum size and its figures are withheld.</summary>
    public bool IsSuppressed => Estimate is null;

    /// <summary>The group's estimate, or null when suppressed (small-count suppression).</summary>
    public DsiEstimate? Estimate { get; }
}

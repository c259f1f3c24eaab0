using Inclusion.Sdk.Statistics;

namespace Inclusion.Sdk.Surveys;

/// <summary>The DSI estimate of one group of a breakdown (an age band, a sex, a territory…).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DsiGroupEstimate
{
    internal DsiGroupEstimate(string column, string value, long sampleCount, CellStatus status, DsiEstimate? estimate)
    {
        Status = status;
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

    /// <summary>Whether the group's figures are published, withheld because the group is smaller than the minimum size
    /// (<see cref="CellStatus.Primary"/>), or withheld so that a small group cannot be recovered from the others and the
    /// overall estimate (<see cref="CellStatus.Secondary"/>).</summary>
    public CellStatus Status { get; }

    /// <summary>True when the group's figures are withheld (<see cref="Status"/> is not published).</summary>
    public bool IsSuppressed => Estimate is null;

    /// <summary>The group's estimate, or null when suppressed (small-count suppression, primary or secondary).</summary>
    public DsiEstimate? Estimate { get; }
}

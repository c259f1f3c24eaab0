using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>The evaluation of one objective at a date: its latest measurement, progress, trajectory and status.</summary>
/// <remarks>Plain immutable data. Percentages are rounded to 3 decimals, midpoints away from zero.</remarks>
public sealed class ObjectiveEvaluation
{
    internal ObjectiveEvaluation(
        Objective objective,
        ObjectiveStatus status,
        decimal? latestValue,
        LocalDate? latestDate,
        int measurementCount,
        decimal? expectedValue,
        decimal? progressPercent,
        decimal? expectedProgressPercent,
        decimal? lagPercent,
        int? ageDays,
        bool isStale,
        bool targetReached)
    {
        Id = objective.Id;
        Title = objective.Title;
        AxisCode = objective.Axis.Code;
        Term = objective.Term;
        IndicatorId = objective.Indicator.Id;
        Unit = objective.Indicator.Unit;
        Direction = objective.Direction;
        BaselineValue = objective.BaselineValue;
        BaselineDate = objective.BaselineDate;
        TargetValue = objective.TargetValue;
        Deadline = objective.Deadline;
        Status = status;
        LatestValue = latestValue;
        LatestDate = latestDate;
        MeasurementCount = measurementCount;
        ExpectedValue = expectedValue;
        ProgressPercent = progressPercent;
        ExpectedProgressPercent = expectedProgressPercent;
        LagPercent = lagPercent;
        AgeDays = ageDays;
        IsStale = isStale;
        TargetReached = targetReached;
    }

    /// <summary>The objective identifier.</summary>
    public string Id { get; }

    /// <summary>The objective title.</summary>
    public string Title { get; }

    /// <summary>The axis code.</summary>
    public string AxisCode { get; }

    /// <summary>The horizon.</summary>
    public ObjectiveTerm Term { get; }

    /// <summary>The indicator identifier.</summary>
    public string IndicatorId { get; }

    /// <summary>The unit of the indicator.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>The direction of improvement.</summary>
    public ImprovementDirection Direction { get; }

    /// <summary>The baseline value.</summary>
    public decimal BaselineValue { get; }

    /// <summary>The baseline date.</summary>
    public LocalDate BaselineDate { get; }

    /// <summary>The target value.</summary>
    public decimal TargetValue { get; }

    /// <summary>The deadline.</summary>
    public LocalDate Deadline { get; }

    /// <summary>The status.</summary>
    public ObjectiveStatus Status { get; }

    /// <summary>The latest measured value on or before the evaluation date (the mean when several share that date).</summary>
    public decimal? LatestValue { get; }

    /// <summary>The date of the latest measurement.</summary>
    public LocalDate? LatestDate { get; }

    /// <summary>The number of valid measurements on or before the evaluation date.</summary>
    public int MeasurementCount { get; }

    /// <summary>The value on the trajectory at <see cref="LatestDate"/>, rounded to 3 decimals (midpoint away from zero).</summary>
    public decimal? ExpectedValue { get; }

    /// <summary>The share of the planned change achieved, in percent (below 0 when worse than the baseline, above 100
    /// beyond the target); for an objective that holds a level, 100 when held.</summary>
    public decimal? ProgressPercent { get; }

    /// <summary>The share of the planned change the trajectory expects at <see cref="LatestDate"/>, in percent.</summary>
    public decimal? ExpectedProgressPercent { get; }

    /// <summary>How far the measurement trails the trajectory, in percent of the planned change (0 when on or ahead).</summary>
    public decimal? LagPercent { get; }

    /// <summary>The age of the latest measurement at the evaluation date, in days.</summary>
    public int? AgeDays { get; }

    /// <summary>Whether the latest measurement is older than the settings allow.</summary>
    public bool IsStale { get; }

    /// <summary>Whether the latest measurement reaches the target in the direction of improvement.</summary>
    public bool TargetReached { get; }
}

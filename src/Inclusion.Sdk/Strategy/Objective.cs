using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// An objective of a territorial strategy: an indicator moved from a baseline (value and date) to a target (value and
/// deadline) in a direction of improvement, on an axis and a horizon.
/// </summary>
/// <remarks>
/// <para>Invariants (guarded): the deadline is after the baseline date; the target is not worse than the baseline in the
/// direction of improvement (a target equal to the baseline means "hold the level"); percent values lie in 0–100 and
/// counts are not negative. Everything that depends on measurements (progress, status) is an evaluation, not an
/// invariant. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Objective
{
    /// <summary>Creates an objective.</summary>
    /// <param name="id">The identifier in the plan (not blank).</param>
    /// <param name="title">The title (not blank).</param>
    /// <param name="axis">The axis.</param>
    /// <param name="term">The horizon.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="direction">The direction of improvement.</param>
    /// <param name="baselineValue">The value at <paramref name="baselineDate"/>.</param>
    /// <param name="baselineDate">The date of the baseline.</param>
    /// <param name="targetValue">The value to reach by <paramref name="deadline"/>.</param>
    /// <param name="deadline">The deadline, after <paramref name="baselineDate"/>.</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A blank text, an undefined enum value, a deadline not after the baseline
    /// date, a target worse than the baseline, or a value outside its unit's range.</exception>
    public Objective(
        string id,
        string title,
        StrategyAxis axis,
        ObjectiveTerm term,
        IndicatorReference indicator,
        ImprovementDirection direction,
        decimal baselineValue,
        LocalDate baselineDate,
        decimal targetValue,
        LocalDate deadline)
    {
        Id = Preconditions.CheckNotBlank(id).Trim();
        Title = Preconditions.CheckNotBlank(title).Trim();
        Axis = Preconditions.CheckNotNull(axis);
        Indicator = Preconditions.CheckNotNull(indicator);
        Preconditions.CheckArgument(Enum.IsDefined(term), nameof(term), $"Undefined term {(int)term}.");
        Preconditions.CheckArgument(Enum.IsDefined(direction), nameof(direction), $"Undefined direction {(int)direction}.");
        Preconditions.CheckArgument(deadline > baselineDate, nameof(deadline), StrategyRules.PlanDeadline.MessageFor(Date(deadline), Date(baselineDate)));
        Preconditions.CheckArgument(
            direction == ImprovementDirection.Increase ? targetValue >= baselineValue : targetValue <= baselineValue,
            nameof(targetValue),
            StrategyRules.PlanDirection.MessageFor(Number(targetValue), Number(baselineValue), direction == ImprovementDirection.Increase ? "increase" : "decrease"));
        Preconditions.CheckArgument(IsInRange(indicator.Unit, baselineValue), nameof(baselineValue), StrategyRules.PlanValueRange.MessageFor(Number(baselineValue), indicator.Unit));
        Preconditions.CheckArgument(IsInRange(indicator.Unit, targetValue), nameof(targetValue), StrategyRules.PlanValueRange.MessageFor(Number(targetValue), indicator.Unit));
        Term = term;
        Direction = direction;
        BaselineValue = baselineValue;
        BaselineDate = baselineDate;
        TargetValue = targetValue;
        Deadline = deadline;
    }

    /// <summary>The identifier in the plan.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The axis.</summary>
    public StrategyAxis Axis { get; }

    /// <summary>The horizon.</summary>
    public ObjectiveTerm Term { get; }

    /// <summary>The indicator.</summary>
    public IndicatorReference Indicator { get; }

    /// <summary>The direction of improvement.</summary>
    public ImprovementDirection Direction { get; }

    /// <summary>The value at <see cref="BaselineDate"/>.</summary>
    public decimal BaselineValue { get; }

    /// <summary>The date of the baseline.</summary>
    public LocalDate BaselineDate { get; }

    /// <summary>The value to reach.</summary>
    public decimal TargetValue { get; }

    /// <summary>The deadline.</summary>
    public LocalDate Deadline { get; }

    /// <summary>The value on the linear trajectory from the baseline to the target at <paramref name="date"/>: the
    /// baseline before the baseline date, the target after the deadline.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The expected value.</returns>
    public decimal ExpectedValueAt(LocalDate date) => BaselineValue + ((TargetValue - BaselineValue) * ElapsedFraction(date));

    /// <summary>The fraction of the baseline-to-deadline span elapsed at <paramref name="date"/>, clamped to 0–1.</summary>
    /// <param name="date">The date.</param>
    /// <returns>A value between 0 and 1.</returns>
    public decimal ElapsedFraction(LocalDate date)
    {
        if (date <= BaselineDate)
        {
            return 0m;
        }

        if (date >= Deadline)
        {
            return 1m;
        }

        var total = Period.DaysBetween(BaselineDate, Deadline);
        return (decimal)Period.DaysBetween(BaselineDate, date) / total;
    }

    /// <summary>The largest magnitude of an indicator value (10^15): beyond any real indicator, it keeps every sum
    /// and ratio of an evaluation within <see cref="decimal"/>.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    /// <summary>Whether <paramref name="value"/> lies in the range of <paramref name="unit"/> (0–100 for percent, not
    /// negative for counts and euros, at most <see cref="MaxMagnitude"/> in magnitude).</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value is acceptable.</returns>
    public static bool IsInRange(IndicatorUnit unit, decimal value) => Math.Abs(value) <= MaxMagnitude && unit switch
    {
        IndicatorUnit.Percent => value is >= 0m and <= 100m,
        IndicatorUnit.Count or IndicatorUnit.Euros => value >= 0m,
        _ => true,
    };

    /// <summary>Returns the identifier and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Title}";

    private static string Number(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

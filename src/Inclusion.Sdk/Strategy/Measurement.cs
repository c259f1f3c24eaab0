using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>A measured value of an indicator at a date, from any source (a survey, a dashboard, an SDK calculation).</summary>
/// <remarks>The indicator is referred to by identifier, so that measurements can be recorded before or without a plan;
/// values are checked against the indicator's unit at evaluation time (out of range: ignored with a finding, including
/// magnitudes above <see cref="Objective.MaxMagnitude"/>). This type is immutable and thread-safe.</remarks>
public sealed class Measurement
{
    /// <summary>Creates a measurement.</summary>
    /// <param name="indicatorId">The indicator identifier (not blank).</param>
    /// <param name="date">The date the value refers to.</param>
    /// <param name="value">The value.</param>
    /// <param name="source">Where the value comes from, when known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorId"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="indicatorId"/> is blank.</exception>
    public Measurement(string indicatorId, LocalDate date, decimal value, string? source = null)
    {
        IndicatorId = Preconditions.CheckNotBlank(indicatorId).Trim();
        Date = date;
        Value = value;
        Source = string.IsNullOrWhiteSpace(source) ? null : source.Trim();
    }

    /// <summary>The indicator identifier.</summary>
    public string IndicatorId { get; }

    /// <summary>The date the value refers to.</summary>
    public LocalDate Date { get; }

    /// <summary>The value.</summary>
    public decimal Value { get; }

    /// <summary>Where the value comes from, when known.</summary>
    public string? Source { get; }

    /// <summary>Returns <c>indicator@date=value</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{IndicatorId}@{Date:uuuu-MM-dd}={Value}";
}

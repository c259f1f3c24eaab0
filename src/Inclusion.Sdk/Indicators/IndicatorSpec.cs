using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Indicators;

/// <summary>One indicator of an index: the input column, its axis, weight within the axis, normalisation and
/// direction.</summary>
public sealed class IndicatorSpec
{
    /// <summary>Creates an indicator specification.</summary>
    /// <param name="column">The column name in the indicator table.</param>
    /// <param name="axis">The axis it belongs to.</param>
    /// <param name="normalization">How raw values become scores.</param>
    /// <param name="weight">The weight within the axis, positive (1 by default).</param>
    /// <param name="higherIsWorse">True when a higher raw value means more fragility (the default); false inverts the
    /// direction of z-score, min–max and decile scores (and uses reference / x for ratios).</param>
    /// <param name="referenceValue">A fixed reference for <see cref="Normalization.RatioToReference"/>, or null to use
    /// the population-weighted mean of the table.</param>
    /// <exception cref="ArgumentException"><paramref name="column"/> or <paramref name="axis"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not positive and finite.</exception>
    public IndicatorSpec(string column, string axis, Normalization normalization, double weight = 1, bool higherIsWorse = true, double? referenceValue = null)
    {
        Column = Preconditions.CheckNotBlank(column);
        Axis = Preconditions.CheckNotBlank(axis);
        if (!(weight > 0) || double.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight is positive and finite.");
        }

        Normalization = normalization;
        Weight = weight;
        HigherIsWorse = higherIsWorse;
        ReferenceValue = referenceValue;
    }

    /// <summary>The column name.</summary>
    public string Column { get; }

    /// <summary>The axis.</summary>
    public string Axis { get; }

    /// <summary>The normalisation.</summary>
    public Normalization Normalization { get; }

    /// <summary>The weight within the axis.</summary>
    public double Weight { get; }

    /// <summary>Whether a higher raw value means more fragility.</summary>
    public bool HigherIsWorse { get; }

    /// <summary>The fixed reference of a ratio, if any.</summary>
    public double? ReferenceValue { get; }
}

using System.Globalization;

namespace Inclusion.Sdk.Surveys;

/// <summary>A two-sided confidence interval for a proportion: bounds in [0, 1] and the confidence level.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly struct ConfidenceInterval : IEquatable<ConfidenceInterval>
{
    internal ConfidenceInterval(double lower, double upper, double confidence)
    {
        Lower = Math.Clamp(lower, 0, 1);
        Upper = Math.Clamp(upper, 0, 1);
        Confidence = confidence;
    }

    /// <summary>The lower bound, in [0, 1].</summary>
    public double Lower { get; }

    /// <summary>The upper bound, in [<see cref="Lower"/>, 1].</summary>
    public double Upper { get; }

    /// <summary>The confidence level, for example 0.95.</summary>
    public double Confidence { get; }

    /// <summary>The width, <see cref="Upper"/> − <see cref="Lower"/>.</summary>
    public double Width => Upper - Lower;

    /// <summary>True when <paramref name="value"/> lies between the bounds (inclusive).</summary>
    /// <param name="value">A proportion.</param>
    /// <returns>Whether the interval contains it.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <inheritdoc/>
    public bool Equals(ConfidenceInterval other) =>
        Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && Confidence.Equals(other.Confidence);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ConfidenceInterval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, Confidence);

    /// <summary>The interval as <c>[0.4038, 0.5962] (95 %)</c>.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"[{Lower:0.0000}, {Upper:0.0000}] ({Confidence * 100:0.##} %)");

    /// <summary>Equality of bounds and level.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ConfidenceInterval left, ConfidenceInterval right) => left.Equals(right);

    /// <summary>Inequality of bounds or level.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ConfidenceInterval left, ConfidenceInterval right) => !left.Equals(right);
}

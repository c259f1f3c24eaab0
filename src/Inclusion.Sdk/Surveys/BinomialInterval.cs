namespace Inclusion.Sdk.Surveys;

/// <summary>
/// Confidence intervals for a proportion: Wilson's score interval and the Clopper–Pearson "exact" interval. Both
/// accept a non-integer sample size so that a weighted estimate can use Kish's effective sample size.
/// </summary>
/// <remarks>
/// <para><b>Wilson</b>: centre (p + z²/2n) / (1 + z²/n), half-width z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²), with z the
/// normal quantile of 1 − α/2. Example: n = 100, p = 0.5, 95 % → [0.4038, 0.5962].</para>
/// <para><b>Clopper–Pearson</b>: lower = B⁻¹(α/2; x, n − x + 1) (0 when x = 0), upper = B⁻¹(1 − α/2; x + 1, n − x)
/// (1 when x = n), with B⁻¹ the inverse of the regularised incomplete beta function. Example: n = 10, x = 3, 95 % →
/// [0.0667, 0.6525]. With design weights, x = p̂ · n_eff and n = n_eff (the Korn–Graubard adaptation).</para>
/// <para>This class is stateless and thread-safe.</para>
/// </remarks>
public static class BinomialInterval
{
    /// <summary>Wilson's score interval.</summary>
    /// <param name="proportion">The estimated proportion, in [0, 1].</param>
    /// <param name="sampleSize">The (effective) sample size, greater than 0.</param>
    /// <param name="confidence">The confidence level, in (0, 1); 0.95 by default.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range (or not a number).</exception>
    public static ConfidenceInterval Wilson(double proportion, double sampleSize, double confidence = 0.95)
    {
        CheckRange(nameof(proportion), proportion, 0, 1, inclusive: true);
        CheckPositive(nameof(sampleSize), sampleSize);
        CheckRange(nameof(confidence), confidence, 0, 1, inclusive: false);
        return WilsonUnchecked(proportion, sampleSize, confidence, Z(confidence));
    }

    /// <summary>The Clopper–Pearson interval.</summary>
    /// <param name="successes">The (weighted, effective) number of successes, in [0, <paramref name="sampleSize"/>].</param>
    /// <param name="sampleSize">The (effective) sample size, greater than 0.</param>
    /// <param name="confidence">The confidence level, in (0, 1); 0.95 by default.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range (or not a number).</exception>
    public static ConfidenceInterval ClopperPearson(double successes, double sampleSize, double confidence = 0.95)
    {
        CheckPositive(nameof(sampleSize), sampleSize);
        CheckRange(nameof(successes), successes, 0, sampleSize, inclusive: true);
        CheckRange(nameof(confidence), confidence, 0, 1, inclusive: false);
        return ClopperPearsonUnchecked(successes, sampleSize, confidence, successes / sampleSize);
    }

    internal static double Z(double confidence) => SpecialFunctions.NormalQuantile(1 - ((1 - confidence) / 2));

    internal static ConfidenceInterval WilsonUnchecked(double p, double n, double confidence, double z)
    {
        var z2 = z * z;
        var denominator = 1 + (z2 / n);
        var centre = (p + (z2 / (2 * n))) / denominator;
        var half = z / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new ConfidenceInterval(Math.Min(centre - half, p), Math.Max(centre + half, p), confidence);
    }

    internal static ConfidenceInterval ClopperPearsonUnchecked(double x, double n, double confidence, double p)
    {
        var alpha = 1 - confidence;
        var lower = x <= 0 ? 0 : SpecialFunctions.InverseIncompleteBeta(x, n - x + 1, alpha / 2);
        var upper = x >= n ? 1 : SpecialFunctions.InverseIncompleteBeta(x + 1, n - x, 1 - (alpha / 2));
        return new ConfidenceInterval(Math.Min(lower, p), Math.Max(upper, p), confidence);
    }

    internal static void CheckRange(string name, double value, double min, double max, bool inclusive)
    {
        var ok = inclusive ? value >= min && value <= max : value > min && value < max;
        if (!ok)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Expected a value {(inclusive ? "in [" : "in (")}{min}, {max}{(inclusive ? "]" : ")")}.");
        }
    }

    internal static void CheckPositive(string name, double value)
    {
        if (!(value > 0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "Expected a finite value greater than 0.");
        }
    }
}

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
/// [0.0667, 0.6525]. With design weights, <see cref="WeightedProportion.ClopperPearson"/> uses x = p̂ · n_eff and
/// n = n_eff (Kish's effective size): that is Korn and Graubard's interval <i>without</i> their degrees-of-freedom
/// correction.</para>
/// <para><b>Korn–Graubard</b> (Korn E. L. and Graubard B. I., 1998, "Confidence intervals for proportions with small
/// expected number of positive counts estimated from survey data", <i>Survey Methodology</i> 24(2), 193–201): the
/// effective size is corrected for the design's degrees of freedom, n*_df = n_eff · (t_{n−1, α/2} / t_{df, α/2})²,
/// then Clopper–Pearson on (p̂ · n*_df, n*_df). This is the formula of R's <c>survey::svyciprop(method = "beta")</c>
/// (the same factor, with n the number of rows of the design and df its <c>degf</c>). With df = n − 1 (the default, what a design without strata or clusters has) the
/// factor is 1; fewer degrees of freedom (clusters − strata) shrink n*_df and widen the interval. Example: p̂ = 0.1,
/// n_eff = 50, n = 200, df = 9 → n*_df = 37.994, 95 % interval [0.0267, 0.2413].</para>
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

    /// <summary>Korn and Graubard's interval: Clopper–Pearson on the effective sample size corrected for the design's
    /// degrees of freedom (see the class remarks for the formula and its sources).</summary>
    /// <param name="proportion">The estimated proportion p̂, in [0, 1].</param>
    /// <param name="effectiveSampleSize">The effective sample size n_eff (for example Kish's (Σw)² / Σw², or
    /// p̂(1 − p̂) / v̂(p̂) from a design-based variance), greater than 0.</param>
    /// <param name="sampleCount">The number of respondents n behind the estimate, greater than 1.</param>
    /// <param name="degreesOfFreedom">The design's degrees of freedom (number of clusters minus number of strata), greater
    /// than 0; n − 1 when there are neither, which makes the correction factor 1.</param>
    /// <param name="confidence">The confidence level, in (0, 1); 0.95 by default.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range (or not a number).</exception>
    public static ConfidenceInterval KornGraubard(double proportion, double effectiveSampleSize, double sampleCount, double degreesOfFreedom, double confidence = 0.95)
    {
        CheckRange(nameof(proportion), proportion, 0, 1, inclusive: true);
        var size = KornGraubardSampleSize(effectiveSampleSize, sampleCount, degreesOfFreedom, confidence);
        return ClopperPearsonUnchecked(Math.Min(proportion * size, size), size, confidence, proportion);
    }

    /// <summary>Korn and Graubard's degrees-of-freedom-corrected effective sample size
    /// n*_df = n_eff · (t_{n−1, α/2} / t_{df, α/2})².</summary>
    /// <param name="effectiveSampleSize">The effective sample size n_eff, greater than 0.</param>
    /// <param name="sampleCount">The number of respondents n, greater than 1.</param>
    /// <param name="degreesOfFreedom">The design's degrees of freedom, greater than 0.</param>
    /// <param name="confidence">The confidence level, in (0, 1); 0.95 by default.</param>
    /// <returns>n*_df (equal to n_eff when df = n − 1).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range (or not a number).</exception>
    public static double KornGraubardSampleSize(double effectiveSampleSize, double sampleCount, double degreesOfFreedom, double confidence = 0.95)
    {
        CheckPositive(nameof(effectiveSampleSize), effectiveSampleSize);
        CheckPositive(nameof(degreesOfFreedom), degreesOfFreedom);
        CheckRange(nameof(confidence), confidence, 0, 1, inclusive: false);
        if (!(sampleCount > 1) || double.IsInfinity(sampleCount))
        {
            throw new ArgumentOutOfRangeException(nameof(sampleCount), sampleCount, "Expected a finite value greater than 1.");
        }

        if (degreesOfFreedom == sampleCount - 1)
        {
            return effectiveSampleSize;
        }

        var tail = (1 - confidence) / 2;
        var ratio = SpecialFunctions.StudentUpperQuantile(sampleCount - 1, tail) / SpecialFunctions.StudentUpperQuantile(degreesOfFreedom, tail);
        return effectiveSampleSize * ratio * ratio;
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

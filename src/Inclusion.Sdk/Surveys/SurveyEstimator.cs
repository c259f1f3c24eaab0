namespace Inclusion.Sdk.Surveys;

/// <summary>Weighted proportions with confidence intervals over plain arrays (one element per response).</summary>
/// <remarks>One pass, no allocation beyond the result. This class is stateless and thread-safe.</remarks>
public static class SurveyEstimator
{
    /// <summary>The weighted share of responses whose outcome is true.</summary>
    /// <param name="outcomes">One outcome per response.</param>
    /// <param name="weights">One design weight per response (finite, zero or more), or empty for unweighted data.</param>
    /// <param name="confidence">The confidence level of the intervals, in (0, 1); 0.95 by default.</param>
    /// <returns>The estimate with its intervals.</returns>
    /// <exception cref="ArgumentException"><paramref name="weights"/> is neither empty nor as long as
    /// <paramref name="outcomes"/>, or a weight is negative or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1).</exception>
    public static WeightedProportion Proportion(ReadOnlySpan<bool> outcomes, ReadOnlySpan<double> weights, double confidence = 0.95)
    {
        BinomialInterval.CheckRange(nameof(confidence), confidence, 0, 1, inclusive: false);
        if (!weights.IsEmpty && weights.Length != outcomes.Length)
        {
            throw new ArgumentException("Expected one weight per outcome, or no weights.", nameof(weights));
        }

        long successes = 0;
        if (weights.IsEmpty)
        {
            for (var i = 0; i < outcomes.Length; i++)
            {
                successes += outcomes[i] ? 1 : 0;
            }

            return new WeightedProportion(outcomes.Length, successes, successes, outcomes.Length, outcomes.Length, confidence);
        }

        double total = 0, squares = 0, hits = 0;
        for (var i = 0; i < outcomes.Length; i++)
        {
            var w = weights[i];
            if (!(w >= 0) || double.IsInfinity(w))
            {
                throw new ArgumentException($"Weight {i} is negative or not finite: {w}.", nameof(weights));
            }

            total += w;
            squares += w * w;
            if (outcomes[i])
            {
                hits += w;
                successes++;
            }
        }

        return Create(outcomes.Length, successes, hits, total, squares, confidence);
    }

    internal static WeightedProportion Create(long count, long successes, double hits, double total, double squares, double confidence) =>
        new(count, successes, hits, total, squares > 0 ? total * total / squares : 0, confidence);
}

namespace Inclusion.Sdk.Surveys;

/// <summary>
/// A weighted proportion estimated from survey responses with design weights: the estimate Σwᵢyᵢ / Σwᵢ, Kish's effective
/// sample size (Σwᵢ)² / Σwᵢ², and two confidence intervals computed on that effective size.
/// </summary>
/// <remarks>
/// Multiplying every weight by the same positive constant changes neither the estimate, nor the effective sample size,
/// nor the intervals. Unweighted data is the case where every weight is 1 (then n_eff = n). The intervals ignore
/// stratification and clustering beyond what Kish's design effect captures: they are a documented approximation, not
/// the producer's variance estimate. This type is immutable and thread-safe.
/// </remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class WeightedProportion : Reporting.IHtmlRenderable
{
    internal WeightedProportion(long sampleCount, long successCount, double weightedSuccesses, double weightTotal, double effectiveSampleSize, double confidence)
    {
        SampleCount = sampleCount;
        SuccessCount = successCount;
        WeightedSuccesses = weightedSuccesses;
        WeightTotal = weightTotal;
        EffectiveSampleSize = effectiveSampleSize;
        Estimate = weightTotal > 0 ? Math.Clamp(weightedSuccesses / weightTotal, 0, 1) : 0;
        if (effectiveSampleSize > 0)
        {
            Wilson = BinomialInterval.WilsonUnchecked(Estimate, effectiveSampleSize, confidence, BinomialInterval.Z(confidence));
            ClopperPearson = BinomialInterval.ClopperPearsonUnchecked(Math.Min(Estimate * effectiveSampleSize, effectiveSampleSize), effectiveSampleSize, confidence, Estimate);
        }
        else
        {
            Wilson = new ConfidenceInterval(0, 1, confidence);
            ClopperPearson = new ConfidenceInterval(0, 1, confidence);
        }
    }

    /// <summary>The number of responses in the denominator (unweighted).</summary>
    public long SampleCount { get; }

    /// <summary>The number of responses in the numerator (unweighted).</summary>
    public long SuccessCount { get; }

    /// <summary>Σ wᵢ over the numerator.</summary>
    public double WeightedSuccesses { get; }

    /// <summary>Σ wᵢ over the denominator.</summary>
    public double WeightTotal { get; }

    /// <summary>The estimated proportion, in [0, 1] (0 when the denominator is empty).</summary>
    public double Estimate { get; }

    /// <summary>Kish's effective sample size (Σwᵢ)² / Σwᵢ² (0 when the denominator is empty).</summary>
    public double EffectiveSampleSize { get; }

    /// <summary>Wilson's score interval on the effective sample size ([0, 1] when the denominator is empty).</summary>
    public ConfidenceInterval Wilson { get; }

    /// <summary>The Clopper–Pearson interval on the effective sample size ([0, 1] when the denominator is empty).</summary>
    public ConfidenceInterval ClopperPearson { get; }

    /// <summary>The estimate in percent, 3 decimals, half up (the <see cref="Percentages"/> rule).</summary>
    public decimal Percent => Math.Round((decimal)Estimate * 100m, 3, MidpointRounding.AwayFromZero);
}

namespace Inclusion.Sdk.Surveys;

/// <summary>
/// The weighted distribution of DSI 2.0 levels over a population, with intervals: every level's share, the
/// "at least basic" share (I_DSK2_BAB), INSEE's 2021 illectronisme share (not assessed + no skills), an optional
/// breakdown and the comparison with the reference figures.
/// </summary>
/// <remarks>
/// Denominator: every respondent, non-users included ("could not be assessed" stays in it). All shares share the
/// effective sample size of the population. This type is immutable and thread-safe.
/// </remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class DsiEstimate : Reporting.IHtmlRenderable
{
    internal DsiEstimate(
        string catalogue,
        long sampleCount,
        double weightTotal,
        double effectiveSampleSize,
        double confidence,
        IReadOnlyList<DsiLevelShare> levels,
        WeightedProportion atLeastBasic,
        WeightedProportion illectronisme,
        IReadOnlyList<DsiGroupEstimate> groups,
        IReadOnlyList<ReferenceComparison> comparisons)
    {
        Catalogue = catalogue;
        SampleCount = sampleCount;
        WeightTotal = weightTotal;
        EffectiveSampleSize = effectiveSampleSize;
        Confidence = confidence;
        Levels = levels;
        AtLeastBasic = atLeastBasic;
        Illectronisme = illectronisme;
        Groups = groups;
        Comparisons = comparisons;
    }

    /// <summary>The name of the activity catalogue used.</summary>
    public string Catalogue { get; }

    /// <summary>The number of respondents.</summary>
    public long SampleCount { get; }

    /// <summary>The sum of the weights.</summary>
    public double WeightTotal { get; }

    /// <summary>Kish's effective sample size.</summary>
    public double EffectiveSampleSize { get; }

    /// <summary>The confidence level of the intervals.</summary>
    public double Confidence { get; }

    /// <summary>The seven levels, from not assessed to above basic.</summary>
    public IReadOnlyList<DsiLevelShare> Levels { get; }

    /// <summary>The "at least basic" share (basic + above basic), I_DSK2_BAB.</summary>
    public WeightedProportion AtLeastBasic { get; }

    /// <summary>INSEE 2021 illectronisme: no internet use in 3 months, or a user with no skills in at least 4 of 5
    /// areas (= I_DSK2_NA + I_DSK2_X of the same respondents; INSEE's field is 15+, Eurostat's 16–74).</summary>
    public WeightedProportion Illectronisme { get; }

    /// <summary>The breakdown, when one was asked for.</summary>
    public IReadOnlyList<DsiGroupEstimate> Groups { get; }

    /// <summary>The comparison of <see cref="AtLeastBasic"/> and <see cref="Illectronisme"/> with the reference figures
    /// (empty for groups).</summary>
    public IReadOnlyList<ReferenceComparison> Comparisons { get; }

    /// <summary>The share of one level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>Its share.</returns>
    public WeightedProportion ShareOf(DsiOverallLevel level) => Levels[(int)level].Proportion;
}

using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Surveys;

/// <summary>Classifies survey responses by DSI 2.0 and estimates the weighted distribution of levels.</summary>
/// <remarks>One pass over the dense columns, no per-respondent allocation. This class is stateless and thread-safe.</remarks>
public static class DsiEstimator
{
    /// <summary>The default minimum group size of a published breakdown: smaller groups are suppressed.</summary>
    public const int DefaultMinimumGroupSize = 10;

    /// <summary>Estimates the distribution of levels.</summary>
    /// <param name="responses">The responses.</param>
    /// <param name="confidence">The confidence level, in (0, 1); 0.95 by default.</param>
    /// <param name="by">A grouping column for a breakdown, or null.</param>
    /// <param name="minimumGroupSize">Groups with fewer respondents are suppressed (1 disables suppression); when
    /// exactly one group is suppressed, the smallest other group is suppressed too, so that the overall estimate minus
    /// the published groups does not give it back (<see cref="DisclosureControl.ProtectDistribution"/>).</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> is not a grouping column of the responses.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is outside (0, 1) or
    /// <paramref name="minimumGroupSize"/> is less than 1.</exception>
    public static DsiEstimate Estimate(SurveyResponses responses, double confidence = 0.95, string? by = null, int minimumGroupSize = DefaultMinimumGroupSize)
    {
        Preconditions.CheckNotNull(responses);
        BinomialInterval.CheckRange(nameof(confidence), confidence, 0, 1, inclusive: false);
        Preconditions.CheckArgumentRange(nameof(minimumGroupSize), minimumGroupSize, 1, int.MaxValue);
        var groupCount = 1;
        ReadOnlySpan<int> codes = default;
        string[] labels = [];
        if (by is not null)
        {
            (var groupCodes, labels) = responses.Group(by);
            codes = groupCodes;
            groupCount = labels.Length + 1;
        }

        // Accumulators: per group (slot 0 = everyone) and level: weight sum and count; per group: Σw, Σw².
        var weightSums = new double[groupCount * 7];
        var counts = new long[groupCount * 7];
        var totals = new double[groupCount];
        var squares = new double[groupCount];
        var catalogue = responses.Catalogue;
        var activities = responses.Activities;
        var uses = responses.InternetUses;
        var weights = responses.Weights;
        for (var i = 0; i < activities.Length; i++)
        {
            var level = (int)catalogue.Classify(activities[i], uses[i]);
            var w = weights.IsEmpty ? 1.0 : weights[i];
            weightSums[level] += w;
            counts[level]++;
            totals[0] += w;
            squares[0] += w * w;
            if (!codes.IsEmpty)
            {
                var g = codes[i] + 1;
                weightSums[(g * 7) + level] += w;
                counts[(g * 7) + level]++;
                totals[g] += w;
                squares[g] += w * w;
            }
        }

        var groups = new List<DsiGroupEstimate>();
        var sizes = new long[groupCount - 1];
        for (var g = 1; g < groupCount; g++)
        {
            sizes[g - 1] = Sum(counts.AsSpan(g * 7, 7));
        }

        var protectedSizes = DisclosureControl.ProtectDistribution(sizes, new DisclosureRule(minimumGroupSize));
        for (var g = 1; g < groupCount; g++)
        {
            var status = protectedSizes.StatusOf(g - 1);
            var estimate = status == CellStatus.Published
                ? Build(catalogue.Name, g, weightSums, counts, totals, squares, confidence, [], compare: false)
                : null;
            groups.Add(new DsiGroupEstimate(by!, labels[g - 1], sizes[g - 1], status, estimate));
        }

        return Build(catalogue.Name, 0, weightSums, counts, totals, squares, confidence, [.. groups.OrderBy(x => x.Value, StringComparer.Ordinal)], compare: true);
    }

    private static long Sum(ReadOnlySpan<long> values)
    {
        long sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }

    private static DsiEstimate Build(string catalogue, int g, double[] weightSums, long[] counts, double[] totals, double[] squares, double confidence, IReadOnlyList<DsiGroupEstimate> groups, bool compare)
    {
        var n = Sum(counts.AsSpan(g * 7, 7));
        WeightedProportion Share(long count, double weight) =>
            SurveyEstimator.Create(n, count, weight, totals[g], squares[g], confidence);

        var levels = new DsiLevelShare[7];
        for (var l = 0; l < 7; l++)
        {
            levels[l] = new DsiLevelShare((DsiOverallLevel)l, Share(counts[(g * 7) + l], weightSums[(g * 7) + l]));
        }

        int basic = (g * 7) + (int)DsiOverallLevel.Basic, above = (g * 7) + (int)DsiOverallLevel.AboveBasic;
        int na = (g * 7) + (int)DsiOverallLevel.NotAssessed, none = (g * 7) + (int)DsiOverallLevel.NoSkills;
        var atLeastBasic = Share(counts[basic] + counts[above], weightSums[basic] + weightSums[above]);
        var illectronisme = Share(counts[na] + counts[none], weightSums[na] + weightSums[none]);
        var comparisons = new List<ReferenceComparison>();
        if (compare)
        {
            comparisons.AddRange(ReferenceFigures.Of(DsiLevels.AtLeastBasicCode).Select(f => new ReferenceComparison(f, atLeastBasic)));
            comparisons.AddRange(ReferenceFigures.Of("ILLECTRONISME_INSEE_2021").Select(f => new ReferenceComparison(f, illectronisme)));
        }

        return new DsiEstimate(catalogue, n, totals[g], squares[g] > 0 ? totals[g] * totals[g] / squares[g] : 0, confidence, levels, atLeastBasic, illectronisme, groups, comparisons);
    }
}

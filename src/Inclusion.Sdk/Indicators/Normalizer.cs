namespace Inclusion.Sdk.Indicators;

/// <summary>The normalisations of <see cref="Normalization"/> over one column (NaN = missing).</summary>
internal static class Normalizer
{
    internal static void Apply(IndicatorSpec spec, double[] column, IndicatorRow[] rows, double?[][] scores, int index)
    {
        var present = column.Where(v => !double.IsNaN(v)).ToArray();
        if (present.Length == 0)
        {
            return;
        }

        // Sorted values make sums independent of the row order.
        Array.Sort(present);
        var worse = spec.HigherIsWorse;
        switch (spec.Normalization)
        {
            case Normalization.None:
                Fill(column, scores, index, x => x);
                break;
            case Normalization.RatioToReference:
                var reference = spec.ReferenceValue ?? WeightedMean(column, rows, present);
                Fill(column, scores, index, x => reference == 0 ? null : worse ? 100 * x / reference : x == 0 ? null : 100 * reference / x);
                break;
            case Normalization.ZScore:
                var mean = present.Sum() / present.Length;
                var sd = Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / present.Length);
                Fill(column, scores, index, x => sd == 0 ? 0 : (worse ? 1 : -1) * (x - mean) / sd);
                break;
            case Normalization.MinMax:
                double min = present[0], max = present[^1];
                Fill(column, scores, index, x => max == min ? 0 : worse ? (x - min) / (max - min) : (max - x) / (max - min));
                break;
            case Normalization.DecileRank:
                long n = present.Length;
                Fill(column, scores, index, x =>
                {
                    long k = worse ? UpperBound(present, x) : n - LowerBound(present, x);
                    return (double)(((10 * k) + n - 1) / n);
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(spec), spec.Normalization, "Unknown normalisation.");
        }
    }

    private static void Fill(double[] column, double?[][] scores, int index, Func<double, double?> f)
    {
        for (var r = 0; r < column.Length; r++)
        {
            scores[r][index] = double.IsNaN(column[r]) ? null : f(column[r]);
        }
    }

    private static double WeightedMean(double[] column, IndicatorRow[] rows, double[] sortedPresent)
    {
        double sum = 0, weights = 0;
        for (var r = 0; r < column.Length; r++)
        {
            if (!double.IsNaN(column[r]) && rows[r].Population is { } p)
            {
                sum += p * column[r];
                weights += p;
            }
        }

        return weights > 0 ? sum / weights : sortedPresent.Sum() / sortedPresent.Length;
    }

    /// <summary>The number of values ≤ x.</summary>
    private static long UpperBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The number of values &lt; x.</summary>
    private static long LowerBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Inclusion.Sdk.Tests.Core;

/// <summary>The national percentage rule (indicators.md §7.6): round(100 × count / total, 3), half away from zero.</summary>
public class PercentagesTests
{
    [Fact]
    public void Distribution_Issue_1_2_3_4() => Assert.Equal([10m, 20m, 30m, 40m], Percentages.Distribution([1L, 2L, 3L, 4L]));

    [Fact]
    public void Distribution_Issue_2_2_4() => Assert.Equal([25m, 25m, 50m], Percentages.Distribution([2L, 2L, 4L]));

    [Fact]
    public void Distribution_Issue_1_2_IsNotCorrectedTo100() =>
        Assert.Equal([33.333m, 66.667m], Percentages.Distribution([1L, 2L]));

    [Fact]
    public void Distribution_Issue_0_0_0_IsAllZero() => Assert.Equal([0m, 0m, 0m], Percentages.Distribution([0L, 0L, 0L]));

    [Fact]
    public void Distribution_OtherPublishedExamples()
    {
        Assert.Equal([100m], Percentages.Distribution([50L]));
        Assert.Equal([12.5m, 37.5m, 50m], Percentages.Distribution([1L, 3L, 4L]));
        Assert.Equal([25m, 0m, 75m], Percentages.Distribution([1L, 0L, 3L]));
        Assert.Equal([20m, 80m], Percentages.Distribution([3L, 12L]));   // accompaniments, indicators.md §10 #8
        Assert.Equal([60m, 40m], Percentages.Distribution([3L, 2L]));
    }

    [Fact]
    public void Distribution_SharesNeedNotSumTo100()
    {
        var shares = Percentages.Distribution([1L, 1L, 1L]);
        Assert.Equal([33.333m, 33.333m, 33.333m], shares);
        Assert.Equal(99.999m, shares.Sum());
    }

    [Fact]
    public void Distribution_Empty_IsEmpty()
    {
        Assert.Empty(Percentages.Distribution(ReadOnlySpan<long>.Empty));
        Assert.Empty(Percentages.Distribution(ReadOnlySpan<decimal>.Empty));
    }

    [Fact]
    public void Distribution_Weights_SameRule()
    {
        Assert.Equal([10m, 20m, 30m, 40m], Percentages.Distribution([1m, 2m, 3m, 4m]));
        Assert.Equal([33.333m, 66.667m], Percentages.Distribution([1.5m, 3m]));
        Assert.Equal([0m, 0m], Percentages.Distribution([0m, 0m]));
        Assert.Equal([12.5m, 87.5m], Percentages.Distribution([0.125m, 0.875m]));
    }

    [Theory]
    [InlineData(1L, 3L, "33.333")]
    [InlineData(2L, 3L, "66.667")]
    [InlineData(0L, 0L, "0")]
    [InlineData(0L, 5L, "0")]
    [InlineData(5L, 5L, "100")]
    [InlineData(1L, 8L, "12.5")]
    [InlineData(1L, 16L, "6.25")]
    [InlineData(1L, 1600L, "0.063")]   // 0.0625 → midpoint rounded away from zero (banker's: 0.062)
    [InlineData(1L, 32000L, "0.003")]  // 0.003125
    [InlineData(1L, 2_000_000L, "0")]  // 0.00005 → 0.000
    [InlineData(1L, 200_000L, "0.001")] // 0.0005 → midpoint away from zero
    [InlineData(245_000L, 650_000L, "37.692")] // vouchers.md §15 usage ratio
    public void Share_Counts(long count, long total, string expected) =>
        Assert.Equal(Parse(expected), Percentages.Share(count, total));

    [Fact]
    public void Share_MidpointIsRoundedAwayFromZero_NotToEven()
    {
        // 100 × 1 / 1600 = 0.0625: the third decimal is even, so banker's rounding would keep 0.062.
        Assert.Equal(0.062m, Math.Round(0.0625m, 3));
        Assert.Equal(0.063m, Percentages.Share(1, 1600));
    }

    [Theory]
    [InlineData("1.5", "4.5", "33.333")]
    [InlineData("0", "0", "0")]
    [InlineData("3", "0", "0")]
    [InlineData("1", "1600", "0.063")]
    [InlineData("150", "100", "150")]
    public void Share_Weighted(string part, string total, string expected) =>
        Assert.Equal(Parse(expected), Percentages.Share(Parse(part), Parse(total)));

    [Fact]
    public void Share_HugeWeights_DoNotOverflow() =>
        Assert.Equal(50m, Percentages.Share(decimal.MaxValue / 2, decimal.MaxValue));

    [Fact]
    public void Share_ExtremeRatio_Overflows() =>
        Assert.Throws<OverflowException>(() => Percentages.Share(decimal.MaxValue, 0.0000001m));

    [Theory]
    [InlineData(-1L, 5L, "count")]
    [InlineData(6L, 5L, "count")]
    [InlineData(1L, 0L, "count")]
    [InlineData(0L, -1L, "total")]
    public void Share_Counts_Guards(long count, long total, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Percentages.Share(count, total));
        Assert.Equal(paramName, ex.ParamName);
    }

    [Theory]
    [InlineData("-1", "5", "part")]
    [InlineData("1", "-5", "total")]
    public void Share_Weighted_Guards(string part, string total, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Percentages.Share(Parse(part), Parse(total)));
        Assert.Equal(paramName, ex.ParamName);
    }

    [Fact]
    public void Distribution_NegativeCount_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Percentages.Distribution([1L, -1L]));
        Assert.Equal("counts", ex.ParamName);
        Assert.Contains("index 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Distribution_NegativeWeight_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Percentages.Distribution([-0.5m, 1m]));
        Assert.Equal("weights", ex.ParamName);
    }

    [Fact]
    public void Distribution_SumBeyondLong_Overflows()
    {
        Assert.Throws<OverflowException>(() => Percentages.Distribution([long.MaxValue, 1L]));
        Assert.Throws<OverflowException>(() => Percentages.Distribution([decimal.MaxValue, decimal.MaxValue]));
    }

    // ---- Properties ----

    private static Arbitrary<long[]> Counts =>
        Gen.Choose(1, 30)
            .SelectMany(n => Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(0, 1_000_000))), n))
            .Select(a => a.Select(x => (long)x).ToArray())
            .ToArbitrary();

    private static Arbitrary<(long Count, long Other, long Total)> CountsWithTotal =>
        (from total in Gen.Choose(0, 2_000_000)
         from a in Gen.Choose(0, total)
         from b in Gen.Choose(0, total)
         select ((long)Math.Min(a, b), (long)Math.Max(a, b), (long)total))
        .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Distribution_OfNonZeroCounts_SumsTo100WithinHalfAThousandthPerItem() =>
        Prop.ForAll(Counts, counts =>
        {
            var shares = Percentages.Distribution(counts);
            var error = Math.Abs(shares.Sum() - 100m);
            return Prop.When(counts.Sum() > 0, error <= counts.Length * 0.0005m)
                .Label($"sum {shares.Sum()}, error {error}");
        });

    [Property(MaxTest = 300)]
    public Property Distribution_EveryShareIsBetween0And100WithThreeDecimals() =>
        Prop.ForAll(Counts, counts =>
            Percentages.Distribution(counts).All(s => s >= 0m && s <= 100m && decimal.Round(s, 3) == s));

    [Property(MaxTest = 300)]
    public Property Distribution_Weights_AgreesWithCounts() =>
        Prop.ForAll(Counts, counts =>
            Percentages.Distribution(counts.Select(c => (decimal)c).ToArray())
                .SequenceEqual(Percentages.Distribution(counts)));

    [Property(MaxTest = 300)]
    public Property Share_IsMonotonicInCount() =>
        Prop.ForAll(CountsWithTotal, t =>
            Percentages.Share(t.Count, t.Total) <= Percentages.Share(t.Other, t.Total));

    [Property(MaxTest = 300)]
    public Property Share_IsWithinHalfAThousandthOfTheExactValue() =>
        Prop.ForAll(CountsWithTotal, t =>
        {
            var share = Percentages.Share(t.Count, t.Total);
            return t.Total == 0
                ? share == 0m
                : Math.Abs(share - (100m * t.Count / t.Total)) <= 0.0005m && share >= 0m && share <= 100m;
        });

    private static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}

namespace Inclusion.Sdk.Tests.Core;

/// <summary>Allocation of <see cref="Money"/> into whole-cent parts.</summary>
public partial class MoneyTests
{
    private static Money[] Cents(params long[] cents) => cents.Select(Money.FromCents).ToArray();

    [Fact]
    public void Allocate_EqualParts_LeftoverToEarlierParts()
    {
        Assert.Equal(Cents(3334, 3333, 3333), E(100m).Allocate(3));
        Assert.Equal(Cents(2, 2, 1), E(0.05m).Allocate(3));
        Assert.Equal(Cents(1, 1, 0, 0), E(0.02m).Allocate(4));
        Assert.Equal(Cents(2500, 2500, 2500, 2500), E(100m).Allocate(4));
    }

    [Fact]
    public void Allocate_Negative_IsSymmetric()
    {
        Assert.Equal(Cents(-3334, -3333, -3333), E(-100m).Allocate(3));
        Assert.Equal(Cents(-2, -2, -1), E(-0.05m).Allocate(3));
    }

    [Fact]
    public void Allocate_RoundsTheAmountFirst_HalfAwayFromZero()
    {
        // 10.005 rounds to 10.01 (banker's would give 10.00): the parts add up to 10.01.
        Assert.Equal(Cents(501, 500), E(10.005m).Allocate(2));
        Assert.Equal(Cents(-501, -500), E(-10.005m).Allocate(2));
        Assert.Equal(Cents(1001), E(10.005m).Allocate(1));
    }

    [Fact]
    public void Allocate_OneMillionAndOneCentIntoTwelve_SumsExactly()
    {
        var parts = E(1_000_000.01m).Allocate(12);
        Assert.Equal(E(1_000_000.01m), Money.Sum(parts));
        Assert.Equal(Money.FromCents(8_333_334), parts[0]);
        Assert.Equal(Money.FromCents(8_333_333), parts[11]);
        Assert.Equal(5, parts.Count(p => p == Money.FromCents(8_333_334)));
    }

    [Fact]
    public void Allocate_Zero_GivesZerosWithoutNegativeZero()
    {
        var parts = E(-0.001m).Allocate(3);
        Assert.Equal(Cents(0, 0, 0), parts);
        Assert.All(parts, p => Assert.Equal("0.00 EUR", p.ToString()));
    }

    [Fact]
    public void Allocate_PartsHaveTwoDecimals()
    {
        Assert.Equal(["33.34 EUR", "33.33 EUR", "33.33 EUR"], E(100m).Allocate(3).Select(p => p.ToString()));
        Assert.Equal(["50.00 EUR", "50.00 EUR"], E(100m).Allocate([1m, 1m]).Select(p => p.ToString()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Allocate_PartsBelowOne_Throws(int parts)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => E(1m).Allocate(parts));
        Assert.Equal("parts", ex.ParamName);
    }

    [Fact]
    public void Allocate_AmountTooLargeForCents_Overflows()
    {
        Assert.Throws<OverflowException>(() => E(decimal.MaxValue).Allocate(2));
        Assert.Throws<OverflowException>(() => E(decimal.MinValue).Allocate([1m, 1m]));
    }

    [Fact]
    public void Allocate_Ratios_Examples()
    {
        Assert.Equal(Cents(3334, 3333, 3333), E(100m).Allocate([1m, 1m, 1m]));
        Assert.Equal(Cents(0, 10000), E(100m).Allocate([0m, 1m]));
        Assert.Equal(Cents(500, 250, 250), E(10m).Allocate([0.5m, 0.25m, 0.25m]));
        Assert.Equal(Cents(2500, 7500), E(100m).Allocate([25m, 75m]));
    }

    [Fact]
    public void Allocate_Ratios_LeftoverToLargestRemainder()
    {
        // Exact shares 3.333 and 6.667 cents: the cent goes to the larger remainder, not the earlier index.
        Assert.Equal(Cents(3, 7), E(0.10m).Allocate([1m, 2m]));
        Assert.Equal(Cents(7, 3), E(0.10m).Allocate([2m, 1m]));
        // Exact shares 12.5, 37.4 and 50.1 cents: the floors add up to 99, the cent goes to the largest remainder (.5).
        Assert.Equal(Cents(13, 37, 50), E(1m).Allocate([12.5m, 37.4m, 50.1m]));
    }

    [Fact]
    public void Allocate_Ratios_EqualRemainders_FavourEarlierIndex()
    {
        Assert.Equal(Cents(2, 1), E(0.03m).Allocate([1m, 1m]));
        Assert.Equal(Cents(2, 3), E(0.05m).Allocate([3m, 7m]));
        // Exact shares 0.5 and 2.5 cents.
        Assert.Equal(Cents(1, 2), E(0.03m).Allocate([1m, 5m]));
        // Exact shares 1⅓, ⅓, ⅓ cents: the remainders are equal (non-terminating), so index 0 wins even though its
        // decimal quotient has one digit less of fraction than the others.
        Assert.Equal(Cents(2, 0, 0), E(0.02m).Allocate([4m, 1m, 1m]));
        Assert.Equal(Cents(1, 0, 1), E(0.02m).Allocate([1m, 1m, 4m]));
        // 100,000,001 cents × 40, 10 and 1 / 51: every exact share ends in ⅓ of a cent. A quotient-first computation
        // would see a larger fraction for index 1 (fewer integer digits, more fraction digits); the remainders are
        // compared exactly, so index 0 gets the cent.
        Assert.Equal(Cents(78_431_374, 19_607_843, 1_960_784), E(1_000_000.01m).Allocate([40m, 10m, 1m]));
    }

    [Fact]
    public void Allocate_Ratios_Negative_IsSymmetric()
    {
        Assert.Equal(Cents(-3, -7), E(-0.10m).Allocate([1m, 2m]));
        Assert.Equal(Cents(-2, -3), E(-0.05m).Allocate([3m, 7m]));
    }

    [Fact]
    public void Allocate_Ratios_ManyParts_UsesPooledScratchAndMatchesEqualParts()
    {
        var ones = Enumerable.Repeat(1m, 300).ToArray();
        var byRatios = E(1m).Allocate(ones);
        Assert.Equal(E(1m).Allocate(300), byRatios);
        Assert.Equal(100, byRatios.Count(p => p == Money.FromCents(1)));
        Assert.Equal(E(1m), Money.Sum(byRatios));
    }

    [Fact]
    public void Allocate_Ratios_HugeAmountAndRatios_FallBackAndStillSumExactly()
    {
        // 10^22 cents × ratio 10^10 does not fit in a decimal: the quotient-first path is taken.
        var amount = E(100_000_000_000_000_000_000.07m);
        var parts = amount.Allocate([10_000_000_000m, 1m, 3m, 0m]);
        Assert.Equal(amount, Money.Sum(parts));
        Assert.All(parts, p => Assert.True(p.IsWholeCents));
        Assert.Equal(Money.Zero, parts[3]);
        Assert.True(parts[0] > parts[2] && parts[2] > parts[1]);
    }

    [Fact]
    public void Allocate_Ratios_Empty_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => E(1m).Allocate(ReadOnlySpan<decimal>.Empty));
        Assert.Equal("ratios", ex.ParamName);
    }

    [Fact]
    public void Allocate_Ratios_Negative_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => E(1m).Allocate([1m, -0.5m, 2m]));
        Assert.Equal("ratios", ex.ParamName);
        Assert.Contains("index 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocate_Ratios_ZeroSum_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => E(1m).Allocate([0m, 0m]));
        Assert.IsNotType<ArgumentOutOfRangeException>(ex);
        Assert.Equal("ratios", ex.ParamName);
    }

    [Fact]
    public void Allocate_Ratios_SumBeyondDecimal_Overflows() =>
        Assert.Throws<OverflowException>(() => E(1m).Allocate([decimal.MaxValue, decimal.MaxValue]));

    [Fact]
    public void Allocate_AllocatesOnlyTheResultArray()
    {
        var amount = E(1_000_000.01m);
        decimal[] twelve = [1m, 2m, 3m, 4m, 5m, 6m, 7m, 8m, 9m, 10m, 11m, 12m];
        var thousand = Enumerable.Range(1, 1000).Select(i => (decimal)i).ToArray();
        for (var i = 0; i < 3; i++)
        {
            _ = amount.Allocate(12);
            _ = amount.Allocate(twelve);
            _ = amount.Allocate(thousand);
            _ = amount.Allocate(1000);
        }

        Assert.Equal(ArrayBytes(12), AllocatedBy(() => amount.Allocate(12)));
        Assert.Equal(ArrayBytes(12), AllocatedBy(() => amount.Allocate(twelve)));
        Assert.Equal(ArrayBytes(1000), AllocatedBy(() => amount.Allocate(1000)));
        Assert.Equal(ArrayBytes(1000), AllocatedBy(() => amount.Allocate(thousand)));

        static long ArrayBytes(int length) => (2 * IntPtr.Size) + 8 + (16L * length); // header, method table, length, items
    }

    private static long AllocatedBy(Func<Money[]> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = action();
        var after = GC.GetAllocatedBytesForCurrentThread();
        GC.KeepAlive(result);
        return after - before;
    }
}

using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Surveys;

public class BinomialIntervalTests
{
    [Fact]
    public void Wilson_n100_p05_95_is_0_4038_0_5962()
    {
        // Textbook value of Wilson's score interval (e.g. Agresti & Coull 1998, Newcombe 1998 method 3).
        var interval = BinomialInterval.Wilson(0.5, 100);
        Assert.Equal(0.4038, interval.Lower, 4);
        Assert.Equal(0.5962, interval.Upper, 4);
        Assert.Equal(0.95, interval.Confidence);
    }

    [Theory]
    // Clopper & Pearson (1934) exact limits; values as tabulated by R's binom.test / statsmodels' proportion_confint(method="beta").
    [InlineData(3, 10, 0.0667, 0.6525)]
    [InlineData(0, 10, 0.0, 0.3085)]
    [InlineData(10, 10, 0.6915, 1.0)]
    [InlineData(1, 20, 0.0013, 0.2487)]
    [InlineData(50, 100, 0.3983, 0.6017)]
    public void ClopperPearson_matches_tabulated_limits(int x, int n, double lower, double upper)
    {
        var interval = BinomialInterval.ClopperPearson(x, n);
        Assert.Equal(lower, interval.Lower, 4);
        Assert.Equal(upper, interval.Upper, 4);
    }

    [Fact]
    public void Normal_quantile_and_incomplete_beta_match_known_values()
    {
        Assert.Equal(1.959964, SpecialFunctions.NormalQuantile(0.975), 6);
        Assert.Equal(-2.575829, SpecialFunctions.NormalQuantile(0.005), 6);
        Assert.Equal(0.0, SpecialFunctions.NormalQuantile(0.5), 12);
        // I_0.5(2, 3) = (6 + 4 + 1) / 16 (binomial sum).
        Assert.Equal(0.6875, SpecialFunctions.IncompleteBeta(2, 3, 0.5), 12);
        Assert.Equal(0.3, SpecialFunctions.InverseIncompleteBeta(1, 1, 0.3), 10);
        Assert.Equal(Math.Log(24), SpecialFunctions.LogGamma(5), 10);
        Assert.Equal(Math.Log(Math.Sqrt(Math.PI)), SpecialFunctions.LogGamma(0.5), 10);
    }

    [Fact]
    public void Bad_arguments_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialInterval.Wilson(1.2, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialInterval.Wilson(0.5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialInterval.Wilson(0.5, 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialInterval.ClopperPearson(11, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => BinomialInterval.ClopperPearson(1, double.NaN));
    }

    [Fact]
    public void Weighted_proportion_uses_kish_effective_sample_size()
    {
        // Weights 1, 1, 2, 4: Σw = 8, Σw² = 22, n_eff = 64 / 22; successes are the last two: p = 6 / 8.
        var p = SurveyEstimator.Proportion([false, false, true, true], [1, 1, 2, 4]);
        Assert.Equal(0.75, p.Estimate, 12);
        Assert.Equal(64.0 / 22, p.EffectiveSampleSize, 12);
        Assert.Equal(BinomialInterval.Wilson(0.75, 64.0 / 22), p.Wilson);
        Assert.Equal(BinomialInterval.ClopperPearson(0.75 * 64 / 22, 64.0 / 22).Lower, p.ClopperPearson.Lower, 12);
        Assert.Equal(75m, p.Percent);
        Assert.Equal(4, p.SampleCount);
        Assert.Equal(2, p.SuccessCount);
    }

    [Fact]
    public void Unweighted_proportion_equals_the_plain_share_and_empty_input_is_zero_with_full_interval()
    {
        var p = SurveyEstimator.Proportion([true, false, false], []);
        Assert.Equal(1.0 / 3, p.Estimate, 12);
        Assert.Equal(3, p.EffectiveSampleSize);
        Assert.Equal(33.333m, p.Percent);
        var empty = SurveyEstimator.Proportion([], []);
        Assert.Equal(0, empty.Estimate);
        Assert.Equal(0, empty.Wilson.Lower);
        Assert.Equal(1, empty.Wilson.Upper);
        Assert.Throws<ArgumentException>(() => SurveyEstimator.Proportion([true], [-1]));
        Assert.Throws<ArgumentException>(() => SurveyEstimator.Proportion([true], [1, 2]));
    }
}

public class LargeSampleIntervalTests
{
    [Theory]
    [InlineData(500_000, 1_000_000)]
    [InlineData(597_000, 1_000_000)]
    [InlineData(30, 5_000_000)]
    public void ClopperPearson_stays_accurate_for_large_samples(double x, double n)
    {
        // For large n the exact interval approaches Wilson's (both ≈ p ± z·√(p(1−p)/n)).
        var exact = BinomialInterval.ClopperPearson(x, n);
        var wilson = BinomialInterval.Wilson(x / n, n);
        Assert.Equal(wilson.Lower, exact.Lower, x < 100 ? 1e-6 : 2e-6);
        Assert.Equal(wilson.Upper, exact.Upper, x < 100 ? 2e-6 : 2e-6);
        Assert.True(exact.Width >= wilson.Width * 0.999);
    }
}

using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Surveys;

/// <summary>Issue 14: the weighted Clopper–Pearson interval is Korn–Graubard only with the degrees-of-freedom
/// correction.</summary>
public class KornGraubardTests
{
    [Theory]
    // Korn & Graubard (1998) with their degrees-of-freedom correction, as R's survey::svyciprop(method = "beta"):
    // n*_df = n_eff · (t_{n−1, α/2} / t_{df, α/2})², then Clopper–Pearson on (p̂ · n*_df, n*_df). Reference values
    // computed independently with mpmath 1.3 (40 digits: betainc and findroot); t_{9, 0.975} = 2.2621572 (tables).
    [InlineData(0.1, 50, 200, 9, 37.9943602723399, 0.0266932907954099, 0.241337961702301)]
    [InlineData(0.3, 120.5, 400, 20, 107.030748946066, 0.21521533843504, 0.396189774350771)]
    [InlineData(0.1, 50, 200, 199, 50.0, 0.0332750935890225, 0.218135366434202)]
    [InlineData(0.02, 8000, 100000, 30, 7368.33430846234, 0.016926516914992, 0.0234609882846227)]
    public void Korn_Graubard_applies_the_degrees_of_freedom_correction(double p, double effective, double n, double df, double adjusted, double lower, double upper)
    {
        // Relative 1e-8: the normal quantile behind t for large n is Acklam's approximation (relative error ≤ 1.2e-9).
        Assert.InRange(Math.Abs((BinomialInterval.KornGraubardSampleSize(effective, n, df) / adjusted) - 1), 0, 1e-8);
        var interval = BinomialInterval.KornGraubard(p, effective, n, df);
        Assert.Equal(lower, interval.Lower, 8);
        Assert.Equal(upper, interval.Upper, 8);
    }

    [Fact]
    public void Korn_Graubard_with_n_minus_1_degrees_of_freedom_is_Clopper_Pearson_on_the_effective_size()
    {
        var responses = SurveyEstimator.Proportion([true, false, false, true, false], [1, 2, 3, 1, 0.5]);
        var plain = responses.ClopperPearson;
        var corrected = responses.KornGraubard(); // df = n − 1 = 4 by default
        Assert.Equal(plain.Lower, corrected.Lower, 12);
        Assert.Equal(plain.Upper, corrected.Upper, 12);
        var fewPsus = responses.KornGraubard(degreesOfFreedom: 2);
        Assert.True(fewPsus.Lower < plain.Lower && fewPsus.Upper > plain.Upper);
    }

    [Theory]
    // Student's t upper quantiles, computed independently with mpmath 1.3 (40 digits); 2.262157 for ν = 9 and
    // 12.706205 for ν = 1 are the tabulated values. Both sides of ν = 1,000, where the Cornish–Fisher expansion takes over.
    [InlineData(1, 0.025, 12.7062047361747)]
    [InlineData(2.5, 0.025, 3.57465484200368)]
    [InlineData(9, 0.025, 2.26215716279821)]
    [InlineData(30, 0.005, 2.74999565356723)]
    [InlineData(999.5, 0.025, 1.96234027038385)]
    [InlineData(1000, 0.025, 1.96233908082641)]
    [InlineData(1000.5, 0.005, 2.58075223217431)]
    [InlineData(5000, 0.025, 1.96043855170651)]
    [InlineData(1e6, 0.005, 2.57583422010533)]
    public void Student_quantiles_match_an_independent_computation(double nu, double tail, double expected)
    {
        Assert.Equal(expected, SpecialFunctions.StudentUpperQuantile(nu, tail), 7);
    }
}

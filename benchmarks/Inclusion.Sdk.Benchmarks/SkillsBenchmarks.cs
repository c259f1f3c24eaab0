using BenchmarkDotNet.Attributes;
using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>
/// DSI 2.0 classification of respondents (dense activity masks) and a weighted estimate with its intervals.
/// Targets: 1,000,000 respondents classified under 200 ms; a weighted estimate with its interval over 1,000,000 rows
/// under 50 ms. <see cref="Rows"/> starts small so that CI's dry smoke stays fast.
/// </summary>
[MemoryDiagnoser]
public class SkillsBenchmarks
{
    private ulong[] activities = [];
    private InternetUse[] uses = [];
    private double[] weights = [];
    private bool[] outcomes = [];
    private DsiOverallLevel[] levels = [];
    private SurveyResponses responses = null!;
    private readonly DsiActivityCatalogue catalogue = DsiActivityCatalogue.Default;

    [Params(1_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        activities = new ulong[Rows];
        uses = new InternetUse[Rows];
        weights = new double[Rows];
        outcomes = new bool[Rows];
        levels = new DsiOverallLevel[Rows];
        for (var i = 0; i < Rows; i++)
        {
            activities[i] = (ulong)random.NextInt64() & ((1UL << 30) - 1) & (ulong)random.NextInt64();
            uses[i] = random.Next(10) == 0 ? InternetUse.Never : InternetUse.LastThreeMonths;
            weights[i] = 0.5 + (random.NextDouble() * 2);
            outcomes[i] = random.Next(2) == 0;
        }

        responses = SurveyResponses.Create(catalogue, activities, uses, weights);
    }

    [Benchmark(Baseline = true)]
    public DsiOverallLevel ClassifyAll()
    {
        catalogue.ClassifyAll(activities, uses, levels);
        return levels[^1];
    }

    [Benchmark]
    public double WeightedProportionWithIntervals()
    {
        var p = SurveyEstimator.Proportion(outcomes, weights);
        return p.Wilson.Lower + p.ClopperPearson.Upper;
    }

    [Benchmark]
    public double DsiEstimateAllLevels() => DsiEstimator.Estimate(responses).AtLeastBasic.Estimate;
}

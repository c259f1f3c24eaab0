using BenchmarkDotNet.Attributes;
using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Territories;
using NodaTime;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>Evaluating a strategy of 1,000 objectives (100 actions of 3 funding lines) against measurements
/// (issue target: 100,000 measurements under 50 ms), and reading the sample plan file.</summary>
[MemoryDiagnoser]
public class StrategyBenchmarks
{
    private TerritorialStrategy strategy = null!;
    private Measurement[] measurements = [];
    private byte[] planJson = [];

    /// <summary>The number of measurements (the first value is small for CI's dry smoke).</summary>
    [Params(10_000, 100_000)]
    public int MeasurementCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var start = new LocalDate(2026, 1, 1);
        var lead = new Actor("lead", "Lead", ActorRoles.MediationProvider);
        var funder = new Actor("funder", "Funder", ActorRoles.Funder);
        var objectives = Enumerable.Range(0, 1000)
            .Select(i => new Objective(
                "O" + i, "Objective " + i, StrategyAxis.BuiltIn[i % StrategyAxis.BuiltIn.Count], ObjectiveTerm.MediumTerm,
                IndicatorReference.UserDefined("bench.indicator-" + i, IndicatorUnit.Percent),
                i % 2 == 0 ? ImprovementDirection.Increase : ImprovementDirection.Decrease,
                i % 2 == 0 ? 20m : 80m, start, i % 2 == 0 ? 60m : 40m, start.PlusYears(3)))
            .ToArray();
        var actions = Enumerable.Range(0, 100)
            .Select(i => new PlanAction(
                "A" + i, "Action " + i, StrategyAxis.BuiltIn[i % StrategyAxis.BuiltIn.Count], lead,
                new DateInterval(start, start.PlusYears(2)), Money.FromEuros(30_000m),
                [
                    new FundingLine(FundingSource.DroitCommun, Money.FromEuros(15_000m), Money.FromEuros(15_000m), Money.FromEuros(9_000m), funder),
                    new FundingLine(FundingSource.EuropeanFunds, Money.FromEuros(10_000m), Money.FromEuros(8_000m), Money.FromEuros(1_000m)),
                    new FundingLine(FundingSource.Foundation, Money.FromEuros(5_000m), Money.FromEuros(6_000m), Money.FromEuros(2_000m)),
                ],
                objectiveIds: Enumerable.Range(0, 10).Select(k => "O" + ((i * 10) + k))))
            .ToArray();
        strategy = new TerritorialStrategy(
            "Benchmark", TerritoryId.France, new DateInterval(start, start.PlusYears(3)), StrategyAxis.BuiltIn, objectives,
            new ActionPlan(ActionPlanKind.MultiYear, new DateInterval(start, start.PlusYears(3)), actions),
            new Governance(lead, [new GovernanceMember(funder, GovernanceRole.Funding)],
                [new GovernanceMeeting(start.PlusMonths(6), "Comité de pilotage", 14)],
                [new PartnerTraining(start.PlusMonths(3), "Formation", 9), new PartnerTraining(start.PlusMonths(9), "Formation", 20)]));
        var random = new Random(42);
        measurements = Enumerable.Range(0, MeasurementCount)
            .Select(i => new Measurement("bench.indicator-" + (i % 1000), start.PlusDays(random.Next(0, 900)), random.Next(0, 10_000) / 100m, "bench"))
            .ToArray();
        planJson = File.ReadAllBytes(FindSample());
    }

    [Benchmark(Baseline = true)]
    public StrategyEvaluation Evaluate() => StrategyEvaluator.Evaluate(strategy, measurements, new LocalDate(2028, 6, 30));

    [Benchmark]
    public Inclusion.Sdk.Files.LoadResult<TerritorialStrategy> ReadSamplePlan() => PlanFile.Load(new MemoryStream(planJson), PlanOptions);

    private static readonly ReadOptions PlanOptions = new() { Source = "plan.json" };

    private static string FindSample()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "docs", "samples", "strategy", "plan.json");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("docs/samples/strategy/plan.json not found above " + AppContext.BaseDirectory);
    }
}

using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Territories;
using NodaTime;

namespace Inclusion.Sdk.Tests.Strategy;

/// <summary>The sample plan of docs/samples/strategy and small strategies built in code.</summary>
internal static class StrategySamples
{
    internal static readonly string PlanPath = RepoFiles.RepoPath("docs/samples/strategy/plan.json");
    internal static readonly string MeasurementsPath = RepoFiles.RepoPath("docs/samples/strategy/measurements.csv");

    internal static TerritorialStrategy LoadPlan()
    {
        var result = PlanFile.Load(PlanPath);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Report.Issues));
        return result.Value;
    }

    internal static IReadOnlyList<Measurement> LoadMeasurements()
    {
        var result = MeasurementFile.Load(MeasurementsPath);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Report.Issues));
        return result.Value;
    }

    internal static readonly Actor Ville = new("ville", "Ville", ActorRoles.LocalAuthority | ActorRoles.Funder);

    internal static readonly Actor Epn = new("epn", "EPN", ActorRoles.MediationProvider);

    internal static Objective Objective(
        string id = "O1",
        decimal baseline = 10m,
        decimal target = 20m,
        ImprovementDirection direction = ImprovementDirection.Increase,
        IndicatorUnit unit = IndicatorUnit.Value,
        string? indicator = null) =>
        new(id, "Objective " + id, StrategyAxis.Participation, ObjectiveTerm.MediumTerm,
            IndicatorReference.UserDefined(indicator ?? "test." + id.ToLowerInvariant(), unit), direction,
            baseline, new LocalDate(2026, 1, 1), target, new LocalDate(2028, 1, 1));

    internal static TerritorialStrategy Strategy(IEnumerable<Objective> objectives, IEnumerable<PlanAction>? actions = null) =>
        new("Test", TerritoryId.France, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2028, 12, 31)),
            [StrategyAxis.Participation], objectives,
            new ActionPlan(ActionPlanKind.MultiYear, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2028, 12, 31)), actions ?? []),
            new Governance(Ville));

    internal static PlanAction Action(string id, Money budget, params FundingLine[] lines) =>
        new(id, "Action " + id, StrategyAxis.Participation, Epn,
            new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2027, 12, 31)), budget, lines);
}

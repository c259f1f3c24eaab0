using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Territories;
using NodaTime;

namespace Inclusion.Sdk.Tests.Strategy;

/// <summary>Guards of the model: what is an invariant (exception) and what is left to the evaluation (finding).</summary>
public class StrategyModelTests
{
    private static readonly LocalDate Jan2026 = new(2026, 1, 1);

    [Fact]
    public void Built_in_axes_follow_the_seed_and_user_axes_extend_them()
    {
        Assert.Equal(9, StrategyAxis.BuiltIn.Count);
        Assert.Equal(4, StrategyAxis.BuiltIn.Count(a => a.Parent is null));
        Assert.Equal(StrategyAxis.Insertion, StrategyAxis.AccesAuxDroits.Root);
        var custom = new StrategyAxis("participation.budget-participatif", "Budget participatif", StrategyAxis.Participation);
        Assert.False(custom.IsBuiltIn);
        Assert.Equal(StrategyAxis.Participation, custom.Parent);
        Assert.Throws<ArgumentException>(() => new StrategyAxis("Participation", "x"));
        Assert.Throws<ArgumentException>(() => new StrategyAxis("education.x", "x", StrategyAxis.Participation));
        Assert.Throws<ArgumentException>(() => new StrategyAxis("education.x", "x"));
    }

    [Fact]
    public void An_objective_guards_its_deadline_direction_and_unit_range()
    {
        Assert.Throws<ArgumentException>(() => StrategySamples.Objective(baseline: 20m, target: 10m));
        Assert.Throws<ArgumentException>(() => StrategySamples.Objective(baseline: 10m, target: 20m, direction: ImprovementDirection.Decrease));
        Assert.Throws<ArgumentException>(() => StrategySamples.Objective(baseline: 10m, target: 120m, unit: IndicatorUnit.Percent));
        Assert.Throws<ArgumentException>(() => new Objective("O", "t", StrategyAxis.Participation, ObjectiveTerm.LongTerm,
            IndicatorReference.ParticipationShare, ImprovementDirection.Increase, 4m, Jan2026, 10m, Jan2026));
        var hold = StrategySamples.Objective(baseline: 10m, target: 10m);
        Assert.Equal(10m, hold.ExpectedValueAt(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void The_trajectory_is_linear_and_clamped()
    {
        var o = StrategySamples.Objective(baseline: 10m, target: 20m); // 2026-01-01 → 2028-01-01, 730 days
        Assert.Equal(10m, o.ExpectedValueAt(new LocalDate(2025, 1, 1)));
        Assert.Equal(15m, o.ExpectedValueAt(new LocalDate(2027, 1, 1)));
        Assert.Equal(20m, o.ExpectedValueAt(new LocalDate(2029, 1, 1)));
    }

    [Fact]
    public void User_indicators_cannot_take_an_sdk_identifier()
    {
        Assert.Throws<ArgumentException>(() => IndicatorReference.UserDefined("participation.contributors-share", IndicatorUnit.Percent));
        Assert.Same(IndicatorReference.VoucherUsageRate, IndicatorReference.FindKnown("vouchers.usage-rate"));
        Assert.True(IndicatorReference.UserDefined("trainings.participants", IndicatorUnit.Count).Unit == IndicatorUnit.Count);
    }

    [Fact]
    public void Over_commitment_is_allowed_by_the_model_and_reported_by_the_evaluation()
    {
        var line = new FundingLine(FundingSource.EuropeanFunds, Money.FromEuros(100m), Money.FromEuros(150m), Money.FromEuros(200m), programme: "FEDER");
        Assert.Equal(Money.FromEuros(150m), line.Committed);
        Assert.Throws<ArgumentException>(() => new FundingLine(FundingSource.Foundation, Money.FromEuros(-1m), Money.Zero, Money.Zero));
        Assert.Throws<ArgumentException>(() => new FundingLine(FundingSource.Foundation, Money.FromEuros(0.001m), Money.Zero, Money.Zero));

        var evaluation = StrategyEvaluator.Evaluate(
            StrategySamples.Strategy([StrategySamples.Objective()], [StrategySamples.Action("A", Money.FromEuros(100m), line)]), [], Jan2026.PlusDays(10));
        Assert.Equal(1, evaluation.Findings.CountOf("strategy.funding.over-committed"));
        Assert.Equal(1, evaluation.Findings.CountOf("strategy.funding.over-spent"));
        Assert.Equal(150m, evaluation.Totals.CommittedPercent);
    }

    [Fact]
    public void The_strategy_guards_axes_identifiers_and_references()
    {
        var o = StrategySamples.Objective();
        Assert.Throws<ArgumentException>(() => StrategySamples.Strategy([o, StrategySamples.Objective()]));
        var plan = new ActionPlan(ActionPlanKind.Annual, new DateInterval(Jan2026, new LocalDate(2026, 12, 31)), []);
        var governance = new Governance(StrategySamples.Ville);
        var period = new DateInterval(Jan2026, new LocalDate(2028, 12, 31));
        Assert.Throws<ArgumentException>(() => new TerritorialStrategy("S", TerritoryId.France, period, [StrategyAxis.AccesAuxDroits], [], plan, governance));
        Assert.Throws<ArgumentException>(() => new TerritorialStrategy("S", default, period, [StrategyAxis.Participation], [], plan, governance));
        Assert.Throws<ArgumentException>(() => new TerritorialStrategy("S", TerritoryId.France, period, [StrategyAxis.Education], [o], plan, governance));
        var action = new PlanAction("A", "a", StrategyAxis.Participation, StrategySamples.Epn, period, Money.Zero, objectiveIds: ["O9"]);
        Assert.Throws<ArgumentException>(() => StrategySamples.Strategy([o], [action]));
        Assert.Throws<ArgumentException>(() => new ActionPlan(ActionPlanKind.Annual, period, []));
        var twin = new Actor("ville", "Autre nom", ActorRoles.Funder);
        Assert.Throws<ArgumentException>(() => new TerritorialStrategy("S", TerritoryId.France, period, [StrategyAxis.Participation], [], plan,
            new Governance(StrategySamples.Ville, [new GovernanceMember(twin, GovernanceRole.Funding)])));
        Assert.Throws<ArgumentException>(() => new PlanAction("A", "a", StrategyAxis.Participation, StrategySamples.Epn, period, Money.Zero, partners: [StrategySamples.Epn]));
        Assert.Throws<ArgumentException>(() => new Commitment(StrategySamples.Ville, CommitmentKind.Charter, "c", Jan2026, Jan2026));
    }

    [Fact]
    public void Measurements_out_of_range_conflicting_or_missing_are_findings()
    {
        var o = StrategySamples.Objective(unit: IndicatorUnit.Percent);
        var day = new LocalDate(2026, 6, 1);
        var evaluation = StrategyEvaluator.Evaluate(StrategySamples.Strategy([o, StrategySamples.Objective("O2")]),
            [new Measurement("test.o1", day, 150m), new Measurement("test.o1", day, 12m), new Measurement("test.o1", day, 14m)], day.PlusDays(400));
        Assert.Equal(13m, evaluation.Objectives[0].LatestValue);
        Assert.Equal(2, evaluation.Objectives[0].MeasurementCount);
        Assert.Equal(ObjectiveStatus.NotMeasured, evaluation.Objectives[1].Status);
        foreach (var code in new[] { "strategy.measurement.out-of-range", "strategy.measurement.conflict", "strategy.objective.not-measured", "strategy.objective.stale", "strategy.objective.no-action", "strategy.governance.no-recent-meeting" })
        {
            Assert.True(evaluation.Findings.CountOf(code) > 0, code);
        }
    }

    [Fact]
    public void A_level_to_hold_is_on_track_while_held_and_degrades_with_the_worsening()
    {
        var hold = StrategySamples.Objective(baseline: 50m, target: 50m);
        var settings = EvaluationSettings.Default;
        var date = new LocalDate(2027, 1, 1);
        Assert.Equal(ObjectiveStatus.OnTrack, StrategyEvaluator.Assess(hold, 55m, date, settings).Status);
        Assert.Equal(ObjectiveStatus.OnTrack, StrategyEvaluator.Assess(hold, 46m, date, settings).Status); // 8 % worse
        Assert.Equal(ObjectiveStatus.AtRisk, StrategyEvaluator.Assess(hold, 40m, date, settings).Status); // 20 % worse
        Assert.Equal(ObjectiveStatus.OffTrack, StrategyEvaluator.Assess(hold, 30m, date, settings).Status); // 40 % worse
    }

    [Fact]
    public void Thresholds_are_configurable_and_validated()
    {
        var o = StrategySamples.Objective(baseline: 0m, target: 100m); // expected 50 at 2027-01-01
        var date = new LocalDate(2027, 1, 1);
        Assert.Equal(ObjectiveStatus.OffTrack, StrategyEvaluator.Assess(o, 20m, date, EvaluationSettings.Default).Status);
        Assert.Equal(ObjectiveStatus.AtRisk, StrategyEvaluator.Assess(o, 20m, date, new EvaluationSettings(0.1m, 0.4m)).Status);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationSettings(0.5m, 0.4m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EvaluationSettings(staleAfterDays: 0));
    }

    [Fact]
    public void Extreme_values_neither_overflow_nor_pass_unnoticed()
    {
        var tiny = StrategySamples.Objective(baseline: 0m, target: 0.0000000001m);
        var date = new LocalDate(2027, 1, 1);
        Assert.Equal(ObjectiveStatus.OnTrack, StrategyEvaluator.Assess(tiny, Objective.MaxMagnitude, date, EvaluationSettings.Default).Status);
        Assert.Equal(ObjectiveStatus.OffTrack, StrategyEvaluator.Assess(tiny, -Objective.MaxMagnitude, date, EvaluationSettings.Default).Status);
        Assert.Throws<ArgumentException>(() => StrategySamples.Objective(baseline: 0m, target: 2 * Objective.MaxMagnitude));
        var evaluation = StrategyEvaluator.Evaluate(StrategySamples.Strategy([tiny]),
            [new Measurement("test.o1", date, 79_000_000_000_000_000_000_000_000_000m), new Measurement("test.o1", date, 1m)], date);
        Assert.Equal(1, evaluation.Findings.CountOf("strategy.measurement.out-of-range"));
        Assert.Equal(1m, evaluation.Objectives[0].LatestValue);
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Strategy;
using NodaTime;

namespace Inclusion.Sdk.Tests.Strategy;

/// <summary>Generators for strategy properties.</summary>
internal static class StrategyGen
{
    private static readonly LocalDate Origin = new(2025, 6, 1);

    /// <summary>Values with two decimals between 0 and 100 (valid for every unit).</summary>
    public static Gen<decimal> Value => Gen.Choose(0, 10_000).Select(i => i / 100m);

    public static Gen<LocalDate> Date => Gen.Choose(0, 1_500).Select(d => Origin.PlusDays(d));

    /// <summary>An objective with a random baseline, target (not worse than the baseline) and direction.</summary>
    public static Gen<Objective> Objective =>
        from a in Value
        from b in Value
        from direction in Gen.Elements(ImprovementDirection.Increase, ImprovementDirection.Decrease)
        from unit in Gen.Elements(IndicatorUnit.Percent, IndicatorUnit.Value, IndicatorUnit.Count)
        let baseline = direction == ImprovementDirection.Increase ? Math.Min(a, b) : Math.Max(a, b)
        let target = direction == ImprovementDirection.Increase ? Math.Max(a, b) : Math.Min(a, b)
        select new Objective("O1", "Objective", StrategyAxis.Participation, ObjectiveTerm.MediumTerm,
            IndicatorReference.UserDefined("test.indicator", unit), direction, baseline, new LocalDate(2026, 1, 1), target, new LocalDate(2028, 1, 1));

    public static Gen<Money> Amount => Gen.Choose(0, 5_000_000).Select(c => Money.FromCents(c));

    public static Gen<FundingLine> Line =>
        from source in Gen.Elements(Enum.GetValues<FundingSource>())
        from planned in Amount
        from committed in Amount
        from spent in Amount
        select new FundingLine(source, planned, committed, spent);

    /// <summary>Actions with 0 to 5 lines, whose budget is the lines' sum or a random amount.</summary>
    public static Gen<PlanAction[]> Actions =>
        Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(
            from lines in Gen.Choose(0, 5).SelectMany(k => Gen.ArrayOf(Line, k))
            from balanced in Gen.Elements(true, true, false)
            from other in Amount
            select (lines, balanced, other), n))
        .Select(items => items.Select((t, i) => StrategySamples.Action(
            "A" + i, t.balanced ? Money.Sum(t.lines.Select(l => l.Planned)) : t.other, t.lines)).ToArray());
}

/// <summary>Properties of <see cref="StrategyEvaluator"/>.</summary>
public class StrategyEvaluationProperties
{
    private static ObjectiveStatus StatusOf(Objective objective, decimal value, LocalDate date) =>
        StrategyEvaluator.Evaluate(
            StrategySamples.Strategy([objective]),
            [new Measurement(objective.Indicator.Id, date, value)],
            date.PlusDays(1)).Objectives[0].Status;

    [Property(MaxTest = 300)]
    public Property A_measurement_equal_to_the_target_is_never_off_track() =>
        Prop.ForAll(StrategyGen.Objective.ToArbitrary(), StrategyGen.Date.ToArbitrary(), (objective, date) =>
            StatusOf(objective, objective.TargetValue, date) == ObjectiveStatus.OnTrack);

    [Property(MaxTest = 300)]
    public Property Moving_a_measurement_towards_the_target_never_worsens_the_status() =>
        Prop.ForAll(
            StrategyGen.Objective.ToArbitrary(),
            StrategyGen.Date.ToArbitrary(),
            (from v in StrategyGen.Value from step in Gen.Choose(0, 5_000) select (v, step / 100m)).ToArbitrary(),
            (objective, date, t) =>
            {
                var sign = objective.Direction == ImprovementDirection.Increase ? 1m : -1m;
                // Move towards the target without passing it (and stay within 0–100 for percent indicators).
                var moved = sign > 0 ? Math.Min(Math.Max(t.v, objective.TargetValue), t.v + t.Item2) : Math.Max(Math.Min(t.v, objective.TargetValue), t.v - t.Item2);
                var before = StatusOf(objective, t.v, date);
                var after = StatusOf(objective, moved, date);
                return (after <= before || before == ObjectiveStatus.NotMeasured).Label($"{t.v} ({before}) → {moved} ({after})");
            });

    [Property(MaxTest = 200)]
    public Property Funding_lines_add_up_to_action_plan_and_source_totals() =>
        Prop.ForAll(StrategyGen.Actions.ToArbitrary(), actions =>
        {
            var evaluation = StrategyEvaluator.Evaluate(StrategySamples.Strategy([StrategySamples.Objective()], actions), [], new LocalDate(2027, 1, 1));
            var perAction = evaluation.Actions.Zip(actions).All(p =>
                p.First.Totals.Planned == Money.Sum(p.Second.FundingLines.Select(l => l.Planned))
                && p.First.Totals.Committed == Money.Sum(p.Second.FundingLines.Select(l => l.Committed))
                && p.First.Totals.Spent == Money.Sum(p.Second.FundingLines.Select(l => l.Spent))
                && p.First.IsBalanced == (p.Second.Budget == p.Second.Planned));
            var planned = Money.Sum(evaluation.Actions.Select(a => a.Totals.Planned));
            var bySource = Money.Sum(evaluation.Sources.Select(s => s.Totals.Planned));
            var unbalanced = evaluation.Actions.Count(a => !a.IsBalanced);
            var overCommitted = actions.Sum(a => a.FundingLines.Count(l => l.Committed > l.Planned));
            var shares = evaluation.Sources.Sum(s => s.SharePercent);
            return (perAction
                && planned == evaluation.Totals.Planned
                && bySource == evaluation.Totals.Planned
                && evaluation.Findings.CountOf("strategy.action.unbalanced") == unbalanced
                && evaluation.Findings.CountOf("strategy.funding.over-committed") == overCommitted
                && (evaluation.Totals.Planned == Money.Zero || Math.Abs(shares - 100m) <= 0.0005m * evaluation.Sources.Count))
                .Label($"planned {planned}, by source {bySource}, total {evaluation.Totals.Planned}, shares {shares}");
        });

    [Property(MaxTest = 200)]
    public Property A_budget_allocated_over_its_lines_is_balanced() =>
        Prop.ForAll(
            (from budget in StrategyGen.Amount
             from ratios in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(Gen.Choose(1, 1000), n))
             select (budget, ratios)).ToArbitrary(),
            t =>
            {
                var parts = t.budget.Allocate(t.ratios.Select(r => (decimal)r).ToArray());
                var lines = parts.Select((p, i) => new FundingLine((FundingSource)(i % 6), p, p, Money.Zero)).ToArray();
                var evaluation = StrategyEvaluator.Evaluate(
                    StrategySamples.Strategy([StrategySamples.Objective()], [StrategySamples.Action("A", t.budget, lines)]), [], new LocalDate(2027, 1, 1));
                return evaluation.Actions[0].IsBalanced && evaluation.Findings.CountOf("strategy.action.unbalanced") == 0;
            });

    [Property(MaxTest = 100)]
    public Property The_evaluation_does_not_depend_on_the_order_of_measurements() =>
        Prop.ForAll(
            (from values in Gen.ListOf(
                 from indicator in Gen.Elements("test.o1", "test.o2", "participation.contributors-share", "other.indicator")
                 from date in StrategyGen.Date
                 from value in Gen.Choose(-500, 15_000).Select(i => i / 100m)
                 select new Measurement(indicator, date, value))
             from seed in Gen.Choose(0, int.MaxValue)
             select (values, seed)).ToArbitrary(),
            t =>
            {
                var strategy = StrategySamples.Strategy([
                    StrategySamples.Objective("O1", unit: IndicatorUnit.Percent),
                    StrategySamples.Objective("O2", 50m, 20m, ImprovementDirection.Decrease, IndicatorUnit.Count)]);
                var at = new LocalDate(2027, 6, 1);
                var random = new Random(t.seed);
                var shuffled = t.values.OrderBy(_ => random.Next()).ToArray();
                var reversed = t.values.AsEnumerable().Reverse().ToArray();
                var expected = InclusionJson.SerializeEvaluation(StrategyEvaluator.Evaluate(strategy, t.values, at));
                return expected == InclusionJson.SerializeEvaluation(StrategyEvaluator.Evaluate(strategy, shuffled, at))
                    && expected == InclusionJson.SerializeEvaluation(StrategyEvaluator.Evaluate(strategy, reversed, at));
            });
}

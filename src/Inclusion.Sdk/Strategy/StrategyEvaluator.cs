using System.Globalization;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// Evaluates a <see cref="TerritorialStrategy"/> at a date from measurements: the seed's « évaluation permanente ».
/// </summary>
/// <remarks>
/// <para><b>Objectives.</b> The latest measurement on or before the date is compared with the linear trajectory from
/// the baseline (value, date) to the target (value, deadline) <i>at that measurement's date</i>. Progress is
/// <c>(value − baseline) / (target − baseline)</c>; the trajectory expects the elapsed fraction
/// <c>(date − baseline date) / (deadline − baseline date)</c>, clamped to 0–1; the lag is expected minus progress.
/// Lag ≤ <see cref="EvaluationSettings.AtRiskLag"/> is on track, ≤ <see cref="EvaluationSettings.OffTrackLag"/> at
/// risk, beyond off track. An objective that holds a level (target = baseline) has lag 0 when the value is not worse
/// than the target, else the worsening divided by |target| (or the worsening itself when the target is 0). Several
/// measurements on the latest date are averaged (a <c>strategy.measurement.conflict</c> finding when they differ), so
/// the result does not depend on the order of the measurements; values outside the indicator's unit range are ignored
/// with a finding.</para>
/// <para><b>Funding.</b> Amounts are summed per action and per source (planned, committed, spent); rates and shares use
/// <see cref="Percentages"/>. Over-commitment and over-spending are findings, not errors.</para>
/// <para>This class is stateless and thread-safe; the evaluation is linear in the number of measurements.</para>
/// </remarks>
public static class StrategyEvaluator
{
    /// <summary>Evaluates a strategy.</summary>
    /// <param name="strategy">The strategy.</param>
    /// <param name="measurements">The measurements, in any order (later than <paramref name="at"/> are ignored).</param>
    /// <param name="at">The evaluation date.</param>
    /// <param name="settings">The thresholds, or <see langword="null"/> for <see cref="EvaluationSettings.Default"/>.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategy"/>, <paramref name="measurements"/> or a
    /// measurement is <see langword="null"/>.</exception>
    public static StrategyEvaluation Evaluate(TerritorialStrategy strategy, IEnumerable<Measurement> measurements, LocalDate at, EvaluationSettings? settings = null)
    {
        Preconditions.CheckNotNull(strategy);
        Preconditions.CheckNotNull(measurements);
        settings ??= EvaluationSettings.Default;
        var findings = new ValidationReportBuilder(maxStoredIssuesPerRule: 1000);

        var series = CollectSeries(strategy, measurements, at, findings);
        var objectives = EvaluateObjectives(strategy, series, at, settings, findings);
        var axes = EvaluateAxes(strategy, findings);
        var (actions, sources, totals) = EvaluateFunding(strategy, findings);
        var participation = Compare(IndicatorReference.ParticipationShare, StrategyReferences.ParticipationShare, series, findings);
        var creative = Compare(IndicatorReference.CreativeUsesShare, StrategyReferences.CreativeUsesShare, series, findings);
        var actors = EvaluateActors(strategy, at, findings);
        var commitments = strategy.Commitments.Select(c => new CommitmentSummary(c, at)).ToArray();
        var governance = EvaluateGovernance(strategy, at, settings, findings);
        return new StrategyEvaluation(
            strategy, at, settings, objectives, axes, actions, sources, totals, participation, creative, actors,
            commitments, governance, findings.Build());
    }

    private static Dictionary<string, Series> CollectSeries(TerritorialStrategy strategy, IEnumerable<Measurement> measurements, LocalDate at, ValidationReportBuilder findings)
    {
        var series = new Dictionary<string, Series>(StringComparer.Ordinal);
        foreach (var objective in strategy.Objectives)
        {
            series.TryAdd(objective.Indicator.Id, new Series(objective.Indicator.Unit));
        }

        series.TryAdd(IndicatorReference.ParticipationShare.Id, new Series(IndicatorUnit.Percent));
        series.TryAdd(IndicatorReference.CreativeUsesShare.Id, new Series(IndicatorUnit.Percent));

        var unused = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var m in measurements)
        {
            Preconditions.CheckNotNull(m);
            if (!series.TryGetValue(m.IndicatorId, out var s))
            {
                unused[m.IndicatorId] = unused.GetValueOrDefault(m.IndicatorId) + 1;
                continue;
            }

            s.Add(m, at);
        }

        foreach (var (id, s) in series.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (s.OutOfRangeCount > 0)
            {
                var first = s.FirstOutOfRange!;
                findings.Add(StrategyRules.MeasurementOutOfRange.Issue(
                    id, location: Where("indicator", id), extra: [Number(first.Value), Date(first.Date), UnitName(s.Unit)]));
            }

            if (s.LatestCount > 1 && s.Min != s.Max)
            {
                findings.Add(StrategyRules.MeasurementConflict.Issue(
                    id, location: Where("indicator", id), extra: [s.LatestCount, Date(s.Latest), Number(s.Min), Number(s.Max)]));
            }
        }

        foreach (var (id, count) in unused.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            findings.Add(StrategyRules.MeasurementUnused.Issue(id, location: Where("indicator", id), extra: [count]));
        }

        return series;
    }

    private static ObjectiveEvaluation[] EvaluateObjectives(TerritorialStrategy strategy, Dictionary<string, Series> series, LocalDate at, EvaluationSettings settings, ValidationReportBuilder findings)
    {
        var served = new HashSet<string>(strategy.ActionPlan.Actions.SelectMany(a => a.ObjectiveIds), StringComparer.Ordinal);
        var results = new ObjectiveEvaluation[strategy.Objectives.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var objective = strategy.Objectives[i];
            var s = series[objective.Indicator.Id];
            var location = Where("objective", objective.Id);
            if (!served.Contains(objective.Id))
            {
                findings.Add(StrategyRules.ObjectiveNoAction.Issue(objective.Id, location: location));
            }

            if (s.Count == 0)
            {
                findings.Add(StrategyRules.ObjectiveNotMeasured.Issue(objective.Id, location: location, extra: [objective.Indicator.Id, Date(at)]));
                results[i] = new ObjectiveEvaluation(objective, ObjectiveStatus.NotMeasured, null, null, 0, null, null, null, null, null, false, false);
                continue;
            }

            var value = s.LatestValue;
            var date = s.Latest;
            var assessment = Assess(objective, value, date, settings);
            var age = Period.DaysBetween(date, at);
            var stale = age > settings.StaleAfterDays;
            if (stale)
            {
                findings.Add(StrategyRules.ObjectiveStale.Issue(objective.Id, location: location, extra: [Date(date), age, settings.StaleAfterDays]));
            }

            var progress = Percent(assessment.Progress);
            var expected = Percent(objective.ElapsedFraction(date));
            if (assessment.Status == ObjectiveStatus.OffTrack)
            {
                findings.Add(StrategyRules.ObjectiveOffTrack.Issue(objective.Id, location: location, extra: [Number(progress), Number(expected)]));
            }
            else if (assessment.Status == ObjectiveStatus.AtRisk)
            {
                findings.Add(StrategyRules.ObjectiveAtRisk.Issue(objective.Id, location: location, extra: [Number(progress), Number(expected)]));
            }

            if (at > objective.Deadline && !assessment.Reached)
            {
                findings.Add(StrategyRules.ObjectiveDeadlinePassed.Issue(objective.Id, location: location, extra: [Date(objective.Deadline)]));
            }

            results[i] = new ObjectiveEvaluation(
                objective, assessment.Status, value, date, s.Count, decimal.Round(objective.ExpectedValueAt(date), 3, MidpointRounding.AwayFromZero), progress, expected,
                Percent(assessment.Lag), age, stale, assessment.Reached);
        }

        return results;
    }

    /// <summary>The progress, lag and status of <paramref name="objective"/> for a value measured at a date.</summary>
    internal static Assessment Assess(Objective objective, decimal value, LocalDate date, EvaluationSettings settings)
    {
        var sign = objective.Direction == ImprovementDirection.Increase ? 1m : -1m;
        var reached = sign * (value - objective.TargetValue) >= 0m;
        decimal progress;
        decimal lag;
        var change = objective.TargetValue - objective.BaselineValue;
        if (change != 0m)
        {
            progress = Ratio(value - objective.BaselineValue, change);
            lag = Math.Max(0m, objective.ElapsedFraction(date) - progress);
        }
        else
        {
            var worsening = sign * (objective.TargetValue - value);
            lag = worsening <= 0m ? 0m : Ratio(worsening, objective.TargetValue == 0m ? 1m : Math.Abs(objective.TargetValue));
            progress = 1m - lag;
        }

        var status = lag <= settings.AtRiskLag ? ObjectiveStatus.OnTrack
            : lag <= settings.OffTrackLag ? ObjectiveStatus.AtRisk
            : ObjectiveStatus.OffTrack;
        return new Assessment(status, progress, lag, reached);
    }

    private static AxisCoverage[] EvaluateAxes(TerritorialStrategy strategy, ValidationReportBuilder findings)
    {
        static bool Under(StrategyAxis axis, StrategyAxis candidate)
        {
            for (var a = candidate; a is not null; a = a.Parent)
            {
                if (a.Code == axis.Code)
                {
                    return true;
                }
            }

            return false;
        }

        var result = new List<AxisCoverage>();
        foreach (var axis in strategy.Axes)
        {
            var objectives = strategy.Objectives.Count(o => Under(axis, o.Axis));
            var actions = strategy.ActionPlan.Actions.Count(a => Under(axis, a.Axis));
            var coverage = new AxisCoverage(axis, true, objectives, actions);
            if (!coverage.IsCovered)
            {
                findings.Add(StrategyRules.AxisUncovered.Issue(axis.Code, location: Where("axis", axis.Code), extra: [objectives, actions]));
            }

            result.Add(coverage);
        }

        foreach (var axis in StrategyAxis.BuiltIn.Where(a => a.Parent is null && !strategy.Axes.Contains(a)))
        {
            result.Add(new AxisCoverage(axis, false, 0, 0));
        }

        return [.. result];
    }

    private static (ActionFunding[] Actions, SourceFunding[] Sources, FundingTotals Totals) EvaluateFunding(TerritorialStrategy strategy, ValidationReportBuilder findings)
    {
        var plan = strategy.ActionPlan;
        var sourceCount = Enum.GetValues<FundingSource>().Length;
        var planned = new Money[sourceCount];
        var committed = new Money[sourceCount];
        var spent = new Money[sourceCount];
        var lines = new int[sourceCount];
        var actions = new ActionFunding[plan.Actions.Count];
        for (var i = 0; i < actions.Length; i++)
        {
            var action = plan.Actions[i];
            var location = Where("action", action.Id);
            if (!Contains(plan.Period, action.Schedule))
            {
                findings.Add(StrategyRules.ActionOutsidePlan.Issue(action.Id, location: location, extra: [Interval(action.Schedule), Interval(plan.Period)]));
            }

            var aPlanned = new Money[sourceCount];
            var aCommitted = new Money[sourceCount];
            var aSpent = new Money[sourceCount];
            var aLines = new int[sourceCount];
            for (var l = 0; l < action.FundingLines.Count; l++)
            {
                var line = action.FundingLines[l];
                var k = (int)line.Source;
                aPlanned[k] += line.Planned;
                aCommitted[k] += line.Committed;
                aSpent[k] += line.Spent;
                aLines[k]++;
                var lineLocation = Where("action", action.Id + "/funding[" + (l + 1).ToString(CultureInfo.InvariantCulture) + "]");
                if (line.Committed > line.Planned)
                {
                    findings.Add(StrategyRules.FundingOverCommitted.Issue(action.Id, location: lineLocation, extra: [l + 1, Number(line.Committed.Amount), Number(line.Planned.Amount)]));
                }

                if (line.Spent > line.Committed)
                {
                    findings.Add(StrategyRules.FundingOverSpent.Issue(action.Id, location: lineLocation, extra: [l + 1, Number(line.Spent.Amount), Number(line.Committed.Amount)]));
                }
            }

            var totals = new FundingTotals(Money.Sum(aPlanned), Money.Sum(aCommitted), Money.Sum(aSpent));
            if (totals.Planned != action.Budget)
            {
                findings.Add(StrategyRules.ActionUnbalanced.Issue(action.Id, location: location, extra: [Number(totals.Planned.Amount), Number(action.Budget.Amount), Number((totals.Planned - action.Budget).Amount)]));
            }

            actions[i] = new ActionFunding(action, totals, BySource(aPlanned, aCommitted, aSpent, aLines));
            for (var k = 0; k < sourceCount; k++)
            {
                planned[k] += aPlanned[k];
                committed[k] += aCommitted[k];
                spent[k] += aSpent[k];
                lines[k] += aLines[k];
            }
        }

        if (!Contains(strategy.Period, plan.Period))
        {
            findings.Add(StrategyRules.PlanOutsidePeriod.Issue(Interval(plan.Period), location: Where("plan", "period"), extra: [Interval(strategy.Period)]));
        }

        return (actions, BySource(planned, committed, spent, lines), new FundingTotals(Money.Sum(planned), Money.Sum(committed), Money.Sum(spent)));
    }

    private static SourceFunding[] BySource(Money[] planned, Money[] committed, Money[] spent, int[] lines)
    {
        var weights = new decimal[planned.Length];
        for (var k = 0; k < planned.Length; k++)
        {
            weights[k] = planned[k].Amount;
        }

        var shares = Percentages.Distribution(weights);
        var result = new List<SourceFunding>();
        for (var k = 0; k < planned.Length; k++)
        {
            if (lines[k] > 0)
            {
                result.Add(new SourceFunding((FundingSource)k, lines[k], new FundingTotals(planned[k], committed[k], spent[k]), shares[k]));
            }
        }

        return [.. result];
    }

    private static SeedReferenceComparison Compare(IndicatorReference indicator, decimal reference, Dictionary<string, Series> series, ValidationReportBuilder findings)
    {
        var s = series[indicator.Id];
        if (s.Count == 0)
        {
            return new SeedReferenceComparison(indicator.Id, reference, null, null);
        }

        var value = s.LatestValue;
        if (value < reference)
        {
            findings.Add(StrategyRules.BelowReference.Issue(indicator.Id, location: Where("indicator", indicator.Id), extra: [Number(value), Number(reference)]));
        }

        return new SeedReferenceComparison(indicator.Id, reference, value, s.Latest);
    }

    private static ActorEngagement[] EvaluateActors(TerritorialStrategy strategy, LocalDate at, ValidationReportBuilder findings)
    {
        var result = new ActorEngagement[strategy.Actors.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var actor = strategy.Actors[i];
            var led = strategy.ActionPlan.Actions.Count(a => a.Lead.Id == actor.Id);
            var partnered = strategy.ActionPlan.Actions.Count(a => a.Partners.Any(p => p.Id == actor.Id));
            var funded = strategy.ActionPlan.Actions.Sum(a => a.FundingLines.Count(l => l.Funder?.Id == actor.Id));
            var roles = new List<GovernanceRole>();
            if (strategy.Governance.Coordinator.Id == actor.Id)
            {
                roles.Add(GovernanceRole.Coordination);
            }

            foreach (var member in strategy.Governance.Members)
            {
                if (member.Actor.Id == actor.Id && !roles.Contains(member.Role))
                {
                    roles.Add(member.Role);
                }
            }

            var committed = strategy.Commitments.Any(c => c.Actor.Id == actor.Id && c.IsInForceOn(at));
            if (led > 0 && !committed)
            {
                findings.Add(StrategyRules.ActorNoCommitment.Issue(actor.Id, location: Where("actor", actor.Id), extra: [Date(at)]));
            }

            result[i] = new ActorEngagement(actor.Id, actor.Name, led, partnered, funded, [.. roles], committed);
        }

        return result;
    }

    private static GovernanceActivity EvaluateGovernance(TerritorialStrategy strategy, LocalDate at, EvaluationSettings settings, ValidationReportBuilder findings)
    {
        var governance = strategy.Governance;
        var held = governance.Meetings.Where(m => m.Date <= at).ToArray();
        LocalDate? last = held.Length > 0 ? held[^1].Date : null;
        int? since = last is { } l ? Period.DaysBetween(l, at) : null;
        if (at >= strategy.Period.Start && (since is null || since > settings.StaleAfterDays)
            && Period.DaysBetween(strategy.Period.Start, at) > settings.StaleAfterDays)
        {
            findings.Add(StrategyRules.GovernanceNoRecentMeeting.Issue(settings.StaleAfterDays.ToString(CultureInfo.InvariantCulture), location: Where("governance", "meetings"), extra: [Date(at)]));
        }

        var attendance = held.Where(m => m.Attendees is not null).Select(m => (long)m.Attendees!.Value).ToArray();
        long? attendees = attendance.Length == 0 ? null : DisclosureControl.ProtectDistribution(attendance, settings.Disclosure).PublishedTotal;

        var trainings = governance.Trainings.Where(t => t.Date <= at).ToArray();
        var counts = trainings.Select(t => (long)t.Participants).ToArray();
        var protectedCounts = DisclosureControl.ProtectDistribution(counts, settings.Disclosure);
        var summaries = new TrainingSummary[trainings.Length];
        for (var i = 0; i < trainings.Length; i++)
        {
            summaries[i] = new TrainingSummary(trainings[i], protectedCounts.PublishedValue(i), protectedCounts.StatusOf(i));
        }

        var members = governance.Members.Select(m => m.Actor.Id).Distinct(StringComparer.Ordinal).Count();
        return new GovernanceActivity(
            governance.Coordinator.Id, members, held.Length, last, since, attendees, summaries,
            trainings.Length == 0 ? null : protectedCounts.PublishedTotal, governance.Watch.Count);
    }

    /// <summary>A ratio clamped to ±10^6 (a million times the planned change), so that a tiny planned change cannot
    /// overflow <see cref="decimal"/>; statuses are unaffected (the thresholds are far below).</summary>
    private static decimal Ratio(decimal numerator, decimal denominator)
    {
        const decimal Limit = 1_000_000m;
        if (Math.Abs(numerator) >= Limit * Math.Abs(denominator))
        {
            return (numerator < 0) == (denominator < 0) ? Limit : -Limit;
        }

        return numerator / denominator;
    }

    private static bool Contains(DateInterval outer, DateInterval inner) => inner.Start >= outer.Start && inner.End <= outer.End;

    private static IssueLocation Where(string kind, string id) => new(null, null, null, kind + ":" + id);

    private static decimal Percent(decimal fraction) => decimal.Round(100m * fraction, 3, MidpointRounding.AwayFromZero);

    private static string Number(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Interval(DateInterval interval) => Date(interval.Start) + "/" + Date(interval.End);

    private static string UnitName(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Percent => "percent",
        IndicatorUnit.Count => "count",
        IndicatorUnit.Euros => "euros",
        _ => "value",
    };

    internal readonly record struct Assessment(ObjectiveStatus Status, decimal Progress, decimal Lag, bool Reached);

    /// <summary>The measurements of one indicator up to the evaluation date, reduced to what the evaluation needs.</summary>
    private sealed class Series(IndicatorUnit unit)
    {
        public IndicatorUnit Unit { get; } = unit;

        public int Count { get; private set; }

        public LocalDate Latest { get; private set; }

        public int LatestCount { get; private set; }

        public decimal Min { get; private set; }

        public decimal Max { get; private set; }

        public long OutOfRangeCount { get; private set; }

        public Measurement? FirstOutOfRange { get; private set; }

        public decimal LatestValue => LatestCount == 1 ? sum : sum / LatestCount;

        private decimal sum;

        public void Add(Measurement m, LocalDate at)
        {
            if (m.Date > at)
            {
                return;
            }

            if (!Objective.IsInRange(Unit, m.Value))
            {
                // Keep the earliest (then smallest) offending value, so that the finding does not depend on the order.
                if (FirstOutOfRange is null || m.Date < FirstOutOfRange.Date || (m.Date == FirstOutOfRange.Date && m.Value < FirstOutOfRange.Value))
                {
                    FirstOutOfRange = m;
                }

                OutOfRangeCount++;
                return;
            }

            Count++;
            if (LatestCount == 0 || m.Date > Latest)
            {
                Latest = m.Date;
                LatestCount = 1;
                sum = m.Value;
                Min = m.Value;
                Max = m.Value;
            }
            else if (m.Date == Latest)
            {
                LatestCount++;
                sum += m.Value;
                Min = Math.Min(Min, m.Value);
                Max = Math.Max(Max, m.Value);
            }
        }
    }
}

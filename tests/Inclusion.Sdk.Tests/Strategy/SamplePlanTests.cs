using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Strategy;
using NodaTime;

namespace Inclusion.Sdk.Tests.Strategy;

/// <summary>
/// The sample plan (docs/samples/strategy: three axes of the seed text, five objectives, four funding sources) evaluated
/// at two dates. Expected figures are worked by hand in the comments from the plan and measurement files.
/// </summary>
public class SamplePlanTests
{
    private static readonly TerritorialStrategy Plan = StrategySamples.LoadPlan();
    private static readonly IReadOnlyList<Measurement> Measurements = StrategySamples.LoadMeasurements();
    private static readonly StrategyEvaluation Early = StrategyEvaluator.Evaluate(Plan, Measurements, new LocalDate(2027, 1, 15));
    private static readonly StrategyEvaluation Later = StrategyEvaluator.Evaluate(Plan, Measurements, new LocalDate(2028, 1, 15));

    [Fact]
    public void The_sample_has_three_top_level_axes_five_objectives_and_four_funding_sources()
    {
        Assert.Equal(["insertion", "education", "participation"], Plan.Axes.Where(a => a.Parent is null).Select(a => a.Code));
        Assert.Equal(5, Plan.Objectives.Count);
        Assert.Equal(
            [FundingSource.DroitCommun, FundingSource.EuropeanFunds, FundingSource.Foundation, FundingSource.VoucherProgramme],
            Early.Sources.Select(s => s.Source));
    }

    [Fact]
    public void Objectives_at_the_first_date()
    {
        // Span baseline 2025-12-31 → deadline 2028-12-31 = 365 + 365 + 366 = 1096 days; latest measurements 2026-12-31
        // are 365 days in: expected 365 / 1096 = 33.303 %.
        // O1 28 → 18, measured 25.5: progress 2.5 / 10 = 25 %, lag 8.303 ≤ 10 → on track.
        // O2 1200 → 3000, measured 1700: 500 / 1800 = 27.778 %, lag 5.525 → on track.
        // O3 40 → 200 by 2027-12-31 (730 days), measured 70 at 365 days: 18.75 % vs 50 %, lag 31.25 > 25 → off track.
        // O4 4 → 10, measured 5.5: 25 % → on track. O5 2 → 5, measured 2.4: 13.333 % vs 33.303 %, lag 19.97 → at risk.
        Assert.Equal(
            [ObjectiveStatus.OnTrack, ObjectiveStatus.OnTrack, ObjectiveStatus.OffTrack, ObjectiveStatus.OnTrack, ObjectiveStatus.AtRisk],
            Early.Objectives.Select(o => o.Status));
        var o1 = Early.Objectives[0];
        Assert.Equal(25m, o1.ProgressPercent);
        Assert.Equal(33.303m, o1.ExpectedProgressPercent);
        Assert.Equal(8.303m, o1.LagPercent);
        Assert.Equal(25.5m, o1.LatestValue);
        Assert.Equal(15, o1.AgeDays);
        Assert.Equal(24.67m, o1.ExpectedValue); // 28 − 10 × 365 / 1096 = 24.66971 → 24.670
        Assert.Equal(18.75m, Early.Objectives[2].ProgressPercent);
        Assert.Equal(50m, Early.Objectives[2].ExpectedProgressPercent);
        Assert.Equal((3, 1, 1, 0, 0), (Early.OnTrackCount, Early.AtRiskCount, Early.OffTrackCount, Early.NotMeasuredCount, Early.StaleCount));
    }

    [Fact]
    public void Objectives_at_the_second_date()
    {
        // O1 measured 22 on 2027-12-31 (730 / 1096 = 66.606 %): progress 60 %, lag 6.606 → on track.
        // O2 measured 1900 on 2027-06-30 (546 days: 49.818 %): 700 / 1800 = 38.889 %, lag 10.929 → at risk.
        // O3 still 70 (2026-12-31): off track, 380 days old (> 365: stale), deadline 2027-12-31 passed.
        // O4 measured 7.6: 3.6 / 6 = 60 % → on track. O5 still 2.4: at risk and stale.
        Assert.Equal(
            [ObjectiveStatus.OnTrack, ObjectiveStatus.AtRisk, ObjectiveStatus.OffTrack, ObjectiveStatus.OnTrack, ObjectiveStatus.AtRisk],
            Later.Objectives.Select(o => o.Status));
        Assert.Equal(60m, Later.Objectives[0].ProgressPercent);
        Assert.Equal(66.606m, Later.Objectives[0].ExpectedProgressPercent);
        Assert.Equal(38.889m, Later.Objectives[1].ProgressPercent);
        Assert.Equal(49.818m, Later.Objectives[1].ExpectedProgressPercent);
        Assert.Equal(380, Later.Objectives[2].AgeDays);
        Assert.True(Later.Objectives[2].IsStale);
        Assert.Equal((2, 2, 1, 2), (Later.OnTrackCount, Later.AtRiskCount, Later.OffTrackCount, Later.StaleCount));
        Assert.Equal(1, Later.Findings.CountOf("strategy.objective.deadline-passed"));
        Assert.Equal(2, Later.Findings.CountOf("strategy.objective.stale"));
    }

    [Fact]
    public void Funding_by_source_and_co_financing_shares()
    {
        // Planned: droit commun 30 000 + 15 000 + 8 000 + 12 000 = 65 000; EU 20 000 + 18 000 = 38 000;
        // foundations 10 000 + 3 000 = 13 000; vouchers 10 000; total 126 000.
        // Shares: 65/126 = 51.587 %, 38/126 = 30.159 %, 13/126 = 10.317 %, 10/126 = 7.937 %.
        Assert.Equal([65_000m, 38_000m, 13_000m, 10_000m], Early.Sources.Select(s => s.Totals.Planned.Amount));
        Assert.Equal([51.587m, 30.159m, 10.317m, 7.937m], Early.Sources.Select(s => s.SharePercent));
        // Committed 62 000 + 23 000 + 11 000 + 22 000 = 118 000 (93.651 %); spent 29 000 + 13 000 + 5 000 + 8 000 = 55 000 (43.651 %).
        Assert.Equal(Money.FromEuros(126_000m), Early.Totals.Planned);
        Assert.Equal(Money.FromEuros(118_000m), Early.Totals.Committed);
        Assert.Equal(Money.FromEuros(55_000m), Early.Totals.Spent);
        Assert.Equal(93.651m, Early.Totals.CommittedPercent);
        Assert.Equal(43.651m, Early.Totals.SpentPercent);
        Assert.Equal(Money.FromEuros(127_000m), Early.Budget);
        // The voucher line of A1 commits 12 000 for 10 000 planned: 120 %, reported, not prevented.
        Assert.Equal(120m, Early.Sources[3].Totals.CommittedPercent);
        var a1 = Early.Actions[0];
        Assert.Equal([50m, 33.333m, 16.667m], a1.Sources.Select(s => s.SharePercent));
        Assert.Equal(103.333m, a1.Totals.CommittedPercent);
        Assert.False(Early.Actions[2].IsBalanced);
        Assert.Equal(1, Early.Findings.CountOf("strategy.funding.over-committed"));
        Assert.Equal(1, Early.Findings.CountOf("strategy.action.unbalanced"));
        Assert.Equal("action:A3", Early.Findings.Issues.Single(i => i.RuleCode == "strategy.action.unbalanced").Location.Field);
    }

    [Fact]
    public void Axes_references_actors_and_commitments()
    {
        var uncovered = Early.Axes.Where(a => a.IsRetained && !a.IsCovered).Select(a => a.Code);
        Assert.Equal(["insertion.identite-numerique"], uncovered);
        Assert.Contains(Early.Axes, a => a.Code == "developpement-economique" && !a.IsRetained);
        Assert.Equal(2, Early.Axes.Single(a => a.Code == "insertion").ObjectiveCount);

        // Seed: 10 % participation is "plus qu'honorable"; 2 % of young internet users have creative uses.
        Assert.Equal(-4.5m, Early.Participation.GapPoints);
        Assert.False(Early.Participation.ReachesReference);
        Assert.Equal(7.6m, Later.Participation.ValuePercent);
        Assert.True(Early.CreativeUses.ReachesReference);

        Assert.Equal(8, Early.Actors.Count);
        Assert.Equal(4, Early.CommitmentsSigned);
        Assert.Equal(5, Later.CommitmentsSigned);
        Assert.False(Later.Commitments.Single(c => c.ActorId == "region").IsInForce);
        Assert.Equal(1, Early.Findings.CountOf("strategy.actor.no-commitment"));
        Assert.Equal(0, Later.Findings.CountOf("strategy.actor.no-commitment"));
        Assert.Equal(1, Early.Findings.CountOf("strategy.measurement.unused"));
    }

    [Fact]
    public void Counts_of_people_are_suppressed_below_the_threshold()
    {
        // Trainings by 2027-01-15: 18 and 9 participants. 9 < 11 is hidden, so 18 is hidden too (27 − 9 would give it back).
        Assert.Equal([null, null], Early.Governance.Trainings.Select(t => t.Participants));
        Assert.Equal([CellStatus.Secondary, CellStatus.Primary], Early.Governance.Trainings.Select(t => t.Suppression));
        Assert.Equal(27, Early.Governance.TrainingParticipantsTotal);
        // By 2028-01-15: 18, 9, 14 → 9 primary, 14 (smallest other) secondary, 18 published; total 41.
        Assert.Equal([18L, null, null], Later.Governance.Trainings.Select(t => t.Participants));
        Assert.Equal(41, Later.Governance.TrainingParticipantsTotal);
        Assert.Equal(3, Early.Governance.MeetingsHeld);
        Assert.Equal(38, Early.Governance.MeetingAttendeesTotal);
        Assert.Equal(new LocalDate(2027, 6, 10), Later.Governance.LastMeeting);
    }

    [Fact]
    public void The_evaluation_serialises_to_json_with_kebab_case_enums_and_amounts_in_euros()
    {
        var json = Inclusion.Sdk.Files.InclusionJson.SerializeEvaluation(Early);
        Assert.Contains("\"status\":\"off-track\"", json, StringComparison.Ordinal);
        Assert.Contains("\"source\":\"voucher-programme\"", json, StringComparison.Ordinal);
        Assert.Contains("\"planned\":126000", json, StringComparison.Ordinal);
        Assert.Contains("\"evaluatedOn\":\"2027-01-15\"", json, StringComparison.Ordinal);
    }
}

using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;
using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// The plan-level report of a strategy at a date: objectives by status, axes covered or not, funding by action and by
/// source, reference shares of the seed, actors engaged, commitments signed, governance activity, and the findings.
/// </summary>
/// <remarks>Plain immutable data built by <see cref="StrategyEvaluator"/>, made to be rendered (text, Markdown, JSON,
/// notebook, HTML) without touching the model. Counts of people are published after small-count suppression.</remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class StrategyEvaluation : Reporting.IHtmlRenderable
{
    internal StrategyEvaluation(
        TerritorialStrategy strategy,
        LocalDate evaluatedOn,
        EvaluationSettings settings,
        IReadOnlyList<ObjectiveEvaluation> objectives,
        IReadOnlyList<AxisCoverage> axes,
        IReadOnlyList<ActionFunding> actions,
        IReadOnlyList<SourceFunding> sources,
        FundingTotals totals,
        SeedReferenceComparison participation,
        SeedReferenceComparison creativeUses,
        IReadOnlyList<ActorEngagement> actors,
        IReadOnlyList<CommitmentSummary> commitments,
        GovernanceActivity governance,
        ValidationReport findings)
    {
        Name = strategy.Name;
        Territory = strategy.Territory;
        PeriodStart = strategy.Period.Start;
        PeriodEnd = strategy.Period.End;
        PlanKind = strategy.ActionPlan.Kind;
        PlanStart = strategy.ActionPlan.Period.Start;
        PlanEnd = strategy.ActionPlan.Period.End;
        EvaluatedOn = evaluatedOn;
        AtRiskLag = settings.AtRiskLag;
        OffTrackLag = settings.OffTrackLag;
        StaleAfterDays = settings.StaleAfterDays;
        DisclosureThreshold = settings.Disclosure.Threshold;
        Objectives = objectives;
        Axes = axes;
        Actions = actions;
        Sources = sources;
        Totals = totals;
        Budget = Money.Sum(strategy.ActionPlan.Actions.Select(a => a.Budget));
        Participation = participation;
        CreativeUses = creativeUses;
        Actors = actors;
        Commitments = commitments;
        Governance = governance;
        Findings = findings;
    }

    /// <summary>The strategy's name.</summary>
    public string Name { get; }

    /// <summary>The territory.</summary>
    public TerritoryId Territory { get; }

    /// <summary>The first day of the strategy's period.</summary>
    public LocalDate PeriodStart { get; }

    /// <summary>The last day of the strategy's period.</summary>
    public LocalDate PeriodEnd { get; }

    /// <summary>Annual or multi-year plan.</summary>
    public ActionPlanKind PlanKind { get; }

    /// <summary>The first day of the action plan.</summary>
    public LocalDate PlanStart { get; }

    /// <summary>The last day of the action plan.</summary>
    public LocalDate PlanEnd { get; }

    /// <summary>The evaluation date: measurements, meetings, trainings and signatures after it are not counted.</summary>
    public LocalDate EvaluatedOn { get; }

    /// <summary>The at-risk threshold used (share of the planned change).</summary>
    public decimal AtRiskLag { get; }

    /// <summary>The off-track threshold used (share of the planned change).</summary>
    public decimal OffTrackLag { get; }

    /// <summary>The staleness threshold used, in days.</summary>
    public int StaleAfterDays { get; }

    /// <summary>The small-count threshold applied to counts of people.</summary>
    public int DisclosureThreshold { get; }

    /// <summary>The objectives, in the plan's order.</summary>
    public IReadOnlyList<ObjectiveEvaluation> Objectives { get; }

    /// <summary>The number of objectives on track.</summary>
    public int OnTrackCount => Objectives.Count(o => o.Status == ObjectiveStatus.OnTrack);

    /// <summary>The number of objectives at risk.</summary>
    public int AtRiskCount => Objectives.Count(o => o.Status == ObjectiveStatus.AtRisk);

    /// <summary>The number of objectives off track.</summary>
    public int OffTrackCount => Objectives.Count(o => o.Status == ObjectiveStatus.OffTrack);

    /// <summary>The number of objectives without measurement.</summary>
    public int NotMeasuredCount => Objectives.Count(o => o.Status == ObjectiveStatus.NotMeasured);

    /// <summary>The number of objectives whose latest measurement is stale.</summary>
    public int StaleCount => Objectives.Count(o => o.IsStale);

    /// <summary>The axes: those retained (in the strategy's order), then the built-in top-level axes left aside.</summary>
    public IReadOnlyList<AxisCoverage> Axes { get; }

    /// <summary>The funding of each action, in the plan's order.</summary>
    public IReadOnlyList<ActionFunding> Actions { get; }

    /// <summary>The funding by source over the plan, in the order of <see cref="FundingSource"/>, sources present only.</summary>
    public IReadOnlyList<SourceFunding> Sources { get; }

    /// <summary>The amounts over all funding lines of the plan.</summary>
    public FundingTotals Totals { get; }

    /// <summary>The sum of the declared budgets of the actions.</summary>
    public Money Budget { get; }

    /// <summary>The participation share against the seed's 10 %.</summary>
    public SeedReferenceComparison Participation { get; }

    /// <summary>The creative-uses share against the seed's 2 %.</summary>
    public SeedReferenceComparison CreativeUses { get; }

    /// <summary>The actors engaged, in order of first appearance in the strategy.</summary>
    public IReadOnlyList<ActorEngagement> Actors { get; }

    /// <summary>The commitments, by date of signature.</summary>
    public IReadOnlyList<CommitmentSummary> Commitments { get; }

    /// <summary>The number of commitments signed on or before the evaluation date.</summary>
    public int CommitmentsSigned => Commitments.Count(c => c.IsSigned);

    /// <summary>The activity of the governance.</summary>
    public GovernanceActivity Governance { get; }

    /// <summary>The findings of the evaluation (rule codes <c>strategy.*</c>), each located by the element it is about.</summary>
    public ValidationReport Findings { get; }
}

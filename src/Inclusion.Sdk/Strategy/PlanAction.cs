using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// An action of an action plan: an axis, a lead actor and partners, a schedule, a budget and its funding lines, and
/// the objectives it illustrates (the seed: « les objectifs à atteindre, si possible en illustrant par des projets »).
/// </summary>
/// <remarks>
/// <para>Invariants (guarded): identifiers and title not blank; the budget is not negative and in whole cents; partners
/// are distinct actors other than the lead; objective identifiers are distinct. <b>Not</b> invariants, reported by the
/// evaluation: funding lines that do not add up to the budget (<c>strategy.action.unbalanced</c>), a schedule outside
/// the plan's period (<c>strategy.action.outside-plan</c>). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class PlanAction
{
    /// <summary>Creates an action.</summary>
    /// <param name="id">The identifier in the plan (not blank).</param>
    /// <param name="title">The title (not blank).</param>
    /// <param name="axis">The axis.</param>
    /// <param name="lead">The lead actor (porteur).</param>
    /// <param name="schedule">The schedule: first and last day.</param>
    /// <param name="budget">The total budget of the action.</param>
    /// <param name="fundingLines">The funding lines, or <see langword="null"/> for none.</param>
    /// <param name="partners">The partners, or <see langword="null"/> for none.</param>
    /// <param name="objectiveIds">The identifiers of the objectives the action serves, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A blank text, an invalid budget, a partner listed twice or equal to the lead,
    /// or an objective listed twice.</exception>
    public PlanAction(
        string id,
        string title,
        StrategyAxis axis,
        Actor lead,
        DateInterval schedule,
        Money budget,
        IEnumerable<FundingLine>? fundingLines = null,
        IEnumerable<Actor>? partners = null,
        IEnumerable<string>? objectiveIds = null)
    {
        Id = Preconditions.CheckNotBlank(id).Trim();
        Title = Preconditions.CheckNotBlank(title).Trim();
        Axis = Preconditions.CheckNotNull(axis);
        Lead = Preconditions.CheckNotNull(lead);
        Schedule = Preconditions.CheckNotNull(schedule);
        Preconditions.CheckArgument(budget >= Money.Zero && budget.IsWholeCents, nameof(budget), StrategyRules.PlanAmount.MessageFor(budget.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Budget = budget;
        FundingLines = fundingLines?.Select(l => Preconditions.CheckNotNull(l)).ToArray() ?? [];
        var partnerList = partners?.ToArray() ?? [];
        var ids = new HashSet<string>(StringComparer.Ordinal) { lead.Id };
        foreach (var partner in partnerList)
        {
            Preconditions.CheckNotNull(partner);
            Preconditions.CheckArgument(ids.Add(partner.Id), nameof(partners), StrategyRules.PlanActorMismatch.MessageFor(partner.Id));
        }

        Partners = partnerList;
        var objectives = objectiveIds?.Select(o => Preconditions.CheckNotBlank(o).Trim()).ToArray() ?? [];
        Preconditions.CheckArgument(objectives.Distinct(StringComparer.Ordinal).Count() == objectives.Length, nameof(objectiveIds), "An objective is listed twice.");
        ObjectiveIds = objectives;
    }

    /// <summary>The identifier in the plan.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The axis.</summary>
    public StrategyAxis Axis { get; }

    /// <summary>The lead actor.</summary>
    public Actor Lead { get; }

    /// <summary>The partners (possibly empty).</summary>
    public IReadOnlyList<Actor> Partners { get; }

    /// <summary>The schedule.</summary>
    public DateInterval Schedule { get; }

    /// <summary>The budget.</summary>
    public Money Budget { get; }

    /// <summary>The funding lines (possibly empty).</summary>
    public IReadOnlyList<FundingLine> FundingLines { get; }

    /// <summary>The identifiers of the objectives served (possibly empty).</summary>
    public IReadOnlyList<string> ObjectiveIds { get; }

    /// <summary>The sum of the planned amounts of the funding lines.</summary>
    public Money Planned => Money.Sum(FundingLines.Select(l => l.Planned));

    /// <summary>The sum of the committed amounts of the funding lines.</summary>
    public Money Committed => Money.Sum(FundingLines.Select(l => l.Committed));

    /// <summary>The sum of the spent amounts of the funding lines.</summary>
    public Money Spent => Money.Sum(FundingLines.Select(l => l.Spent));

    /// <summary>Returns the identifier and title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} {Title}";
}

using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// A territorial strategy for digital uses: set from a diagnostic for a territory and a period, it fixes objectives on
/// thematic axes, an action plan with its means, a governance and the commitments signed by the actors.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> J. Houdremont, « Mise en œuvre d'une stratégie territoriale d'usage du numérique », IREV, 2017:
/// « Une stratégie territoriale fixe à partir d'un diagnostic : les objectifs à atteindre, si possible en illustrant par
/// des projets ; la gouvernance et les outils de la gouvernance ; les moyens à mobiliser », illustrated by an annual or
/// multi-year action plan, formalised by a charter or territorial contract, and evaluated permanently
/// (<see cref="StrategyEvaluator"/>).</para>
/// <para>Invariants (guarded): the territory is not the default value; the axes are distinct and every sub-axis comes
/// with its parent; objectives and actions use the strategy's axes; identifiers are unique; objectives sharing an indicator give it one unit; actions refer to existing
/// objectives; two actors with the same identifier have the same name. Everything a plan can get wrong while staying
/// meaningful (unbalanced budgets, over-commitment, objectives without action, uncovered axes, stale measurements) is
/// an evaluation finding. The type is named <c>TerritorialStrategy</c> so that it does not share its namespace's name.
/// This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class TerritorialStrategy
{
    /// <summary>Creates a strategy.</summary>
    /// <param name="name">The name (not blank).</param>
    /// <param name="territory">The territory.</param>
    /// <param name="period">The period of the strategy.</param>
    /// <param name="axes">The axes retained (built-in or user-defined); a sub-axis needs its parent in the list.</param>
    /// <param name="objectives">The objectives.</param>
    /// <param name="actionPlan">The action plan.</param>
    /// <param name="governance">The governance.</param>
    /// <param name="commitments">The commitments signed, or <see langword="null"/> for none yet.</param>
    /// <param name="diagnostic">A summary of the diagnostic the strategy is set from, when given.</param>
    /// <exception cref="ArgumentNullException">A required argument or an item is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An invariant listed in the remarks is broken.</exception>
    public TerritorialStrategy(
        string name,
        TerritoryId territory,
        DateInterval period,
        IEnumerable<StrategyAxis> axes,
        IEnumerable<Objective> objectives,
        ActionPlan actionPlan,
        Governance governance,
        IEnumerable<Commitment>? commitments = null,
        string? diagnostic = null)
    {
        Name = Preconditions.CheckNotBlank(name).Trim();
        Preconditions.CheckArgument(territory.Code.Length > 0, nameof(territory), "The territory is the default value.");
        Territory = territory;
        Period = Preconditions.CheckNotNull(period);
        Axes = Preconditions.CheckNotNull(axes).Select(a => Preconditions.CheckNotNull(a)).ToArray();
        var axisCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var axis in Axes)
        {
            Preconditions.CheckArgument(axisCodes.Add(axis.Code), nameof(axes), $"The axis '{axis.Code}' is listed twice.");
        }

        foreach (var axis in Axes)
        {
            Preconditions.CheckArgument(axis.Parent is null || axisCodes.Contains(axis.Parent.Code), nameof(axes), $"The sub-axis '{axis.Code}' is listed without its parent '{axis.Parent?.Code}'.");
        }

        Objectives = Preconditions.CheckNotNull(objectives).Select(o => Preconditions.CheckNotNull(o)).ToArray();
        var objectiveIds = new HashSet<string>(StringComparer.Ordinal);
        var units = new Dictionary<string, IndicatorUnit>(StringComparer.Ordinal);
        foreach (var objective in Objectives)
        {
            Preconditions.CheckArgument(
                units.TryAdd(objective.Indicator.Id, objective.Indicator.Unit) || units[objective.Indicator.Id] == objective.Indicator.Unit,
                nameof(objectives),
                $"The indicator '{objective.Indicator.Id}' is used with two units.");
            Preconditions.CheckArgument(objectiveIds.Add(objective.Id), nameof(objectives), $"The objective identifier '{objective.Id}' is used twice.");
            Preconditions.CheckArgument(axisCodes.Contains(objective.Axis.Code), nameof(objectives), $"The objective '{objective.Id}' is on the axis '{objective.Axis.Code}', which the strategy does not retain.");
        }

        ActionPlan = Preconditions.CheckNotNull(actionPlan);
        foreach (var action in actionPlan.Actions)
        {
            Preconditions.CheckArgument(axisCodes.Contains(action.Axis.Code), nameof(actionPlan), $"The action '{action.Id}' is on the axis '{action.Axis.Code}', which the strategy does not retain.");
            foreach (var objectiveId in action.ObjectiveIds)
            {
                Preconditions.CheckArgument(objectiveIds.Contains(objectiveId), nameof(actionPlan), $"The action '{action.Id}' refers to the unknown objective '{objectiveId}'.");
            }
        }

        Governance = Preconditions.CheckNotNull(governance);
        Commitments = commitments?.Select(c => Preconditions.CheckNotNull(c)).OrderBy(c => c.SignedOn).ToArray() ?? [];
        Diagnostic = string.IsNullOrWhiteSpace(diagnostic) ? null : diagnostic.Trim();
        Actors = CollectActors();
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The territory.</summary>
    public TerritoryId Territory { get; }

    /// <summary>The period of the strategy.</summary>
    public DateInterval Period { get; }

    /// <summary>A summary of the diagnostic, when given.</summary>
    public string? Diagnostic { get; }

    /// <summary>The axes retained.</summary>
    public IReadOnlyList<StrategyAxis> Axes { get; }

    /// <summary>The objectives.</summary>
    public IReadOnlyList<Objective> Objectives { get; }

    /// <summary>The action plan.</summary>
    public ActionPlan ActionPlan { get; }

    /// <summary>The governance.</summary>
    public Governance Governance { get; }

    /// <summary>The commitments, by date of signature.</summary>
    public IReadOnlyList<Commitment> Commitments { get; }

    /// <summary>Every actor the strategy refers to (coordinator, members, leads, partners, funders, signatories), once
    /// each, in order of first appearance.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    private Actor[] CollectActors()
    {
        var byId = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var ordered = new List<Actor>();
        void Add(Actor actor)
        {
            if (byId.TryGetValue(actor.Id, out var known))
            {
                Preconditions.CheckArgument(known.Name == actor.Name, "actors", $"Two actors share the identifier '{actor.Id}' with different names ('{known.Name}', '{actor.Name}').");
                return;
            }

            byId.Add(actor.Id, actor);
            ordered.Add(actor);
        }

        Add(Governance.Coordinator);
        foreach (var member in Governance.Members)
        {
            Add(member.Actor);
        }

        foreach (var action in ActionPlan.Actions)
        {
            Add(action.Lead);
            foreach (var partner in action.Partners)
            {
                Add(partner);
            }

            foreach (var line in action.FundingLines)
            {
                if (line.Funder is { } funder)
                {
                    Add(funder);
                }
            }
        }

        foreach (var commitment in Commitments)
        {
            Add(commitment.Actor);
        }

        return [.. ordered];
    }
}

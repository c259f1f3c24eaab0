using FluentValidation;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>The cross-reference rules of a plan document (the root rule of <see cref="PlanDocumentValidator"/>):
/// unique identifiers, axes known and retained with their parents, actors and objectives referred to, one unit per
/// indicator, partners distinct from the lead.</summary>
internal sealed class PlanReferences(PlanDocument d, ValidationContext<PlanDocument> context)
{
    private readonly Dictionary<string, string?> knownAxes = new(StringComparer.Ordinal); // code -> parent code
    private readonly HashSet<string> retained = new(StringComparer.Ordinal);
    private readonly HashSet<string> actors = new(StringComparer.Ordinal);
    private readonly HashSet<string> objectives = new(StringComparer.Ordinal);

    internal void Check()
    {
        Axes();
        for (var i = 0; i < d.Actors.Count; i++)
        {
            var id = d.Actors[i].Id?.Trim();
            if (!string.IsNullOrEmpty(id) && !actors.Add(id))
            {
                Fail(StrategyRules.PlanDuplicateId, $"$.actors[{i}].id", RuleArguments.Of(id));
            }
        }

        var units = new Dictionary<string, IndicatorUnit>(StringComparer.Ordinal);
        for (var i = 0; i < d.Objectives.Count; i++)
        {
            var o = d.Objectives[i];
            var path = $"$.objectives[{i}]";
            UniqueId(o.Id, path + ".id", objectives);
            Axis(o.Axis, path + ".axis");
            if (ObjectiveUnit(o) is { } unit && !units.TryAdd(o.Indicator, unit) && units[o.Indicator] != unit)
            {
                Fail(StrategyRules.PlanUnitMismatch, path + ".unit", RuleArguments.Of(o.Indicator, PlanDocumentValidator.Name(units[o.Indicator], PlanDocumentValidator.Units), PlanDocumentValidator.Name(unit, PlanDocumentValidator.Units)));
            }
        }

        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.ActionPlan.Actions.Count; i++)
        {
            Action(d.ActionPlan.Actions[i], $"$.actionPlan.actions[{i}]", actionIds);
        }

        var g = d.Governance;
        Actor(g.Coordinator, "$.governance.coordinator");
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < (g.Members?.Count ?? 0); i++)
        {
            var m = g.Members![i];
            if (Actor(m.Actor, $"$.governance.members[{i}].actor") && !seen.Add((m.Actor, m.Role)))
            {
                Fail(StrategyRules.PlanDuplicateId, $"$.governance.members[{i}]", RuleArguments.Of(m.Actor + "/" + m.Role));
            }
        }

        for (var i = 0; i < (d.Commitments?.Count ?? 0); i++)
        {
            Actor(d.Commitments![i].Actor, $"$.commitments[{i}].actor");
        }
    }

    private static IndicatorUnit? ObjectiveUnit(PlanObjective o) =>
        !StrategyAxis.IsValidCode(o.Indicator) ? null
        : IndicatorReference.FindKnown(o.Indicator) is { } known ? (o.Unit is null || PlanDocumentValidator.Find(o.Unit, PlanDocumentValidator.Units) == known.Unit ? known.Unit : null)
        : o.Unit is null ? IndicatorUnit.Value : PlanDocumentValidator.Find(o.Unit, PlanDocumentValidator.Units);

    private void Axes()
    {
        foreach (var axis in StrategyAxis.BuiltIn)
        {
            knownAxes[axis.Code] = axis.Parent?.Code;
        }

        for (var i = 0; i < (d.CustomAxes?.Count ?? 0); i++)
        {
            var code = d.CustomAxes![i].Code;
            var path = $"$.customAxes[{i}].code";
            if (!StrategyAxis.IsValidCode(code))
            {
                continue; // plan.invalid-code, reported by the field rule
            }

            if (knownAxes.ContainsKey(code))
            {
                Fail(StrategyRules.PlanDuplicateId, path, RuleArguments.Of(code));
                continue;
            }

            var dot = code.LastIndexOf('.');
            if (dot > 0 && !knownAxes.ContainsKey(code[..dot]))
            {
                Fail(StrategyRules.PlanUnknownReference, path, RuleArguments.Of(code[..dot], "axis"));
                continue;
            }

            knownAxes[code] = dot > 0 ? code[..dot] : null;
        }

        for (var i = 0; i < d.Axes.Count; i++)
        {
            var code = d.Axes[i];
            if (!knownAxes.ContainsKey(code))
            {
                Fail(StrategyRules.PlanUnknownValue, $"$.axes[{i}]", new RuleArguments(code, ClosestMatch.Find(code, knownAxes.Keys), [.. knownAxes.Keys]));
            }
            else if (!retained.Add(code))
            {
                Fail(StrategyRules.PlanDuplicateId, $"$.axes[{i}]", RuleArguments.Of(code));
            }
        }

        for (var i = 0; i < d.Axes.Count; i++)
        {
            if (knownAxes.TryGetValue(d.Axes[i], out var parent) && parent is not null && !retained.Contains(parent))
            {
                Fail(StrategyRules.PlanAxisParent, $"$.axes[{i}]", new RuleArguments(d.Axes[i], parent, Extra: [parent]));
            }
        }
    }

    private void Action(PlanActionItem a, string path, HashSet<string> ids)
    {
        UniqueId(a.Id, path + ".id", ids);
        Axis(a.Axis, path + ".axis");
        Actor(a.Lead, path + ".lead");
        var partners = new HashSet<string>(StringComparer.Ordinal) { a.Lead };
        for (var i = 0; i < (a.Partners?.Count ?? 0); i++)
        {
            var partner = a.Partners![i];
            if (Actor(partner, $"{path}.partners[{i}]") && !partners.Add(partner))
            {
                Fail(StrategyRules.PlanActorMismatch, $"{path}.partners[{i}]", RuleArguments.Of(partner));
            }
        }

        var served = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < (a.Objectives?.Count ?? 0); i++)
        {
            var objective = a.Objectives![i];
            if (!objectives.Contains(objective))
            {
                Fail(StrategyRules.PlanUnknownReference, $"{path}.objectives[{i}]", new RuleArguments(objective, ClosestMatch.Find(objective, objectives), [.. objectives], ["objective"]));
            }
            else if (!served.Add(objective))
            {
                Fail(StrategyRules.PlanDuplicateId, $"{path}.objectives[{i}]", RuleArguments.Of(objective));
            }
        }

        for (var i = 0; i < (a.Funding?.Count ?? 0); i++)
        {
            if (a.Funding![i].Funder is { } funder)
            {
                Actor(funder, $"{path}.funding[{i}].funder");
            }
        }
    }

    private void UniqueId(string id, string path, HashSet<string> ids)
    {
        if (!string.IsNullOrWhiteSpace(id) && !ids.Add(id.Trim()))
        {
            Fail(StrategyRules.PlanDuplicateId, path, RuleArguments.Of(id.Trim()));
        }
    }

    private void Axis(string code, string path)
    {
        if (retained.Contains(code))
        {
            return;
        }

        if (knownAxes.ContainsKey(code))
        {
            Fail(StrategyRules.PlanAxisNotRetained, path, RuleArguments.Of(code));
        }
        else
        {
            Fail(StrategyRules.PlanUnknownValue, path, new RuleArguments(code, ClosestMatch.Find(code, retained), [.. retained]));
        }
    }

    private bool Actor(string id, string path)
    {
        if (actors.Contains(id))
        {
            return true;
        }

        Fail(StrategyRules.PlanUnknownReference, path, new RuleArguments(id, ClosestMatch.Find(id, actors), [.. actors], ["actor"]));
        return false;
    }

    private void Fail(Reporting.RuleDefinition rule, string path, RuleArguments arguments) => context.Fail(rule, path, arguments);
}

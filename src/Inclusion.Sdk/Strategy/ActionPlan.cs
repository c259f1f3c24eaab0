using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>The action plan that illustrates a strategy, annual or multi-year, with its actions.</summary>
/// <remarks>Invariants (guarded): an annual plan covers at most 366 days; action identifiers are unique. This type is
/// immutable and thread-safe.</remarks>
public sealed class ActionPlan
{
    /// <summary>The longest period of an annual plan, in days (a leap year).</summary>
    public const int MaxAnnualDays = 366;

    /// <summary>Creates an action plan.</summary>
    /// <param name="kind">Annual or multi-year.</param>
    /// <param name="period">The period covered.</param>
    /// <param name="actions">The actions.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> or <paramref name="actions"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An undefined kind, an annual plan longer than 366 days, or an action identifier used twice.</exception>
    public ActionPlan(ActionPlanKind kind, DateInterval period, IEnumerable<PlanAction> actions)
    {
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"Undefined plan kind {(int)kind}.");
        Period = Preconditions.CheckNotNull(period);
        Preconditions.CheckArgument(kind != ActionPlanKind.Annual || period.Length <= MaxAnnualDays, nameof(period), StrategyRules.PlanAnnualTooLong.MessageFor(period.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Kind = kind;
        Actions = Preconditions.CheckNotNull(actions).Select(a => Preconditions.CheckNotNull(a)).ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in Actions)
        {
            Preconditions.CheckArgument(ids.Add(action.Id), nameof(actions), $"The action identifier '{action.Id}' is used twice.");
        }
    }

    /// <summary>Annual or multi-year.</summary>
    public ActionPlanKind Kind { get; }

    /// <summary>The period covered.</summary>
    public DateInterval Period { get; }

    /// <summary>The actions.</summary>
    public IReadOnlyList<PlanAction> Actions { get; }
}

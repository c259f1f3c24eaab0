using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// One line of an action's funding plan: a source, an optional funder and programme, and the amounts planned,
/// committed and spent.
/// </summary>
/// <remarks>
/// <para>Invariants (guarded): the amounts are not negative and are whole cents. <b>Not</b> invariants: committed may
/// exceed planned and spent may exceed committed — an over-commitment happens in real plans and the evaluation reports
/// it (<c>strategy.funding.over-committed</c>, <c>strategy.funding.over-spent</c>) instead of making it impossible.
/// This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class FundingLine
{
    /// <summary>Creates a funding line.</summary>
    /// <param name="source">The kind of source.</param>
    /// <param name="planned">The amount planned.</param>
    /// <param name="committed">The amount committed (conventions signed, decisions taken).</param>
    /// <param name="spent">The amount spent (paid).</param>
    /// <param name="funder">The funder, when it is an actor of the plan.</param>
    /// <param name="programme">The programme, fund or call, for example <c>FEDER</c>, <c>ITI</c> or <c>Chèque APTIC</c>.</param>
    /// <exception cref="ArgumentException">An undefined source, or an amount negative or not in whole cents.</exception>
    public FundingLine(FundingSource source, Money planned, Money committed, Money spent, Actor? funder = null, string? programme = null)
    {
        Preconditions.CheckArgument(Enum.IsDefined(source), nameof(source), $"Undefined funding source {(int)source}.");
        CheckAmount(planned, nameof(planned));
        CheckAmount(committed, nameof(committed));
        CheckAmount(spent, nameof(spent));
        Source = source;
        Planned = planned;
        Committed = committed;
        Spent = spent;
        Funder = funder;
        Programme = string.IsNullOrWhiteSpace(programme) ? null : programme.Trim();
    }

    /// <summary>The kind of source.</summary>
    public FundingSource Source { get; }

    /// <summary>The funder, when known.</summary>
    public Actor? Funder { get; }

    /// <summary>The programme, fund or call, when known.</summary>
    public string? Programme { get; }

    /// <summary>The amount planned.</summary>
    public Money Planned { get; }

    /// <summary>The amount committed.</summary>
    public Money Committed { get; }

    /// <summary>The amount spent.</summary>
    public Money Spent { get; }

    private static void CheckAmount(Money amount, string name)
    {
        Preconditions.CheckArgument(amount >= Money.Zero && amount.IsWholeCents, name, StrategyRules.PlanAmount.MessageFor(amount.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}

using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// A co-funder's share: at most <see cref="MaximumShare"/> of the value of passes actually used, when the programme's
/// purchase (all its confirmed orders together) is at least <see cref="MinimumOrder"/>, counting used value up to
/// <see cref="OrderCeiling"/>. The minimum and the ceiling apply to the programme's eligible purchase as a whole, never
/// order by order. The State's AAP 2020 is <see cref="State2020"/>: 50 %, €20,000 minimum purchase, €3M ceiling
/// (avicca.org, see docs/vouchers.md, "Accounting rules").
/// </summary>
public sealed class CoFinancingRule
{
    /// <summary>Creates a co-financing rule.</summary>
    /// <param name="coFunder">The co-funder's name.</param>
    /// <param name="maximumShare">Maximum share of the used value, 0–1.</param>
    /// <param name="minimumOrder">Minimum order face value for eligibility.</param>
    /// <param name="orderCeiling">Ceiling of the order value taken into account.</param>
    /// <exception cref="ArgumentException">The name is empty, the share outside 0–1 or the amounts negative or inverted.</exception>
    public CoFinancingRule(string coFunder, decimal maximumShare, Money minimumOrder, Money orderCeiling)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(coFunder), nameof(coFunder), "The co-funder is required.");
        Preconditions.CheckArgumentRange(nameof(maximumShare), maximumShare, 0m, 1m);
        Preconditions.CheckArgument(minimumOrder >= Money.Zero && orderCeiling >= minimumOrder, nameof(orderCeiling), "The ceiling must be at least the minimum order, itself non-negative.");
        CoFunder = coFunder;
        MaximumShare = maximumShare;
        MinimumOrder = minimumOrder;
        OrderCeiling = orderCeiling;
    }

    /// <summary>Gets the State rule of the AAP 2020 call: 50 % of used passes, €20,000 minimum order, €3M ceiling.</summary>
    public static CoFinancingRule State2020 { get; } =
        new("État (AAP 2020)", 0.5m, Money.FromEuros(20_000m), Money.FromEuros(3_000_000m));

    /// <summary>Gets the co-funder's name.</summary>
    public string CoFunder { get; }

    /// <summary>Gets the maximum share of the used value.</summary>
    public decimal MaximumShare { get; }

    /// <summary>Gets the minimum purchase: the face value of the programme's confirmed orders together.</summary>
    public Money MinimumOrder { get; }

    /// <summary>Gets the ceiling of the programme's used value taken into account (cumulative).</summary>
    public Money OrderCeiling { get; }

    /// <summary>The co-funder's share of a programme, rounded to the cent once; zero below the minimum purchase.</summary>
    /// <param name="purchasedValue">The face value of all the programme's confirmed orders together.</param>
    /// <param name="usedValue">The value of all its passes actually used.</param>
    /// <returns>The share.</returns>
    public Money ShareOf(Money purchasedValue, Money usedValue)
    {
        if (purchasedValue < MinimumOrder)
        {
            return Money.Zero;
        }

        var counted = usedValue > OrderCeiling ? OrderCeiling : usedValue;
        return (counted * MaximumShare).Round();
    }
}

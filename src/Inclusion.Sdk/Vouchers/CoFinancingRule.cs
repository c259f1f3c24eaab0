using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// A co-funder's share: at most <see cref="MaximumShare"/> of the value of passes actually used, for orders of at
/// least <see cref="MinimumOrder"/>, counting used value up to <see cref="OrderCeiling"/>. The State's AAP 2020 is
/// <see cref="State2020"/>: 50 %, €20,000 minimum, €3M ceiling (avicca.org, see docs/vouchers.md).
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

    /// <summary>Gets the minimum order face value.</summary>
    public Money MinimumOrder { get; }

    /// <summary>Gets the ceiling of the order value taken into account.</summary>
    public Money OrderCeiling { get; }

    /// <summary>The co-funder's share of one order, rounded to the cent; zero below the minimum order.</summary>
    /// <param name="orderedValue">The order's face value.</param>
    /// <param name="usedValue">The value of its passes actually used.</param>
    /// <returns>The share.</returns>
    public Money ShareOf(Money orderedValue, Money usedValue)
    {
        if (orderedValue < MinimumOrder)
        {
            return Money.Zero;
        }

        var counted = usedValue > OrderCeiling ? OrderCeiling : usedValue;
        return (counted * MaximumShare).Round();
    }
}

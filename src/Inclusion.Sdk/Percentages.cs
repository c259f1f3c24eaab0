using System.Globalization;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk;

/// <summary>
/// Percentages by the national rule of the mediation statistics: a share is <c>100 × count / total</c> rounded to
/// <b>3 decimals</b>, midpoints <b>away from zero</b>, and <b>0 when the total is 0</b>.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> The national mediation-statistics dashboard (La Coop de la médiation numérique, proportion helper
/// <c>allocatePercentages.ts</c> and its specification) computes <c>total == 0 ? 0 : round(100000 × count / total) / 1000</c>
/// with JavaScript's <c>Math.round</c>, which rounds a non-negative midpoint upward; for the non-negative values handled
/// here that is <see cref="MidpointRounding.AwayFromZero"/>, not .NET's default banker's rounding. See
/// <c>indicators.md</c> §7.6 of the project's domain notes.</para>
/// <para><b>No largest-remainder correction</b> is applied: the shares of a distribution need not add up to exactly 100
/// (each is within 0.0005 of its exact value). Published examples: [1, 2, 3, 4] → [10, 20, 30, 40];
/// [2, 2, 4] → [25, 25, 50]; [1, 2] → [33.333, 66.667]; [0, 0, 0] → [0, 0, 0].</para>
/// <para>Distributions are shares of the sum of the category's items (weighted counts, for example accompaniments, are
/// allowed through the <see cref="decimal"/> overloads). This class is stateless and thread-safe.</para>
/// </remarks>
public static class Percentages
{
    private const int Decimals = 3;

    /// <summary>The share of <paramref name="count"/> in <paramref name="total"/>, in percent, by the national rule
    /// (3 decimals, midpoint away from zero, 0 when the total is 0).</summary>
    /// <param name="count">The count, between 0 and <paramref name="total"/>.</param>
    /// <param name="total">The total, zero or more.</param>
    /// <returns>The share in [0, 100], for example 33.333 for 1 of 3.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative, or <paramref name="count"/>
    /// is negative or greater than <paramref name="total"/>.</exception>
    public static decimal Share(long count, long total)
    {
        Preconditions.CheckArgumentRange(nameof(total), total, 0, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(count), count, 0, total);
        return Compute(count, total);
    }

    /// <summary>The share of a weighted count <paramref name="part"/> in <paramref name="total"/>, in percent, by the
    /// national rule (3 decimals, midpoint away from zero, 0 when the total is 0).</summary>
    /// <remarks>The part may exceed the total (for example an amount spent against an envelope); the share is then
    /// above 100.</remarks>
    /// <param name="part">The weighted count, zero or more.</param>
    /// <param name="total">The total, zero or more.</param>
    /// <returns>The share, for example 12.5 for 1 of 8.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> or <paramref name="total"/> is
    /// negative.</exception>
    /// <exception cref="OverflowException">The share is outside the range of <see cref="decimal"/> (a part about
    /// 10²⁶ times the total or more).</exception>
    public static decimal Share(decimal part, decimal total)
    {
        Preconditions.CheckArgumentRange(nameof(part), part, 0m, decimal.MaxValue);
        Preconditions.CheckArgumentRange(nameof(total), total, 0m, decimal.MaxValue);
        return Compute(part, total);
    }

    /// <summary>The share of each count in the sum of the counts, in percent, by the national rule (3 decimals,
    /// midpoint away from zero; all 0 when the sum is 0). No correction forces the shares to add up to 100.</summary>
    /// <param name="counts">The counts of a category's items, none negative; may be empty.</param>
    /// <returns>One share per count, in the same order: [1, 2] → [33.333, 66.667].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">The sum of the counts exceeds <see cref="long.MaxValue"/>.</exception>
    public static decimal[] Distribution(ReadOnlySpan<long> counts)
    {
        var total = 0L;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0)
            {
                throw NegativeItem(nameof(counts), counts[i], i);
            }

            total = checked(total + counts[i]);
        }

        var shares = new decimal[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            shares[i] = Compute(counts[i], total);
        }

        return shares;
    }

    /// <summary>The share of each weight in the sum of the weights, in percent, by the national rule (3 decimals,
    /// midpoint away from zero; all 0 when the sum is 0). No correction forces the shares to add up to 100.</summary>
    /// <param name="weights">The weighted counts of a category's items, none negative; may be empty.</param>
    /// <returns>One share per weight, in the same order: [1, 3, 4] → [12.5, 37.5, 50].</returns>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative.</exception>
    /// <exception cref="OverflowException">The sum of the weights is outside the range of <see cref="decimal"/>.</exception>
    public static decimal[] Distribution(ReadOnlySpan<decimal> weights)
    {
        var total = 0m;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0)
            {
                throw NegativeItem(nameof(weights), weights[i], i);
            }

            total += weights[i];
        }

        var shares = new decimal[weights.Length];
        for (var i = 0; i < weights.Length; i++)
        {
            shares[i] = Compute(weights[i], total);
        }

        return shares;
    }

    private static decimal Compute(decimal part, decimal total)
    {
        if (total == 0)
        {
            return 0m;
        }

        // Multiply first when it cannot overflow: 100 × part / total is then exact whenever the quotient terminates,
        // so a true midpoint (such as 12.3455) is recognised as one.
        var ratio = part <= decimal.MaxValue / 100m ? 100m * part / total : part / total * 100m;
        return decimal.Round(ratio, Decimals, MidpointRounding.AwayFromZero);
    }

    private static ArgumentOutOfRangeException NegativeItem(string paramName, object value, int index) =>
        new(paramName, value, string.Create(CultureInfo.InvariantCulture, $"Values must not be negative; the value at index {index} is {value}."));
}

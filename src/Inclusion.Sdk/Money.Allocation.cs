using System.Buffers;
using System.Globalization;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk;

// Allocation by the largest-remainder method: whole cents that add up exactly to the rounded amount.
public readonly partial struct Money
{
    /// <summary>Above this many parts, scratch space is rented from the shared array pool instead of the stack.</summary>
    private const int StackAllocationLimit = 256;

    /// <summary>
    /// Splits the amount into <paramref name="parts"/> equal shares of whole cents that add up exactly to the amount
    /// rounded to cents.
    /// </summary>
    /// <remarks>
    /// <para>The amount is first rounded to cents with the default rule (<see cref="Round()"/>: midpoint away from
    /// zero). The shares then differ by at most one cent: the leftover cents go to the first shares (all remainders
    /// being equal, ties go to the earlier index). Example: 100.00 € in 3 parts → 33.34, 33.33, 33.33.</para>
    /// <para>A negative amount is split symmetrically: −100.00 € in 3 parts → −33.34, −33.33, −33.33. The result is
    /// deterministic, and the only allocation is the returned array.</para>
    /// </remarks>
    /// <param name="parts">The number of shares, at least 1.</param>
    /// <returns>The shares, each a whole number of cents, in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    /// <exception cref="OverflowException">The amount is too large to be counted in cents in a <see cref="decimal"/>
    /// (beyond about 7.9 × 10²⁶ €).</exception>
    public Money[] Allocate(int parts)
    {
        Preconditions.CheckArgumentRange(nameof(parts), parts, 1, int.MaxValue);
        var total = RoundedCentsMagnitude(out var negative);

        // Decimal division keeps 28-29 significant digits, so the floor may be one off; the remainder corrects it.
        var quotient = decimal.Floor(total / parts);
        var remainder = total - (quotient * parts);
        if (remainder < 0)
        {
            quotient--;
            remainder += parts;
        }
        else if (remainder >= parts)
        {
            quotient++;
            remainder -= parts;
        }

        var extra = (int)remainder;
        var result = new Money[parts];
        result.AsSpan(0, extra).Fill(SignedCents(quotient + 1, negative));
        result.AsSpan(extra).Fill(SignedCents(quotient, negative));
        return result;
    }

    /// <summary>
    /// Splits the amount in proportion to <paramref name="ratios"/>, in shares of whole cents that add up exactly to the
    /// amount rounded to cents.
    /// </summary>
    /// <remarks>
    /// <para>The amount is first rounded to cents with the default rule (<see cref="Round()"/>: midpoint away from
    /// zero). Each share receives the whole cents of its exact share (rounded down), then the leftover cents go one by
    /// one to the shares with the largest fractional remainders; equal remainders favour the earlier index (largest
    /// remainder method, also known as Hamilton's method). Each share is therefore within one cent of its exact share,
    /// a zero ratio receives nothing, and the result is deterministic.</para>
    /// <para>Example: 100.00 € by ratios 1, 1, 1 → 33.34, 33.33, 33.33; 0.05 € by ratios 3, 7 → 0.02, 0.03 (exact
    /// shares 0.015 and 0.035 have equal remainders, so the leftover cent goes to the first share).</para>
    /// <para>A negative amount is split symmetrically (the shares of its absolute value, negated). Whole-number ratios
    /// are computed in integer arithmetic when the products fit in a <see cref="long"/>. Remainders are exact
    /// whenever the products of the amount in cents by the ratios fit in a <see cref="decimal"/>; beyond that the
    /// computation falls back to 28-digit precision, and the sum is still exact. For up to 256 ratios the only
    /// allocation is the returned array; larger inputs rent scratch space from the shared array pool.</para>
    /// </remarks>
    /// <param name="ratios">The weights of the shares: none negative, with a positive sum. They need not add up to 1
    /// or 100.</param>
    /// <returns>One share per ratio, in the same order, each a whole number of cents.</returns>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty, or its sum is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A ratio is negative.</exception>
    /// <exception cref="OverflowException">The sum of the ratios, or the amount in cents, is outside the range of
    /// <see cref="decimal"/>.</exception>
    public Money[] Allocate(ReadOnlySpan<decimal> ratios)
    {
        Preconditions.CheckArgument(!ratios.IsEmpty, nameof(ratios), "At least one ratio is required.");
        var sum = 0m;
        var max = 0m;
        var allWhole = true;
        for (var i = 0; i < ratios.Length; i++)
        {
            var ratio = ratios[i];
            if (ratio < 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(ratios),
                    ratio,
                    string.Create(CultureInfo.InvariantCulture, $"Ratios must not be negative; the ratio at index {i} is {ratio}."));
            }

            sum += ratio;
            max = Math.Max(max, ratio);
            allWhole &= decimal.IsInteger(ratio);
        }

        Preconditions.CheckArgument(sum > 0, nameof(ratios), "The sum of the ratios must be positive.");

        var total = RoundedCentsMagnitude(out var negative);
        var n = ratios.Length;
        var result = new Money[n];
        AllocationKey[]? rented = null;
        var keys = n <= StackAllocationLimit
            ? stackalloc AllocationKey[n]
            : (rented = ArrayPool<AllocationKey>.Shared.Rent(n)).AsSpan(0, n);
        try
        {
            // Integer mode (whole ratios, products within long): the same remainders as exact mode, without decimal
            // division. Exact mode: p = total × ratio is exact, so remainders (p mod sum) compare exactly.
            var integer = allWhole && sum <= long.MaxValue && total <= long.MaxValue / Math.Max(max, 1m);
            var exact = max <= 1m || total <= decimal.MaxValue / max;
            var totalCents = integer ? (long)total : 0L;
            var ratioSum = integer ? (long)sum : 0L;
            var assigned = 0m;
            for (var i = 0; i < n; i++)
            {
                decimal whole;
                decimal remainder;
                if (integer)
                {
                    var product = totalCents * (long)ratios[i];
                    whole = product / ratioSum;
                    remainder = product % ratioSum;
                }
                else if (exact)
                {
                    var product = total * ratios[i];
                    whole = decimal.Floor(product / sum);
                    remainder = product - (whole * sum);
                    if (remainder < 0)
                    {
                        whole--;
                        remainder += sum;
                    }
                    else if (remainder >= sum)
                    {
                        whole++;
                        remainder -= sum;
                    }
                }
                else
                {
                    var share = total * (ratios[i] / sum);
                    whole = decimal.Floor(share);
                    remainder = share - whole;
                }

                result[i] = new Money(whole); // cents for now; converted to euros below
                keys[i] = new AllocationKey(remainder, i);
                assigned += whole;
            }

            var leftover = total - assigned;
            if (leftover != 0)
            {
                keys.Sort(LargestRemainderFirst); // a cached static delegate: no allocation
                DistributeLeftover(result, keys, leftover);
            }

            for (var i = 0; i < n; i++)
            {
                result[i] = SignedCents(result[i].amount, negative);
            }

            return result;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<AllocationKey>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Gives the leftover cents to the shares in key order (largest remainder first). The leftover is normally in
    /// [0, n); the other branches only absorb precision loss in the fallback mode, so that the sum stays exact.
    /// </summary>
    private static void DistributeLeftover(Money[] centsByIndex, ReadOnlySpan<AllocationKey> ordered, decimal leftover)
    {
        var n = ordered.Length;
        if (leftover > 0)
        {
            var perShare = decimal.Floor(leftover / n);
            var rest = (int)(leftover - (perShare * n));
            for (var k = 0; k < n; k++)
            {
                var index = ordered[k].Index;
                centsByIndex[index] = new Money(centsByIndex[index].amount + perShare + (k < rest ? 1 : 0));
            }

            return;
        }

        // Too many cents were given: take them back from the smallest remainders, never below zero.
        var deficit = -leftover;
        while (deficit > 0)
        {
            for (var k = n - 1; k >= 0 && deficit > 0; k--)
            {
                var index = ordered[k].Index;
                if (centsByIndex[index].amount > 0)
                {
                    centsByIndex[index] = new Money(centsByIndex[index].amount - 1);
                    deficit--;
                }
            }
        }
    }

    /// <summary>The absolute value of the amount rounded to cents (default rule), counted in cents.</summary>
    private decimal RoundedCentsMagnitude(out bool negative)
    {
        negative = amount < 0;
        return decimal.Round(Math.Abs(amount), 2, MidpointRounding.AwayFromZero) * 100m;
    }

    private static Money SignedCents(decimal cents, bool negative) =>
        FromWholeCents(negative && cents != 0 ? -cents : cents);

    /// <summary>The remainder of one share and its position, ordered by the largest remainder, then the earlier index.</summary>
    private readonly struct AllocationKey(decimal remainder, int index)
    {
        public decimal Remainder { get; } = remainder;

        public int Index { get; } = index;
    }

    private static int LargestRemainderFirst(AllocationKey x, AllocationKey y)
    {
        var byRemainder = y.Remainder.CompareTo(x.Remainder);
        return byRemainder != 0 ? byRemainder : x.Index.CompareTo(y.Index);
    }
}

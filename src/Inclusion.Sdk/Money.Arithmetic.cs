using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk;

// Arithmetic and rounding. Nothing here rounds implicitly: only Round() and Round(MidpointRounding) do.
public readonly partial struct Money
{
    /// <summary>Adds two amounts, keeping full <see cref="decimal"/> precision (no rounding).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator +(Money left, Money right) => new(left.amount + right.amount);

    /// <summary>Subtracts an amount, keeping full <see cref="decimal"/> precision (no rounding).</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator -(Money left, Money right) => new(left.amount - right.amount);

    /// <summary>Negates an amount (a credit becomes a debit).</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The opposite amount.</returns>
    public static Money operator -(Money value) => new(-value.amount);

    /// <summary>Multiplies an amount by a factor, keeping full <see cref="decimal"/> precision (no rounding to cents).</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor (for example a rate of 0.04 for a 4 % fee).</param>
    /// <returns>The product, not rounded; call <see cref="Round()"/> to round it to cents (half away from zero).</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(Money left, decimal right) => new(left.amount * right);

    /// <summary>Multiplies an amount by a factor, keeping full <see cref="decimal"/> precision (no rounding to cents).</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product, not rounded; call <see cref="Round()"/> to round it to cents (half away from zero).</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator *(decimal left, Money right) => new(left * right.amount);

    /// <summary>
    /// Divides an amount by a divisor. The quotient is <b>not</b> rounded to cents (it keeps the 28–29 significant digits
    /// of <see cref="decimal"/>); to split an amount into parts that add up exactly, use <see cref="Allocate(int)"/>.
    /// </summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The unrounded quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is outside the range of <see cref="decimal"/>.</exception>
    public static Money operator /(Money left, decimal right) => new(left.amount / right);

    /// <summary>Adds two amounts (named alternative to <c>+</c>), keeping full precision.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>.</exception>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Subtracts an amount (named alternative to binary <c>-</c>), keeping full precision.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>.</exception>
    public static Money Subtract(Money left, Money right) => left - right;

    /// <summary>Multiplies an amount by a factor (named alternative to <c>*</c>), without rounding.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The unrounded product.</returns>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="decimal"/>.</exception>
    public static Money Multiply(Money money, decimal factor) => money * factor;

    /// <summary>Divides an amount by a divisor (named alternative to <c>/</c>), without rounding.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The unrounded quotient.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    /// <exception cref="OverflowException">The quotient is outside the range of <see cref="decimal"/>.</exception>
    public static Money Divide(Money money, decimal divisor) => money / divisor;

    /// <summary>Negates an amount (named alternative to unary <c>-</c>).</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The opposite amount.</returns>
    public static Money Negate(Money value) => -value;

    /// <summary>Adds a sequence of amounts, keeping full precision (no rounding).</summary>
    /// <param name="values">The amounts; an empty sequence sums to <see cref="Zero"/>.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is <see langword="null"/>.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="decimal"/>.</exception>
    public static Money Sum(IEnumerable<Money> values)
    {
        Preconditions.CheckNotNull(values);
        var total = 0m;
        foreach (var value in values)
        {
            total += value.amount;
        }

        return new Money(total);
    }

    /// <summary>The absolute value of the amount.</summary>
    /// <returns>The amount without its sign.</returns>
    public Money Abs() => new(Math.Abs(amount));

    /// <summary>
    /// Rounds the amount to cents with the default rule: a midpoint is rounded <b>away from zero</b>
    /// (<see cref="MidpointRounding.AwayFromZero"/>, half up in magnitude). Examples: 2.345 → 2.35 (banker's rounding,
    /// .NET's default, would give 2.34); −2.345 → −2.35; 0.125 → 0.13; 2.344 → 2.34.
    /// </summary>
    /// <returns>The amount rounded to a whole number of cents.</returns>
    public Money Round() => new(decimal.Round(amount, 2, MidpointRounding.AwayFromZero));

    /// <summary>
    /// Rounds the amount to cents with an explicit rule, for example <see cref="MidpointRounding.ToEven"/> (banker's
    /// rounding: 2.345 → 2.34) or <see cref="MidpointRounding.ToZero"/> (truncation). <see cref="Round()"/> uses
    /// <see cref="MidpointRounding.AwayFromZero"/>.
    /// </summary>
    /// <param name="mode">The rounding rule.</param>
    /// <returns>The amount rounded to a whole number of cents.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined
    /// <see cref="MidpointRounding"/> value.</exception>
    public Money Round(MidpointRounding mode)
    {
        Preconditions.CheckArgumentRange(nameof(mode), (long)mode, (long)MidpointRounding.ToEven, (long)MidpointRounding.ToPositiveInfinity);
        return new Money(decimal.Round(amount, 2, mode));
    }
}

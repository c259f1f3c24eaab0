namespace Inclusion.Sdk;

/// <summary>
/// An amount of money in euros, held as a <see cref="decimal"/> number of euros.
/// </summary>
/// <remarks>
/// <para><b>Precision.</b> Arithmetic keeps the full precision of <see cref="decimal"/>: a sum, a product or a quotient
/// is never rounded implicitly, so <c>Money.FromEuros(10m) / 3m</c> is 3.3333333333333333333333333333 euros. Rounding to
/// cents is always an explicit call to <see cref="Round()"/> (or <see cref="Round(MidpointRounding)"/>), and allocation
/// (<see cref="Allocate(int)"/>) rounds once, up front, then splits whole cents.</para>
/// <para><b>Rounding rule.</b> The default rule rounds a midpoint <b>away from zero</b>
/// (<see cref="MidpointRounding.AwayFromZero"/>, "half up" in magnitude): 2.345 → 2.35, −2.345 → −2.35,
/// 0.125 → 0.13. This is the rule of French accounting practice and of comparable voucher platforms, and it is stated
/// explicitly because .NET's own default for <see cref="Math.Round(decimal, int)"/> is banker's rounding
/// (<see cref="MidpointRounding.ToEven"/>), which would give 2.34 for 2.345.</para>
/// <para><b>Allocation.</b> <see cref="Allocate(int)"/> and <see cref="Allocate(ReadOnlySpan{decimal})"/> split an
/// amount into whole-cent parts whose sum is exactly the amount rounded to cents (largest-remainder method: leftover
/// cents go to the parts with the largest fractional shares, ties to the earlier index).</para>
/// <para><b>Equality</b> compares amounts numerically: 1.5 € and 1.50 € are equal and have the same hash code.</para>
/// <para>The default value is <see cref="Zero"/>. This type is immutable and thread-safe.</para>
/// </remarks>
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    /// <summary>The number of cents in one euro, as a multiplier that yields a two-decimal <see cref="decimal"/>.</summary>
    private const decimal OneCent = 0.01m;

    private readonly decimal amount;

    private Money(decimal amount) => this.amount = amount;

    /// <summary>Zero euros; also the default value of the type.</summary>
    public static Money Zero => default;

    /// <summary>The amount in euros, with every digit it holds (it may have sub-cent digits until rounded).</summary>
    public decimal Amount => amount;

    /// <summary>
    /// <see langword="true"/> when the amount has no digit below the cent (for example 12.5 or 12.50, but not 12.505),
    /// so that <see cref="Round()"/> would leave it unchanged.
    /// </summary>
    public bool IsWholeCents => decimal.Round(amount, 2) == amount;

    /// <summary>Creates an amount from a number of euros, keeping every digit (no rounding).</summary>
    /// <param name="euros">The amount in euros; any <see cref="decimal"/> value is accepted.</param>
    /// <returns>The amount.</returns>
    public static Money FromEuros(decimal euros) => new(euros);

    /// <summary>Creates an amount from a whole number of cents (negative for a debit).</summary>
    /// <param name="cents">The number of cents; every <see cref="long"/> value is accepted.</param>
    /// <returns>The amount, with two decimals (for example 1250 cents → 12.50 €).</returns>
    public static Money FromCents(long cents) => new(cents * OneCent);

    /// <summary>Creates an amount from a number of cents held in a <see cref="decimal"/> that is a whole number.</summary>
    private static Money FromWholeCents(decimal cents) => new(cents * OneCent);

    /// <inheritdoc />
    public bool Equals(Money other) => amount == other.amount;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <summary>Returns a hash code that is equal for numerically equal amounts (1.5 and 1.50).</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => amount.GetHashCode();

    /// <summary>Compares two amounts numerically.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>A negative number, zero or a positive number when this amount is smaller than, equal to or greater than
    /// <paramref name="other"/>.</returns>
    public int CompareTo(Money other) => amount.CompareTo(other.amount);

    /// <summary>Compares this amount with an object, which must be a <see cref="Money"/> or <see langword="null"/>.</summary>
    /// <param name="obj">The object to compare with; <see langword="null"/> sorts before every amount.</param>
    /// <returns>A negative number, zero or a positive number when this amount is smaller than, equal to or greater than
    /// <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither <see langword="null"/> nor a <see cref="Money"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Money value.", nameof(obj)),
    };

    /// <summary>Equality of two amounts (numeric: 1.5 € equals 1.50 €).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the amounts are numerically equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality of two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when the amounts differ numerically.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Whether the first amount is smaller than the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    public static bool operator <(Money left, Money right) => left.amount < right.amount;

    /// <summary>Whether the first amount is smaller than or equal to the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller or equal.</returns>
    public static bool operator <=(Money left, Money right) => left.amount <= right.amount;

    /// <summary>Whether the first amount is greater than the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater.</returns>
    public static bool operator >(Money left, Money right) => left.amount > right.amount;

    /// <summary>Whether the first amount is greater than or equal to the second.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Money left, Money right) => left.amount >= right.amount;
}

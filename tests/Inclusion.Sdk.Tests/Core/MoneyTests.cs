namespace Inclusion.Sdk.Tests.Core;

/// <summary>Construction, equality, comparison, arithmetic and rounding of <see cref="Money"/>.</summary>
public partial class MoneyTests
{
    private static Money E(decimal euros) => Money.FromEuros(euros);

    [Fact]
    public void FromEuros_KeepsEveryDigit()
    {
        Assert.Equal(2.345m, E(2.345m).Amount);
        Assert.Equal(-0.0001m, E(-0.0001m).Amount);
    }

    [Theory]
    [InlineData(1250L, "12.50")]
    [InlineData(-5L, "-0.05")]
    [InlineData(0L, "0.00")]
    [InlineData(long.MaxValue, "92233720368547758.07")]
    [InlineData(long.MinValue, "-92233720368547758.08")]
    public void FromCents_HasTwoDecimals(long cents, string expected)
    {
        var money = Money.FromCents(cents);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), money.Amount);
        Assert.Equal(expected, money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Zero_IsTheDefaultValue()
    {
        Assert.Equal(default, Money.Zero);
        Assert.Equal(0m, Money.Zero.Amount);
        Assert.Equal(Money.FromCents(0), Money.Zero);
    }

    [Theory]
    [InlineData("12.5", true)]
    [InlineData("12.50", true)]
    [InlineData("12.5000", true)]
    [InlineData("12.505", false)]
    [InlineData("-0.001", false)]
    [InlineData("0", true)]
    public void IsWholeCents(string amount, bool expected) =>
        Assert.Equal(expected, E(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).IsWholeCents);

    [Fact]
    public void Equality_IsNumeric()
    {
        Assert.Equal(E(1.5m), E(1.50m));
        Assert.True(E(1.5m) == E(1.500m));
        Assert.False(E(1.5m) != E(1.50m));
        Assert.True(E(1.5m) != E(1.51m));
        Assert.Equal(E(1.5m).GetHashCode(), E(1.50m).GetHashCode());
        Assert.True(E(1.5m).Equals((object)E(1.50m)));
        Assert.False(E(1.5m).Equals((object)1.5m));
        Assert.False(E(1.5m).Equals(null));
    }

    [Fact]
    public void Comparison_IsNumeric()
    {
        Money[] values = [E(3m), E(-1m), E(2.5m), E(2.50m), E(0m)];
        Array.Sort(values);
        Assert.Equal([E(-1m), E(0m), E(2.5m), E(2.5m), E(3m)], values);

        Assert.True(E(1m) < E(1.01m));
        Assert.True(E(1m) <= E(1.00m));
        Assert.True(E(-1m) > E(-1.01m));
        Assert.True(E(2m) >= E(2m));
        Assert.False(E(2m) > E(2m));
        Assert.False(E(2m) < E(2m));
        Assert.True(E(1m).CompareTo(E(2m)) < 0);
        Assert.Equal(0, E(2m).CompareTo(E(2.0m)));
        Assert.True(E(1m).CompareTo((object)E(0m)) > 0);
        Assert.True(E(-5m).CompareTo(null) > 0);
    }

    [Fact]
    public void CompareTo_OtherType_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => E(1m).CompareTo("1.00 EUR"));
        Assert.Equal("obj", ex.ParamName);
    }

    [Fact]
    public void Arithmetic_KeepsFullPrecision()
    {
        Assert.Equal(E(3.75m), E(1.25m) + E(2.5m));
        Assert.Equal(E(-1.25m), E(1.25m) - E(2.5m));
        Assert.Equal(E(-1.25m), -E(1.25m));
        Assert.Equal(0.4m, (E(10m) * 0.04m).Amount);
        Assert.Equal(E(0.4m), 0.04m * E(10m));
        Assert.Equal(0.0115m, (E(0.23m) * 0.05m).Amount);
        Assert.Equal(3.3333333333333333333333333333m, (E(10m) / 3m).Amount);
        Assert.False((E(10m) / 3m).IsWholeCents);
    }

    [Fact]
    public void NamedAlternatives_MatchOperators()
    {
        var a = E(12.345m);
        var b = E(-0.5m);
        Assert.Equal(a + b, Money.Add(a, b));
        Assert.Equal(a - b, Money.Subtract(a, b));
        Assert.Equal(a * 3m, Money.Multiply(a, 3m));
        Assert.Equal(a / 7m, Money.Divide(a, 7m));
        Assert.Equal(-a, Money.Negate(a));
    }

    [Fact]
    public void Divide_ByZero_Throws()
    {
        Assert.Throws<DivideByZeroException>(() => E(1m) / 0m);
        Assert.Throws<DivideByZeroException>(() => Money.Divide(E(1m), 0m));
    }

    [Fact]
    public void Arithmetic_BeyondDecimal_Overflows()
    {
        Assert.Throws<OverflowException>(() => E(decimal.MaxValue) + E(1m));
        Assert.Throws<OverflowException>(() => E(decimal.MinValue) - E(1m));
        Assert.Throws<OverflowException>(() => E(decimal.MaxValue) * 2m);
    }

    [Fact]
    public void Sum_AddsWithoutRounding()
    {
        Assert.Equal(E(0.6m), Money.Sum([E(0.1m), E(0.2m), E(0.3m)]));
        Assert.Equal(E(0.0035m), Money.Sum([E(0.001m), E(0.0025m)]));
        Assert.Equal(Money.Zero, Money.Sum([]));
        Assert.Equal(E(6m), Money.Sum(Enumerable.Range(1, 3).Select(i => E(i))));
    }

    [Fact]
    public void Sum_Null_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Money.Sum(null!));
        Assert.Equal("values", ex.ParamName);
    }

    [Fact]
    public void Abs_DropsTheSign()
    {
        Assert.Equal(E(2.345m), E(-2.345m).Abs());
        Assert.Equal(E(2.345m), E(2.345m).Abs());
        Assert.Equal(Money.Zero, Money.Zero.Abs());
    }

    [Theory]
    [InlineData("2.345", "2.35")]   // banker's rounding would give 2.34
    [InlineData("-2.345", "-2.35")]
    [InlineData("0.125", "0.13")]   // banker's rounding would give 0.12
    [InlineData("2.344", "2.34")]
    [InlineData("2.3450001", "2.35")]
    [InlineData("526.925", "526.93")] // vouchers.md §14
    [InlineData("2.125", "2.13")]
    [InlineData("2.135", "2.14")]
    [InlineData("-0.005", "-0.01")]
    [InlineData("0.004", "0.00")]
    [InlineData("12.5", "12.50")]
    public void Round_DefaultsToMidpointAwayFromZero(string value, string expected)
    {
        var rounded = E(Parse(value)).Round();
        Assert.Equal(Parse(expected), rounded.Amount);
        Assert.True(rounded.IsWholeCents);
    }

    [Fact]
    public void Round_Default_DiffersFromDotNetDefault()
    {
        // The reason for the explicit rule: .NET rounds midpoints to even by default.
        Assert.Equal(2.34m, Math.Round(2.345m, 2));
        Assert.Equal(2.35m, E(2.345m).Round().Amount);
    }

    [Theory]
    [InlineData("2.345", MidpointRounding.ToEven, "2.34")]
    [InlineData("0.125", MidpointRounding.ToEven, "0.12")]
    [InlineData("2.355", MidpointRounding.ToEven, "2.36")]
    [InlineData("2.345", MidpointRounding.AwayFromZero, "2.35")]
    [InlineData("2.349", MidpointRounding.ToZero, "2.34")]
    [InlineData("-2.341", MidpointRounding.ToNegativeInfinity, "-2.35")]
    [InlineData("2.341", MidpointRounding.ToPositiveInfinity, "2.35")]
    public void Round_WithMode(string value, MidpointRounding mode, string expected) =>
        Assert.Equal(Parse(expected), E(Parse(value)).Round(mode).Amount);

    [Fact]
    public void Round_UndefinedMode_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => E(1m).Round((MidpointRounding)5));
        Assert.Equal("mode", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => E(1m).Round((MidpointRounding)(-1)));
    }

    private static decimal Parse(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}

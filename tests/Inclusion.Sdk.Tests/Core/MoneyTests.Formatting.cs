using System.Globalization;

namespace Inclusion.Sdk.Tests.Core;

/// <summary>Formatting of <see cref="Money"/>.</summary>
public partial class MoneyTests
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Theory]
    [InlineData("1234.5", "1234.50 EUR")]
    [InlineData("1234.5000", "1234.50 EUR")]
    [InlineData("1234.505", "1234.505 EUR")]
    [InlineData("-2.345", "-2.345 EUR")]
    [InlineData("0", "0.00 EUR")]
    [InlineData("0.05", "0.05 EUR")]
    [InlineData("1000000", "1000000.00 EUR")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001 EUR")]
    public void ToString_IsInvariantWithAtLeastTwoDecimals(string amount, string expected) =>
        Assert.Equal(expected, E(Parse(amount)).ToString());

    [Fact]
    public void ToString_IgnoresTheCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = French;
            Assert.Equal("1234.50 EUR", E(1234.5m).ToString());
            Assert.Equal("1234,50 EUR", E(1234.5m).ToString(null, null));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("G")]
    [InlineData("g")]
    public void ToString_General_UsesTheProvidersNumberFormat(string? format)
    {
        Assert.Equal("1234,50 EUR", E(1234.5m).ToString(format, French));
        Assert.Equal("-2,345 EUR", E(-2.345m).ToString(format, French));
        Assert.Equal("1234.50 EUR", E(1234.5m).ToString(format, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToString_Currency_Invariant_IsExact()
    {
        Assert.Equal("€1,234.50", E(1234.5m).ToString("C", CultureInfo.InvariantCulture));
        Assert.Equal("€2.35", E(2.345m).ToString("C", CultureInfo.InvariantCulture)); // half away from zero
        Assert.Equal("€2.345", E(2.345m).ToString("C3", CultureInfo.InvariantCulture));
        Assert.Equal("€1,235", E(1234.5m).ToString("c0", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToString_Currency_French_GroupsDigitsAndEndsWithEuro()
    {
        var text = E(1234.5m).ToString("C", French);
        Assert.Contains("234,50", text, StringComparison.Ordinal);
        Assert.StartsWith("1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", text, StringComparison.Ordinal); // a group separator (some kind of space) is present
        Assert.EndsWith("€", text, StringComparison.Ordinal);
        Assert.Contains("2,35", E(2.345m).ToString("C", French), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Currency_UsesTheEuroSymbolWhateverTheCulture()
    {
        var text = E(12.5m).ToString("C", CultureInfo.GetCultureInfo("en-US"));
        Assert.Contains("€", text, StringComparison.Ordinal);
        Assert.DoesNotContain("$", text, StringComparison.Ordinal);
        Assert.Contains("12.50", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_Number()
    {
        Assert.Equal("1,234.50", E(1234.5m).ToString("N", CultureInfo.InvariantCulture));
        Assert.Equal("2.35", E(2.345m).ToString("N", CultureInfo.InvariantCulture));
        Assert.Equal("-2.345", E(-2.345m).ToString("n3", CultureInfo.InvariantCulture));
        Assert.Equal("1,235", E(1234.5m).ToString("N0", CultureInfo.InvariantCulture));
        var french = E(1234.5m).ToString("N", French);
        Assert.Contains("234,50", french, StringComparison.Ordinal);
        Assert.DoesNotContain("1234", french, StringComparison.Ordinal);
        Assert.DoesNotContain("€", french, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_InInterpolation_UsesTheFormat() =>
        Assert.Equal("Total: €12.50", string.Create(CultureInfo.InvariantCulture, $"Total: {E(12.5m):C}"));

    [Theory]
    [InlineData("X")]
    [InlineData("P")]
    [InlineData("C123")]
    [InlineData("Cx")]
    [InlineData("GG")]
    [InlineData("N-1")]
    public void ToString_UnsupportedFormat_Throws(string format) =>
        Assert.Throws<FormatException>(() => E(1m).ToString(format, CultureInfo.InvariantCulture));
}

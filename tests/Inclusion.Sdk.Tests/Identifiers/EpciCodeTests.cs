using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

public class EpciCodeTests
{
    [Theory] // identifiers.md §8, "Valid"
    [InlineData("200054781")] // Métropole du Grand Paris
    [InlineData("243300316")] // Bordeaux Métropole
    [InlineData("200093201")] // Métropole Européenne de Lille
    [InlineData("200046977")] // Métropole de Lyon
    [InlineData("200029999")] // CC Rives de l'Ain – Pays du Cerdon
    public void Parse_accepts_the_examples_of_the_specification(string text) => IdentifierAssert.Valid<EpciCode>(text);

    [Fact] // identifiers.md §8: the leading 2 is an observation, not a rule
    public void Parse_does_not_require_a_leading_2() => IdentifierAssert.Valid<EpciCode>("732829320");

    [Theory]
    [InlineData("200 054 781")]
    [InlineData("200.054.781")]
    [InlineData("200-054-781")]
    [InlineData("\u00A0200\u202F054\u202F781 ")]
    public void Parse_removes_separators(string text) => IdentifierAssert.Valid<EpciCode>(text, "200054781");

    [Fact] // identifiers.md §8, "Invalid": 200054782 (check digit)
    public void Rule_checksum() => IdentifierAssert.Invalid<EpciCode>("200054782", "epci-code.checksum");

    [Theory] // identifiers.md §8, "Invalid": 20005478
    [InlineData("20005478")]
    [InlineData("2000547810")]
    [InlineData("20005478100000000000000000000000000000")]
    public void Rule_length(string text) => IdentifierAssert.Invalid<EpciCode>(text, "epci-code.length");

    [Theory]
    [InlineData("20005478A")]
    [InlineData("SIREN 200054781")]
    public void Rule_format(string text) => IdentifierAssert.Invalid<EpciCode>(text, "epci-code.format");

    [Fact] // 000000000 passes Luhn (identifiers.md §1)
    public void Rule_placeholder() => IdentifierAssert.Invalid<EpciCode>("000000000", "epci-code.placeholder");

    [Fact]
    public void Rule_empty() => IdentifierAssert.Invalid<EpciCode>("", "epci-code.empty");

    [Fact]
    public void Default_equality_and_order()
    {
        var a = EpciCode.Parse("200046977").Value;
        var b = EpciCode.Parse("243300316").Value;
        Assert.Equal(string.Empty, default(EpciCode).ToString());
        Assert.True(default(EpciCode) < a && a < b && a <= b && b > a && b >= a && a != b && a == EpciCode.Parse("200 046 977").Value);
        Assert.True(a.Equals((object)EpciCode.Parse("200046977").Value));
        Assert.Equal(a.GetHashCode(), EpciCode.Parse("200046977").Value.GetHashCode());
    }
}

using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

public class PostalCodeTests
{
    [Theory] // identifiers.md §11, "Valid"
    [InlineData("01000")]
    [InlineData("20167")]
    [InlineData("75116")]
    [InlineData("97133")]
    [InlineData("98000")]
    [InlineData("98800")]
    [InlineData("97600")] // identifiers.md §11, Mamoudzou
    public void Parse_accepts_the_examples_of_the_specification(string text) => IdentifierAssert.Valid<PostalCode>(text);

    [Theory] // identifiers.md "Common input hygiene"
    [InlineData(" 75 001 ", "75001")]
    [InlineData("75\u00A0001", "75001")]
    [InlineData("75\u202F001", "75001")]
    [InlineData("75.001", "75001")]
    [InlineData("00000", "00000")] // shape only: existence needs La Poste's base
    public void Parse_removes_separators(string text, string expected) => IdentifierAssert.Valid<PostalCode>(text, expected);

    [Fact] // identifiers.md §11, "Invalid": 1000 (leading zero lost)
    public void Rule_leading_zero_suggests_the_padded_code_but_does_not_accept_it() =>
        IdentifierAssert.Invalid<PostalCode>("1000", "postal-code.leading-zero", "01000");

    [Fact] // identifiers.md §11, "Invalid": 2A000
    public void Rule_corsica() => IdentifierAssert.Invalid<PostalCode>("2A000", "postal-code.corsica");

    [Theory] // identifiers.md §11, "Invalid": 75001 CEDEX (text in the field)
    [InlineData("75001 CEDEX", "75001")]
    [InlineData("75001 CEDEX 01", "75001")]
    [InlineData("75008 Paris", "75008")]
    public void Rule_format_suggests_the_code_when_text_follows_it(string text, string suggestion) =>
        IdentifierAssert.Invalid<PostalCode>(text, "postal-code.format", suggestion);

    [Theory]
    [InlineData("CEDEX")]
    [InlineData("7500X")]
    [InlineData("７５００１")]
    public void Rule_format(string text) => IdentifierAssert.Invalid<PostalCode>(text, "postal-code.format");

    [Theory]
    [InlineData("750011")]
    [InlineData("750")]
    public void Rule_length(string text) => IdentifierAssert.Invalid<PostalCode>(text, "postal-code.length");

    [Fact]
    public void Rule_empty() => IdentifierAssert.Invalid<PostalCode>(" \u00A0 ", "postal-code.empty");

    [Fact]
    public void Default_is_not_a_parsed_value()
    {
        Assert.Equal(string.Empty, default(PostalCode).ToString());
        Assert.NotEqual(default, PostalCode.Parse("00000").Value);
        Assert.True(default(PostalCode) < PostalCode.Parse("00000").Value);
    }

    [Fact]
    public void Equality_and_order_follow_the_text()
    {
        var a = PostalCode.Parse("01000").Value;
        var b = PostalCode.Parse("01 000").Value;
        var c = PostalCode.Parse("98000").Value;
        Assert.True(a == b && !(a != b) && a.Equals((object)b) && a.GetHashCode() == b.GetHashCode());
        Assert.True(a < c && a <= c && c > a && c >= a);
    }
}

using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

public class IrisCodeTests
{
    [Theory] // identifiers.md §9, "Valid"
    [InlineData("751010101")]
    [InlineData("130710107")] // Les Pennes-Mirabeau, IRIS 0107
    [InlineData("010010000")] // undivided commune, shape only
    [InlineData("2A0040101")] // shape only
    [InlineData("976110101")]
    public void Parse_accepts_the_examples_of_the_specification(string text) => IdentifierAssert.Valid<IrisCode>(text);

    [Fact] // identifiers.md §9, "Invalid": 751056501R (a type letter is a separate field)
    public void Rule_length_suggests_the_code_without_a_type_letter() =>
        IdentifierAssert.Invalid<IrisCode>("751056501R", "iris-code.length", "751056501");

    [Theory] // identifiers.md §9, "Invalid": 75101010 (8)
    [InlineData("7510101")]
    [InlineData("7510101010")]
    [InlineData("00000000")] // 8 digits, but 000000000 is no IRIS
    public void Rule_length(string text) => IdentifierAssert.Invalid<IrisCode>(text, "iris-code.length");

    [Theory] // identifiers.md §9, edge cases: "leading zero lost in spreadsheets (10010000)"
    [InlineData("10010000", "010010000")]
    [InlineData("75101010", "075101010")] // identifiers.md §9 lists 75101010 as invalid: it may be 07510 + 1010
    public void Rule_leading_zero(string text, string suggestion) =>
        IdentifierAssert.Invalid<IrisCode>(text, "iris-code.leading-zero", suggestion);

    [Fact]
    public void Rule_corsica() => IdentifierAssert.Invalid<IrisCode>("200040101", "iris-code.corsica");

    [Theory]
    [InlineData("988180101")] // overseas collectivities 98x have no IRIS (identifiers.md §9 regex)
    [InlineData("00000ABCD")]
    [InlineData("75101010A")]
    [InlineData("991380000")]
    public void Rule_format(string text) => IdentifierAssert.Invalid<IrisCode>(text, "iris-code.format");

    [Fact]
    public void Rule_empty() => IdentifierAssert.Invalid<IrisCode>(" ", "iris-code.empty");

    [Fact]
    public void Rule_lowercase() => IdentifierAssert.Warned<IrisCode>("2b0330101", "2B0330101", "iris-code.lowercase", "2B0330101");

    [Fact]
    public void Commune_and_IsUndividedCommune()
    {
        var iris = IrisCode.Parse("751010101").Value;
        Assert.Equal(CommuneCode.Parse("75101").Value, iris.Commune);
        Assert.True(iris.Commune.IsArrondissement);
        Assert.False(iris.IsUndividedCommune);
        var undivided = IrisCode.Parse("010010000").Value;
        Assert.True(undivided.IsUndividedCommune);
        Assert.Equal("01001", undivided.Commune.ToString());
        Assert.False(default(IrisCode).IsUndividedCommune);
        Assert.Equal(default, default(IrisCode).Commune);
    }

    [Fact]
    public void Default_equality_and_order()
    {
        var a = IrisCode.Parse("2A0040101").Value;
        var b = IrisCode.Parse("2B0040101").Value;
        var c = IrisCode.Parse("210010000").Value;
        Assert.Equal(string.Empty, default(IrisCode).ToString());
        Assert.True(default(IrisCode) < a && a < b && a <= b && b > a && b >= a && a != b && a == IrisCode.Parse("2a0040101").Value);
        Assert.Equal(Math.Sign(string.CompareOrdinal("2A0040101", "210010000")), Math.Sign(a.CompareTo(c)));
        Assert.True(a.Equals((object)IrisCode.Parse("2A0040101").Value));
        Assert.Equal(a.GetHashCode(), IrisCode.Parse("2A0040101").Value.GetHashCode());
    }
}

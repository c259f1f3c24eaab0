using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

public class RidetTests
{
    [Theory] // identifiers.md §4, "Valid": 1234567001; written 1 234 567.001 or 1234567-001 normalise to it
    [InlineData("1234567001")]
    [InlineData("1 234 567.001")]
    [InlineData("1234567-001")]
    [InlineData("1\u00A0234\u202F567.001")]
    [InlineData("NC1234567001XX")] // identifiers.md §4: pass Culture form
    [InlineData(" NC 1234567 001 XX ")]
    [InlineData("NC1234567001")] // without padding
    public void Parse_accepts_the_examples_of_the_specification(string text) => IdentifierAssert.Valid<Ridet>(text, "1234567001");

    [Fact] // identifiers.md §4, "Invalid": 123456001 (9 digits: ambiguous, leading zero lost?)
    public void Rule_ambiguous() => IdentifierAssert.Invalid<Ridet>("123456001", "ridet.ambiguous");

    [Theory] // identifiers.md §4, "Invalid": 12345678901 (11)
    [InlineData("12345678901")]
    [InlineData("1234567")] // a RID alone
    [InlineData("NC1234567XXXXX")] // a RID in pass Culture form
    [InlineData("123456789012345678901234567890123456789")]
    public void Rule_length(string text) => IdentifierAssert.Invalid<Ridet>(text, "ridet.length");

    [Theory]
    [InlineData("A12345001")] // a N° TAHITI, not a RIDET
    [InlineData("1234567/001")]
    [InlineData("NCX1234567001X")]
    [InlineData("PF1234567001XX")]
    public void Rule_format(string text) => IdentifierAssert.Invalid<Ridet>(text, "ridet.format");

    [Fact]
    public void Rule_empty() => IdentifierAssert.Invalid<Ridet>(" - . ", "ridet.empty");

    [Fact]
    public void Rule_lowercase() => IdentifierAssert.Warned<Ridet>("nc1234567001xx", "1234567001", "ridet.lowercase", "1234567001");

    [Fact]
    public void Rid_is_the_first_7_digits()
    {
        Assert.Equal("1234567", Ridet.Parse("1234567001").Value.Rid);
        Assert.Equal("0034567", Ridet.Parse("0034567012").Value.Rid);
        Assert.Equal(string.Empty, default(Ridet).Rid);
    }

    [Fact]
    public void Default_equality_and_order()
    {
        var zero = Ridet.Parse("0000000000").Value;
        var a = Ridet.Parse("0034567012").Value;
        var b = Ridet.Parse("1234567001").Value;
        Assert.Equal("0000000000", zero.ToString());
        Assert.NotEqual(default, zero);
        Assert.Equal(string.Empty, default(Ridet).ToString());
        Assert.True(default(Ridet) < zero && a < b && a <= b && b > a && b >= a && a != b && b == Ridet.Parse("NC1234567001XX").Value);
        Assert.True(b.Equals((object)Ridet.Parse("1234567001").Value));
        Assert.Equal(b.GetHashCode(), Ridet.Parse("1234567-001").Value.GetHashCode());
    }
}

using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

public class RegionCodeTests
{
    /// <summary>identifiers.md §7: the 18 current régions.</summary>
    internal static readonly string[] Current =
        ["01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94"];

    [Fact] // identifiers.md §7: "enumerate the 18 codes"
    public void Parse_accepts_exactly_the_18_current_codes()
    {
        Assert.Equal(18, Current.Length);
        var accepted = Enumerable.Range(0, 100).Select(n => n.ToString("D2")).Where(c => RegionCode.TryParse(c, out _));
        Assert.Equal(Current, accepted);
        foreach (string code in Current)
        {
            IdentifierAssert.Valid<RegionCode>(code);
        }
    }

    [Theory] // identifiers.md §7: obsolete pre-2016 codes; mapping by loi n° 2015-29
    [InlineData("21", "44")]
    [InlineData("22", "32")]
    [InlineData("23", "28")]
    [InlineData("25", "28")]
    [InlineData("26", "27")]
    [InlineData("31", "32")]
    [InlineData("41", "44")]
    [InlineData("42", "44")]
    [InlineData("43", "27")]
    [InlineData("54", "75")]
    [InlineData("72", "75")]
    [InlineData("73", "76")]
    [InlineData("74", "75")]
    [InlineData("82", "84")]
    [InlineData("83", "84")]
    [InlineData("91", "76")]
    public void Rule_obsolete_suggests_the_current_region(string text, string suggestion) =>
        IdentifierAssert.Invalid<RegionCode>(text, "region-code.obsolete", suggestion);

    [Theory]
    [InlineData("05")] // identifiers.md §7: "05 is unused"
    [InlineData("00")]
    [InlineData("99")]
    [InlineData("5")]
    public void Rule_unknown_lists_the_current_codes(string text) =>
        Assert.Equal(Current, IdentifierAssert.Invalid<RegionCode>(text, "region-code.unknown").AllowedValues);

    [Theory]
    [InlineData("1", "01")]
    [InlineData("6", "06")]
    public void Rule_leading_zero(string text, string suggestion) =>
        IdentifierAssert.Invalid<RegionCode>(text, "region-code.leading-zero", suggestion);

    [Theory]
    [InlineData("011")]
    [InlineData("1A")]
    [InlineData("R11")]
    public void Rule_format(string text) => IdentifierAssert.Invalid<RegionCode>(text, "region-code.format");

    [Fact]
    public void Rule_empty() => IdentifierAssert.Invalid<RegionCode>("\t", "region-code.empty");

    [Fact]
    public void Parse_trims() => IdentifierAssert.Valid<RegionCode>(" 84 ", "84");

    [Fact]
    public void Default_equality_and_order()
    {
        var a = RegionCode.Parse("01").Value;
        var b = RegionCode.Parse("94").Value;
        Assert.Equal(string.Empty, default(RegionCode).ToString());
        Assert.True(default(RegionCode) < a && a < b && a <= b && b > a && b >= a && a != b && a == RegionCode.Parse("01").Value);
        Assert.True(a.Equals((object)RegionCode.Parse("01").Value));
        Assert.Equal(a.GetHashCode(), RegionCode.Parse("01").Value.GetHashCode());
    }
}

using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

public class CommuneCodeTests
{
    [Theory] // identifiers.md §5, "Valid"
    [InlineData("01001")]
    [InlineData("2A004")]
    [InlineData("2B033")]
    [InlineData("75056")]
    [InlineData("75101")]
    [InlineData("69381")]
    [InlineData("13201")]
    [InlineData("97611")]
    [InlineData("97502")]
    [InlineData("97701")]
    [InlineData("97801")]
    [InlineData("98818")]
    [InlineData("98611")]
    [InlineData("98901")]
    [InlineData("98411")] // identifiers.md §5, TAAF districts
    [InlineData("97501")]
    public void Parse_accepts_the_examples_of_the_specification(string text) => IdentifierAssert.Valid<CommuneCode>(text);

    [Fact]
    public void Parse_trims_white_space_including_no_break_spaces() =>
        IdentifierAssert.Valid<CommuneCode>("\u00A0 2A004\u202F\t", "2A004");

    [Theory] // identifiers.md §5, "Invalid"
    [InlineData("20004", "commune-code.corsica", null)]
    [InlineData("00000", "commune-code.format", null)]
    [InlineData("9A001", "commune-code.format", null)]
    [InlineData("7510", "commune-code.leading-zero", "07510")] // 4 digits: possibly 07510 with its zero lost
    [InlineData("751010", "commune-code.length", null)]
    [InlineData("75 056", "commune-code.length", null)] // spaces are not removed inside a commune code
    public void Parse_rejects_the_invalid_examples_of_the_specification(string text, string rule, string? suggestion) =>
        IdentifierAssert.Invalid<CommuneCode>(text, rule, suggestion);

    [Theory]
    [InlineData("96001")] // no département 96
    [InlineData("97001")] // 970 is not an overseas code
    [InlineData("97901")]
    [InlineData("98501")] // 985 is not used
    [InlineData("2C004")]
    [InlineData("2A00X")]
    [InlineData("７５０５６")] // full-width digits are not ASCII digits
    public void Parse_rejects_codes_outside_the_COG_shape(string text) =>
        IdentifierAssert.Invalid<CommuneCode>(text, "commune-code.format");

    [Fact]
    public void Rule_empty()
    {
        IdentifierAssert.Invalid<CommuneCode>("", "commune-code.empty");
        IdentifierAssert.Invalid<CommuneCode>("   ", "commune-code.empty");
    }

    [Fact] // identifiers.md "Common input hygiene": spreadsheets drop leading zeros
    public void Rule_leading_zero_suggests_the_padded_code_but_does_not_accept_it() =>
        IdentifierAssert.Invalid<CommuneCode>("1001", "commune-code.leading-zero", "01001");

    [Fact]
    public void A_four_digit_value_whose_padded_form_is_no_commune_code_is_a_length_error() =>
        IdentifierAssert.Invalid<CommuneCode>("0000", "commune-code.length");

    [Fact] // identifiers.md §5: "Corsica has had no 20 codes since 1976"
    public void Rule_corsica_lists_both_candidates()
    {
        var issue = IdentifierAssert.Invalid<CommuneCode>("20004", "commune-code.corsica");
        Assert.Equal(["2A004", "2B004"], issue.AllowedValues);
        Assert.Contains("2A", issue.MessageEn, StringComparison.Ordinal);
        Assert.Contains("«\u00A020004\u00A0»", issue.MessageFr, StringComparison.Ordinal);
    }

    [Fact] // identifiers.md §5: 99xxx are foreign countries (99138 Monaco)
    public void Rule_foreign() => IdentifierAssert.Invalid<CommuneCode>("99138", "commune-code.foreign");

    [Fact]
    public void Rule_lowercase_warns_and_normalises() =>
        IdentifierAssert.Warned<CommuneCode>("2a004", "2A004", "commune-code.lowercase", "2A004");

    [Theory] // identifiers.md §5, Paris, Lyon, Marseille
    [InlineData("75101", "75056")]
    [InlineData("75120", "75056")]
    [InlineData("69381", "69123")]
    [InlineData("69389", "69123")]
    [InlineData("13201", "13055")]
    [InlineData("13216", "13055")]
    public void Arrondissements_know_their_commune(string text, string parent)
    {
        var code = CommuneCode.Parse(text).Value;
        Assert.True(code.IsArrondissement);
        Assert.Equal(parent, code.ParentCommune.ToString());
        Assert.False(code.ParentCommune.IsArrondissement);
    }

    [Theory]
    [InlineData("75100")]
    [InlineData("75121")]
    [InlineData("69380")]
    [InlineData("69390")]
    [InlineData("13200")]
    [InlineData("13217")]
    [InlineData("75056")]
    [InlineData("2A004")]
    public void Other_codes_are_not_arrondissements_and_are_their_own_parent(string text)
    {
        var code = CommuneCode.Parse(text).Value;
        Assert.False(code.IsArrondissement);
        Assert.Equal(code, code.ParentCommune);
    }

    [Theory]
    [InlineData("97611", true)]
    [InlineData("97502", true)]
    [InlineData("98818", true)]
    [InlineData("95001", false)]
    [InlineData("2B033", false)]
    public void IsOverseas(string text, bool expected) => Assert.Equal(expected, CommuneCode.Parse(text).Value.IsOverseas);

    [Fact]
    public void Default_is_not_a_parsed_value()
    {
        var d = default(CommuneCode);
        Assert.Equal(string.Empty, d.ToString());
        Assert.False(d.IsArrondissement);
        Assert.False(d.IsOverseas);
        Assert.True(d < CommuneCode.Parse("01001").Value);
        Assert.NotEqual(d, CommuneCode.Parse("01001").Value);
    }

    [Fact]
    public void Equality_and_order_follow_the_text()
    {
        var a = CommuneCode.Parse("2A004").Value;
        var b = CommuneCode.Parse("2a004").Value;
        var c = CommuneCode.Parse("2B033").Value;
        var d = CommuneCode.Parse("21001").Value;
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
        Assert.True(a < c && c > a && a <= b && a >= b);
        Assert.Equal(Math.Sign(string.CompareOrdinal("2A004", "21001")), Math.Sign(a.CompareTo(d)));
    }
}

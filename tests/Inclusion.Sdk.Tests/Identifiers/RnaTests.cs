using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

public class RnaTests
{
    [Theory] // identifiers.md §3, "Valid"
    [InlineData("W931012663")] // real number quoted in Démarche numérique issue #7975
    [InlineData("W182736273")]
    [InlineData("W751004076")]
    public void Parse_accepts_the_examples_of_the_specification(string text) => IdentifierAssert.Valid<Rna>(text);

    [Fact] // identifiers.md §3, "Valid": W9Z1234567 (tolerant pattern only) — accepted with a warning
    public void Rule_letters() => IdentifierAssert.Warned<Rna>("W9Z1234567", "W9Z1234567", "rna.letters");

    [Fact] // identifiers.md §3, "Invalid": w751004076 — normalised to upper case and warned
    public void Rule_lowercase() => IdentifierAssert.Warned<Rna>("w751004076", "W751004076", "rna.lowercase", "W751004076");

    [Fact]
    public void Lower_case_letters_give_both_warnings()
    {
        var result = Rna.Parse("w9z1234567");
        Assert.Equal("W9Z1234567", result.Value.ToString());
        Assert.Equal(["rna.lowercase", "rna.letters"], result.Warnings.Select(w => w.RuleCode));
    }

    [Theory]
    [InlineData("W 751 004 076")]
    [InlineData("W\u00A0751\u202F004076 ")]
    public void Parse_removes_spaces(string text) => IdentifierAssert.Valid<Rna>(text, "W751004076");

    [Theory] // identifiers.md §3, "Invalid"
    [InlineData("751004076", "rna.format")] // no W
    [InlineData("W7510040761", "rna.length")] // 10 characters after W
    [InlineData("W75100407", "rna.length")] // 8
    [InlineData("W751.004.076", "rna.length")] // dots are not removed
    [InlineData("W75100407-", "rna.format")]
    [InlineData("W75100407é", "rna.format")]
    public void Parse_rejects_the_invalid_examples_of_the_specification(string text, string rule) =>
        IdentifierAssert.Invalid<Rna>(text, rule);

    [Fact]
    public void Rule_empty() => IdentifierAssert.Invalid<Rna>(" ", "rna.empty");

    [Fact]
    public void Default_equality_and_order()
    {
        var a = Rna.Parse("W182736273").Value;
        var b = Rna.Parse("W9Z1234567").Value;
        var c = Rna.Parse("W931012663").Value;
        Assert.Equal(string.Empty, default(Rna).ToString());
        Assert.True(default(Rna) < a && a < b && a <= b && b > a && b >= a && a != b && a == Rna.Parse("w182736273").Value);
        Assert.Equal(Math.Sign(string.CompareOrdinal("W9Z1234567", "W931012663")), Math.Sign(b.CompareTo(c)));
        Assert.True(a.Equals((object)Rna.Parse("W182736273").Value));
        Assert.Equal(a.GetHashCode(), Rna.Parse("W182736273").Value.GetHashCode());
    }
}

using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

public class QpvCodeTests
{
    [Theory] // identifiers.md §10, "Valid"
    [InlineData("QP093028", QpvGeneration.Qp2015)] // Aubervilliers
    [InlineData("QP075019", QpvGeneration.Qp2015)]
    [InlineData("QP971005", QpvGeneration.Qp2015)]
    [InlineData("QP971013", QpvGeneration.Qp2015)]
    [InlineData("QN07511M", QpvGeneration.Qp2024)] // Goutte d'Or, Paris 18e
    [InlineData("QN09301M", QpvGeneration.Qp2024)]
    [InlineData("QN09301N", QpvGeneration.Qp2024)]
    [InlineData("QN09301I", QpvGeneration.Qp2024)]
    [InlineData("QP02A001", QpvGeneration.Qp2015)] // identifiers.md §10: Corsican 02A/02B form [I]
    [InlineData("QN02B01I", QpvGeneration.Qp2024)]
    public void Parse_accepts_the_examples_of_the_specification(string text, QpvGeneration generation) =>
        Assert.Equal(generation, IdentifierAssert.Valid<QpvCode>(text).Generation);

    [Theory] // identifiers.md §10, "Invalid"
    [InlineData("QP93028", "qpv-code.length")]
    [InlineData("QN0751M", "qpv-code.length")]
    [InlineData("QN07511X", "qpv-code.letter")]
    [InlineData("QP07511M", "qpv-code.format")] // a 2024 code under the 2015 pattern
    public void Parse_rejects_the_invalid_examples_of_the_specification(string text, string rule) =>
        IdentifierAssert.Invalid<QpvCode>(text, rule);

    [Fact] // identifiers.md §10, "Invalid": qp093028 (lower case) — accepted, normalised and warned
    public void Rule_lowercase() => IdentifierAssert.Warned<QpvCode>("qp093028", "QP093028", "qpv-code.lowercase", "QP093028");

    [Fact]
    public void Rule_letter_lists_the_allowed_letters() =>
        Assert.Equal(["N", "M", "I"], IdentifierAssert.Invalid<QpvCode>("QN07511X", "qpv-code.letter").AllowedValues);

    [Theory]
    [InlineData("QX093028")]
    [InlineData("093028")]
    [InlineData("Q")]
    [InlineData("QN075111")]
    [InlineData("QP0A3028")]
    [InlineData("QN07511-")]
    public void Rule_format(string text) => IdentifierAssert.Invalid<QpvCode>(text, "qpv-code.format");

    [Fact]
    public void Rule_empty() => IdentifierAssert.Invalid<QpvCode>("", "qpv-code.empty");

    [Fact]
    public void Default_equality_and_order()
    {
        var a = QpvCode.Parse("QN07511M").Value;
        var b = QpvCode.Parse("QP093028").Value;
        Assert.Equal(string.Empty, default(QpvCode).ToString());
        Assert.Equal(QpvGeneration.None, default(QpvCode).Generation);
        Assert.True(default(QpvCode) < a && a < b && a <= b && b > a && b >= a && a != b && a == QpvCode.Parse(" qn07511m ").Value);
        Assert.True(a.Equals((object)QpvCode.Parse("QN07511M").Value));
        Assert.Equal(a.GetHashCode(), QpvCode.Parse("QN07511M").Value.GetHashCode());
    }
}

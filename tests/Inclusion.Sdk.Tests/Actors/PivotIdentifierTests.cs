using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Actors;

public class PivotIdentifierTests
{
    [Theory]
    [InlineData("13002526500013", PivotKind.Siret, "13002526500013")]
    [InlineData("130 025 265 00013", PivotKind.Siret, "13002526500013")]
    [InlineData("W931012663", PivotKind.Rna, "W931012663")]
    [InlineData("1234567001", PivotKind.Ridet, "1234567001")]
    [InlineData("1234567-001", PivotKind.Ridet, "1234567001")]
    [InlineData("NC1234567001XX", PivotKind.Ridet, "1234567001")]
    public void Parse_DetectsTheKind(string text, PivotKind kind, string normalised)
    {
        var result = PivotIdentifier.Parse(text);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(kind, result.Value.Kind);
        Assert.Equal(normalised, result.Value.ToString());
        Assert.Equal(kind == PivotKind.Siret, result.Value.Siret.HasValue);
        Assert.Equal(kind == PivotKind.Rna, result.Value.Rna.HasValue);
        Assert.Equal(kind == PivotKind.Ridet, result.Value.Ridet.HasValue);
    }

    [Fact]
    public void Parse_Siren_FailsSayingItIsNotAPivot()
    {
        var error = PivotIdentifier.Parse("732829320").Error!;

        Assert.Equal("pivot.siren", error.RuleCode);
        Assert.Contains("SIRET", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("SIRET", error.MessageFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SiretWithWrongCheckDigit_GivesTheSiretError()
    {
        var error = PivotIdentifier.Parse("73282932000079").Error!;

        Assert.StartsWith("siret.", error.RuleCode, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("ABCDEFGHIJ")]
    [InlineData("123456789012345678")]
    public void Parse_OtherShapes_FailWithUnknownKind(string text)
    {
        Assert.Equal("pivot.unknown-kind", PivotIdentifier.Parse(text).Error!.RuleCode);
    }

    [Fact]
    public void Parse_Empty_Fails()
    {
        Assert.Equal("pivot.empty", PivotIdentifier.Parse("  ").Error!.RuleCode);
        Assert.False(PivotIdentifier.TryParse("", out _));
    }

    [Fact]
    public void Constructors_AgreeWithParse()
    {
        Assert.Equal(PivotIdentifier.Parse("13002526500013").Value, new PivotIdentifier(Siret.Parse("13002526500013").Value));
        Assert.Equal(PivotIdentifier.Parse("W931012663").Value, new PivotIdentifier(Rna.Parse("W931012663").Value));
        Assert.Equal(PivotIdentifier.Parse("1234567001").Value, new PivotIdentifier(Ridet.Parse("1234567001").Value));
        Assert.NotEqual(PivotIdentifier.Parse("13002526500013").Value, PivotIdentifier.Parse("73282932000074").Value);
    }

    [Fact]
    public void Constructors_RejectDefaultValues()
    {
        Assert.Throws<ArgumentException>(() => new PivotIdentifier(default(Siret)));
        Assert.Throws<ArgumentException>(() => new PivotIdentifier(default(Rna)));
        Assert.Throws<ArgumentException>(() => new PivotIdentifier(default(Ridet)));
        Assert.Equal(PivotKind.None, default(PivotIdentifier).Kind);
    }
}

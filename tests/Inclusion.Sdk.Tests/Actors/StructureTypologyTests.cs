using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Actors;

public class StructureTypologyTests
{
    [Fact]
    public void All_HasTheNinetyTwoCodesOfTheVocabulary()
    {
        Assert.Equal(92, StructureTypology.All.Count);
        Assert.Equal(92, StructureTypology.All.Select(t => t.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(StructureTypology.All, t => Assert.True(t.IsInVocabulary));
        Assert.All(StructureTypology.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Label)));
    }

    [Theory]
    [InlineData("TIERS_LIEUX")]
    [InlineData("ASSO")]
    [InlineData("Autre")]
    [InlineData("CCAS")]
    [InlineData(" FT ")]
    public void Parse_VocabularyCode_SucceedsWithoutWarning(string text)
    {
        var result = StructureTypology.Parse(text);

        Assert.True(result.Success);
        Assert.Equal(text.Trim(), result.Value.Code);
        Assert.True(result.Value.IsInVocabulary);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Parse_TiersLieux_HasTheLabelOfTheSourceFile()
    {
        var label = StructureTypology.Parse("TIERS_LIEUX").Value.Label;

        Assert.Contains("Tiers", label, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("ESAT")]
    [InlineData("FABRIQUE")]
    [InlineData("MDH")]
    [InlineData("RELAIS_LECTURE")]
    public void Parse_DriftCode_IsAcceptedWithWarning(string text)
    {
        var result = StructureTypology.Parse(text);

        Assert.True(result.Success);
        Assert.False(result.Value.IsInVocabulary);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("typologie.not-in-vocabulary", warning.RuleCode);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.DoesNotContain(result.Value, StructureTypology.All);
    }

    [Theory]
    [InlineData("asso", "ASSO")]
    [InlineData("AUTRE", "Autre")]
    [InlineData("tiers_lieux", "TIERS_LIEUX")]
    public void Parse_OtherCase_IsNormalisedWithWarning(string text, string expected)
    {
        var result = StructureTypology.Parse(text);

        Assert.Equal(expected, result.Value.Code);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("typologie.case", warning.RuleCode);
        Assert.Equal(expected, warning.Suggestion);
    }

    [Fact]
    public void Parse_DriftCodeInOtherCase_HasBothWarnings()
    {
        var result = StructureTypology.Parse("esat");

        Assert.Equal("ESAT", result.Value.Code);
        Assert.Equal(["typologie.case", "typologie.not-in-vocabulary"], result.Warnings.Select(w => w.RuleCode));
    }

    [Theory]
    [InlineData("TIERS_LIEU", "TIERS_LIEUX")]
    [InlineData("ASSOC", "ASSO")]
    [InlineData("PE", "FT")]
    [InlineData("CCSA", "CCAS")]
    public void Parse_UnknownCode_FailsWithSuggestionAndAllowedValues(string text, string suggestion)
    {
        var result = StructureTypology.Parse(text);

        Assert.False(result.Success);
        Assert.Equal("typologie.unknown", result.Error!.RuleCode);
        Assert.Equal(Severity.Error, result.Error.Severity);
        Assert.Equal(text, result.Error.Value);
        Assert.Equal(suggestion, result.Error.Suggestion);
        Assert.Equal(92, result.Error.AllowedValues.Count);
        Assert.Contains("TIERS_LIEUX", result.Error.AllowedValues);
        Assert.Throws<FormatException>(() => result.Value);
    }

    [Fact]
    public void Parse_FarFromAnyCode_HasNoSuggestion()
    {
        var result = StructureTypology.Parse("BOULANGERIE");

        Assert.Equal("typologie.unknown", result.Error!.RuleCode);
        Assert.Null(result.Error.Suggestion);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_Empty_Fails(string text)
    {
        Assert.Equal("typologie.empty", StructureTypology.Parse(text).Error!.RuleCode);
        Assert.False(StructureTypology.TryParse(text, out _));
    }

    [Fact]
    public void Equality_IsByCode()
    {
        Assert.Equal(StructureTypology.Parse("ASSO").Value, StructureTypology.Parse("asso").Value);
        Assert.True(StructureTypology.Parse("ASSO").Value == StructureTypology.All.Single(t => t.Code == "ASSO"));
        Assert.NotEqual(StructureTypology.Parse("ASSO").Value, StructureTypology.Parse("CCAS").Value);
        Assert.Equal("ASSO", StructureTypology.Parse("ASSO").Value.ToString());
    }
}

using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Territories;

namespace Inclusion.Sdk.Tests.Territories;

public class TerritoryIdTests
{
    [Theory]
    [InlineData(TerritoryLevel.Commune, "2A004", "commune:2A004")]
    [InlineData(TerritoryLevel.Commune, "75101", "commune:75101")]
    [InlineData(TerritoryLevel.Departement, "2A", "departement:2A")]
    [InlineData(TerritoryLevel.Departement, "976", "departement:976")]
    [InlineData(TerritoryLevel.Departement, "975", "departement:975")]
    [InlineData(TerritoryLevel.Departement, " 988 ", "departement:988")]
    [InlineData(TerritoryLevel.Region, "94", "region:94")]
    [InlineData(TerritoryLevel.Epci, "200054781", "epci:200054781")]
    [InlineData(TerritoryLevel.Iris, "751010101", "iris:751010101")]
    [InlineData(TerritoryLevel.Qpv, "QN07511M", "qpv:QN07511M")]
    [InlineData(TerritoryLevel.Qpv, "QP093028", "qpv:QP093028")]
    [InlineData(TerritoryLevel.Country, "FR", "country:FR")]
    [InlineData(TerritoryLevel.Country, "fr", "country:FR")]
    public void Parse_ValidCode_GivesTheReference(TerritoryLevel level, string code, string expected)
    {
        var result = TerritoryId.Parse(level, code);

        Assert.True(result.Success, result.ToString());
        Assert.Equal(expected, result.Value.ToString());
        Assert.Equal(level, result.Value.Level);
    }

    [Theory]
    [InlineData(TerritoryLevel.Commune, "20004")]
    [InlineData(TerritoryLevel.Departement, "20")]
    [InlineData(TerritoryLevel.Departement, "96")]
    [InlineData(TerritoryLevel.Region, "21")]
    [InlineData(TerritoryLevel.Region, "05")]
    [InlineData(TerritoryLevel.Epci, "200054782")]
    [InlineData(TerritoryLevel.Iris, "75101010")]
    [InlineData(TerritoryLevel.Qpv, "QN07511X")]
    public void Parse_InvalidCode_FailsWithTheIdentifierError(TerritoryLevel level, string code)
    {
        var result = TerritoryId.Parse(level, code);

        Assert.False(result.Success);
        Assert.DoesNotContain("territory.", result.Error!.RuleCode, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OtherCountry_Fails()
    {
        var error = TerritoryId.Parse(TerritoryLevel.Country, "BE").Error!;

        Assert.Equal("territory.country", error.RuleCode);
        Assert.Equal("FR", error.Suggestion);
    }

    [Fact]
    public void Parse_UndefinedLevel_FailsWithoutThrowing()
    {
        Assert.Equal("territory.level", TerritoryId.Parse((TerritoryLevel)42, "75").Error!.RuleCode);
    }

    [Fact]
    public void For_AgreesWithParse()
    {
        Assert.Equal(TerritoryId.Parse(TerritoryLevel.Commune, "2A004").Value, TerritoryId.For(CommuneCode.Parse("2A004").Value));
        Assert.Equal(TerritoryId.Parse(TerritoryLevel.Departement, "2B").Value, TerritoryId.For(DepartementCode.Parse("2B").Value));
        Assert.Equal(TerritoryId.Parse(TerritoryLevel.Region, "11").Value, TerritoryId.For(RegionCode.Parse("11").Value));
        Assert.Equal(TerritoryId.Parse(TerritoryLevel.Epci, "243300316").Value, TerritoryId.For(EpciCode.Parse("243300316").Value));
        Assert.Equal(TerritoryId.Parse(TerritoryLevel.Iris, "130710107").Value, TerritoryId.For(IrisCode.Parse("130710107").Value));
        Assert.Equal(TerritoryId.Parse(TerritoryLevel.Qpv, "QN07511M").Value, TerritoryId.For(QpvCode.Parse("QN07511M").Value));
        Assert.Equal(TerritoryId.Parse(TerritoryLevel.Country, "FR").Value, TerritoryId.France);
    }

    [Fact]
    public void Equality_IsByLevelAndCode()
    {
        var commune = TerritoryId.Parse(TerritoryLevel.Commune, "75056").Value;

        Assert.Equal(commune, TerritoryId.Parse(TerritoryLevel.Commune, "75056").Value);
        Assert.NotEqual(TerritoryId.Parse(TerritoryLevel.Departement, "971").Value, TerritoryId.Parse(TerritoryLevel.Region, "01").Value);
        Assert.True(commune != default);
        Assert.Equal(commune.GetHashCode(), TerritoryId.Parse(TerritoryLevel.Commune, "75056").Value.GetHashCode());
    }
}

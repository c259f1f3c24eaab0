using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;

namespace Inclusion.Sdk.Tests.Territories;

public class TerritoryRegistryTests
{
    private static TerritoryRegistry Registry => CoopCommunes.Registry;

    private static CommuneCode C(string code) => CommuneCode.Parse(code).Value;

    private static PostalCode P(string code) => PostalCode.Parse(code).Value;

    private static TerritoryId Id(TerritoryLevel level, string code) => TerritoryId.Parse(level, code).Value;

    [Fact]
    public void CoopFile_ReadsEveryRowWithoutError()
    {
        var result = CoopCommunes.Result;

        Assert.Equal(0, result.Report.ErrorCount);
        Assert.Equal(0, result.Report.WarningCount);
        Assert.Equal(35_071, result.Value!.CommunesRead);
        Assert.Equal("communes.csv", result.Report.Source);
    }

    [Fact]
    public void CoopFile_AddsParisLyonMarseilleAsParentsOfTheirArrondissements()
    {
        var report = CoopCommunes.Result.Report;

        Assert.Equal(3, report.CountOf("territory-file.parent-commune-added"));
        Assert.All(report.Issues, i => Assert.Equal(Severity.Info, i.Severity));
        Assert.Equal(35_074, Registry.OfLevel(TerritoryLevel.Commune).Count);
        Assert.Equal("Paris", Registry.Find(C("75056"))!.Name);
        Assert.Equal("Lyon", Registry.Find(C("69123"))!.Name);
        Assert.Equal("Marseille", Registry.Find(C("13055"))!.Name);
        Assert.Equal(20, Registry.ChildrenOf(TerritoryId.For(C("75056"))).Count);
        Assert.Equal(9, Registry.ChildrenOf(TerritoryId.For(C("69123"))).Count);
        Assert.Equal(16, Registry.ChildrenOf(TerritoryId.For(C("13055"))).Count);
    }

    [Fact]
    public void Ajaccio_HasThreePostalCodes_AndEachFindsIt()
    {
        var ajaccio = C("2A004");

        Assert.Equal(["20000", "20090", "20167"], Registry.PostalCodesOf(ajaccio).Select(p => p.ToString()).Order());
        foreach (var postalCode in new[] { "20000", "20090", "20167" })
        {
            Assert.Contains(Registry.FindByPostalCode(P(postalCode)), t => t.Id == TerritoryId.For(ajaccio));
        }

        Assert.Equal("Ajaccio", Registry.Find(ajaccio)!.Name);
    }

    [Fact]
    public void Ajaccio_IsInCorseDuSud_AndCorse()
    {
        var departement = Registry.DepartementOf(C("2A004"));
        var region = Registry.RegionOf(C("2A004"));

        Assert.Equal("2A", departement!.Code);
        Assert.Equal("Corse-du-Sud", departement.Name);
        Assert.Equal("94", region!.Code);
        Assert.Equal("Corse", region.Name);
        Assert.Equal([departement.Id, region.Id], Registry.Find(C("2A004"))!.Parents);
    }

    [Fact]
    public void Mamoudzou_HasTwoPostalCodes_AndIsInMayotte()
    {
        var mamoudzou = C("97611");

        Assert.Equal(["97600", "97605"], Registry.PostalCodesOf(mamoudzou).Select(p => p.ToString()).Order());
        Assert.Contains(Registry.FindByPostalCode(P("97605")), t => t.Code == "97611");
        Assert.Equal("976", Registry.DepartementOf(mamoudzou)!.Code);
        Assert.Equal("06", Registry.RegionOf(mamoudzou)!.Code);
    }

    [Fact]
    public void ParisFirstArrondissement_HasCommuneDepartementAndRegionAsParents()
    {
        var first = Registry.Find(C("75101"))!;

        Assert.True(first.IsArrondissement);
        Assert.Equal(
            [TerritoryId.For(C("75056")), Id(TerritoryLevel.Departement, "75"), Id(TerritoryLevel.Region, "11")],
            first.Parents);
        Assert.Equal("75", Registry.DepartementOf(C("75101"))!.Code);
        Assert.Equal("Île-de-France", Registry.RegionOf(C("75101"))!.Name);
        Assert.False(Registry.Find(C("75056"))!.IsArrondissement);
    }

    [Fact]
    public void PostalCodeOfAnArrondissement_FindsTheArrondissementBeforeItsCommune()
    {
        var found = Registry.FindByPostalCode(P("75001"));

        Assert.Equal(["75101", "75056"], found.Select(t => t.Code));
        Assert.Contains(P("75011"), Registry.PostalCodesOf(C("75056")));
    }

    [Fact]
    public void SaintPierre_HasNoDepartementNorRegion_ButItsCollectivity()
    {
        var saintPierre = Registry.Find(C("97502"))!;

        Assert.Null(Registry.DepartementOf(C("97502")));
        Assert.Null(Registry.RegionOf(C("97502")));
        var collectivityId = Assert.Single(saintPierre.Parents);
        Assert.True(Registry.TryGet(collectivityId, out var collectivity));
        Assert.Equal("975", collectivity.Code);
        Assert.Equal("Saint-Pierre-et-Miquelon", collectivity.Name);
        Assert.True(collectivity.IsOverseasCollectivity);
        Assert.Equal([TerritoryId.France], collectivity.Parents);
    }

    [Fact]
    public void ReferenceData_HasTheCogCounts()
    {
        foreach (var registry in new[] { TerritoryRegistry.Reference, Registry })
        {
            var departementLevel = registry.OfLevel(TerritoryLevel.Departement);
            Assert.Equal(101, departementLevel.Count(t => !t.IsOverseasCollectivity));
            Assert.Equal(8, departementLevel.Count(t => t.IsOverseasCollectivity));
            Assert.Equal(18, registry.OfLevel(TerritoryLevel.Region).Count);
            Assert.Equal([TerritoryId.France], registry.OfLevel(TerritoryLevel.Country).Select(t => t.Id));
            Assert.Empty(registry.OfLevel(TerritoryLevel.Iris));
        }

        Assert.Equal(1 + 18 + 101 + 8, TerritoryRegistry.Reference.Count);
        Assert.Empty(TerritoryRegistry.Reference.OfLevel(TerritoryLevel.Commune));
    }

    [Theory]
    [InlineData("22", "Côtes-d'Armor", "53")]
    [InlineData("2B", "Haute-Corse", "94")]
    [InlineData("971", "Guadeloupe", "01")]
    [InlineData("976", "Mayotte", "06")]
    [InlineData("90", "Territoire de Belfort", "27")]
    public void Departement_HasItsNameAndRegion(string code, string name, string region)
    {
        Assert.True(TerritoryRegistry.Reference.TryGet(Id(TerritoryLevel.Departement, code), out var departement));

        Assert.Equal(name, departement.Name);
        Assert.Equal([Id(TerritoryLevel.Region, region)], departement.Parents);
    }

    [Fact]
    public void Regions_AreTheChildrenOfFrance_WithTheOverseasCollectivities()
    {
        var children = TerritoryRegistry.Reference.ChildrenOf(TerritoryId.France);

        Assert.Equal(18 + 8, children.Count);
        Assert.Equal(8, TerritoryRegistry.Reference.ChildrenOf(Id(TerritoryLevel.Region, "11")).Count);
        Assert.Equal(["2A", "2B"], TerritoryRegistry.Reference.ChildrenOf(Id(TerritoryLevel.Region, "94")).Select(t => t.Code).Order());
    }

    [Fact]
    public void EveryCommune_HasADepartementWhoseRegionIsItsRegion()
    {
        foreach (var commune in Registry.OfLevel(TerritoryLevel.Commune))
        {
            var code = C(commune.Code);
            var departement = Registry.DepartementOf(code);
            if (departement is null)
            {
                Assert.Null(Registry.RegionOf(code));
                Assert.True(commune.Code.StartsWith("97", StringComparison.Ordinal) || commune.Code.StartsWith("98", StringComparison.Ordinal), commune.Code);
                continue;
            }

            Assert.True(Registry.TryGet(departement.Parents[0], out var region));
            Assert.Same(region, Registry.RegionOf(code));
        }
    }

    [Fact]
    public void PostalCodesOf_AndFindByPostalCode_AreInverseRelations()
    {
        var pairs = 0;
        foreach (var commune in Registry.OfLevel(TerritoryLevel.Commune))
        {
            foreach (var postalCode in Registry.PostalCodesOf(C(commune.Code)))
            {
                Assert.Contains(commune, Registry.FindByPostalCode(postalCode));
                pairs++;
            }
        }

        var inverse = 0;
        foreach (var group in Registry.OfLevel(TerritoryLevel.Commune).SelectMany(c => Registry.PostalCodesOf(C(c.Code))).Distinct())
        {
            foreach (var commune in Registry.FindByPostalCode(group))
            {
                Assert.Contains(group, Registry.PostalCodesOf(C(commune.Code)));
                inverse++;
            }
        }

        Assert.Equal(pairs, inverse);
        Assert.True(pairs > 35_000);
    }

    [Fact]
    public void UnknownCodes_GiveNullOrEmpty()
    {
        var reference = TerritoryRegistry.Reference;

        Assert.Null(reference.Find(C("2A004")));
        Assert.Null(reference.DepartementOf(C("2A004")));
        Assert.Empty(reference.PostalCodesOf(C("2A004")));
        Assert.Empty(Registry.FindByPostalCode(P("98000"))); // Monaco: no French commune.
        Assert.Empty(Registry.ChildrenOf(TerritoryId.For(C("2A004"))));
        Assert.False(Registry.TryGet(default, out _));
    }

    [Fact]
    public void Territory_ToString_ShowsNameAndReference()
    {
        Assert.Equal("Ajaccio (commune:2A004)", Registry.Find(C("2A004"))!.ToString());
    }
}

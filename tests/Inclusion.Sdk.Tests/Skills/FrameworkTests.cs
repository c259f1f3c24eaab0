using Inclusion.Sdk.Skills;

namespace Inclusion.Sdk.Tests.Skills;

public class FrameworkTests
{
    [Fact]
    public void DigComp_2_2_has_5_areas_and_21_competences()
    {
        // DigComp 2.2 (JRC 2022), indicators.md §5; same codes as data/skills/DigComp.csv (dini-ag-kim/digComp).
        var digComp = CompetenceFramework.DigComp22;
        Assert.Equal(5, digComp.Areas.Count);
        Assert.Equal(21, digComp.Competences.Count);
        Assert.Equal([3, 6, 4, 4, 4], digComp.Areas.Select(a => digComp.CompetencesOf(a.Code).Count));
        Assert.Equal("Managing digital identity", digComp.Find("2.6")!.Name);
        Assert.Equal("2", digComp.Find("2.6")!.AreaCode);
        Assert.Null(digComp.Find("6.1"));
    }

    [Fact]
    public void DigComp_codes_match_the_dini_ag_kim_csv()
    {
        var codes = File.ReadLines(RepoFiles.TestData("skills/DigComp.csv")).Skip(1)
            .Select(l => l.Split(';')[2]).Where(c => !c.EndsWith(".0", StringComparison.Ordinal)).ToArray();
        Assert.Equal(codes, CompetenceFramework.DigComp22.Competences.Select(c => c.Code));
    }

    [Theory]
    [InlineData(1, ProficiencyBand.Foundation)]
    [InlineData(2, ProficiencyBand.Foundation)]
    [InlineData(3, ProficiencyBand.Intermediate)]
    [InlineData(4, ProficiencyBand.Intermediate)]
    [InlineData(5, ProficiencyBand.Advanced)]
    [InlineData(6, ProficiencyBand.Advanced)]
    [InlineData(7, ProficiencyBand.HighlySpecialised)]
    [InlineData(8, ProficiencyBand.HighlySpecialised)]
    public void Eight_levels_in_four_bands(int level, ProficiencyBand band) => Assert.Equal(band, CompetenceFramework.BandOf(level));

    [Fact]
    public void Crcn_has_5_domains_16_competences_and_our_mapping_covers_each()
    {
        // CRCN (décret 2019-919), indicators.md §6.
        var crcn = CompetenceFramework.Crcn;
        Assert.Equal(5, crcn.Areas.Count);
        Assert.Equal(16, crcn.Competences.Count);
        Assert.Equal(CompetenceFramework.MaxLevel, 8);
        Assert.All(crcn.Competences, c => Assert.NotEmpty(CompetenceFramework.CrcnToDigComp(c.Code)));
        Assert.Equal(["2.3", "2.5", "2.6"], CompetenceFramework.CrcnToDigComp("2.4").Select(c => c.Code));
        Assert.Equal(["5.2", "5.3", "5.4"], CompetenceFramework.CrcnToDigComp("5.2").Select(c => c.Code));
        // Every DigComp competence is reached by some CRCN competence.
        var reached = crcn.Competences.SelectMany(c => CompetenceFramework.CrcnToDigComp(c.Code)).Select(c => c.Code).ToHashSet();
        Assert.Equal(21, reached.Count);
        Assert.Throws<ArgumentException>(() => CompetenceFramework.CrcnToDigComp("9.9"));
        Assert.Throws<ArgumentOutOfRangeException>(() => CompetenceFramework.BandOf(9));
    }
}

using Inclusion.Sdk.Files;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;

namespace Inclusion.Sdk.Tests.Territories;

public class CommuneFileTests
{
    private static LoadResult<TerritoryRegistry> Load(string text) =>
        TerritoryRegistryFile.Load(TextStreams.Utf8(text), TextStreams.Source("test.csv"));

    private static CommuneCode C(string code) => CommuneCode.Parse(code).Value;

    private static ValidationIssue Single(LoadResult<TerritoryRegistry> result, string rule) =>
        Assert.Single(result.Report.Issues, i => i.RuleCode == rule);

    [Fact]
    public void CoopLayout_WithPopulationColumn_ReadsPopulation()
    {
        var result = Load("code_insee,nom,code_postal,population\n01053,Bourg-en-Bresse,01000,41365\n01001,L'Abergement-Clémenciat,01400,\n");

        Assert.True(result.Report.IsValid);
        Assert.Equal(2, result.Value!.CommunesRead);
        Assert.Equal(41365, result.Value!.Find(C("01053"))!.Population);
        Assert.Null(result.Value!.Find(C("01001"))!.Population);
        Assert.Equal("84", result.Value!.RegionOf(C("01053"))!.Code);
    }

    [Fact]
    public void InseeLayout_KeepsCommunesAndArrondissements_SkipsDelegatedCommunes()
    {
        const string text = """
            TYPECOM,COM,REG,DEP,CTCD,ARR,TNCC,NCC,NCCENR,LIBELLE,CAN,COMPARENT
            COM,01015,84,01,01D,011,0,ARBOYS EN BUGEY,Arboys en Bugey,Arboys en Bugey,0108,
            COMD,01015,84,01,01D,011,0,ARBIGNIEU,Arbignieu,Arbignieu,0108,01015
            COMD,01039,84,01,01D,011,0,BEON,Beon,Béon,0108,01138
            COM,75056,11,75,75C,751,0,PARIS,Paris,Paris,7599,
            ARM,75101,11,75,75C,751,0,PARIS 1ER ARRONDISSEMENT,Paris 1er Arrondissement,Paris 1er Arrondissement,7599,75056
            """;

        var result = Load(text);

        Assert.True(result.Report.IsValid, string.Join('\n', result.Report.Issues));
        Assert.Equal(3, result.Value!.CommunesRead);
        Assert.Equal("Arboys en Bugey", result.Value!.Find(C("01015"))!.Name);
        Assert.Null(result.Value!.Find(C("01039")));
        Assert.Equal(TerritoryId.For(C("75056")), result.Value!.Find(C("75101"))!.Parents[0]);
        Assert.Equal(0, result.Report.CountOf("territory-file.parent-commune-added"));
        Assert.Empty(result.Value!.PostalCodesOf(C("01015")));
    }

    [Fact]
    public void SemicolonSeparatorAndUpperCaseHeader_AreAccepted()
    {
        var result = Load("CODE_INSEE;NOM;CODE_POSTAL\n2A004;Ajaccio;20000, 20090\n");

        Assert.True(result.Report.IsValid);
        Assert.Equal(2, result.Value!.PostalCodesOf(C("2A004")).Count);
    }

    [Fact]
    public void BadRows_AreReportedWithTheirLocation_AndValidRowsAreKept()
    {
        const string text = "code_insee,nom,code_postal\n" +
            "01053,Bourg-en-Bresse,01000\n" + // row 2: valid
            "20004,Ajaccio,20000\n" + // row 3: Corsica has no 20 codes
            "01001,,01400\n" + // row 4: no name
            "01002,L'Abergement-de-Varey,1640\n" + // row 5: leading zero lost
            "01004,Ambérieu-en-Bugey\n" + // row 6: ragged
            "01053,Bourg-en-Bresse,01000\n" + // row 7: duplicate
            "\"06088\",\"Nice\",\"06100, 06000, 6300\"\n" + // row 8: one bad code in a list
            "01005,Ambérieux-en-Dombes,01330\n"; // row 9: valid

        var result = Load(text);

        Assert.Equal(2, result.Value!.CommunesRead);
        Assert.NotNull(result.Value!.Find(C("01053")));
        Assert.NotNull(result.Value!.Find(C("01005")));
        Assert.Null(result.Value!.Find(C("06088")));
        Assert.Equal(6, result.Report.ErrorCount);

        var badCode = Single(result, "territory-file.bad-code");
        Assert.Equal(new IssueLocation("test.csv", 3, 1, "code_insee"), badCode.Location);
        Assert.Equal("20004", badCode.Value);

        Assert.Equal(new IssueLocation("test.csv", 4, 2, "nom"), Single(result, "territory-file.missing-name").Location);
        Assert.Equal(new IssueLocation("test.csv", 6, null, null), Single(result, "file.row.ragged").Location);
        var duplicate = Single(result, "territory-file.duplicate-code");
        Assert.Equal(7, duplicate.Location.Row);
        Assert.Contains("row 2", duplicate.MessageEn, StringComparison.Ordinal);

        var postal = result.Report.Issues.Where(i => i.RuleCode == "territory-file.bad-postal-code").ToArray();
        Assert.Equal([5L, 8L], postal.Select(i => i.Location.Row!.Value));
        Assert.All(postal, i => Assert.Equal(3, i.Location.Column));
        Assert.Equal(["1640", "6300"], postal.Select(i => i.Value));
    }

    [Fact]
    public void BadPopulation_IsAWarning_AndTheCommuneIsKept()
    {
        var result = Load("code_insee,nom,code_postal,population\n01053,Bourg-en-Bresse,01000,environ 40000\n");

        Assert.True(result.Report.IsValid);
        var warning = Single(result, "territory-file.bad-population");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(new IssueLocation("test.csv", 2, 4, "population"), warning.Location);
        Assert.Null(result.Value!.Find(C("01053"))!.Population);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void EmptyFile_IsAnError(string text)
    {
        var result = Load(text);

        Assert.Equal("file.empty", Assert.Single(result.Report.Issues).RuleCode);
        Assert.Equal(0, result.Value!.CommunesRead);
        Assert.Equal(TerritoryRegistry.Reference.Count, result.Value!.Count);
    }

    [Fact]
    public void MissingHeader_IsAnError_AndTheRowsAreStillRead()
    {
        var result = Load("01053,Bourg-en-Bresse,01000\n2A004,Ajaccio,\"20000, 20090\"\n");

        var issue = Single(result, "territory-file.missing-header");
        Assert.Equal(1, issue.Location.Row);
        Assert.Equal("code_insee,nom,code_postal", issue.Suggestion);
        Assert.Equal(2, result.Value!.CommunesRead);
        Assert.Equal(2, result.Value!.PostalCodesOf(C("2A004")).Count);
    }

    [Theory]
    [InlineData("code_inse,nom,code_postal", "code_inse", "code_insee", 1)]
    [InlineData("code_insee,name,code_postal", "name", "nom", 2)]
    [InlineData("TYPECOM,CODE,REG,DEP,LIBELLE", "CODE", "COM", 2)]
    public void WrongHeader_IsAnError_WithDidYouMean(string header, string found, string expected, int column)
    {
        var result = Load(header + "\n01053,Bourg-en-Bresse,01000\n");

        var issue = Single(result, "file.header.missing");
        Assert.Equal(expected, issue.Value);
        Assert.Equal(expected, issue.Suggestion);
        Assert.Equal(new IssueLocation("test.csv", 1, column, found), issue.Location);
        Assert.Contains(expected, issue.MessageEn, StringComparison.Ordinal);
        Assert.Equal(0, result.Value!.CommunesRead);
    }

    [Fact]
    public void UnrelatedHeader_IsAnError_WithoutSuggestion()
    {
        var result = Load("a,b,c\n1,2,3\n");

        Assert.False(result.Report.IsValid);
        Assert.All(result.Report.Issues, i => Assert.Equal("file.header.missing", i.RuleCode));
        Assert.All(result.Report.Issues, i => Assert.Null(i.Suggestion));
    }

    [Fact]
    public void RandomBytes_GiveErrors_NotExceptions()
    {
        var random = new Random(20260101);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        var text = System.Text.Encoding.Latin1.GetString(bytes);

        var result = Load(text);

        Assert.False(result.Report.IsValid);
        Assert.Equal(TerritoryRegistry.Reference.Count, result.Value!.Count);
    }

    [Fact]
    public void UnterminatedQuote_DoesNotThrow()
    {
        var result = Load("code_insee,nom,code_postal\n01053,\"Bourg-en-Bresse,01000\n01001,X,01400\n");

        Assert.False(result.Report.IsValid);
    }

    [Fact]
    public void ArrondissementsWithoutCommune_GetTheirCommuneAdded()
    {
        var result = Load("code_insee,nom,code_postal\n69381,Lyon 1er Arrondissement,69001\n69382,Lyon 2e Arrondissement,69002\n");

        var info = Single(result, "territory-file.parent-commune-added");
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Equal("69123", info.Value);
        var lyon = result.Value!.Find(C("69123"))!;
        Assert.Equal("Lyon", lyon.Name);
        Assert.Equal(["69001", "69002"], result.Value!.PostalCodesOf(C("69123")).Select(p => p.ToString()));
        Assert.Equal(2, result.Value!.CommunesRead);
    }

    [Fact]
    public void LoadCommunes_GuardsItsArguments()
    {
        Assert.Throws<ArgumentNullException>(() => TerritoryRegistryFile.Load((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => TerritoryRegistryFile.Load((string)null!));
        Assert.Throws<FileNotFoundException>(() => TerritoryRegistryFile.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".csv")));
    }
}

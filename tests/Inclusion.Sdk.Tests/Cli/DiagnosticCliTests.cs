using System.Text.Json;

namespace Inclusion.Sdk.Tests.Cli;

public class DiagnosticCliTests
{
    private static string Sample(string name) => RepoFiles.RepoPath("docs/samples/diagnostic/" + name);

    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void ActivitiesStats_Json_CountsTheSample_AndSuppressesSmallCells()
    {
        var (exit, output, error) = Run("activities", "stats", "--activities", Sample("activities.csv"), "--format", "json", "--reference-year", "2025");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var doc = JsonDocument.Parse(output);
        var total = doc.RootElement.GetProperty("groups")[0];
        Assert.Equal(6, total.GetProperty("activites").GetInt32());
        Assert.Equal(22, total.GetProperty("accompagnements").GetInt32());
        // 4 individual activities < 11: suppressed, and the collective count with it (the total of 6 is published).
        Assert.Equal(JsonValueKind.Null, total.GetProperty("individuels").ValueKind);
        Assert.Equal(JsonValueKind.Null, total.GetProperty("collectifs").ValueKind);
        var ages = total.GetProperty("tranches_age").EnumerateArray().ToList();
        Assert.Equal(8, ages.Count);
    }

    [Fact]
    public void ActivitiesStats_ByDepartement_Csv_WithoutSuppression()
    {
        var (exit, output, _) = Run("activities", "stats", "--activities", Sample("activities.csv"), "--by", "departement", "--format", "csv", "--threshold", "1");
        Assert.Equal(0, exit);
        Assert.Contains("2A,accompagnements,,,7,", output, StringComparison.Ordinal);
        Assert.Contains("971,accompagnements,,,11,", output, StringComparison.Ordinal);
        Assert.Contains("2B,thematiques_demarches,logement,Logement,1,50", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ActivitiesStats_BadFile_ReportsLocatedIssues_AndExits1()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "activite_id,type,date,duree,type_lieu,thematiques\nA1,individuel,2025-02-30,45,lieu_activite,email\n");
        var (exit, _, error) = Run("activities", "stats", "--activities", path, "--lang", "fr");
        File.Delete(path);
        Assert.Equal(1, exit);
        Assert.Contains("activity.date", error, StringComparison.Ordinal);
        Assert.Contains("n'est pas une date", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ActivitiesStats_MissingFile_Exits2() =>
        Assert.Equal(2, Run("activities", "stats", "--activities", "/nonexistent/file.csv").Exit);

    [Fact]
    public void Index_PublishedExport_RecomputesTotals()
    {
        var (exit, output, error) = Run("index", "--preset", "ifn-2023", "--input", Sample("ifn-export.csv"), "--format", "json");
        Assert.Equal(0, exit);   // a mismatch is a warning, no-data rows are info
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("noData").GetInt32());
        Assert.Equal(1, doc.RootElement.GetProperty("totalMismatches").GetInt32());
        Assert.Contains("ifn.total-mismatch", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_IrisTable_RollsUpToEpci()
    {
        var (exit, output, _) = Run("index", "--preset", "ifn-2023", "--input", Sample("indicators-iris.csv"), "--level", "epci", "--format", "csv");
        Assert.Equal(0, exit);
        var lines = output.Trim().Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("code,name,population,no_thd_coverage_rate", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Index_Ifn2019_OnAnIfn2023Table_NamesTheMissingColumns()
    {
        var (exit, _, error) = Run("index", "--preset", "ifn-2019", "--input", Sample("indicators-iris.csv"));
        Assert.Equal(1, exit);
        Assert.Contains("menseul_rate", error, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("activities", "stats", "--activities", "activities", "--reference-year", "2025", "--format", "json")]
    [InlineData("index", "--preset", "ifn-2023", "--input", "indicators-iris", "--level", "epci", "--format", "csv")]
    [InlineData("offer", "--places", "places.csv", "--territories", "communes", "--week", "2026-03-04", "--format", "json")]
    public void JsonSamples_GiveTheSameOutputAsCsvSamples(params string[] args)
    {
        string[] With(string extension) => args.Select((a, i) => i > 0 && args[i - 1] is "--activities" or "--input" or "--territories" ? Sample(a + extension)
            : a is "places.csv" ? Sample(a) : a).ToArray();
        var csv = Run(With(".csv"));
        var json = Run(With(".json"));
        Assert.Equal(0, json.Exit);
        Assert.Empty(json.Error);
        Assert.Equal(csv.Output, json.Output);
    }

    [Fact]
    public void Json_ChosenByLeadingBracket_BadObjects_Exit1_WithLocatedIssues()
    {
        var path = Path.GetTempFileName(); // .tmp: detected by its first character
        File.WriteAllText(path, "\n [ {\"id\":\"A1\",\"attributes\":{\"type\":\"individuel\",\"date\":\"2025-01-14\",\"duree\":45,\"type_lieu\":\"lieu_activite\",\"thematiques\":[\"email\"],\"accompagnements\":1}},\n  {\"id\":\"A2\",\"attributes\":{\"type\":\"individuel\",\"date\":\"2025-02-30\",\"duree\":45,\"type_lieu\":\"lieu_activite\",\"thematiques\":[\"email\"]}} ]");
        var (exit, output, error) = Run("activities", "stats", "--activities", path, "--threshold", "1");
        File.Delete(path);
        Assert.Equal(1, exit);
        Assert.Contains("Activities: 1", output, StringComparison.Ordinal);
        Assert.Contains("error activity.date × 1", error, StringComparison.Ordinal);
        Assert.Contains("row 3, attributes.date: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_IndexAndOffer_Exit1OnMalformed_Exit2OnMissing()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "[{\"code\":\"A\",\"no_thd_coverage_rate\":1,");
        var index = Run("index", "--preset", "ifn-2023", "--input", path);
        var offer = Run("offer", "--places", Sample("places.csv"), "--territories", path);
        File.Delete(path);
        Assert.Equal(1, index.Exit);
        Assert.Contains("file.json.malformed", index.Error, StringComparison.Ordinal);
        Assert.Equal(1, offer.Exit);
        Assert.Contains("file.json.malformed", offer.Error, StringComparison.Ordinal);
        Assert.Equal(2, Run("index", "--preset", "ifn-2023", "--input", path).Exit);
    }
}

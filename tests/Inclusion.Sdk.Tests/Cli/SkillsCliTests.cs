using System.Text.Json;

namespace Inclusion.Sdk.Tests.Cli;

public class SkillsCliTests
{
    private static readonly string Sample = RepoFiles.RepoPath("docs/samples/skills/survey-synthetic.csv");

    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Dsi_prints_levels_intervals_breakdown_and_references()
    {
        var (exit, output, error) = Run("skills", "dsi", "--responses", Sample, "--weight", "weight", "--by", "sex");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Contains("I_DSK2_BAB", output, StringComparison.Ordinal);
        Assert.Contains("I_DSK2_NA", output, StringComparison.Ordinal);
        Assert.Contains("At least basic by sex:", output, StringComparison.Ordinal);
        Assert.Contains("I_DSK2_BAB FR 2023", output, StringComparison.Ordinal);
        Assert.Contains("59.7 %", output, StringComparison.Ordinal);
        Assert.Contains("ILLECTRONISME_INSEE_2021", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dsi_json_is_the_estimate()
    {
        var (exit, output, _) = Run("skills", "dsi", "--responses", Sample, "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(400, root.GetProperty("sampleCount").GetInt64());
        Assert.Equal(7, root.GetProperty("levels").GetArrayLength());
        var atLeastBasic = root.GetProperty("atLeastBasic");
        var estimate = atLeastBasic.GetProperty("estimate").GetDouble();
        Assert.InRange(estimate, atLeastBasic.GetProperty("wilson").GetProperty("lower").GetDouble(), atLeastBasic.GetProperty("wilson").GetProperty("upper").GetDouble());
        Assert.Equal(400, root.GetProperty("effectiveSampleSize").GetDouble()); // unweighted: n_eff = n
    }

    [Fact]
    public void Bad_rows_exit_1_with_located_issues_and_missing_files_exit_2()
    {
        var path = Path.Combine(Path.GetTempPath(), $"survey-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "IU,IUEM,w\n1,1,1\n9,1,1\n");
        try
        {
            var (exit, output, error) = Run("skills", "dsi", "--responses", path, "--weight", "w", "--lang", "fr");
            Assert.Equal(1, exit);
            Assert.Contains("survey-file.internet-use", error, StringComparison.Ordinal);
            Assert.Contains("n'est pas un code d'usage", error, StringComparison.Ordinal);
            Assert.Contains("1 répondants", output, StringComparison.Ordinal);

            var (missingColumn, _, columnError) = Run("skills", "dsi", "--responses", path, "--weight", "poids");
            Assert.Equal(1, missingColumn);
            Assert.Contains("file.header.missing", columnError, StringComparison.Ordinal);

            var (jsonExit, jsonReport, _) = Run("skills", "dsi", "--responses", path, "--weight", "poids", "--format", "json");
            Assert.Equal(1, jsonExit);
            using var report = JsonDocument.Parse(jsonReport);
            Assert.Contains(report.RootElement.GetProperty("issues").EnumerateArray(), i => i.GetProperty("ruleCode").GetString() == "file.header.missing");

            File.WriteAllBytes(path, []);
            Assert.Equal(2, Run("skills", "dsi", "--responses", path).Exit);
        }
        finally
        {
            File.Delete(path);
        }

        var jsonPath = Path.Combine(Path.GetTempPath(), $"survey-{Guid.NewGuid():N}.json");
        File.WriteAllText(jsonPath, "[{\"IU\":1,\"IUEM\":1},{\"IU\":2}]");
        try
        {
            var (jsonExit, jsonOutput, _) = Run("skills", "dsi", "--responses", jsonPath);
            Assert.Equal(0, jsonExit);
            Assert.Contains("2 respondents", jsonOutput, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(jsonPath);
        }

        Assert.Equal(2, Run("skills", "dsi", "--responses", "/nonexistent/survey.csv").Exit);
        Assert.Equal(2, Run("skills", "dsi").Exit);
        Assert.Equal(2, Run("skills", "dsi", "--responses", Sample, "--format", "xml").Exit);
    }

    [Fact]
    public void Blank_activity_rows_are_warned_and_counted_or_skipped()
    {
        // Issue 14: an internet user with every activity cell empty is never counted silently.
        var path = Path.Combine(Path.GetTempPath(), $"survey-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "IU,IUEM,IUIF\n1,01,+1\n1,,\n");
        try
        {
            var (exit, output, error) = Run("skills", "dsi", "--responses", path);
            Assert.Equal(0, exit);
            Assert.Contains("survey-file.blank-activities", error, StringComparison.Ordinal);
            Assert.Contains("2 respondents", output, StringComparison.Ordinal);

            var (skipExit, skipOutput, skipError) = Run("skills", "dsi", "--responses", path, "--blank-activities", "skip");
            Assert.Equal(0, skipExit);
            Assert.Contains("survey-file.blank-activities-skipped", skipError, StringComparison.Ordinal);
            Assert.Contains("1 respondents", skipOutput, StringComparison.Ordinal);
            Assert.Equal(2, Run("skills", "dsi", "--responses", path, "--blank-activities", "drop").Exit);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using static Inclusion.Sdk.Tests.RepoFiles;

namespace Inclusion.Sdk.Tests.Cli;

/// <summary><c>inclusion report</c>: writes the page, never over an existing file unless asked, exit codes by what it met.</summary>
public sealed class ReportCliTests : IDisposable
{
    private static readonly string Sample = RepoPath(Path.Combine("docs", "samples", "report", "report.json"));
    private readonly string folder = Directory.CreateTempSubdirectory("inclusion-report-cli-").FullName;

    [Fact]
    public void The_sample_report_is_written_and_an_existing_file_is_kept_unless_forced()
    {
        var page = Path.Combine(folder, "report.html");

        var (exit, output, error) = CliRunner.Run("report", "--config", Sample, "--out", page);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("sections not computed: 0", error, StringComparison.Ordinal);
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Territoire exemple (fictif)", html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));

        File.WriteAllText(page, "keep me");
        var again = CliRunner.Run("report", "--config", Sample, "--out", page);
        Assert.Equal(2, again.Exit);
        Assert.Contains("--force", again.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(page));

        Assert.Equal(0, CliRunner.Run("report", "--config", Sample, "--out", page, "--force").Exit);
        Assert.NotEqual("keep me", File.ReadAllText(page));
    }

    [Fact]
    public void The_page_is_never_written_over_the_settings_or_a_data_file_even_when_forced()
    {
        File.WriteAllText(Path.Combine(folder, "plan.json"), File.ReadAllText(RepoPath(Path.Combine("docs", "samples", "strategy", "plan.json"))));
        var settings = Path.Combine(folder, "report.json");
        var text = """{"territory":"T","language":"en","dataDate":"2026-06-30","sections":{"plan":{"plan":"plan.json"}}}""";
        File.WriteAllText(settings, text);
        var plan = File.ReadAllText(Path.Combine(folder, "plan.json"));

        var overSettings = CliRunner.Run("report", "--config", settings, "--out", settings, "--force");
        var overData = CliRunner.Run("report", "--config", settings, "--out", Path.Combine(folder, "plan.json"), "--force");

        Assert.Equal(2, overSettings.Exit);
        Assert.Contains("settings", overSettings.Error, StringComparison.Ordinal);
        Assert.Equal(2, overData.Exit);
        Assert.Contains("data file", overData.Error, StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(settings));
        Assert.Equal(plan, File.ReadAllText(Path.Combine(folder, "plan.json")));
    }

    [Fact]
    public void Invalid_settings_are_a_usage_error_with_located_issues_and_write_nothing()
    {
        var settings = Path.Combine(folder, "report.json");
        File.WriteAllText(settings, """{"territory":"T","dataDate":"2026-06-30","sections":{"activities":{"file":"missing.csv"}}}""");
        var page = Path.Combine(folder, "report.html");

        var (exit, _, error) = CliRunner.Run("report", "--config", settings, "--out", page);

        Assert.Equal(2, exit);
        Assert.Contains("report.file-missing", error, StringComparison.Ordinal);
        Assert.Contains("report.json", error, StringComparison.Ordinal);
        Assert.False(File.Exists(page));
        Assert.Equal(2, CliRunner.Run("report", "--config", Path.Combine(folder, "absent.json"), "--out", page).Exit);
    }

    [Fact]
    public void A_section_whose_file_has_errors_is_reported_and_the_page_still_written_with_exit_1()
    {
        File.WriteAllText(Path.Combine(folder, "plan.json"), "{ not json");
        var settings = Path.Combine(folder, "report.json");
        File.WriteAllText(settings, """{"territory":"T","language":"en","dataDate":"2026-06-30","sections":{"plan":{"plan":"plan.json"}}}""");
        var page = Path.Combine(folder, "out.html");

        var (exit, _, error) = CliRunner.Run("report", "--config", settings, "--out", page);

        Assert.Equal(1, exit);
        Assert.Contains("report.section-unavailable", error, StringComparison.Ordinal);
        Assert.Contains("Section not computed", File.ReadAllText(page), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, true);
}

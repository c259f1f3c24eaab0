using Inclusion.Cli;

namespace Inclusion.Sdk.Tests.Cli;

/// <summary>What every command shares: unknown options are usage errors, internal errors have their own exit code and
/// one line, inputs may be standard input, and folders or missing files are usage errors with a clear message.</summary>
public class CliContractTests
{
    private static readonly string Sample = RepoFiles.RepoPath("docs/samples/lieux-valides.csv");

    [Fact]
    public void A_misspelt_option_is_a_usage_error_with_a_suggestion_not_a_file_name()
    {
        var (exit, output, error) = CliRunner.Run("validate", Sample, "--formt", "json");
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Unknown option: '--formt'. Did you mean '--format'?", error, StringComparison.Ordinal);
    }

    /// <summary>Every command with <c>--format json</c>, its input option given a path that does not exist.</summary>
    public static TheoryData<string[]> JsonCommandsWithAMissingInput()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-file-" + Guid.NewGuid().ToString("N") + ".csv");
        var programme = RepoFiles.RepoPath("docs/samples/vouchers/programme.json");
        return new TheoryData<string[]>(
            ["validate", missing],
            ["activities", "stats", "--activities", missing],
            ["index", "--preset", "ifn-2023", "--input", missing],
            ["offer", "--places", missing, "--territories", missing],
            ["plan", "evaluate", missing],
            ["skills", "dsi", "--responses", missing],
            ["vouchers", "settle", "--programme", programme, "--events", missing],
            ["vouchers", "import", "--store", missing + ".db", "--programme", programme, "--events", missing]);
    }

    [Theory]
    [MemberData(nameof(JsonCommandsWithAMissingInput))]
    public void With_format_json_a_missing_input_is_a_json_report_on_stdout_and_a_bilingual_message_on_stderr(string[] args)
    {
        var (exit, output, error) = CliRunner.Run([.. args, "--format", "json", "--lang", "fr"]);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("Fichier introuvable", error, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var issue = Assert.Single(json.RootElement.GetProperty("issues").EnumerateArray());
        Assert.Equal("file.unreadable", issue.GetProperty("ruleCode").GetString());
    }

    [Theory]
    [MemberData(nameof(JsonCommandsWithAMissingInput))]
    public void With_format_json_a_refused_command_line_is_a_json_report_on_stdout(string[] args)
    {
        var (exit, output, error) = CliRunner.Run([.. args, "--format", "json", "--formt", "x"]);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("'--formt'", error, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.All(json.RootElement.GetProperty("issues").EnumerateArray(), i => Assert.Equal("cli.usage", i.GetProperty("ruleCode").GetString()));
    }

    [Theory]
    [InlineData("activities", "stats", "--activities", "{0}", "--from", "2025-13-01")]
    [InlineData("offer", "--places", "{0}", "--territories", "{0}", "--week", "yesterday")]
    [InlineData("plan", "evaluate", "{0}", "--at", "tomorrow")]
    [InlineData("vouchers", "settle", "--programme", "{0}", "--events", "{0}", "--month", "March")]
    public void A_bad_option_value_is_a_bilingual_usage_error(params string[] args)
    {
        var (exit, output, error) = CliRunner.Run([.. args.Select(a => a.Replace("{0}", Sample, StringComparison.Ordinal)), "--lang", "fr"]);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("n'est pas", error, StringComparison.Ordinal);
        Assert.Contains("Voir 'inclusion --help'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unknown_option_message_is_bilingual()
    {
        var (exit, _, error) = CliRunner.Run("validate", Sample, "--formt", "json", "--lang", "fr");
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("Option inconnue : '--formt'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_dash_and_negative_numbers_are_values_not_options()
    {
        var (exit, _, error) = CliRunner.Run("check", "postal", "-1");
        Assert.DoesNotContain("Unknown option", error, StringComparison.Ordinal);
        Assert.Equal(CliApp.ExitInvalid, exit);
    }

    [Fact]
    public void An_internal_error_exits_70_with_one_line_and_no_stack_trace()
    {
        using var error = new StringWriter();
        var exit = CliApp.Run(["check", "siret", "73282932000074"], new FailingWriter(), error);
        Assert.Equal(CliApp.ExitInternalError, exit);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("internal error", lines[0], StringComparison.Ordinal);
        Assert.Contains(CliApp.IssueTracker, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_shows_the_stack_trace_of_an_internal_error()
    {
        using var error = new StringWriter();
        var exit = CliApp.Run(["check", "siret", "73282932000074", "--verbose"], new FailingWriter(), error);
        Assert.Equal(CliApp.ExitInternalError, exit);
        Assert.Contains("   at ", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A writer whose every write fails, as a closed pipe would.</summary>
    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("the pipe is closed");

        public override void Write(string? value) => throw new IOException("the pipe is closed");

        public override void WriteLine(string? value) => throw new IOException("the pipe is closed");
    }
}

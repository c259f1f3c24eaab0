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


namespace Inclusion.Sdk.Tests.Cli;

public class CliTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Check_valid_siret_prints_OK_and_the_normalised_value()
    {
        var (exit, output, _) = Run("check", "siret", "732 829 320 00074");
        Assert.Equal(0, exit);
        Assert.Equal("OK 73282932000074", output.Trim());
    }

    [Fact]
    public void Check_invalid_siret_prints_the_rule_code_and_exits_1()
    {
        var (exit, output, _) = Run("check", "siret", "73282932000079");
        Assert.Equal(1, exit);
        Assert.Contains("siret.checksum", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_postal_code_with_lost_leading_zero_suggests_the_fix_in_the_chosen_language()
    {
        var (exit, english, _) = Run("check", "postal", "1000");
        Assert.Equal(1, exit);
        Assert.Contains("postal-code.leading-zero", english, StringComparison.Ordinal);
        Assert.Contains("Suggestion: 01000", english, StringComparison.Ordinal);

        var (exitFr, french, _) = Run("check", "postal", "1000", "--lang", "fr");
        Assert.Equal(1, exitFr);
        Assert.Contains("Suggestion : 01000", french, StringComparison.Ordinal);
        Assert.NotEqual(english, french);
    }

    [Theory]
    [InlineData("siren", "732829320", "732829320")]
    [InlineData("rna", "W931012663", "W931012663")]
    [InlineData("commune", "2A004", "2A004")]
    [InlineData("postal", "01000", "01000")]
    [InlineData("departement", "971", "971")]
    [InlineData("region", "94", "94")]
    [InlineData("epci", "200054781", "200054781")]
    [InlineData("iris", "751010101", "751010101")]
    [InlineData("qpv", "QN07511M", "QN07511M")]
    [InlineData("ridet", "1234567-001", "1234567001")]
    public void Check_accepts_each_kind(string kind, string value, string normalised)
    {
        var (exit, output, _) = Run("check", kind, value);
        Assert.Equal(0, exit);
        Assert.StartsWith("OK " + normalised, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "unknown-kind", "1")]
    [InlineData("check", "siret")]
    [InlineData("frobnicate")]
    [InlineData("check", "siret", "1", "--lang", "de")]
    public void Usage_errors_exit_2_with_a_message_on_stderr(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("inclusion --help", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        var (helpExit, help, _) = Run("--help");
        Assert.Equal(0, helpExit);
        Assert.Contains("check", help, StringComparison.Ordinal);
        var (versionExit, version, _) = Run("--version");
        Assert.Equal(0, versionExit);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Trim());
    }
}

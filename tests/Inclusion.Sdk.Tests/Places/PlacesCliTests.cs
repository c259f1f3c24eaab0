using Inclusion.Sdk.Tests.Cli;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;

namespace Inclusion.Sdk.Tests.Places;

public class PlacesCliTests
{
    private static readonly string Valid = RepoFiles.RepoPath("docs/samples/lieux-valides.csv");
    private static readonly string Defective = RepoFiles.RepoPath("docs/samples/lieux-a-corriger.csv");

    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void The_valid_sample_exits_0()
    {
        var (exit, output, error) = Run("validate", Valid);
        Assert.Equal(0, exit);
        Assert.StartsWith("lieux-valides.csv: VALID — schema v1.0.2, 3 row(s)", output, StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Fact]
    public void The_defective_sample_exits_1_with_rules_grouped_and_examples()
    {
        var (exit, output, _) = Run("validate", Defective);
        Assert.Equal(1, exit);
        Assert.Contains("INVALID", output, StringComparison.Ordinal);
        Assert.Contains("warning places.telephone.national × 2", output, StringComparison.Ordinal);
        Assert.Contains("row 2, telephone:", output, StringComparison.Ordinal);
        Assert.Contains("→ suggestion: +331******80", output, StringComparison.Ordinal);
        Assert.DoesNotContain("+33180059880", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Emails_and_phones_are_masked_in_reports_unless_asked_for()
    {
        foreach (var format in (string[])["text", "csv", "json", "markdown"])
        {
            var (_, masked, _) = Run("validate", Defective, "--format", format);
            Assert.DoesNotContain("01 80 05 98 80", masked, StringComparison.Ordinal);
            Assert.DoesNotContain("+33180059880", masked, StringComparison.Ordinal);
            var (_, shown, _) = Run("validate", Defective, "--format", format, "--show-personal-data");
            Assert.Contains("+33180059880", shown, StringComparison.Ordinal);
        }

        var (_, csv, _) = Run("validate", Defective, "--format", "csv");
        Assert.Contains("2,telephone,places.telephone.national,warning,01 ** ** ** 80,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_reports_a_missing_file_or_a_folder_as_json_on_stdout()
    {
        foreach (var (path, lang, expected) in new[] { ("/nonexistent/lieux.csv", "en", "File not found"), (Path.GetTempPath(), "fr", "dossier") })
        {
            var (exit, output, error) = Run("validate", path, "--format", "json", "--lang", lang);
            Assert.Equal(2, exit);
            var report = InclusionJson.DeserializeValidationReport(output);
            var issue = Assert.Single(report.Issues);
            Assert.Equal("file.unreadable", issue.RuleCode);
            Assert.Contains(expected, issue.ToString(lang == "fr" ? MessageLanguage.French : MessageLanguage.English), StringComparison.Ordinal);
            Assert.Contains(expected, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Json_report_has_no_timestamp_unless_asked_and_is_reproducible()
    {
        var (_, first, _) = Run("validate", Defective, "--format", "json");
        var (_, second, _) = Run("validate", Defective, "--format", "json");
        Assert.Equal(first, second);
        Assert.DoesNotContain("generatedAt", first, StringComparison.Ordinal);
        var (_, stamped, _) = Run("validate", Defective, "--format", "json", "--timestamp");
        Assert.NotNull(InclusionJson.DeserializeValidationReport(stamped).GeneratedAt);
    }

    [Fact]
    public void A_dash_reads_the_places_from_standard_input()
    {
        var previous = Inclusion.Cli.CliInput.StandardInput;
        Inclusion.Cli.CliInput.StandardInput = () => File.OpenRead(Valid);
        try
        {
            var (exit, output, _) = Run("validate", "-");
            Assert.Equal(0, exit);
            Assert.StartsWith("stdin: VALID — schema v1.0.2, 3 row(s)", output, StringComparison.Ordinal);
        }
        finally
        {
            Inclusion.Cli.CliInput.StandardInput = previous;
        }
    }

    [Fact]
    public void Csv_output_has_the_frictionless_like_header_and_one_issue_per_line()
    {
        var (exit, output, _) = Run("validate", Defective, "--format", "csv");
        Assert.Equal(1, exit);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("row,column,rule,severity,value,message,suggestion", lines[0]);
        Assert.Contains("2,telephone,places.telephone.national,warning,01 ** ** ** 80,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_is_a_validation_report()
    {
        var (exit, output, error) = Run("validate", Defective, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Empty(error);
        var report = InclusionJson.DeserializeValidationReport(output);
        Assert.True(report.ErrorCount > 0);
        Assert.Contains(report.Counts, c => c.RuleCode == "places.id.duplicate" && c.Count == 1);
    }

    [Fact]
    public void Markdown_output_has_a_count_table_in_french()
    {
        var (_, output, _) = Run("validate", Defective, "--format", "markdown", "--lang", "fr");
        Assert.StartsWith("# Rapport de validation", output, StringComparison.Ordinal);
        Assert.Contains("| `places.id.duplicate` | erreur | 1 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_writes_the_normalised_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "places-fix-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var (exit, output, _) = Run("validate", Defective, "--fix", path);
            Assert.Equal(1, exit);
            Assert.Contains("Fixed file written to", output, StringComparison.Ordinal);
            Assert.Contains("+33180059880", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Missing_and_unreadable_files_exit_2()
    {
        Assert.Equal(2, Run("validate", "/nonexistent/file.csv").Exit);
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0, 0]);
            var (exit, output, _) = Run("validate", path);
            Assert.Equal(2, exit);
            Assert.Contains("file.binary", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }

        Assert.Equal(2, Run("validate", Valid, "--format", "xml").Exit);
    }

    [Fact]
    public void Communes_table_checks_the_insee_code_and_postal_code()
    {
        var communes = Path.GetTempFileName();
        try
        {
            File.WriteAllText(communes, "code_insee,nom,code_postal\n51454,Reims,51100\n97120,Pointe-à-Pitre,97110\n");
            var (exit, output, _) = Run("validate", Valid, "--communes", communes);
            Assert.Equal(0, exit);
            Assert.Contains("VALID", output, StringComparison.Ordinal);

            File.WriteAllText(communes, "code_insee,nom,code_postal\n51454,Reims,51090\n");
            var (exit2, output2, _) = Run("validate", Valid, "--communes", communes);
            Assert.Equal(0, exit2);
            Assert.Contains("places.code-insee.postal-mismatch", output2, StringComparison.Ordinal);
            Assert.Contains("places.code-insee.unknown", output2, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(communes);
        }
    }

    [Fact]
    public void Hours_prints_the_canonical_form_and_the_state_at_an_instant()
    {
        var (exit, output, _) = Run("hours", "Mo-Fr 09:00-12:00,14:00-18:00", "--at", "2024-05-02T10:00");
        Assert.Equal(0, exit);
        Assert.Contains("OK Mo-Fr 09:00-12:00,14:00-18:00", output, StringComparison.Ordinal);
        Assert.Contains("2024-05-02T10:00:00 Europe/Paris: open", output, StringComparison.Ordinal);
        Assert.Contains("next change: 2024-05-02T12:00:00", output, StringComparison.Ordinal);
        Assert.Contains("35h00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Hours_exit_codes()
    {
        Assert.Equal(1, Run("hours", "lundi 9-12").Exit);
        Assert.Equal(0, Run("hours", "Mo-Fr 09:00-12:00").Exit);
        var (exit, output, _) = Run("hours", "9h30 - 18h");
        Assert.Equal(3, exit);
        Assert.Contains("REPAIRED 09:30-18:00", output, StringComparison.Ordinal);
        var (weekExit, weekOutput, _) = Run("hours", "Lundi-Vendredi 9h00-17h00");
        Assert.Equal(3, weekExit);
        Assert.Contains("REPAIRED Mo-Fr 09:00-17:00", weekOutput, StringComparison.Ordinal);
        Assert.Equal(2, Run("hours", "24/7", "--at", "tomorrow").Exit);
        Assert.Contains("fermé", Run("hours", "Mo-Fr 09:00-12:00", "--at", "2024-05-04T10:00:00Z", "--lang", "fr").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_several_files_reports_each_and_exits_with_the_worst_code()
    {
        var (exit, output, _) = Run("validate", Valid, Defective);
        Assert.Equal(1, exit);
        Assert.Contains("lieux-valides.csv: VALID", output, StringComparison.Ordinal);
        Assert.Contains("lieux-a-corriger.csv: INVALID", output, StringComparison.Ordinal);
        Assert.True(output.IndexOf("lieux-valides.csv", StringComparison.Ordinal) < output.IndexOf("lieux-a-corriger.csv", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--format", "csv")]
    [InlineData("--fix", "out.csv")]
    public void Several_files_with_a_single_file_output_is_a_usage_error(string option, string value)
    {
        var (exit, _, error) = Run("validate", Valid, Defective, option, value);
        Assert.Equal(2, exit);
        Assert.Contains("one file at a time", error, StringComparison.Ordinal);
    }
}

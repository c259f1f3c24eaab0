using System.Text;
using System.Text.Json;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Tests.Cli;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Tests.Places;

/// <summary>
/// <c>inclusion validate</c> must never lose data (<c>--fix</c> over its input or over an existing file) and its machine
/// reports must be complete and safe to open in a spreadsheet.
/// </summary>
public sealed class PlacesCliSafetyTests : IDisposable
{
    private static readonly string Defective = RepoFiles.RepoPath("docs/samples/lieux-a-corriger.csv");

    private readonly string folder = Path.Combine(Path.GetTempPath(), "inclusion-cli-safety-" + Guid.NewGuid().ToString("N"));

    public PlacesCliSafetyTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    private string Copy(string source, string name)
    {
        var path = Path.Combine(folder, name);
        File.Copy(source, path);
        return path;
    }

    private string[] TempFiles() => Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories);

    [Fact]
    public void Fix_over_its_own_input_is_refused_and_the_input_is_unchanged()
    {
        var input = Copy(Defective, "lieux.csv");
        var before = File.ReadAllBytes(input);

        var (exit, _, error) = Run("validate", input, "--fix", input);

        Assert.Equal(2, exit);
        Assert.Contains("own input", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void Fix_over_its_own_input_through_another_path_is_refused_in_french()
    {
        var input = Copy(Defective, "lieux.csv");
        var before = File.ReadAllBytes(input);
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        var other = Path.Combine(folder, "sub", "..", ".", "lieux.csv");
        var (exit, _, error) = Run("validate", input, "--fix", other, "--force", "--lang", "fr");
        Assert.Equal(2, exit);
        Assert.Contains("propre entrée", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(input));

        if (!OperatingSystem.IsWindows())
        {
            var link = Path.Combine(folder, "lien.csv");
            File.CreateSymbolicLink(link, input);
            Assert.Equal(2, Run("validate", input, "--fix", link, "--force").Exit);
            Assert.Equal(2, Run("validate", link, "--fix", input, "--force").Exit);
            var linkedFolder = Path.Combine(folder, "dossier-lien");
            Directory.CreateSymbolicLink(linkedFolder, folder);
            Assert.Equal(2, Run("validate", input, "--fix", Path.Combine(linkedFolder, "lieux.csv"), "--force").Exit);
            Assert.Equal(before, File.ReadAllBytes(input));
            Assert.True(File.ResolveLinkTarget(link, false) is not null, "the symbolic link is left as it was");
        }

        Assert.Empty(TempFiles());
    }

    [Fact]
    public void Fix_over_an_existing_file_needs_force()
    {
        var target = Path.Combine(folder, "corrige.csv");
        File.WriteAllText(target, "précieux\n");

        var (exit, _, error) = Run("validate", Defective, "--fix", target);
        Assert.Equal(2, exit);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal("précieux\n", File.ReadAllText(target));

        var (exitForced, output, _) = Run("validate", Defective, "--fix", target, "--force");
        Assert.Equal(1, exitForced);
        Assert.Contains("Fixed file written to", output, StringComparison.Ordinal);
        var text = File.ReadAllText(target);
        Assert.StartsWith("id,pivot,nom,", text, StringComparison.Ordinal);
        Assert.Contains("+33180059880", text, StringComparison.Ordinal);
        Assert.Empty(TempFiles());
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("empty")]
    public void An_unreadable_input_leaves_an_existing_target_unchanged_and_no_temporary_file(string kind)
    {
        var input = Path.Combine(folder, "entree.csv");
        if (kind == "binary")
        {
            var bytes = new byte[4096];
            new Random(42).NextBytes(bytes);
            bytes[0] = 0x50;
            bytes[1] = 0x4B;
            bytes[2] = 0;
            File.WriteAllBytes(input, bytes);
        }
        else
        {
            File.WriteAllBytes(input, []);
        }

        var target = Path.Combine(folder, "corrige.csv");
        File.WriteAllText(target, "précieux\n");

        var (exit, output, _) = Run("validate", input, "--fix", target, "--force");

        Assert.Equal(2, exit);
        Assert.DoesNotContain("Fixed file written to", output, StringComparison.Ordinal);
        Assert.Equal("précieux\n", File.ReadAllText(target));
        Assert.Empty(TempFiles());

        var fresh = Path.Combine(folder, "nouveau.csv");
        Assert.Equal(2, Run("validate", input, "--fix", fresh).Exit);
        Assert.False(File.Exists(fresh), "no output for an unreadable input");
        Assert.Empty(TempFiles());
    }

    [Fact]
    public void A_normal_fix_leaves_no_temporary_file()
    {
        var target = Path.Combine(folder, "corrige.csv");
        var (exit, _, _) = Run("validate", Defective, "--fix", target);
        Assert.Equal(1, exit);
        Assert.True(File.Exists(target));
        Assert.Empty(TempFiles());
        Assert.Equal([target], Directory.GetFiles(folder));
    }

    /// <summary>The header and the cells of the first place of the repository's valid sample.</summary>
    private static (string[] Header, string[] Cells) SampleRow()
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(RepoFiles.RepoPath("docs/samples/lieux-valides.csv"));
        var header = reader.Header.ColNames.ToArray();
        foreach (var row in reader)
        {
            var cells = new string[row.ColCount];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = row[c].ToString();
            }

            return (header, cells);
        }

        throw new InvalidOperationException("empty sample");
    }

    /// <summary>A places file: the sample's first place once per change, each change applied to it (ids made unique).</summary>
    private string PlacesFile(string name, params Dictionary<string, string>[] changes)
    {
        var (header, cells) = SampleRow();
        var builder = new StringBuilder(string.Join(',', header)).Append('\n');
        for (var i = 0; i < changes.Length; i++)
        {
            var row = (string[])cells.Clone();
            row[Array.IndexOf(header, "id")] = "lieu-" + i;
            foreach (var (column, value) in changes[i])
            {
                row[Array.IndexOf(header, column)] = value;
            }

            builder.AppendJoin(',', row.Select(PlacesTestData.Quote)).Append('\n');
        }

        var path = Path.Combine(folder, name);
        File.WriteAllText(path, builder.ToString());
        return path;
    }

    /// <summary>3,000 rows whose pivot is not a SIRET: 3,000 issues of one rule, three times the stored cap.</summary>
    private string ManyBadPivots() =>
        PlacesFile("lieux-3000.csv", Enumerable.Range(0, 3000).Select(_ => new Dictionary<string, string> { ["pivot"] = "12345678901234" }).ToArray());

    [Fact]
    public void Csv_report_has_one_line_per_issue_beyond_the_stored_cap()
    {
        var path = ManyBadPivots();
        var expected = MediationPlaceFile.Load(path, new ReadOptions { MaxStoredIssuesPerRule = 1000 }).Report;
        Assert.Equal(3000, expected.CountOf("places.pivot.invalid"));
        Assert.True(expected.IsTruncated);

        var (exit, output, _) = Run("validate", path, "--format", "csv");

        Assert.Equal(1, exit);
        Assert.StartsWith("row,column,rule,severity,value,message,suggestion\r\n", output, StringComparison.Ordinal);
        var rules = new List<string>();
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromText(output))
        {
            foreach (var row in reader)
            {
                rules.Add(row["rule"].ToString());
            }
        }

        Assert.Equal(expected.ErrorCount + expected.WarningCount + expected.InfoCount, rules.Count);
        Assert.Equal(expected.CountOf("places.pivot.invalid"), rules.Count(r => r == "places.pivot.invalid"));
    }

    [Fact]
    public void Json_report_has_every_issue_and_the_counts()
    {
        var path = ManyBadPivots();
        var expected = MediationPlaceFile.Load(path, new ReadOptions { MaxStoredIssuesPerRule = 1000 }).Report;

        var (exit, output, error) = Run("validate", path, "--format", "json");

        Assert.Equal(1, exit);
        Assert.Empty(error);
        using var document = JsonDocument.Parse(output);
        var issues = document.RootElement.GetProperty("issues");
        Assert.Equal(expected.ErrorCount + expected.WarningCount + expected.InfoCount, issues.GetArrayLength());
        Assert.Equal(3000, issues.EnumerateArray().Count(i => i.GetProperty("ruleCode").GetString() == "places.pivot.invalid"));
        var report = InclusionJson.DeserializeValidationReport(output);
        Assert.Equal(expected.Counts, report.Counts);
        Assert.False(report.IsTruncated);
    }

    [Fact]
    public void Text_and_markdown_reports_say_how_many_issues_they_leave_out()
    {
        var path = ManyBadPivots();

        var (_, text, _) = Run("validate", path);
        Assert.Contains("error places.pivot.invalid × 3000", text, StringComparison.Ordinal);
        Assert.Contains("  … and 2,997 more (not shown)", text, StringComparison.Ordinal);

        var (_, texte, _) = Run("validate", path, "--lang", "fr");
        Assert.Contains("  … et 2\u00A0997 de plus (non affichées)", texte, StringComparison.Ordinal);

        var (_, markdown, _) = Run("validate", path, "--format", "markdown");
        Assert.Contains("… and 2,990 more (not shown)", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_report_cells_cannot_start_a_spreadsheet_formula_but_fixed_data_stays_faithful()
    {
        var path = PlacesFile(
            "formules.csv",
            new() { ["pivot"] = "=HYPERLINK(\"http://x\",\"y\")" },
            new() { ["telephone"] = "01 80 05 98 80" },
            new() { ["nom"] = "@SUM(A1)", ["longitude"] = "-4.0281" });
        var (_, output, _) = Run("validate", path, "--format", "csv", "--show-personal-data");

        var cells = new List<string>();
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromText(output))
        {
            foreach (var row in reader)
            {
                for (var c = 0; c < row.ColCount; c++)
                {
                    cells.Add(row[c].ToString());
                }
            }
        }

        Assert.Contains("'=HYPERLINK(\"http://x\",\"y\")", cells);
        Assert.Contains("'+33180059880", cells);
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '+' or '-' or '@' or '\t' or '\r');

        var fixedPath = Path.Combine(folder, "formules-corrige.csv");
        Run("validate", path, "--fix", fixedPath);
        var data = File.ReadAllText(fixedPath);
        Assert.Contains(",+33180059880,", data, StringComparison.Ordinal);
        Assert.Contains("=HYPERLINK(", data, StringComparison.Ordinal);
        Assert.DoesNotContain("'=HYPERLINK(", data, StringComparison.Ordinal);
        Assert.Contains(",@SUM(A1),", data, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_report_keeps_accents_and_plus_signs_readable()
    {
        var (_, output, _) = Run("validate", Defective, "--format", "json", "--lang", "fr", "--show-personal-data");
        Assert.Contains("\"suggestion\": \"+33180059880\"", output, StringComparison.Ordinal);
        Assert.Contains("é", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E9", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u002B", output, StringComparison.Ordinal);

        var report = MediationPlaceFile.Load(Defective, null, new PlacesValidationSettings { ShowPersonalData = true }).Report;
        var serialized = InclusionJson.Serialize(report);
        Assert.Contains("\"suggestion\":\"+33180059880\"", serialized, StringComparison.Ordinal);
        Assert.Contains("n'est pas", serialized, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00E9", serialized, StringComparison.Ordinal);
    }
}

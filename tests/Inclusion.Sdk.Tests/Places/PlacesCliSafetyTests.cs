using Inclusion.Sdk.Tests.Cli;

namespace Inclusion.Sdk.Tests.Places;

/// <summary>
/// <c>inclusion validate</c> must never lose data (<c>--fix</c> over its input or over an existing file) and its machine
/// reports must be complete and safe to open in a spreadsheet.
/// </summary>
public sealed class PlacesCliSafetyTests : IDisposable
{
    private static readonly string Defective = SharedData.RepoPath("docs/samples/lieux-a-corriger.csv");

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
}

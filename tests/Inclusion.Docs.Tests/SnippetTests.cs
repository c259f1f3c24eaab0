using Xunit.Abstractions;

namespace Inclusion.Docs.Tests;

/// <summary>
/// Every <c>```csharp</c> block of README.md and docs/*.md compiles as a fresh console program referencing
/// Inclusion.Sdk, and the runnable ones run from the repository root without throwing (convention in docs/contributing.md).
/// </summary>
public class SnippetTests(ITestOutputHelper output)
{
    private static readonly Lazy<string> Root = new(FindRoot);

    private static readonly Lazy<Dictionary<string, Snippet>> Snippets =
        new(() => Snippet.All(Root.Value).ToDictionary(s => s.Location, StringComparer.Ordinal));

    public static TheoryData<string> Locations()
    {
        var data = new TheoryData<string>();
        foreach (var location in Snippets.Value.Keys)
        {
            data.Add(location);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Locations))]
    public void Documented_csharp_block(string location)
    {
        var snippet = Snippets.Value[location];
        var outcome = snippet.Kind == SnippetKind.Fragment
            ? SnippetCompiler.CheckSyntax(snippet)
            : SnippetCompiler.CompileAndRun(snippet, run: snippet.Kind == SnippetKind.Runnable, Root.Value);
        foreach (var warning in outcome.Warnings)
        {
            output.WriteLine(warning);
        }

        if (outcome.Output.Length > 0)
        {
            output.WriteLine(outcome.Output);
        }

        Assert.True(outcome.Errors.Count == 0, $"{location} ({snippet.Kind}) does not compile:\n" + string.Join('\n', outcome.Errors));
        Assert.True(outcome.Exception is null, $"{location} compiles but throws when run from the repository root:\n{outcome.Exception}\n--- its output:\n{outcome.Output}");
    }

    [Fact]
    public void The_documentation_has_csharp_blocks_and_most_are_runnable()
    {
        var all = Snippets.Value.Values.ToList();
        Assert.Contains(all, s => s.File == "README.md");
        Assert.True(all.Count(s => s.Kind == SnippetKind.Runnable) > all.Count / 2, "most snippets should run, not only compile");
    }

    [Fact]
    public void A_snippet_that_forgets_its_using_does_not_compile()
    {
        var snippet = new Snippet("test.md", 1, SnippetKind.CompileOnly, string.Empty, "var s = Siret.Parse(\"73282932000074\");\n");
        var outcome = SnippetCompiler.CompileAndRun(snippet, run: false, Root.Value);
        Assert.Contains(outcome.Errors, e => e.Contains("CS0103", StringComparison.Ordinal) && e.StartsWith("test.md:2:9", StringComparison.Ordinal));

        var fixedSnippet = snippet with { Code = "using Inclusion.Sdk.Identifiers;\n" + snippet.Code };
        Assert.Empty(SnippetCompiler.CompileAndRun(fixedSnippet, run: false, Root.Value).Errors);
    }

    [Fact]
    public void A_bare_expression_does_not_compile()
    {
        var snippet = new Snippet("test.md", 1, SnippetKind.CompileOnly, string.Empty, "var text = \"a\";\ntext.Length;\n");
        Assert.Contains(SnippetCompiler.CompileAndRun(snippet, run: false, Root.Value).Errors, e => e.Contains("CS0201", StringComparison.Ordinal));
    }

    [Fact]
    public void A_runnable_snippet_that_throws_fails_and_its_output_is_kept()
    {
        var snippet = new Snippet("test.md", 1, SnippetKind.Runnable, string.Empty, "Console.WriteLine(\"before\");\nthrow new InvalidOperationException(\"boom\");\n");
        var outcome = SnippetCompiler.CompileAndRun(snippet, run: true, Root.Value);
        Assert.Empty(outcome.Errors);
        Assert.IsType<InvalidOperationException>(outcome.Exception);
        Assert.Equal("before" + Environment.NewLine, outcome.Output);
    }

    [Fact]
    public void Runnable_snippets_run_from_the_repository_root()
    {
        var snippet = new Snippet("test.md", 1, SnippetKind.Runnable, string.Empty, "Console.Write(File.Exists(\"Inclusion.sln\"));\n");
        Assert.Equal("True", SnippetCompiler.CompileAndRun(snippet, run: true, Root.Value).Output);
    }

    [Fact]
    public void Markers_are_read_from_the_line_before_the_fence()
    {
        string[] lines =
        [
            "<!-- snippet: compile-only -->", "```csharp", "a();", "```",
            "<!-- snippet: fragment: a signature listing -->", "```csharp", "void A();", "```",
            "```csharp", "b();", "```",
            "```bash", "ls", "```",
        ];
        var snippets = Snippet.Extract("x.md", lines).ToList();
        Assert.Equal([SnippetKind.CompileOnly, SnippetKind.Fragment, SnippetKind.Runnable], snippets.Select(s => s.Kind));
        Assert.Equal([2, 6, 9], snippets.Select(s => s.Line));
        Assert.Equal("a signature listing", snippets[1].Reason);
        Assert.Throws<FormatException>(() => Snippet.Extract("x.md", ["<!-- snippet: fragment -->", "```csharp", "x", "```"]).ToList());
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Inclusion.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Inclusion.sln not found above " + AppContext.BaseDirectory);
    }
}

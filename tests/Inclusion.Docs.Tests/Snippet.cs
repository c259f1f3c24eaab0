using System.Text;

namespace Inclusion.Docs.Tests;

/// <summary>How a documented C# block is checked (the marker on the line before its fence, see docs/contributing.md).</summary>
public enum SnippetKind
{
    /// <summary>No marker: a complete program, compiled and executed from the repository root.</summary>
    Runnable,

    /// <summary><c>&lt;!-- snippet: compile-only --&gt;</c>: a complete program that needs files or a network it does not have.</summary>
    CompileOnly,

    /// <summary><c>&lt;!-- snippet: fragment: why --&gt;</c>: deliberately not a program; only its syntax is checked.</summary>
    Fragment,
}

/// <summary>One fenced <c>```csharp</c> block of a Markdown file.</summary>
/// <param name="File">The Markdown file, relative to the repository root, with forward slashes.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Kind">How the block is checked.</param>
/// <param name="Reason">Why a fragment is not a program (empty for the other kinds).</param>
/// <param name="Code">The block's text.</param>
public sealed record Snippet(string File, int Line, SnippetKind Kind, string Reason, string Code)
{
    private const string MarkerStart = "<!-- snippet:";

    /// <summary>The name of the test case: <c>file:line</c>.</summary>
    public string Location => $"{File}:{Line}";

    /// <summary>The Markdown files whose C# blocks are checked: README.md, docs/*.md and docs/samples/**/*.md.</summary>
    public static IEnumerable<string> DocumentedFiles(string root)
    {
        yield return "README.md";
        foreach (var path in Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(root, path).Replace('\\', '/');
        }

        var samples = Path.Combine(root, "docs", "samples");
        if (Directory.Exists(samples))
        {
            foreach (var path in Directory.EnumerateFiles(samples, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                yield return Path.GetRelativePath(root, path).Replace('\\', '/');
            }
        }
    }

    /// <summary>Every C# block of every documented file.</summary>
    public static IEnumerable<Snippet> All(string root) =>
        DocumentedFiles(root).SelectMany(file => Extract(file, System.IO.File.ReadAllLines(Path.Combine(root, file))));

    /// <summary>The C# blocks of one Markdown text. A marker that is not understood throws, so a typo is not silently ignored.</summary>
    public static IEnumerable<Snippet> Extract(string file, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var fence = lines[i].TrimStart();
            if (!IsCSharpFence(fence))
            {
                continue;
            }

            var start = i;
            var code = new StringBuilder();
            for (i++; i < lines.Count && !lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal); i++)
            {
                code.Append(lines[i]).Append('\n');
            }

            var previous = start > 0 ? lines[start - 1].Trim() : string.Empty;
            var (kind, reason) = ParseMarker(previous, $"{file}:{start}");
            yield return new Snippet(file, start + 1, kind, reason, code.ToString());
        }
    }

    private static bool IsCSharpFence(string line)
    {
        if (!line.StartsWith("```", StringComparison.Ordinal))
        {
            return false;
        }

        var info = line[3..].Trim();
        return info is "csharp" or "cs" or "c#" or "C#";
    }

    private static (SnippetKind Kind, string Reason) ParseMarker(string line, string where)
    {
        if (!line.StartsWith(MarkerStart, StringComparison.Ordinal))
        {
            return (SnippetKind.Runnable, string.Empty);
        }

        if (!line.EndsWith("-->", StringComparison.Ordinal))
        {
            throw new FormatException($"{where}: a snippet marker must end with --> on the same line: {line}");
        }

        var body = line[MarkerStart.Length..^3].Trim();
        if (body == "compile-only")
        {
            return (SnippetKind.CompileOnly, string.Empty);
        }

        if (body.StartsWith("fragment:", StringComparison.Ordinal) && body["fragment:".Length..].Trim() is { Length: > 0 } reason)
        {
            return (SnippetKind.Fragment, reason);
        }

        throw new FormatException(
            $"{where}: unknown snippet marker '{line}' (expected <!-- snippet: compile-only --> or <!-- snippet: fragment: <why> -->)");
    }
}

using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Inclusion.Sdk.Tests.Architecture;

/// <summary>
/// The namespace dependency table of docs/architecture.md is the code's: the library's sources are compiled with Roslyn,
/// every name they use is bound, and the namespaces each namespace really uses must be exactly those the table lists,
/// with no cycle. Names in XML documentation are not dependencies and are not counted.
/// </summary>
public partial class NamespaceDependencyTests
{
    private const string Root = "Inclusion.Sdk";

    private static readonly Lazy<IReadOnlyDictionary<string, SortedSet<string>>> Actual = new(ComputeActual);

    [Fact]
    public void The_architecture_table_lists_exactly_the_dependencies_of_the_code()
    {
        var documented = ReadDocumentedTable();
        var actual = Actual.Value;
        var problems = new List<string>();
        foreach (var (ns, uses) in actual)
        {
            if (!documented.TryGetValue(ns, out var allowed))
            {
                problems.Add($"namespace {ns} is not in the table");
                continue;
            }

            problems.AddRange(uses.Except(allowed).Select(u => $"{ns} uses {u}, which the table does not allow"));
            problems.AddRange(allowed.Except(uses).Select(u => $"{ns} is documented as using {u}, which it does not"));
        }

        problems.AddRange(documented.Keys.Except(actual.Keys).Select(ns => $"the table lists {ns}, which has no code"));
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\n\nThe table as the code has it:\n" + Table(actual));
    }

    [Fact]
    public void Namespaces_have_no_dependency_cycle()
    {
        var actual = Actual.Value;
        var state = new Dictionary<string, int>();
        var path = new Stack<string>();
        foreach (var ns in actual.Keys)
        {
            Visit(ns);
        }

        void Visit(string ns)
        {
            if (state.GetValueOrDefault(ns) == 2)
            {
                return;
            }

            Assert.False(state.GetValueOrDefault(ns) == 1, "cycle: " + string.Join(" -> ", path.Reverse().SkipWhile(n => n != ns).Append(ns)));
            state[ns] = 1;
            path.Push(ns);
            foreach (var next in actual.GetValueOrDefault(ns) ?? [])
            {
                Visit(next);
            }

            path.Pop();
            state[ns] = 2;
        }
    }

    [Fact]
    public void The_boundary_is_the_only_place_with_file_csv_and_json_code()
    {
        var offenders = new List<string>();
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(SourceRoot, file).Replace('\\', '/');
            if (relative.StartsWith("Files/", StringComparison.Ordinal) || relative.StartsWith("Utility/Embedded", StringComparison.Ordinal)
                || relative.StartsWith("Presentation/", StringComparison.Ordinal) // the HTML output boundary: WriteHtml(TextWriter), the notebook formatter, SaveHtml
                || relative == "Territories/CogReferenceData.cs") // known remaining case: to move onto Utility/EmbeddedCsv
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (Match m in IoCode().Matches(text))
            {
                offenders.Add($"{relative}: {m.Value}");
            }
        }

        Assert.True(offenders.Count == 0, "I/O, CSV or JSON code outside Files/ and Presentation/:\n" + string.Join("\n", offenders));
    }

    private static string SourceRoot => RepoFiles.RepoPath("src/Inclusion.Sdk");

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(SourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>The area of a namespace: its first segment under Inclusion.Sdk, or Inclusion.Sdk itself.</summary>
    private static string? Area(INamespaceSymbol? ns)
    {
        var name = ns?.ToDisplayString();
        if (name is null || !(name == Root || name.StartsWith(Root + ".", StringComparison.Ordinal)))
        {
            return null;
        }

        return name == Root ? Root : Root + "." + name[(Root.Length + 1)..].Split('.')[0];
    }

    private static IReadOnlyDictionary<string, SortedSet<string>> ComputeActual()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.None);
        var trees = SourceFiles().Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, f)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(
            "global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic; global using System.Threading; global using System.Threading.Tasks; global using System.Net.Http;",
            parse));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")
                .Where(f => Path.GetFileName(f) is "NodaTime.dll" or "Sep.dll" or "FluentValidation.dll"))
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Inclusion.Sdk.DependencyCheck", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, allowUnsafe: true, nullableContextOptions: NullableContextOptions.Enable));

        var result = new Dictionary<string, SortedSet<string>>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            var root = tree.GetRoot();
            var declared = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault();
            if (declared is null)
            {
                continue;
            }

            var from = Area(model.GetDeclaredSymbol(declared) as INamespaceSymbol);
            if (from is null)
            {
                continue;
            }

            var uses = result.TryGetValue(from, out var set) ? set : result[from] = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var node in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var info = model.GetSymbolInfo(node);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                var ns = symbol switch
                {
                    null => null,
                    INamespaceSymbol n => n,
                    ITypeSymbol t => (t as IArrayTypeSymbol)?.ElementType.ContainingNamespace ?? t.ContainingNamespace,
                    _ => symbol.ContainingType?.ContainingNamespace ?? symbol.ContainingNamespace,
                };
                if (symbol is INamespaceSymbol && node.Parent is QualifiedNameSyntax or UsingDirectiveSyntax)
                {
                    continue; // a using directive or a namespace prefix is not a use; the type it leads to is.
                }

                if (Area(ns) is { } to && to != from)
                {
                    uses.Add(to);
                }
            }
        }

        return result;
    }

    /// <summary>Reads the table between <c>&lt;!-- dependency-table --&gt;</c> markers: | `namespace` | `a`, `b` |.</summary>
    private static Dictionary<string, SortedSet<string>> ReadDocumentedTable()
    {
        var text = File.ReadAllText(RepoFiles.RepoPath("docs/architecture.md"));
        var start = text.IndexOf("<!-- dependency-table -->", StringComparison.Ordinal);
        var end = text.IndexOf("<!-- /dependency-table -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/architecture.md has no <!-- dependency-table --> … <!-- /dependency-table --> section");
        var table = new Dictionary<string, SortedSet<string>>();
        foreach (var line in text[start..end].Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Split('|');
            var ns = cells[1].Trim().Trim('`');
            var uses = Code().Matches(cells[2]).Select(m => m.Groups[1].Value);
            table[ns] = new SortedSet<string>(uses, StringComparer.Ordinal);
        }

        return table;
    }

    private static string Table(IReadOnlyDictionary<string, SortedSet<string>> actual)
    {
        var builder = new StringBuilder();
        foreach (var (ns, uses) in actual.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append("| `").Append(ns).Append("` | ")
                .Append(uses.Count == 0 ? "—" : string.Join(", ", uses.Select(u => "`" + u + "`")))
                .AppendLine(" |");
        }

        return builder.ToString();
    }

    [GeneratedRegex("`([A-Za-z.]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\b(TextReader|TextWriter|StreamReader|StreamWriter|FileStream|Sep\.(Reader|Writer)|SepReader|SepWriter|Utf8JsonReader|Utf8JsonWriter|JsonSerializer\b|JsonDocument|File\.(Open|Read|Write|Create))\b")]
    private static partial Regex IoCode();
}

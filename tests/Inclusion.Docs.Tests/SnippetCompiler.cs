using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Inclusion.Docs.Tests;

/// <summary>The outcome of compiling (and perhaps running) one snippet.</summary>
/// <param name="Errors">The compiler's errors, located in the Markdown file; empty when it compiled.</param>
/// <param name="Warnings">The compiler's warnings (reported, not failures: a fresh console project does not fail on them).</param>
/// <param name="Output">What the program wrote to the console, when it ran.</param>
/// <param name="Exception">What the program threw, when it ran and failed.</param>
public sealed record SnippetOutcome(IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings, string Output, Exception? Exception);

/// <summary>
/// Compiles a snippet as the Program.cs of a fresh <c>dotnet new console</c> project that references Inclusion.Sdk:
/// top-level statements, nullable enabled, and only that template's implicit usings — a snippet that forgets
/// <c>using Inclusion.Sdk.X;</c> fails as it would for a reader.
/// </summary>
internal static class SnippetCompiler
{
    /// <summary>The implicit usings of a fresh console project (Microsoft.NET.Sdk, ImplicitUsings enabled).</summary>
    internal static readonly ImmutableArray<string> ImplicitUsings =
    [
        "System", "System.IO", "System.Collections.Generic", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks",
    ];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static readonly SyntaxTree GlobalUsings = CSharpSyntaxTree.ParseText(
        string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), ParseOptions, path: "GlobalUsings.g.cs");

    /// <summary>Only checks the syntax of a fragment (declarations or statements), with no semantic analysis.</summary>
    internal static SnippetOutcome CheckSyntax(Snippet snippet)
    {
        var tree = Parse(snippet, SourceCodeKind.Script);
        var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Format(d, snippet)).ToList();
        return new SnippetOutcome(errors, [], string.Empty, null);
    }

    /// <summary>Compiles the snippet; when it compiles and <paramref name="run"/> is set, runs it from <paramref name="workingDirectory"/>.</summary>
    internal static SnippetOutcome CompileAndRun(Snippet snippet, bool run, string workingDirectory)
    {
        var name = "Snippet_" + Guid.NewGuid().ToString("N");
        var compilation = CSharpCompilation.Create(
            name,
            [GlobalUsings, Parse(snippet, SourceCodeKind.Regular)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var diagnostics = emitted.Diagnostics.Where(d => !d.IsSuppressed).ToList();
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Format(d, snippet)).ToList();
        var warnings = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(d => Format(d, snippet)).ToList();
        if (!emitted.Success || errors.Count > 0 || !run)
        {
            return new SnippetOutcome(errors, warnings, string.Empty, null);
        }

        image.Position = 0;
        var (output, exception) = Run(name, image, workingDirectory);
        return new SnippetOutcome(errors, warnings, output, exception);
    }

    private static SyntaxTree Parse(Snippet snippet, SourceCodeKind kind) =>
        CSharpSyntaxTree.ParseText(snippet.Code, ParseOptions.WithKind(kind), path: snippet.File);

    /// <summary>A diagnostic located in the Markdown file (the block's first line follows its fence).</summary>
    private static string Format(Diagnostic diagnostic, Snippet snippet)
    {
        var span = diagnostic.Location.GetLineSpan();
        var where = span.IsValid && span.Path == snippet.File
            ? $"{snippet.File}:{snippet.Line + span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}"
            : snippet.Location;
        return $"{where}: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>Runs the program's entry point in a collectible load context, console captured, current directory set.</summary>
    private static (string Output, Exception? Exception) Run(string name, Stream image, string workingDirectory)
    {
        var context = new AssemblyLoadContext(name, isCollectible: true);
        var previousDirectory = Directory.GetCurrentDirectory();
        var previousOut = Console.Out;
        using var output = new StringWriter();
        try
        {
            var entryPoint = context.LoadFromStream(image).EntryPoint
                ?? throw new InvalidOperationException("the compiled snippet has no entry point");
            Directory.SetCurrentDirectory(workingDirectory);
            Console.SetOut(output);
            var arguments = entryPoint.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() };
            var result = entryPoint.Invoke(null, arguments);
            if (result is Task task)
            {
                task.GetAwaiter().GetResult();
            }

            return (output.ToString(), null);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            return (output.ToString(), e.InnerException);
        }
#pragma warning disable CA1031 // Any exception of the snippet is its failure, reported with its output.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (output.ToString(), e);
        }
        finally
        {
            Console.Out.Flush();
            Console.SetOut(previousOut);
            Directory.SetCurrentDirectory(previousDirectory);
            context.Unload();
        }
    }

    /// <summary>The running runtime's framework assemblies, plus Inclusion.Sdk and its dependencies NodaTime and Sep.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var framework = trusted.Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal));
        var library = new[] { "Inclusion.Sdk.dll", "NodaTime.dll", "Sep.dll" }.Select(file => Path.Combine(AppContext.BaseDirectory, file));
        return [.. framework.Concat(library).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}

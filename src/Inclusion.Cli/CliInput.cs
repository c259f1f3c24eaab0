using Inclusion.Sdk.Reporting;

namespace Inclusion.Cli;

/// <summary>Opens the input files of every command the same way: <c>-</c> is standard input, a folder or a missing
/// file is a usage error with a bilingual message, and each input is opened once.</summary>
internal static class CliInput
{
    /// <summary>Standard input, replaceable by tests.</summary>
    internal static Func<Stream> StandardInput { get; set; } = Console.OpenStandardInput;

    /// <summary>Opens <paramref name="path"/> for reading, or writes why it cannot be read and returns <see langword="null"/>
    /// (the command then exits with <see cref="CliApp.ExitUsage"/>).</summary>
    /// <param name="path">The path, or <c>-</c> for standard input.</param>
    /// <param name="language">The language of the message.</param>
    /// <param name="error">Where the message goes.</param>
    /// <param name="source">The name that locates issues: the file name, or <c>stdin</c>.</param>
    internal static Stream? Open(string? path, MessageLanguage language, TextWriter error, out string source) =>
        Open(path, language, error, out source, out _);

    /// <summary>Opens <paramref name="path"/> for reading, or writes why it cannot be read and returns <see langword="null"/>
    /// with the reason as a bilingual <c>file.unreadable</c> issue (for reports that must hold it, such as JSON ones).</summary>
    /// <param name="path">The path, or <c>-</c> for standard input.</param>
    /// <param name="language">The language of the message.</param>
    /// <param name="error">Where the message goes.</param>
    /// <param name="source">The name that locates issues: the file name, or <c>stdin</c>.</param>
    /// <param name="problem">Why the input cannot be read, or <see langword="null"/>.</param>
    internal static Stream? Open(string? path, MessageLanguage language, TextWriter error, out string source, out ValidationIssue? problem)
    {
        source = path is null or "-" ? "stdin" : Path.GetFileName(path);
        problem = null;
        Stream? stream = null;
        (string En, string Fr)? why = null;
        if (string.IsNullOrWhiteSpace(path))
        {
            why = ("No file given.", "Aucun fichier indiqué.");
        }
        else if (path == "-")
        {
            stream = StandardInput();
        }
        else if (Directory.Exists(path))
        {
            why = ($"{path}: is a directory, not a file.", $"{path} : c'est un dossier, pas un fichier.");
        }
        else if (!File.Exists(path))
        {
            why = ($"File not found: {path}", $"Fichier introuvable : {path}");
        }
        else
        {
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                why = ($"Cannot read {path}: {e.Message}", $"Lecture impossible de {path} : {e.Message}");
            }
        }

        if (why is { } message)
        {
            problem = new ValidationIssue("file.unreadable", Severity.Error, message.En, message.Fr, path, new IssueLocation(source));
            error.WriteLine(problem.GetMessage(language));
        }

        return stream;
    }
}

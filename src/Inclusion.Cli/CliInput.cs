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
    internal static Stream? Open(string? path, MessageLanguage language, TextWriter error, out string source)
    {
        var fr = language == MessageLanguage.French;
        source = path is null or "-" ? "stdin" : Path.GetFileName(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            error.WriteLine(fr ? "Aucun fichier indiqué." : "No file given.");
            return null;
        }

        if (path == "-")
        {
            return StandardInput();
        }

        if (Directory.Exists(path))
        {
            error.WriteLine(fr ? $"{path} : c'est un dossier, pas un fichier." : $"{path}: is a directory, not a file.");
            return null;
        }

        if (!File.Exists(path))
        {
            error.WriteLine(fr ? $"Fichier introuvable : {path}" : $"File not found: {path}");
            return null;
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(fr ? $"Lecture impossible de {path} : {e.Message}" : $"Cannot read {path}: {e.Message}");
            return null;
        }
    }
}

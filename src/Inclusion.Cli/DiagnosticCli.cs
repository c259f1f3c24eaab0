using System.CommandLine;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Cli;

/// <summary>Shared plumbing of the diagnostic commands (activities, index, offer): the format option, the input check,
/// the rendering switch and the issues.</summary>
internal static class DiagnosticCli
{
    internal static Option<string> FormatOption()
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (default), json or csv.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        return format;
    }

    /// <summary>True when <paramref name="path"/> names an existing file; else writes why (the caller exits 2).</summary>
    internal static bool Exists(string? path, TextWriter error)
    {
        if (!string.IsNullOrWhiteSpace(path) && File.Exists(path))
        {
            return true;
        }

        error.WriteLine($"File not found: {path}");
        return false;
    }

    /// <summary>Reads a file with an SDK reader; an I/O failure is written and gives null (the caller exits 2).</summary>
    internal static T? Read<T>(string path, Func<string, T> read, TextWriter error)
        where T : class
    {
        try
        {
            return read(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Cannot read {path}: {e.Message}");
            return null;
        }
    }

    /// <summary>Writes a result in the requested format with the SDK writers.</summary>
    internal static void Render<T>(T value, string? format, TextWriter output, Action<T, TextWriter> text, Action<T, TextWriter> csv, Action<T, TextWriter> json)
    {
        switch (format)
        {
            case "json": json(value, output); break;
            case "csv": csv(value, output); break;
            default: text(value, output); break;
        }
    }

    /// <summary>Writes the issues to the error stream and returns the exit code of the report.</summary>
    internal static int Finish(ValidationReport report, MessageLanguage language, TextWriter error)
    {
        foreach (var issue in report.Issues)
        {
            error.WriteLine(issue.ToString(language));
        }

        if (report.IsTruncated)
        {
            error.WriteLine(language == MessageLanguage.French
                ? $"… {report.ErrorCount} erreur(s), {report.WarningCount} avertissement(s) au total."
                : $"… {report.ErrorCount} error(s), {report.WarningCount} warning(s) in total.");
        }

        return report.IsValid ? CliApp.ExitOk : CliApp.ExitInvalid;
    }

    /// <summary>The report of a load result, merged into <paramref name="report"/> when given.</summary>
    internal static ValidationReport Merge<T>(LoadResult<T> loaded, ValidationReportBuilder report)
    {
        report.AddReport(loaded.Report);
        return report.Build();
    }
}

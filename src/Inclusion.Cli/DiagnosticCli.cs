using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Cli;

/// <summary>Shared plumbing of the diagnostic commands (activities, index, offer): file opening, formats, issues.</summary>
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

    /// <summary>Opens a file for reading, or writes the reason and returns null (exit 2).</summary>
    internal static StreamReader? Open(string? path, TextWriter error)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            error.WriteLine($"File not found: {path}");
            return null;
        }

        try
        {
            return new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Cannot read {path}: {e.Message}");
            return null;
        }
    }

    /// <summary>True when a data file is JSON: a <c>.json</c> extension, or a first non-blank character <c>[</c>.</summary>
    internal static bool IsJson(string path)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[4096];
            var n = reader.ReadBlock(buffer, 0, buffer.Length);
            return StartsLikeJson(buffer.AsSpan(0, n));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>True when the first non-blank character of <paramref name="text"/> is <c>[</c>.</summary>
    internal static bool StartsLikeJson(ReadOnlySpan<char> text) => text.TrimStart("\uFEFF \t\r\n").StartsWith("[");

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

    internal static Utf8JsonWriter JsonWriter(Stream stream) =>
        new(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    internal static void WriteJson(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = JsonWriter(stream))
        {
            write(json);
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    internal static void WriteNumberOrNull(this Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    internal static string Csv(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    internal static string Num(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    internal static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}

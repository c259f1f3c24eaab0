using Inclusion.Sdk.Files;
using System.Globalization;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Reporting;

/// <summary>
/// Renders a <see cref="ValidationReport"/> for people and tools: text grouped by rule with the first examples,
/// Markdown, and CSV with one issue per line (header <c>row,column,rule,severity,value,message,suggestion</c>).
/// JSON is <see cref="Files.InclusionJson.Write(ValidationReport, Stream, bool)"/>.
/// </summary>
public static class ValidationReportWriter
{
    /// <summary>The header of <see cref="WriteCsv"/>.</summary>
    public const string CsvHeader = "row,column,rule,severity,value,message,suggestion";

    /// <summary>Writes a plain-text report: one block per rule (errors first) with its count and its first examples, then the totals.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">Language of the messages.</param>
    /// <param name="examplesPerRule">How many issues to show per rule (at least 1).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="examplesPerRule"/> is less than 1.</exception>
    public static void WriteText(ValidationReport report, TextWriter writer, MessageLanguage language = MessageLanguage.English, int examplesPerRule = 3)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckArgumentRange(nameof(examplesPerRule), examplesPerRule, 1, int.MaxValue);
        var fr = language == MessageLanguage.French;
        foreach (var count in report.Counts)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{SeverityWord(count.Severity, fr)} {count.RuleCode} × {count.Count}"));
            foreach (var issue in Examples(report, count, examplesPerRule))
            {
                writer.Write("  ");
                writer.Write(Where(issue, fr));
                writer.Write(issue.GetMessage(language));
                if (issue.Suggestion is not null)
                {
                    writer.Write(fr ? " → suggestion : " : " → suggestion: ");
                    writer.Write(issue.Suggestion);
                }

                writer.WriteLine();
            }

            if (count.Count > examplesPerRule)
            {
                writer.WriteLine(fr ? FormattableString.Invariant($"  … et {count.Count - examplesPerRule} autre(s)") : FormattableString.Invariant($"  … and {count.Count - examplesPerRule} more"));
            }
        }

        writer.WriteLine(fr
            ? FormattableString.Invariant($"{report.ErrorCount} erreur(s), {report.WarningCount} avertissement(s), {report.InfoCount} information(s)")
            : FormattableString.Invariant($"{report.ErrorCount} error(s), {report.WarningCount} warning(s), {report.InfoCount} info"));
    }

    /// <summary>Writes a Markdown report: a table of counts per rule and severity, then a table of the first issues of each rule.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">Language of the messages.</param>
    /// <param name="examplesPerRule">How many issues to list per rule (at least 1).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="examplesPerRule"/> is less than 1.</exception>
    public static void WriteMarkdown(ValidationReport report, TextWriter writer, MessageLanguage language = MessageLanguage.English, int examplesPerRule = 10)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(writer);
        Preconditions.CheckArgumentRange(nameof(examplesPerRule), examplesPerRule, 1, int.MaxValue);
        var fr = language == MessageLanguage.French;
        writer.WriteLine(fr ? "# Rapport de validation" : "# Validation report");
        writer.WriteLine();
        if (report.Source is not null)
        {
            writer.WriteLine((fr ? "Fichier : `" : "File: `") + report.Source + "`");
            writer.WriteLine();
        }

        writer.WriteLine(fr
            ? FormattableString.Invariant($"**{report.ErrorCount}** erreur(s), **{report.WarningCount}** avertissement(s), **{report.InfoCount}** information(s).")
            : FormattableString.Invariant($"**{report.ErrorCount}** error(s), **{report.WarningCount}** warning(s), **{report.InfoCount}** info."));
        if (report.Counts.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(fr ? "| règle | gravité | nombre |" : "| rule | severity | count |");
        writer.WriteLine("|---|---|---:|");
        foreach (var count in report.Counts)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{count.RuleCode}` | {SeverityWord(count.Severity, fr)} | {count.Count} |"));
        }

        writer.WriteLine();
        writer.WriteLine(fr ? "| ligne | colonne | règle | valeur | message | suggestion |" : "| row | column | rule | value | message | suggestion |");
        writer.WriteLine("|---:|---|---|---|---|---|");
        foreach (var count in report.Counts)
        {
            foreach (var issue in Examples(report, count, examplesPerRule))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {issue.Location.Row} | {Md(Column(issue))} | `{issue.RuleCode}` | {Md(issue.Value)} | {Md(issue.GetMessage(language))} | {Md(issue.Suggestion)} |"));
            }
        }
    }

    /// <summary>
    /// Writes every stored issue as CSV (RFC 4180, comma, CRLF) under <see cref="CsvHeader"/>: <c>row</c> counts the
    /// header of the validated file as row 1 (as frictionless does); <c>column</c> is the field name, else the column number.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">Language of the messages.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(ValidationReport report, TextWriter writer, MessageLanguage language = MessageLanguage.English)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(writer);
        writer.Write(CsvHeader);
        writer.Write("\r\n");
        foreach (var issue in report.Issues)
        {
            Cell(writer, issue.Location.Row?.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            Cell(writer, Column(issue));
            writer.Write(',');
            Cell(writer, issue.RuleCode);
            writer.Write(',');
            Cell(writer, SeverityWord(issue.Severity, false));
            writer.Write(',');
            Cell(writer, issue.Value);
            writer.Write(',');
            Cell(writer, issue.GetMessage(language));
            writer.Write(',');
            Cell(writer, issue.Suggestion);
            writer.Write("\r\n");
        }
    }

    private static IEnumerable<ValidationIssue> Examples(ValidationReport report, RuleCount count, int max) =>
        report.Issues.Where(i => i.RuleCode == count.RuleCode && i.Severity == count.Severity).Take(max);

    private static string SeverityWord(Severity severity, bool fr) => severity switch
    {
        Severity.Error => fr ? "erreur" : "error",
        Severity.Warning => fr ? "avertissement" : "warning",
        _ => "info",
    };

    private static string? Column(ValidationIssue issue) =>
        issue.Location.Field ?? issue.Location.Column?.ToString(CultureInfo.InvariantCulture);

    private static string Where(ValidationIssue issue, bool fr)
    {
        var location = issue.Location;
        if (location.Row is null && location.Field is null)
        {
            return string.Empty;
        }

        var text = location.Row is { } row ? string.Create(CultureInfo.InvariantCulture, $"{(fr ? "ligne" : "row")} {row}") : string.Empty;
        if (location.Field is not null)
        {
            text += (text.Length > 0 ? ", " : string.Empty) + location.Field;
        }

        return text + ": ";
    }

    private static string Md(string? text) =>
        text is null ? string.Empty : text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Cell(TextWriter writer, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}

using Inclusion.Sdk.Reporting;
using System.Globalization;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Renders a <see cref="ValidationReport"/> for people and tools: text grouped by rule with the first examples,
/// Markdown, and CSV with one issue per line (header <c>row,column,rule,severity,value,message,suggestion</c>).
/// JSON is <see cref="Files.InclusionJson.Write(ValidationReport, Stream, bool)"/>.
/// </summary>
public static class ValidationReportWriter
{
    /// <summary>The header of <see cref="WriteCsv"/>.</summary>
    public const string CsvHeader = "row,column,rule,severity,value,message,suggestion";

    /// <summary>Digit groups of French text: a no-break space every three digits.</summary>
    private static readonly NumberFormatInfo FrenchDigits = NumberFormatInfo.ReadOnly(new NumberFormatInfo { NumberGroupSeparator = "\u00A0" });

    /// <summary>
    /// Writes a plain-text report: one block per rule (errors first) with its count, its first examples and how many
    /// issues were not shown ("… and 12,345 more (not shown)"), then the totals.
    /// </summary>
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
            var shown = 0;
            foreach (var issue in Examples(report, count, examplesPerRule))
            {
                shown++;
                writer.Write("  ");
                writer.Write(Where(issue, report.Source, fr));
                writer.Write(issue.GetMessage(language));
                if (issue.Suggestion is not null)
                {
                    writer.Write(fr ? " → suggestion : " : " → suggestion: ");
                    writer.Write(issue.Suggestion);
                }

                writer.WriteLine();
            }

            if (count.Count > shown)
            {
                writer.Write("  ");
                writer.WriteLine(NotShown(count.Count - shown, fr));
            }
        }

        writer.WriteLine(fr
            ? FormattableString.Invariant($"{report.ErrorCount} erreur(s), {report.WarningCount} avertissement(s), {report.InfoCount} information(s)")
            : FormattableString.Invariant($"{report.ErrorCount} error(s), {report.WarningCount} warning(s), {report.InfoCount} info"));
    }

    /// <summary>
    /// Writes a Markdown report in the layout of <see cref="MarkdownReportWriter"/>: a table of the first issues of each
    /// rule, a line per rule saying how many issues were not shown, the totals and a table of counts per rule and severity.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">Language of the messages.</param>
    /// <param name="examplesPerRule">How many issues to list per rule (at least 1).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="examplesPerRule"/> is less than 1.</exception>
    public static void WriteMarkdown(ValidationReport report, TextWriter writer, MessageLanguage language = MessageLanguage.English, int examplesPerRule = 10)
    {
        Preconditions.CheckNotNull(report);
        var markdown = new MarkdownReportWriter(writer, report.Source, language, examplesPerRule);
        foreach (var issue in report.Issues)
        {
            markdown.Add(issue);
        }

        markdown.CompleteWith(report.Counts);
    }

    /// <summary>
    /// Writes every stored issue as CSV (RFC 4180, comma, CRLF) under <see cref="CsvHeader"/>: <c>row</c> counts the
    /// header of the validated file as row 1 (as frictionless does); <c>column</c> is the field name, else the column number.
    /// A report built with a cap holds only its stored issues: to write every issue of a large file, pass a
    /// <see cref="CsvIssueWriter"/> as the issue sink of the validation instead.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">Language of the messages.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(ValidationReport report, TextWriter writer, MessageLanguage language = MessageLanguage.English)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(writer);
        using var csv = new CsvIssueWriter(writer, language);
        foreach (var issue in report.Issues)
        {
            csv.Add(issue);
        }
    }

    private static IEnumerable<ValidationIssue> Examples(ValidationReport report, RuleCount count, int max) =>
        report.Issues.Where(i => i.RuleCode == count.RuleCode && i.Severity == count.Severity).Take(max);

    /// <summary>"… and 12,345 more (not shown)" / "… et 12 345 de plus (non affichées)".</summary>
    internal static string NotShown(long count, bool fr) => fr
        ? "… et " + count.ToString("#,0", FrenchDigits) + " de plus (non affichées)"
        : "… and " + count.ToString("#,0", CultureInfo.InvariantCulture) + " more (not shown)";

    internal static string SeverityWord(Severity severity, bool fr) => severity switch
    {
        Severity.Error => fr ? "erreur" : "error",
        Severity.Warning => fr ? "avertissement" : "warning",
        _ => "info",
    };

    /// <summary>Where an issue is: its source when the report gathers several (it differs from the report's), row, field.</summary>
    private static string Where(ValidationIssue issue, string? reportSource, bool fr)
    {
        var location = issue.Location;
        var source = location.Source is { } s && s != reportSource ? s : null;
        if (location.Row is null && location.Field is null)
        {
            return source is null ? string.Empty : source + ": ";
        }

        var parts = new List<string>(3);
        if (source is not null)
        {
            parts.Add(source);
        }

        if (location.Row is { } row)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{(fr ? "ligne" : "row")} {row}"));
        }

        if (location.Field is not null)
        {
            parts.Add(location.Field);
        }

        return string.Join(", ", parts) + ": ";
    }
}

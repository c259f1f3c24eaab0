using System.Globalization;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Writes a validation report as Markdown while it is built: a title, the file, then a table of the issues as they are
/// found (the first <c>examplesPerRule</c> of each rule and severity; every later one is counted, not kept), and, once
/// <see cref="Complete"/> is called, a line per rule saying how many were not shown, the totals and a table of counts.
/// Memory holds the counts per rule only, whatever the number of issues.
/// </summary>
/// <remarks>
/// <para>Cells are escaped for Markdown tables (<c>|</c> as <c>\|</c>, line breaks as spaces).
/// <see cref="ValidationReportWriter.WriteMarkdown"/> writes a report already built in the same layout.</para>
/// <para>This type is mutable and not thread-safe. The target writer is flushed by <see cref="Complete"/>, never closed.</para>
/// </remarks>
public sealed class MarkdownReportWriter : IIssueSink
{
    private readonly TextWriter writer;
    private readonly MessageLanguage language;
    private readonly int examplesPerRule;
    private readonly Dictionary<(string Rule, Severity Severity), (long Count, int Shown)> counts = [];
    private bool tableStarted;
    private bool completed;

    /// <summary>Creates a writer and writes the title (and the file, when given).</summary>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="source">The validated file, if any.</param>
    /// <param name="language">Language of the headings and messages.</param>
    /// <param name="examplesPerRule">How many issues of each rule and severity to list (at least 1).</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="examplesPerRule"/> is less than 1.</exception>
    public MarkdownReportWriter(TextWriter writer, string? source, MessageLanguage language = MessageLanguage.English, int examplesPerRule = 10)
    {
        this.writer = Preconditions.CheckNotNull(writer);
        Preconditions.CheckArgumentRange(nameof(examplesPerRule), examplesPerRule, 1, int.MaxValue);
        this.language = language;
        this.examplesPerRule = examplesPerRule;
        writer.WriteLine(French ? "# Rapport de validation" : "# Validation report");
        writer.WriteLine();
        if (source is not null)
        {
            writer.WriteLine((French ? "Fichier : `" : "File: `") + source + "`");
            writer.WriteLine();
        }
    }

    /// <summary>The number of issues added so far.</summary>
    public long Count { get; private set; }

    private bool French => language == MessageLanguage.French;

    /// <summary>Counts an issue and lists it when fewer than <c>examplesPerRule</c> of its rule and severity were.</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The report was completed.</exception>
    public void Add(ValidationIssue issue)
    {
        Preconditions.CheckNotNull(issue);
        if (completed)
        {
            throw new InvalidOperationException("The Markdown report is complete; no issue can be added.");
        }

        var key = (issue.RuleCode, issue.Severity);
        var (count, shown) = counts.GetValueOrDefault(key);
        if (shown < examplesPerRule)
        {
            WriteIssue(issue);
            shown++;
        }

        counts[key] = (count + 1, shown);
        Count++;
    }

    /// <summary>Ends the report with the issues not shown, the totals and the counts per rule, and flushes the writer.
    /// Calling it again does nothing.</summary>
    public void Complete() =>
        CompleteWith(counts.Select(c => new RuleCount(c.Key.Rule, c.Key.Severity, c.Value.Count)).ToList());

    /// <summary>Ends the report with <paramref name="totals"/> as the counts (those of a report built with a cap, which
    /// holds fewer issues than it counted).</summary>
    internal void CompleteWith(IReadOnlyCollection<RuleCount> totals)
    {
        if (completed)
        {
            return;
        }

        completed = true;
        var ordered = totals.OrderByDescending(c => c.Severity).ThenBy(c => c.RuleCode, StringComparer.Ordinal).ToList();
        foreach (var total in ordered)
        {
            var shown = counts.GetValueOrDefault((total.RuleCode, total.Severity)).Shown;
            if (total.Count > shown)
            {
                StartTable();
                writer.WriteLine($"|  |  | `{total.RuleCode}` |  | {ValidationReportWriter.NotShown(total.Count - shown, French)} |  |");
            }
        }

        if (tableStarted)
        {
            writer.WriteLine();
        }

        long Sum(Severity severity) => ordered.Where(c => c.Severity == severity).Sum(c => c.Count);
        writer.WriteLine(French
            ? FormattableString.Invariant($"**{Sum(Severity.Error)}** erreur(s), **{Sum(Severity.Warning)}** avertissement(s), **{Sum(Severity.Info)}** information(s).")
            : FormattableString.Invariant($"**{Sum(Severity.Error)}** error(s), **{Sum(Severity.Warning)}** warning(s), **{Sum(Severity.Info)}** info."));
        if (ordered.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine(French ? "| règle | gravité | nombre |" : "| rule | severity | count |");
            writer.WriteLine("|---|---|---:|");
            foreach (var total in ordered)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{total.RuleCode}` | {ValidationReportWriter.SeverityWord(total.Severity, French)} | {total.Count} |"));
            }
        }

        writer.Flush();
    }

    private void StartTable()
    {
        if (tableStarted)
        {
            return;
        }

        tableStarted = true;
        writer.WriteLine(French ? "| ligne | colonne | règle | valeur | message | suggestion |" : "| row | column | rule | value | message | suggestion |");
        writer.WriteLine("|---:|---|---|---|---|---|");
    }

    private void WriteIssue(ValidationIssue issue)
    {
        StartTable();
        var column = issue.Location.Field ?? issue.Location.Column?.ToString(CultureInfo.InvariantCulture);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {issue.Location.Row} | {Cell(column)} | `{issue.RuleCode}` | {Cell(issue.Value)} | {Cell(issue.GetMessage(language))} | {Cell(issue.Suggestion)} |"));
    }

    private static string Cell(string? text) =>
        text is null ? string.Empty : text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}

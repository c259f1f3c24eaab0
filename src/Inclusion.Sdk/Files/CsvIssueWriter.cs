using Inclusion.Sdk.Reporting;
using System.Globalization;
using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Writes issues as CSV as they arrive, one line per issue, without keeping them: RFC 4180 (comma, CRLF, a cell with a
/// comma, a quote or a line break quoted), under the header <see cref="ValidationReportWriter.CsvHeader"/>
/// (<c>row,column,rule,severity,value,message,suggestion</c>).
/// </summary>
/// <remarks>
/// <para><c>row</c> counts the header of the validated file as row 1 (as frictionless does); <c>column</c> is the field
/// name, else the column number; <c>severity</c> is <c>error</c>, <c>warning</c> or <c>info</c>.</para>
/// <para>Reports are opened in spreadsheets: a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return is prefixed with a single quote <c>'</c> (OWASP's rule against CSV injection), so that
/// <c>+33180059880</c> is written <c>'+33180059880</c> and <c>=HYPERLINK(…)</c> is shown, never run.</para>
/// <para>This type is mutable and not thread-safe. Dispose it (or call <see cref="Flush"/>) to write the last lines;
/// the target writer is flushed, never closed.</para>
/// </remarks>
public sealed class CsvIssueWriter : IIssueSink, IDisposable
{
    private static readonly string[] Columns = ValidationReportWriter.CsvHeader.Split(',');

    private readonly SepWriter csv;
    private readonly MessageLanguage language;

    /// <summary>Creates a writer and writes the header line.</summary>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="language">Language of the messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is <see langword="null"/>.</exception>
    public CsvIssueWriter(TextWriter writer, MessageLanguage language = MessageLanguage.English)
    {
        Preconditions.CheckNotNull(writer);
        this.language = language;
        csv = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(new CrlfTextWriter(writer), leaveOpen: true);
        csv.Header.Add(Columns);
        csv.Header.Write();
    }

    /// <summary>The number of issues written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Writes one issue as one CSV line.</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    /// <exception cref="ObjectDisposedException">The writer was disposed.</exception>
    public void Add(ValidationIssue issue)
    {
        Preconditions.CheckNotNull(issue);
        using (var row = csv.NewRow())
        {
            row["row"].Set(issue.Location.Row?.ToString(CultureInfo.InvariantCulture));
            row["column"].Set(Neutralised(issue.Location.Field ?? issue.Location.Column?.ToString(CultureInfo.InvariantCulture)));
            row["rule"].Set(Neutralised(issue.RuleCode));
            row["severity"].Set(ValidationReportWriter.SeverityWord(issue.Severity, false));
            row["value"].Set(Neutralised(issue.Value));
            row["message"].Set(Neutralised(issue.GetMessage(language)));
            row["suggestion"].Set(Neutralised(issue.Suggestion));
        }

        Count++;
    }

    /// <summary>
    /// Prefixes with a single quote a cell that a spreadsheet would read as a formula (it starts with <c>=</c>,
    /// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return: the OWASP rule against CSV injection).
    /// </summary>
    internal static string? Neutralised(string? cell) =>
        string.IsNullOrEmpty(cell) || cell[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') ? cell : "'" + cell;

    /// <summary>Writes the pending lines to the target writer and flushes it.</summary>
    public void Flush() => csv.Flush();

    /// <summary>Writes the pending lines and flushes the target writer (which stays open).</summary>
    public void Dispose() => csv.Dispose();
}

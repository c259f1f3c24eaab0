using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Files;

/// <summary>
/// What validating or fixing a places file found, in figures: the schema, the rows read, how many had errors, whether
/// the input was readable. The issues themselves went to the caller's <see cref="Reporting.IIssueSink"/>; this summary
/// holds none of them, so that its size does not grow with the file.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class PlacesFileSummary : Reporting.IHtmlRenderable
{
    internal PlacesFileSummary(PlacesSchemaVersion? schema, long rowCount, long rowsWithErrors, bool readable, long changeCount, long errorCount, long warningCount)
    {
        Schema = schema;
        RowCount = rowCount;
        RowsWithErrors = rowsWithErrors;
        IsReadable = readable;
        ChangeCount = changeCount;
        ErrorCount = errorCount;
        WarningCount = warningCount;
    }

    /// <summary>Schema version the file was validated against, or <see langword="null"/> when the file could not be read.</summary>
    public PlacesSchemaVersion? Schema { get; }

    /// <summary>Number of data rows read (the header excluded).</summary>
    public long RowCount { get; }

    /// <summary>Number of data rows with at least one error.</summary>
    public long RowsWithErrors { get; }

    /// <summary>Whether the input could be read as a table (false for binary, empty or malformed files: exit code 2 in the CLI).</summary>
    public bool IsReadable { get; }

    /// <summary>Number of values changed by fix mode (0 when only validating).</summary>
    public long ChangeCount { get; }

    /// <summary>Number of issues with severity error given to the sink (file-level ones included).</summary>
    public long ErrorCount { get; }

    /// <summary>Number of issues with severity warning given to the sink.</summary>
    public long WarningCount { get; }

    /// <summary>Whether the file could be read and has no error (warnings allowed).</summary>
    public bool IsValid => IsReadable && ErrorCount == 0;

    /// <summary>The one-line verdict of a validation, as the <c>inclusion validate</c> text report starts.</summary>
    /// <param name="source">The name of the file, or <see langword="null"/>.</param>
    /// <param name="language">The language of the line.</param>
    /// <returns>For example <c>lieux.csv: INVALID — schema v1.0.2, 12 row(s), 3 with errors</c>.</returns>
    public string Describe(string? source, MessageLanguage language = MessageLanguage.English)
    {
        var fr = language == MessageLanguage.French;
        var schema = Schema switch { PlacesSchemaVersion.V0 => "v0.1.1", PlacesSchemaVersion.V1 => "v1.0.2", _ => "?" };
        var verdict = !IsReadable ? (fr ? "ILLISIBLE" : "UNREADABLE") : ErrorCount > 0 ? (fr ? "INVALIDE" : "INVALID") : (fr ? "VALIDE" : "VALID");
        var name = source ?? (fr ? "entrée" : "input");
        return fr
            ? FormattableString.Invariant($"{name} : {verdict} — schéma {schema}, {RowCount} ligne(s), dont {RowsWithErrors} avec erreur(s)")
            : FormattableString.Invariant($"{name}: {verdict} — schema {schema}, {RowCount} row(s), {RowsWithErrors} with errors");
    }

    /// <summary>Formats the summary: readability, schema, rows and errors.</summary>
    /// <returns>For example <c>v1.0.2, 12 row(s), 3 with errors, 5 error(s), 2 warning(s)</c>.</returns>
    public override string ToString() => !IsReadable
        ? FormattableString.Invariant($"unreadable, {ErrorCount} error(s)")
        : FormattableString.Invariant($"{(Schema == PlacesSchemaVersion.V0 ? "v0.1.1" : "v1.0.2")}, {RowCount} row(s), {RowsWithErrors} with errors, {ErrorCount} error(s), {WarningCount} warning(s)");
}

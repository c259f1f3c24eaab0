using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Places;

/// <summary>Outcome of reading, validating or fixing a places file.</summary>
public sealed class PlacesValidationResult
{
    internal PlacesValidationResult(ValidationReport report, PlacesSchemaVersion? schema, long rowCount, long rowsWithErrors, bool readable, long changeCount)
    {
        Report = report;
        Schema = schema;
        RowCount = rowCount;
        RowsWithErrors = rowsWithErrors;
        IsReadable = readable;
        ChangeCount = changeCount;
    }

    /// <summary>Every issue, located (row counting the header as row 1, column, field), with counts per rule and severity.</summary>
    public ValidationReport Report { get; }

    /// <summary>Schema version the file was validated against, or <see langword="null"/> when the file could not be read.</summary>
    public PlacesSchemaVersion? Schema { get; }

    /// <summary>Number of data rows read (the header excluded).</summary>
    public long RowCount { get; }

    /// <summary>Number of data rows with at least one error.</summary>
    public long RowsWithErrors { get; }

    /// <summary>Whether the input could be read as a table (false for binary, empty or undecodable files: exit code 2 in the CLI).</summary>
    public bool IsReadable { get; }

    /// <summary>Number of values changed by fix mode (0 when only validating).</summary>
    public long ChangeCount { get; }

    /// <summary>Whether the file has no error (warnings allowed) and could be read.</summary>
    public bool IsValid => IsReadable && Report.IsValid;
}

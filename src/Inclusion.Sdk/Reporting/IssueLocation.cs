using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Reporting;

/// <summary>
/// Where a <see cref="ValidationIssue"/> was found: a source (file name or logical name), a row, a column and a field.
/// </summary>
/// <remarks>
/// <para>Every part is optional. Rows are 1-based record numbers in which a CSV header counts as row 1, as in frictionless
/// reports; for JSON Lines the row is the line number. Columns are 1-based positions; <see cref="Field"/> is the column
/// name or a JSON path.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class IssueLocation : IEquatable<IssueLocation>
{
    /// <summary>A location that says nothing (an issue about a lone value).</summary>
    public static IssueLocation None { get; } = new(null, null, null, null);

    /// <summary>Creates a location.</summary>
    /// <param name="source">The file name or logical source, or <see langword="null"/>.</param>
    /// <param name="row">The 1-based row or line number, or <see langword="null"/>.</param>
    /// <param name="column">The 1-based column number, or <see langword="null"/>.</param>
    /// <param name="field">The column name or JSON path, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> or <paramref name="column"/> is less than 1.</exception>
    public IssueLocation(string? source = null, long? row = null, int? column = null, string? field = null)
    {
        if (row is { } r)
        {
            Preconditions.CheckArgumentRange(nameof(row), r, 1, long.MaxValue);
        }

        if (column is { } c)
        {
            Preconditions.CheckArgumentRange(nameof(column), c, 1, int.MaxValue);
        }

        Source = string.IsNullOrEmpty(source) ? null : source;
        Row = row;
        Column = column;
        Field = string.IsNullOrEmpty(field) ? null : field;
    }

    /// <summary>The file name or logical source, if known.</summary>
    public string? Source { get; }

    /// <summary>The 1-based row (CSV record number with the header as row 1) or line number, if known.</summary>
    public long? Row { get; }

    /// <summary>The 1-based column number, if known.</summary>
    public int? Column { get; }

    /// <summary>The column name or JSON path, if known.</summary>
    public string? Field { get; }

    /// <summary>True when no part of the location is known.</summary>
    [JsonIgnore]
    public bool IsNone => Source is null && Row is null && Column is null && Field is null;

    /// <summary>Returns a copy of this location with another source.</summary>
    /// <param name="source">The new source.</param>
    /// <returns>A new location.</returns>
    public IssueLocation WithSource(string? source) => new(source, Row, Column, Field);

    /// <summary>Formats the location as <c>source:row:column (field)</c>, omitting unknown parts.</summary>
    /// <returns>The formatted location, or an empty string for <see cref="None"/>.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder();
        if (Source is not null)
        {
            builder.Append(Source);
        }

        if (Row is { } row)
        {
            if (builder.Length > 0)
            {
                builder.Append(':');
            }

            builder.Append(row.ToString(CultureInfo.InvariantCulture));
            if (Column is { } column)
            {
                builder.Append(':').Append(column.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (Field is not null)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append('(').Append(Field).Append(')');
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(IssueLocation? other) =>
        other is not null && Source == other.Source && Row == other.Row && Column == other.Column && Field == other.Field;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IssueLocation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Row, Column, Field);
}

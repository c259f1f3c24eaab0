using nietras.SeparatedValues;

namespace Inclusion.Sdk.Utility;

/// <summary>
/// The tiny parse of the comma-separated reference tables embedded under <c>Resources/</c> (UTF-8, a header, quoted
/// cells allowed), with no domain knowledge: domain types build their reference data from these rows without touching a
/// stream. User files are read by the readers of <c>Inclusion.Sdk.Files</c>, never by this class.
/// </summary>
internal sealed class EmbeddedCsv
{
    private readonly string[] columns;

    private EmbeddedCsv(string[] columns, IReadOnlyList<string[]> rows)
    {
        this.columns = columns;
        Rows = rows;
    }

    /// <summary>The data rows, cells in header order (trimmed).</summary>
    internal IReadOnlyList<string[]> Rows { get; }

    /// <summary>Reads an embedded table by its path under <c>Resources/</c>, for example <c>skills/crcn.csv</c>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a packaging error).</exception>
    internal static EmbeddedCsv Read(string relativePath)
    {
        using var stream = EmbeddedData.Open(relativePath);
        using var text = new StreamReader(stream);
        using var reader = Sep.Reader(o => o with { Sep = new Sep(','), Unescape = true }).From(text);
        var names = reader.Header.ColNames.Select(n => n.Trim()).ToArray();
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            var cells = new string[names.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = i < row.ColCount ? row[i].Span.Trim().ToString() : string.Empty;
            }

            rows.Add(cells);
        }

        return new EmbeddedCsv(names, rows);
    }

    /// <summary>The index of a column (ordinal), or -1.</summary>
    internal int IndexOf(string column) => Array.IndexOf(columns, column);
}

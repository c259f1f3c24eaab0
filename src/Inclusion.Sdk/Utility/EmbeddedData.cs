using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Utility;

/// <summary>
/// Opens and parses the reference data embedded under <c>Resources/</c> (logical names <c>Inclusion.Sdk.Resources.*</c>).
/// The parsing here knows no domain: rows of strings from a CSV file, chosen members of the objects of a JSON array.
/// Domain types map those strings to their values, so that domain folders hold no reader code (see docs/architecture.md).
/// Embedded files are ours and tested: a malformed one is a packaging error and throws.
/// </summary>
internal static class EmbeddedData
{
    /// <summary>Opens an embedded resource by its path under <c>Resources/</c>, for example <c>cog/regions.csv</c>.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing (a packaging error).</exception>
    internal static Stream Open(string relativePath)
    {
        var name = "Inclusion.Sdk.Resources." + relativePath.Replace('/', '.');
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from Inclusion.Sdk.");
    }

    /// <summary>The rows of an embedded UTF-8 CSV file with a header: each row's cells (trimmed), indexed by the header's
    /// column names (case-insensitive). Blank rows are skipped.</summary>
    /// <param name="relativePath">The path under <c>Resources/</c>.</param>
    /// <param name="separator">The column separator.</param>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    internal static CsvRows ReadCsv(string relativePath, char separator = ',')
    {
        using var stream = Open(relativePath);
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var reader = Sep.Reader(o => o with { Sep = new Sep(separator), HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        string[]? header = null;
        var rows = new List<string[]>();
        foreach (var row in reader)
        {
            if (row.ColCount == 1 && row[0].Span.IsWhiteSpace())
            {
                continue;
            }

            var cells = new string[row.ColCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = row[i].Span.Trim().ToString();
            }

            if (header is null)
            {
                header = cells;
            }
            else
            {
                rows.Add(cells);
            }
        }

        return new CsvRows(header ?? [], rows);
    }

    /// <summary>For each object of an embedded JSON array, the string values of <paramref name="members"/> (null when
    /// absent or not a string), in that order.</summary>
    /// <param name="relativePath">The path under <c>Resources/</c>.</param>
    /// <param name="members">The member names to pick.</param>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    internal static IReadOnlyList<string?[]> ReadJsonObjects(string relativePath, params string[] members)
    {
        byte[] bytes;
        using (var stream = Open(relativePath))
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        var objects = new List<string?[]>();
        var reader = new Utf8JsonReader(bytes);
        string?[]? current = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when reader.CurrentDepth == 1:
                    current = new string?[members.Length];
                    break;
                case JsonTokenType.PropertyName when current is not null && reader.CurrentDepth == 2:
                    var index = Array.IndexOf(members, reader.GetString());
                    reader.Read();
                    if (index >= 0 && reader.TokenType == JsonTokenType.String)
                    {
                        current[index] = reader.GetString();
                    }
                    else
                    {
                        reader.Skip();
                    }

                    break;
                case JsonTokenType.EndObject when reader.CurrentDepth == 1 && current is not null:
                    objects.Add(current);
                    current = null;
                    break;
            }
        }

        return objects;
    }

    /// <summary>For an embedded JSON object: its top-level scalar members, and for each object of its array member
    /// <paramref name="arrayMember"/>, the scalar members of that object flattened into <c>parent.child</c> paths.
    /// Scalars are text: strings as they are, numbers as their literal, <c>true</c>/<c>false</c>; <c>null</c> is absent.</summary>
    /// <param name="relativePath">The path under <c>Resources/</c>.</param>
    /// <param name="arrayMember">The top-level member holding the array of objects.</param>
    /// <exception cref="InvalidOperationException">The resource is missing.</exception>
    internal static (IReadOnlyDictionary<string, string> Top, IReadOnlyList<IReadOnlyDictionary<string, string>> Items) ReadJsonObjectArray(string relativePath, string arrayMember)
    {
        byte[] bytes;
        using (var stream = Open(relativePath))
        using (var buffer = new MemoryStream())
        {
            stream.CopyTo(buffer);
            bytes = buffer.ToArray();
        }

        var top = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = new List<IReadOnlyDictionary<string, string>>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var frames = new List<string?>(); // the member name of each open object or array (null for the root and array elements)
        Dictionary<string, string>? current = null;
        string? pending = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pending = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    frames.Add(pending);
                    pending = null;
                    if (reader.TokenType == JsonTokenType.StartObject && frames.Count == 3 && frames[1] == arrayMember)
                    {
                        current = new Dictionary<string, string>(StringComparer.Ordinal);
                    }

                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    if (reader.TokenType == JsonTokenType.EndObject && frames.Count == 3 && current is not null)
                    {
                        items.Add(current);
                        current = null;
                    }

                    frames.RemoveAt(frames.Count - 1);
                    break;
                case JsonTokenType.Null:
                    pending = null;
                    break;
                default:
                    if (pending is not null)
                    {
                        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);
                        if (current is not null)
                        {
                            current[string.Join('.', frames.Skip(3).Append(pending))] = text;
                        }
                        else if (frames.Count == 1)
                        {
                            top[pending] = text;
                        }
                    }

                    pending = null;
                    break;
            }
        }

        return (top, items);
    }

    /// <summary>The header and rows of an embedded CSV file.</summary>
    internal sealed class CsvRows(string[] header, List<string[]> rows)
    {
        internal IReadOnlyList<string> Header => header;

        internal IReadOnlyList<string[]> Rows => rows;

        /// <summary>The index of a column (case-insensitive).</summary>
        /// <exception cref="InvalidOperationException">The column is missing (a packaging error).</exception>
        internal int Column(string name)
        {
            for (var i = 0; i < header.Length; i++)
            {
                if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            throw new InvalidOperationException($"Embedded data lacks column '{name}'.");
        }

        /// <summary>The cell of <paramref name="row"/> at <paramref name="column"/>, empty when the row is short.</summary>
        internal static string Cell(string[] row, int column) => column < row.Length ? row[column] : string.Empty;
    }
}

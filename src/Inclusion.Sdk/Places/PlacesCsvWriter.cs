namespace Inclusion.Sdk.Places;

/// <summary>Writes RFC 4180 CSV rows with a comma separator, quoting a field only when it needs it.</summary>
internal static class PlacesCsvWriter
{
    internal static void WriteRow(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteCell(writer, cells[i]);
        }

        writer.Write("\r\n");
    }

    internal static void WriteCell(TextWriter writer, string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return;
        }

        if (cell.AsSpan().IndexOfAny(",\"\r\n") < 0 && !char.IsWhiteSpace(cell[0]) && !char.IsWhiteSpace(cell[^1]))
        {
            writer.Write(cell);
            return;
        }

        writer.Write('"');
        writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}

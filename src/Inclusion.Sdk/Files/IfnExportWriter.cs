using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>Writes the check of a published IFN export (<see cref="IfnExportRow"/>: published and recomputed totals,
/// "no data" rows) as text, CSV or JSON.</summary>
public static class IfnExportWriter
{
    /// <summary>Writes a summary line and one line per territory.</summary>
    /// <param name="rows">The rows read by <see cref="IfnExportFile"/>.</param>
    /// <param name="output">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteText(IReadOnlyList<IfnExportRow> rows, TextWriter output)
    {
        Preconditions.CheckNotNull(rows);
        Preconditions.CheckNotNull(output);
        output.WriteLine($"IFN export: {rows.Count} rows, {rows.Count(r => r.IsNoData)} \"no data\" rows (0.0, read as missing), {rows.Count(r => !r.TotalMatches)} total(s) differing from the mean of the five criteria.");
        foreach (var row in rows)
        {
            output.WriteLine($"{row.Code,-10} {row.Name,-28} published {IndexResultWriter.Format(row.PublishedTotal),8}  recomputed {IndexResultWriter.Format(row.RecomputedTotal),8}  {IfnDisplay.Format(row.RecomputedTotal) ?? "no data"}");
        }
    }

    /// <summary>Writes a CSV table <c>code,name,division,published_total,recomputed_total,no_data,total_matches</c>.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="output">The writer (left open).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(IReadOnlyList<IfnExportRow> rows, TextWriter output)
    {
        Preconditions.CheckNotNull(rows);
        Preconditions.CheckNotNull(output);
        using var csv = DiagnosticOutput.Csv(output);
        foreach (var r in rows)
        {
            using var row = csv.NewRow();
            row["code"].Set(r.Code);
            row["name"].Set(r.Name);
            row["division"].Set(r.Division);
            row["published_total"].Set(DiagnosticOutput.Num(r.PublishedTotal));
            row["recomputed_total"].Set(DiagnosticOutput.Num(r.RecomputedTotal));
            row["no_data"].Set(r.IsNoData ? "true" : "false");
            row["total_matches"].Set(r.TotalMatches ? "true" : "false");
        }
    }

    /// <summary>Writes an indented JSON object <c>{"rows", "noData", "totalMismatches", "territories": [...]}</c>.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="output">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJson(IReadOnlyList<IfnExportRow> rows, TextWriter output)
    {
        Preconditions.CheckNotNull(rows);
        Preconditions.CheckNotNull(output);
        DiagnosticOutput.Json(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("rows", rows.Count);
            json.WriteNumber("noData", rows.Count(r => r.IsNoData));
            json.WriteNumber("totalMismatches", rows.Count(r => !r.TotalMatches));
            json.WriteStartArray("territories");
            foreach (var row in rows)
            {
                json.WriteStartObject();
                json.WriteString("code", row.Code);
                json.WriteString("name", row.Name);
                json.WriteString("division", row.Division);
                json.NumberOrNull("publishedTotal", row.PublishedTotal);
                json.NumberOrNull("recomputedTotal", row.RecomputedTotal);
                json.WriteBoolean("noData", row.IsNoData);
                json.WriteBoolean("totalMatches", row.TotalMatches);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}

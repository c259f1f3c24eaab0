using System.Globalization;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>Writes the scores of a fragility index (<see cref="IndexResult"/>) as text, CSV or JSON; a missing score is
/// <c>—</c> in text, empty in CSV, <c>null</c> in JSON.</summary>
public static class IndexResultWriter
{
    /// <summary>Writes one line per territory: code, name, total and indicator scores.</summary>
    /// <param name="result">The scores.</param>
    /// <param name="output">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteText(IndexResult result, TextWriter output)
    {
        Preconditions.CheckNotNull(result);
        Preconditions.CheckNotNull(output);
        output.WriteLine($"{result.Definition.Name} — {result.Rows.Count} territories ({result.Level?.ToString() ?? "input rows"}); missing scores are shown as \"—\".");
        foreach (var row in result.Rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Code,-10} {row.Name ?? string.Empty,-24} total {Format(row.Total),8}  [{string.Join(" ", row.Indicators.Select(Format))}]"));
        }
    }

    /// <summary>Writes a CSV table <c>code,name,population,&lt;indicators&gt;,axis_&lt;axes&gt;,total</c>.</summary>
    /// <param name="result">The scores.</param>
    /// <param name="output">The writer (left open).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(IndexResult result, TextWriter output)
    {
        Preconditions.CheckNotNull(result);
        Preconditions.CheckNotNull(output);
        using var csv = DiagnosticOutput.Csv(output);
        foreach (var score in result.Rows)
        {
            using var row = csv.NewRow();
            row["code"].Set(score.Code);
            row["name"].Set(score.Name ?? string.Empty);
            row["population"].Set(DiagnosticOutput.Num(score.Population));
            for (var i = 0; i < result.Indicators.Count; i++)
            {
                row[result.Indicators[i]].Set(DiagnosticOutput.Num(score.Indicators[i]));
            }

            for (var a = 0; a < result.Axes.Count; a++)
            {
                row["axis_" + result.Axes[a]].Set(DiagnosticOutput.Num(score.Axes[a]));
            }

            row["total"].Set(DiagnosticOutput.Num(score.Total));
        }
    }

    /// <summary>Writes an indented JSON object <c>{"index", "level", "confirmed", "reconstruction", "rows": [...]}</c>.</summary>
    /// <param name="result">The scores.</param>
    /// <param name="output">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJson(IndexResult result, TextWriter output)
    {
        Preconditions.CheckNotNull(result);
        Preconditions.CheckNotNull(output);
        DiagnosticOutput.Json(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("index", result.Definition.Name);
            json.WriteString("level", result.Level?.ToString().ToLowerInvariant() ?? "input");
            json.WriteString("confirmed", result.Definition.Confirmed);
            json.WriteString("reconstruction", result.Definition.Reconstruction);
            json.WriteStartArray("rows");
            foreach (var row in result.Rows)
            {
                json.WriteStartObject();
                json.WriteString("code", row.Code);
                if (row.Name is not null)
                {
                    json.WriteString("name", row.Name);
                }

                json.NumberOrNull("population", row.Population);
                for (var i = 0; i < result.Indicators.Count; i++)
                {
                    json.NumberOrNull(result.Indicators[i], row.Indicators[i]);
                }

                for (var a = 0; a < result.Axes.Count; a++)
                {
                    json.NumberOrNull("axis_" + result.Axes[a], row.Axes[a]);
                }

                json.NumberOrNull("total", row.Total);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    internal static string Format(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "—";
}

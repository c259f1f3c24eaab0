// Checks a notebook run by dotnet-repl (its .ipynb output): every code cell ran without error and, with
// --require-display, every code cell after the first (the set-up cell) displayed a table or a chart as HTML, not a
// bare value or an object tree. Prints the failing cell's source and message. Used by .ci/run:
//   dotnet run --file eng/check-notebook.cs -- out.ipynb [--require-display]
using System.Text.Json;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: check-notebook <notebook.ipynb> [--require-display]");
    return 2;
}

var requireDisplay = args.Contains("--require-display");
using var document = JsonDocument.Parse(File.ReadAllBytes(args[0]));
var failures = 0;
var index = 0;
foreach (var cell in document.RootElement.GetProperty("cells").EnumerateArray())
{
    if (cell.GetProperty("cell_type").GetString() != "code")
    {
        continue;
    }

    index++;
    var source = string.Concat(cell.GetProperty("source").EnumerateArray().Select(s => s.GetString()));
    var outputs = cell.TryGetProperty("outputs", out var o) ? o.EnumerateArray().ToList() : [];
    foreach (var output in outputs.Where(x => x.GetProperty("output_type").GetString() == "error"))
    {
        failures++;
        Console.Error.WriteLine($"cell {index} failed: {output.GetProperty("ename").GetString()}: {output.GetProperty("evalue").GetString()}\n--- cell {index} ---\n{source}\n---");
    }

    if (requireDisplay && index > 1 && !outputs.Any(ShowsTableOrChart))
    {
        failures++;
        Console.Error.WriteLine($"cell {index} shows no table or chart:\n--- cell {index} ---\n{source}\n---");
    }
}

if (index == 0)
{
    Console.Error.WriteLine("no code cell was run");
    return 1;
}

Console.WriteLine($"{index} code cells, {failures} problem(s)");
return failures == 0 ? 0 : 1;

static bool ShowsTableOrChart(JsonElement output) =>
    output.TryGetProperty("data", out var data)
    && data.TryGetProperty("text/html", out var html)
    && (html.ValueKind == JsonValueKind.Array ? string.Concat(html.EnumerateArray().Select(h => h.GetString())) : html.GetString() ?? string.Empty) is var text
    && (text.Contains("<table", StringComparison.Ordinal) || text.Contains("<svg", StringComparison.Ordinal));

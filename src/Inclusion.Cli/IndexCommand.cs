using System.CommandLine;
using System.Globalization;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;

namespace Inclusion.Cli;

/// <summary><c>inclusion index</c>: computes a fragility index from a raw indicator table, or re-checks a published
/// IFN export (its 0.0 "no data" rows and its totals).</summary>
internal static class IndexCommand
{
    private static readonly string[] LeadingColumns = ["code", "name", "population"];

    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var preset = new Option<string>("--preset") { Description = "ifn-2023 (five criteria, decile scores 1–10) or ifn-2019 (four axes, ratio to reference).", Required = true };
        preset.AcceptOnlyFromAmong("ifn-2023", "ifn-2019");
        var input = new Option<string>("--input") { Description = "A raw indicator table (code, population, parents, indicator columns) or a published IFN export.", Required = true };
        var level = new Option<string?>("--level") { Description = "Roll the scores up to commune, epci or departement (population-weighted)." };
        level.AcceptOnlyFromAmong("commune", "epci", "departement");
        var format = DiagnosticCli.FormatOption();
        var command = new Command("index", "Compute the territorial fragility index (IFN presets) from an indicator table, or recompute the totals of a published IFN export.");
        foreach (var option in new Option[] { preset, input, level, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var lang = CliApp.LanguageOf(parse, language);
            using var reader = DiagnosticCli.Open(parse.GetValue(input), error);
            if (reader is null)
            {
                return CliApp.ExitUsage;
            }

            var text = reader.ReadToEnd();
            var source = Path.GetFileName(parse.GetValue(input));
            var report = new ValidationReportBuilder();
            var firstLine = text.AsSpan().TrimStart('\uFEFF');
            firstLine = firstLine[..(firstLine.IndexOfAny('\r', '\n') is var end and >= 0 ? end : firstLine.Length)];
            var isJson = (parse.GetValue(input) ?? string.Empty).EndsWith(".json", StringComparison.OrdinalIgnoreCase) || DiagnosticCli.StartsLikeJson(text);
            var isExport = !isJson && firstLine.Contains("division", StringComparison.OrdinalIgnoreCase) && firstLine.Contains("total", StringComparison.OrdinalIgnoreCase);
            if (isExport)
            {
                if (parse.GetValue(preset) != "ifn-2023")
                {
                    error.WriteLine("A published IFN export holds IFN 2023 scores: use --preset ifn-2023.");
                    return CliApp.ExitUsage;
                }

                WriteExport(IfnExportFile.Read(new StringReader(text), source, report), parse.GetValue(format)!, output);
                return DiagnosticCli.Finish(report.Build(), lang, error);
            }

            var definition = parse.GetValue(preset) == "ifn-2019" ? IndexDefinition.Ifn2019 : IndexDefinition.Ifn2023;
            var table = isJson ? IndicatorTableFile.ReadJson(new StringReader(text), source, report) : IndicatorTableFile.Read(new StringReader(text), source, report);
            var missing = definition.MissingColumns(table);
            if (missing.Count > 0)
            {
                error.WriteLine($"{source}: the {definition.Name} preset needs the columns {string.Join(", ", missing)}.");
                DiagnosticCli.Finish(report.Build(), lang, error);
                return CliApp.ExitInvalid;
            }

            var result = definition.Compute(table);
            result = parse.GetValue(level) switch
            {
                "commune" => result.RollUp(TerritoryLevel.Commune),
                "epci" => result.RollUp(TerritoryLevel.Epci),
                "departement" => result.RollUp(TerritoryLevel.Departement),
                _ => result,
            };
            WriteScores(result, parse.GetValue(format)!, output);
            return DiagnosticCli.Finish(report.Build(), lang, error);
        });
        return command;
    }

    private static void WriteScores(IndexResult result, string format, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (format)
        {
            case "json":
                DiagnosticCli.WriteJson(output, json =>
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

                        json.WriteNumberOrNull("population", row.Population);
                        for (var i = 0; i < result.Indicators.Count; i++)
                        {
                            json.WriteNumberOrNull(result.Indicators[i], row.Indicators[i]);
                        }

                        for (var a = 0; a < result.Axes.Count; a++)
                        {
                            json.WriteNumberOrNull("axis_" + result.Axes[a], row.Axes[a]);
                        }

                        json.WriteNumberOrNull("total", row.Total);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
            case "csv":
                output.WriteLine(string.Join(',', LeadingColumns.Concat(result.Indicators).Concat(result.Axes.Select(a => "axis_" + a)).Append("total")));
                foreach (var row in result.Rows)
                {
                    output.WriteLine(string.Join(',', new[] { DiagnosticCli.Csv(row.Code), DiagnosticCli.Csv(row.Name), DiagnosticCli.Num(row.Population) }
                        .Concat(row.Indicators.Select(DiagnosticCli.Num)).Concat(row.Axes.Select(DiagnosticCli.Num)).Append(DiagnosticCli.Num(row.Total))));
                }

                break;
            default:
                output.WriteLine($"{result.Definition.Name} — {result.Rows.Count} territories ({result.Level?.ToString() ?? "input rows"}); missing scores are shown as \"—\".");
                foreach (var row in result.Rows)
                {
                    output.WriteLine(string.Create(inv, $"{row.Code,-10} {row.Name ?? string.Empty,-24} total {Format(row.Total),8}  [{string.Join(" ", row.Indicators.Select(Format))}]"));
                }

                break;
        }
    }

    private static string Format(double? value) => value?.ToString("0.###", CultureInfo.InvariantCulture) ?? "—";

    private static void WriteExport(IReadOnlyList<IfnExportRow> rows, string format, TextWriter output)
    {
        var mismatches = rows.Count(r => !r.TotalMatches);
        var noData = rows.Count(r => r.IsNoData);
        switch (format)
        {
            case "json":
                DiagnosticCli.WriteJson(output, json =>
                {
                    json.WriteStartObject();
                    json.WriteNumber("rows", rows.Count);
                    json.WriteNumber("noData", noData);
                    json.WriteNumber("totalMismatches", mismatches);
                    json.WriteStartArray("territories");
                    foreach (var row in rows)
                    {
                        json.WriteStartObject();
                        json.WriteString("code", row.Code);
                        json.WriteString("name", row.Name);
                        json.WriteString("division", row.Division);
                        json.WriteNumberOrNull("publishedTotal", row.PublishedTotal);
                        json.WriteNumberOrNull("recomputedTotal", row.RecomputedTotal);
                        json.WriteBoolean("noData", row.IsNoData);
                        json.WriteBoolean("totalMatches", row.TotalMatches);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
                break;
            case "csv":
                output.WriteLine("code,name,division,published_total,recomputed_total,no_data,total_matches");
                foreach (var row in rows)
                {
                    output.WriteLine($"{DiagnosticCli.Csv(row.Code)},{DiagnosticCli.Csv(row.Name)},{DiagnosticCli.Csv(row.Division)},{DiagnosticCli.Num(row.PublishedTotal)},{DiagnosticCli.Num(row.RecomputedTotal)},{(row.IsNoData ? "true" : "false")},{(row.TotalMatches ? "true" : "false")}");
                }

                break;
            default:
                output.WriteLine($"IFN export: {rows.Count} rows, {noData} \"no data\" rows (0.0, read as missing), {mismatches} total(s) differing from the mean of the five criteria.");
                foreach (var row in rows)
                {
                    output.WriteLine($"{row.Code,-10} {row.Name,-28} published {Format(row.PublishedTotal),8}  recomputed {Format(row.RecomputedTotal),8}  {IfnDisplay.Format(row.RecomputedTotal) ?? "no data"}");
                }

                break;
        }
    }
}

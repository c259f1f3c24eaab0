using System.CommandLine;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Territories;

namespace Inclusion.Cli;

/// <summary><c>inclusion index</c>: computes a fragility index from a raw indicator table, or re-checks a published
/// IFN export (its 0.0 "no data" rows and its totals).</summary>
internal static class IndexCommand
{
    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var preset = new Option<string>("--preset") { Description = "ifn-2023 (five criteria, decile scores 1–10) or ifn-2019 (four axes, ratio to reference).", Required = true };
        preset.AcceptOnlyFromAmong("ifn-2023", "ifn-2019");
        var input = new Option<string>("--input") { Description = "A raw indicator table (code, population, parents, indicator columns; CSV or JSON) or a published IFN export.", Required = true };
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
            var path = parse.GetValue(input)!;
            // The input is read once into memory (it may be a pipe): the SDK tells an IFN export from a raw table.
            var bytes = DiagnosticCli.Exists(path, error) ? DiagnosticCli.Read(path, File.ReadAllBytes, error) : null;
            if (bytes is null)
            {
                return CliApp.ExitUsage;
            }

            var options = new ReadOptions { Source = Path.GetFileName(path) };
            if (IfnExportFile.IsExport(bytes.AsSpan(0, Math.Min(bytes.Length, 4096))))
            {
                if (parse.GetValue(preset) != "ifn-2023")
                {
                    error.WriteLine("A published IFN export holds IFN 2023 scores: use --preset ifn-2023.");
                    return CliApp.ExitUsage;
                }

                var export = IfnExportFile.Load(new MemoryStream(bytes), options);
                DiagnosticCli.Render(export.Value ?? [], parse.GetValue(format), output, IfnExportWriter.WriteText, IfnExportWriter.WriteCsv, IfnExportWriter.WriteJson);
                return DiagnosticCli.Finish(export.Report, lang, error);
            }

            var definition = parse.GetValue(preset) == "ifn-2019" ? IndexDefinition.Ifn2019 : IndexDefinition.Ifn2023;
            var table = IndicatorTableFile.Load(new MemoryStream(bytes), options);
            var missing = table.Value is { } t ? definition.MissingColumns(t) : definition.IndicatorNames;
            if (missing.Count > 0)
            {
                error.WriteLine($"{options.Source}: the {definition.Name} preset needs the columns {string.Join(", ", missing)}.");
                DiagnosticCli.Finish(table.Report, lang, error);
                return CliApp.ExitInvalid;
            }

            var result = definition.Compute(table.Value!);
            result = parse.GetValue(level) switch
            {
                "commune" => result.RollUp(TerritoryLevel.Commune),
                "epci" => result.RollUp(TerritoryLevel.Epci),
                "departement" => result.RollUp(TerritoryLevel.Departement),
                _ => result,
            };
            DiagnosticCli.Render(result, parse.GetValue(format), output, IndexResultWriter.WriteText, IndexResultWriter.WriteCsv, IndexResultWriter.WriteJson);
            return DiagnosticCli.Finish(table.Report, lang, error);
        });
        return command;
    }
}

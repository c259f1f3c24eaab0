using System.CommandLine;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Reporting;
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
        var format = CommandRun.FormatOption("text", "json", "csv");
        var command = new Command("index", "Compute the territorial fragility index (IFN presets) from an indicator table, or recompute the totals of a published IFN export.");
        foreach (var option in new Option[] { preset, input, level, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var run = new CommandRun(parse, language, output, error, format);
            using var stream = run.Open(parse.GetValue(input), out var source, out var exit);
            if (stream is null)
            {
                return exit;
            }

            // The input is read once into memory (it may be a pipe): the SDK tells an IFN export from a raw table.
            var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            var options = CommandRun.Named(source);
            if (IfnExportFile.IsExport(bytes.GetBuffer().AsSpan(0, (int)Math.Min(bytes.Length, 4096))))
            {
                if (parse.GetValue(preset) != "ifn-2023")
                {
                    return run.Usage("A published IFN export holds IFN 2023 scores: use --preset ifn-2023.", "Un export IFN publié contient des scores IFN 2023 : utilisez --preset ifn-2023.");
                }

                bytes.Position = 0;
                var export = IfnExportFile.Load(bytes, options);
                if (!export.TryGetValue(out var rows) || CommandRun.ExitFor(export.Report) == CliApp.ExitUsage)
                {
                    return run.Rejected(export.Report);
                }

                run.Render(rows, IfnExportWriter.WriteText, IfnExportWriter.WriteCsv, IfnExportWriter.WriteJson);
                return run.Finish(export.Report);
            }

            var definition = parse.GetValue(preset) == "ifn-2019" ? IndexDefinition.Ifn2019 : IndexDefinition.Ifn2023;
            bytes.Position = 0;
            var table = IndicatorTableFile.Load(bytes, options);
            if (!table.TryGetValue(out var indicators) || CommandRun.ExitFor(table.Report) == CliApp.ExitUsage)
            {
                return run.Rejected(table.Report);
            }

            if (definition.MissingColumns(indicators) is { Count: > 0 } missing)
            {
                return run.Rejected(ValidationReport.Create(
                    [.. table.Report.Issues, new ValidationIssue("file.header.missing", Severity.Error,
                        $"The {definition.Name} preset needs the columns {string.Join(", ", missing)}.",
                        $"Le préréglage {definition.Name} exige les colonnes {string.Join(", ", missing)}.",
                        string.Join(", ", missing), new IssueLocation(source))],
                    source));
            }

            var result = definition.Compute(indicators);
            result = parse.GetValue(level) switch
            {
                "commune" => result.RollUp(TerritoryLevel.Commune),
                "epci" => result.RollUp(TerritoryLevel.Epci),
                "departement" => result.RollUp(TerritoryLevel.Departement),
                _ => result,
            };
            run.Render(result, IndexResultWriter.WriteText, IndexResultWriter.WriteCsv, IndexResultWriter.WriteJson);
            return run.Finish(table.Report);
        });
        return command;
    }
}

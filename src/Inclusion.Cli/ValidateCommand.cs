using System.CommandLine;
using System.Text;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;

namespace Inclusion.Cli;

/// <summary>
/// <c>inclusion validate &lt;file&gt;...</c>: validates one or more files of the national standard "lieux de médiation numérique"
/// (CSV or JSON; v1.0.2, legacy v0.1.1), prints the report as text, JSON, CSV or Markdown, and with <c>--fix</c>
/// writes the normalised v1.0.2 CSV. Exit code 0 valid or warnings only, 1 errors, 2 unreadable input or usage error
/// (the highest over several files).
/// </summary>
internal static class ValidateCommand
{
    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "The places file(s) (CSV with a header, or a JSON array of objects). Several files: text or markdown reports, one after the other.",
            Arity = ArgumentArity.OneOrMore,
        };
        var schema = new Option<string?>("--schema") { Description = "Schema version: v1 (1.0.2) or v0 (legacy 0.1.1); detected from the header when omitted." };
        schema.AcceptOnlyFromAmong("v1", "v0");
        var format = new Option<string>("--format") { Description = "Report format: text (default), json, csv or markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv", "markdown");
        var fix = new Option<string?>("--fix") { Description = "Write the normalised v1.0.2 CSV to this path (canonical labels, E.164 phones, padded postal codes, trimmed values, canonical hours, v0.1.1 migrated)." };
        var force = new Option<bool>("--force") { Description = "With --fix: replace the output file when it already exists (never the input file)." };
        var communes = new Option<string?>("--communes") { Description = "Communes CSV (code_insee,nom,code_postal or INSEE COG layout) to check code_insee and its postal code." };

        var command = new Command("validate", "Validate a file of the national standard \"lieux de médiation numérique\" (schema v1.0.2; legacy v0.1.1 recognised). Exit code 0 valid or warnings only, 1 errors, 2 unreadable input or usage error.");
        command.Arguments.Add(files);
        command.Options.Add(schema);
        command.Options.Add(format);
        command.Options.Add(fix);
        command.Options.Add(force);
        command.Options.Add(communes);
        command.SetAction(parseResult =>
        {
            var paths = parseResult.GetValue(files) ?? [];
            var chosenFormat = parseResult.GetValue(format) ?? "text";
            var fixPath = parseResult.GetValue(fix);
            var lang = CliApp.LanguageOf(parseResult, language);
            if (paths.Length > 1 && (fixPath is not null || chosenFormat is "json" or "csv"))
            {
                error.WriteLine(lang == MessageLanguage.French
                    ? "--fix, --format json et --format csv ne prennent qu'un fichier à la fois."
                    : "--fix, --format json and --format csv take one file at a time.");
                error.WriteLine("Run 'inclusion --help' for usage.");
                return CliApp.ExitUsage;
            }

            var exit = CliApp.ExitOk;
            for (var i = 0; i < paths.Length; i++)
            {
                if (i > 0)
                {
                    output.WriteLine();
                }

                exit = Math.Max(exit, Run(paths[i], parseResult.GetValue(schema), chosenFormat, fixPath, parseResult.GetValue(force), parseResult.GetValue(communes), lang, output, error));
            }

            return exit;
        });
        return command;
    }

    private static int Run(string path, string? schema, string format, string? fixPath, bool force, string? communesPath, MessageLanguage language, TextWriter output, TextWriter error)
    {
        var fr = language == MessageLanguage.French;
        if (!File.Exists(path))
        {
            error.WriteLine(fr ? $"Fichier introuvable : {path}" : $"File not found: {path}");
            return CliApp.ExitUsage;
        }

        if (fixPath is not null && FixTarget.Refusal(path, fixPath, force, fr) is { } refusal)
        {
            error.WriteLine(refusal);
            error.WriteLine("Run 'inclusion --help' for usage.");
            return CliApp.ExitUsage;
        }

        TerritoryRegistry? registry = null;
        if (communesPath is not null)
        {
            if (!File.Exists(communesPath))
            {
                error.WriteLine(fr ? $"Fichier des communes introuvable : {communesPath}" : $"Communes file not found: {communesPath}");
                return CliApp.ExitUsage;
            }

            var loaded = TerritoryRegistryFile.Load(communesPath);
            if (loaded.Value!.CommunesRead == 0)
            {
                error.WriteLine(fr ? $"Aucune commune lue dans {communesPath}." : $"No commune could be read from {communesPath}.");
                return CliApp.ExitUsage;
            }

            registry = loaded.Value;
        }

        var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && format != "json";
        var clock = PlacesValidationOptions.Default.Clock;

        // Machine reports carry every issue: they are written as the issues are found, not from the stored sample.
        using var csv = format == "csv" ? new CsvIssueWriter(output, language) : null;
        using var json = format == "json" ? new JsonReportWriter(output, Path.GetFileName(path), clock.GetCurrentInstant(), indented: true) : null;
        var options = new PlacesValidationOptions
        {
            Schema = schema switch { "v0" => PlacesSchemaVersion.V0, "v1" => PlacesSchemaVersion.V1, _ => null },
            Communes = registry,
            SourceName = Path.GetFileName(path),
            Clock = clock,
            Progress = interactive ? new Progress(error, fr) : null,
            IssueSink = (IIssueSink?)csv ?? json,
            MaxStoredIssuesPerRule = csv is null && json is null ? PlacesValidationOptions.Default.MaxStoredIssuesPerRule : 1,
        };

        PlacesValidationResult result;
        try
        {
            using var input = File.OpenRead(path);
            if (fixPath is not null)
            {
                // The fixed file is written beside the target and moved into place only once the whole input was read:
                // a failure or an unreadable input leaves an existing target as it was.
                using var target = FixTarget.Create(fixPath);
                using (var writer = new StreamWriter(target.Stream, new UTF8Encoding(false), bufferSize: -1, leaveOpen: true))
                {
                    result = MediationPlaceFile.Fix(input, writer, options);
                }

                if (result.IsReadable)
                {
                    target.Commit(overwrite: force);
                }
            }
            else
            {
                result = MediationPlaceFile.Validate(input, options);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine((fr ? "Lecture ou écriture impossible : " : "Cannot read or write: ") + e.Message);
            return CliApp.ExitUsage;
        }

        if (interactive)
        {
            error.Write("\r\x1b[K");
        }

        csv?.Flush();
        if (json is not null)
        {
            json.Complete();
            output.WriteLine();
        }

        Print(result, path, fixPath, format, language, output);
        return !result.IsReadable ? CliApp.ExitUsage : result.Report.ErrorCount > 0 ? CliApp.ExitInvalid : CliApp.ExitOk;
    }

    private static void Print(PlacesValidationResult result, string path, string? fixPath, string format, MessageLanguage language, TextWriter output)
    {
        var report = result.Report;
        var fr = language == MessageLanguage.French;
        switch (format)
        {
            case "json" or "csv":
                return; // already streamed, every issue
            case "markdown":
                ValidationReportWriter.WriteMarkdown(report, output, language);
                return;
        }

        var schema = result.Schema switch { PlacesSchemaVersion.V0 => "v0.1.1", PlacesSchemaVersion.V1 => "v1.0.2", _ => "?" };
        var verdict = !result.IsReadable
            ? (fr ? "ILLISIBLE" : "UNREADABLE")
            : report.ErrorCount > 0 ? (fr ? "INVALIDE" : "INVALID") : (fr ? "VALIDE" : "VALID");
        output.WriteLine(fr
            ? FormattableString.Invariant($"{Path.GetFileName(path)} : {verdict} — schéma {schema}, {result.RowCount} ligne(s), dont {result.RowsWithErrors} avec erreur(s)")
            : FormattableString.Invariant($"{Path.GetFileName(path)}: {verdict} — schema {schema}, {result.RowCount} row(s), {result.RowsWithErrors} with errors"));
        if (report.Counts.Count > 0)
        {
            output.WriteLine();
        }

        ValidationReportWriter.WriteText(report, output, language);
        if (fixPath is not null && result.IsReadable)
        {
            output.WriteLine(fr
                ? FormattableString.Invariant($"Fichier corrigé écrit dans {fixPath} ({result.ChangeCount} modification(s)).")
                : FormattableString.Invariant($"Fixed file written to {fixPath} ({result.ChangeCount} change(s))."));
        }
    }

    /// <summary>Rows read so far, on one line of stderr (only when it is a terminal).</summary>
    private sealed class Progress(TextWriter error, bool fr) : IProgress<long>
    {
        public void Report(long value) =>
            error.Write(fr ? FormattableString.Invariant($"\r{value} lignes lues…") : FormattableString.Invariant($"\r{value} rows read…"));
    }
}

using System.CommandLine;
using System.Text;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;
using NodaTime;

namespace Inclusion.Cli;

/// <summary>
/// <c>inclusion validate &lt;file&gt;...</c>: validates files of the national standard "lieux de médiation numérique"
/// (CSV or JSON; v1.0.2, legacy v0.1.1; <c>-</c> is standard input), prints the report as text, JSON, CSV or Markdown,
/// and with <c>--fix</c> writes the normalised v1.0.2 CSV. Exit code 0 valid or warnings only, 1 errors, 2 unreadable
/// input or usage error (the highest over several files). With <c>--format json</c> standard output is always one JSON
/// report, errors included; human messages go to standard error.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>The issues of each rule the text report shows (and keeps).</summary>
    private const int TextExamples = 3;

    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var files = new Argument<string[]>("files") { Description = "The places file(s) (CSV with a header, or a JSON array of objects; - for standard input). Several files: text or markdown reports, one after the other.", Arity = ArgumentArity.OneOrMore };
        var schema = new Option<string?>("--schema") { Description = "Schema version: v1 (1.0.2) or v0 (legacy 0.1.1); detected from the header when omitted." };
        schema.AcceptOnlyFromAmong("v1", "v0");
        var format = CommandRun.FormatOption("text", "json", "csv", "markdown");
        var fix = new Option<string?>("--fix") { Description = "Write the normalised v1.0.2 CSV to this path (canonical labels, E.164 phones, padded postal codes, trimmed values, canonical hours, v0.1.1 migrated)." };
        var force = new Option<bool>("--force") { Description = "With --fix: replace the output file when it already exists (never the input file)." };
        var communes = new Option<string?>("--communes") { Description = "Communes CSV (code_insee,nom,code_postal or INSEE COG layout) to check code_insee and its postal code." };
        var timestamp = new Option<bool>("--timestamp") { Description = "Record the time of the validation in JSON and Markdown reports (omitted by default, so that reports are reproducible)." };
        var personal = new Option<bool>("--show-personal-data") { Description = "Repeat e-mails and telephone numbers in the report as they are (masked by default, such as j***@example.org)." };
        var command = new Command("validate", "Validate a file of the national standard \"lieux de médiation numérique\" (schema v1.0.2; legacy v0.1.1 recognised). Exit code 0 valid or warnings only, 1 errors, 2 unreadable input or usage error.");
        command.Arguments.Add(files);
        foreach (var option in (Option[])[schema, format, fix, force, communes, timestamp, personal])
        {
            command.Options.Add(option);
        }

        command.SetAction(parse =>
        {
            var run = new CommandRun(parse, language, output, error, format, parse.GetValue(timestamp) ? SystemClock.Instance.GetCurrentInstant() : null);
            var paths = parse.GetValue(files) ?? [];
            var fixPath = parse.GetValue(fix);
            if (paths.Length > 1 && (fixPath is not null || run.Format is "json" or "csv"))
            {
                return run.Usage("--fix, --format json and --format csv take one file at a time.", "--fix, --format json et --format csv ne prennent qu'un fichier à la fois.");
            }

            if (LoadCommunes(parse.GetValue(communes), run, out var registry) is { } failed)
            {
                return failed;
            }

            var settings = new PlacesValidationSettings
            {
                Schema = parse.GetValue(schema) switch { "v0" => PlacesSchemaVersion.V0, "v1" => PlacesSchemaVersion.V1, _ => null },
                Communes = registry,
                ShowPersonalData = parse.GetValue(personal),
                Progress = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && run.Format != "json" ? new Progress(error, run.French) : null,
            };
            var exit = CliApp.ExitOk;
            for (var i = 0; i < paths.Length; i++)
            {
                if (i > 0)
                {
                    output.WriteLine();
                }

                exit = Math.Max(exit, Validate(paths[i], fixPath, parse.GetValue(force), settings, run));
            }

            return exit;
        });
        return command;
    }

    private static int? LoadCommunes(string? path, CommandRun run, out TerritoryRegistry? registry)
    {
        registry = null;
        if (path is null)
        {
            return null;
        }

        using var input = run.Open(path, out var source, out var exit);
        if (input is null)
        {
            return exit;
        }

        registry = TerritoryRegistryFile.Load(input, CommandRun.Named(source)).Value;
        return registry is null || registry.CommunesRead == 0
            ? run.Fail(new ValidationIssue("file.unreadable", Severity.Error, $"No commune could be read from {path}.", $"Aucune commune lue dans {path}.", location: new IssueLocation(source)))
            : null;
    }

    private static int Validate(string path, string? fixPath, bool force, PlacesValidationSettings settings, CommandRun run)
    {
        if (fixPath is not null && FixTarget.Refusal(path, fixPath, force, fr: false) is { } refusal)
        {
            return run.Usage(refusal, FixTarget.Refusal(path, fixPath, force, fr: true)!);
        }

        using var input = run.Open(path, out var source, out var exit);
        if (input is null)
        {
            return exit;
        }

        // Every format writes issues as they are found: JSON and CSV all of them, Markdown the first ten of each rule;
        // the text summary keeps the three examples per rule it shows, and counts the rest.
        using var csv = run.Format == "csv" ? new CsvIssueWriter(run.Output, run.Language) : null;
        using var json = run.Format == "json" ? new JsonReportWriter(run.Output, source, run.GeneratedAt, indented: true) : null;
        var markdown = run.Format == "markdown" ? new MarkdownReportWriter(run.Output, source, run.Language) : null;
        var kept = new ValidationReportBuilder(TextExamples);
        IIssueSink sink = (IIssueSink?)csv ?? (IIssueSink?)json ?? (IIssueSink?)markdown ?? kept;
        PlacesFileSummary summary;
        try
        {
            summary = fixPath is null ? MediationPlaceFile.Validate(input, sink, new ReadOptions { Source = source }, settings) : Fix(input, fixPath, force, sink, source, settings);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return run.Fail(new ValidationIssue("file.unreadable", Severity.Error, "Cannot read or write: " + e.Message, "Lecture ou écriture impossible : " + e.Message, location: new IssueLocation(source)), open: json);
        }

        if (settings.Progress is not null)
        {
            run.Error.Write("\r\x1b[K");
        }

        csv?.Flush();
        json?.Complete();
        if (json is not null)
        {
            run.Output.WriteLine();
        }
        else if (markdown is not null)
        {
            markdown.Complete();
        }
        else if (run.Format == "text")
        {
            var report = kept.Build(source);
            run.Output.WriteLine(summary.Describe(source, run.Language));
            if (report.Counts.Count > 0)
            {
                run.Output.WriteLine();
            }

            ValidationReportWriter.WriteText(report, run.Output, run.Language, TextExamples);
            if (fixPath is not null && summary.IsReadable)
            {
                run.Output.WriteLine(run.French ? $"Fichier corrigé écrit dans {fixPath} ({summary.ChangeCount} modification(s))." : $"Fixed file written to {fixPath} ({summary.ChangeCount} change(s)).");
            }
        }

        return !summary.IsReadable ? CliApp.ExitUsage : summary.ErrorCount > 0 ? CliApp.ExitInvalid : CliApp.ExitOk;
    }

    /// <summary>Writes the fixed file beside the target and moves it into place only once the whole input was read: a failure
    /// or an unreadable input leaves an existing target as it was.</summary>
    private static PlacesFileSummary Fix(Stream input, string fixPath, bool force, IIssueSink sink, string source, PlacesValidationSettings settings)
    {
        using var target = FixTarget.Create(fixPath);
        var summary = MediationPlaceFile.Fix(input, target.Stream, sink, new ReadOptions { Source = source }, settings);
        if (summary.IsReadable)
        {
            target.Commit(overwrite: force);
        }

        return summary;
    }

    /// <summary>Rows read so far, on one line of stderr (only when it is a terminal).</summary>
    private sealed class Progress(TextWriter error, bool fr) : IProgress<long>
    {
        public void Report(long value) =>
            error.Write(fr ? FormattableString.Invariant($"\r{value} lignes lues…") : FormattableString.Invariant($"\r{value} rows read…"));
    }
}

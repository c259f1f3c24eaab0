using System.CommandLine;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Cli;

/// <summary>
/// One run of a command and the one way every command reports: results on standard output; human messages (usage
/// errors, unreadable inputs, the issues of the data) on standard error, in the language of <c>--lang</c>; with
/// <c>--format json</c>, standard output always holds one JSON document, the result or, when there is none, the
/// report that says why. Exit codes follow <see cref="CliApp"/>'s table.
/// </summary>
internal sealed class CommandRun
{
    internal CommandRun(ParseResult parse, Option<string> language, TextWriter output, TextWriter error, Option<string>? format = null, Instant? generatedAt = null)
    {
        Language = CliApp.LanguageOf(parse, language);
        Format = format is null ? "text" : parse.GetValue(format) ?? "text";
        Output = output;
        Error = error;
        GeneratedAt = generatedAt;
    }

    internal string Format { get; }

    internal MessageLanguage Language { get; }

    internal bool French => Language == MessageLanguage.French;

    internal bool Json => Format == "json";

    internal TextWriter Output { get; }

    internal TextWriter Error { get; }

    internal Instant? GeneratedAt { get; }

    /// <summary>The <c>--format</c> option of a command, text by default.</summary>
    internal static Option<string> FormatOption(params string[] formats)
    {
        var format = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", formats.Select((f, i) => i == 0 ? f + " (default)" : f))}.",
            DefaultValueFactory = _ => formats[0],
        };
        format.AcceptOnlyFromAmong(formats);
        return format;
    }

    /// <summary>The exit code of a report: 2 when the input could not be read at all, 1 when it has errors, else 0.</summary>
    internal static int ExitFor(ValidationReport report) =>
        report.Issues.Any(i => i.RuleCode is "file.empty" or "file.binary" or "file.unreadable") ? CliApp.ExitUsage
        : report.IsValid ? CliApp.ExitOk : CliApp.ExitInvalid;

    /// <summary>A usage error found once the command line was parsed (an option value): exit code 2.</summary>
    internal int Usage(string english, string french) =>
        Fail(new ValidationIssue("cli.usage", Severity.Error, english, french), usage: true);

    /// <summary>Opens an input (<c>-</c> is standard input); when it cannot be opened, reports why and gives
    /// <see langword="null"/> with <paramref name="exit"/> set (2).</summary>
    internal Stream? Open(string? path, out string source, out int exit)
    {
        var stream = CliInput.Open(path, Language, TextWriter.Null, out source, out var problem);
        exit = stream is null ? Fail(problem!) : CliApp.ExitOk;
        return stream;
    }

    /// <summary>Options naming the source of issue locations.</summary>
    internal static ReadOptions Named(string source) => new() { Source = source, MaxStoredIssuesPerRule = ExamplesPerRule };

    /// <summary>The issues of each rule a command keeps and prints on standard error (every issue is counted): a file of
    /// a million bad rows costs a few issues of memory, not a million.</summary>
    internal const int ExamplesPerRule = 5;

    /// <summary>Reports a failure that leaves no result: its message on standard error and, with JSON, a report holding
    /// it on standard output (<paramref name="open"/> when one is being written). Exit code 2. A
    /// <paramref name="located"/> problem is written with its location, severity and rule code (a store failure).</summary>
    internal int Fail(ValidationIssue problem, bool usage = false, JsonReportWriter? open = null, bool located = false)
    {
        Error.WriteLine(located ? problem.ToString(Language) : problem.GetMessage(Language));
        if (usage)
        {
            Error.WriteLine(French ? "Voir 'inclusion --help' pour l'usage." : "Run 'inclusion --help' for usage.");
        }

        if (Json)
        {
            using var created = open is null ? new JsonReportWriter(Output, problem.Location.Source, GeneratedAt, indented: true) : null;
            var writer = open ?? created!;
            writer.Add(problem);
            writer.Complete();
            Output.WriteLine();
        }

        return CliApp.ExitUsage;
    }

    /// <summary>The input gave no result (an invalid document): its issues on standard error and, with JSON, the
    /// report on standard output.</summary>
    internal int Rejected(ValidationReport report)
    {
        WriteIssues(report);
        if (Json)
        {
            Output.WriteLine(InclusionJson.Serialize(report, indented: true));
        }

        return ExitFor(report) == CliApp.ExitOk ? CliApp.ExitInvalid : ExitFor(report);
    }

    /// <summary>A result was written: the issues met on the way go to standard error; the exit code is the report's.</summary>
    internal int Finish(ValidationReport report)
    {
        WriteIssues(report);
        return ExitFor(report);
    }

    /// <summary>Writes a result in the format of the run.</summary>
    internal void Render<T>(T value, Action<T, TextWriter> text, Action<T, TextWriter>? csv, Action<T, TextWriter> json)
    {
        switch (Format)
        {
            case "json": json(value, Output); break;
            case "csv" when csv is not null: csv(value, Output); break;
            default: text(value, Output); break;
        }
    }

    /// <summary>Reads an optional ISO date option; a value that is not a date is a usage error (reported; exit 2).</summary>
    internal bool TryDate(string? text, string option, out LocalDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success)
        {
            date = parsed.Value;
            return true;
        }

        Usage($"{option}: \"{text}\" is not a date written yyyy-MM-dd.", $"{option} : « {text} » n'est pas une date écrite aaaa-MM-jj.");
        return false;
    }

    private void WriteIssues(ValidationReport report)
    {
        if (report.Issues.Count > 0 || report.IsTruncated)
        {
            if (report.Source is not null)
            {
                Error.WriteLine(report.Source + ":");
            }

            ValidationReportWriter.WriteText(report, Error, Language, examplesPerRule: ExamplesPerRule);
        }
    }
}

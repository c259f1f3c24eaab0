using System.CommandLine;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Strategy;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Cli;

/// <summary><c>inclusion plan evaluate &lt;plan.json&gt; [--measurements file.csv] [--at date] [--format text|json|markdown]</c>:
/// reads a territorial strategy plan, evaluates it at a date and prints the report.</summary>
internal static class PlanCommand
{
    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var plan = new Argument<string>("plan") { Description = "The plan file (JSON, schema in docs/programme-managers.md)." };
        var measurements = new Option<string?>("--measurements", "-m") { Description = "A CSV of measurements: indicator,date,value[,source]." };
        var at = new Option<string?>("--at") { Description = "The evaluation date (yyyy-MM-dd); today in Europe/Paris by default." };
        var format = new Option<string>("--format", "-f") { Description = "Output: text (default), markdown or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "markdown", "json");

        var evaluate = new Command("evaluate", "Evaluate a strategy plan at a date: objectives against their trajectory, budget consumption, co-financing, participation against the seed's 10 % and 2 %, actors, commitments. Exit code 0 valid, 1 invalid plan or measurements, 2 unreadable file or bad option.");
        evaluate.Arguments.Add(plan);
        evaluate.Options.Add(measurements);
        evaluate.Options.Add(at);
        evaluate.Options.Add(format);
        evaluate.SetAction(parseResult => Evaluate(
            parseResult.GetValue(plan) ?? string.Empty,
            parseResult.GetValue(measurements),
            parseResult.GetValue(at),
            parseResult.GetValue(format) ?? "text",
            CliApp.LanguageOf(parseResult, language),
            output,
            error));

        var command = new Command("plan", "Territorial strategy plans: objectives, action plan, funding, governance, commitments and their evaluation.");
        command.Subcommands.Add(evaluate);
        return command;
    }

    private static int Evaluate(string planPath, string? measurementsPath, string? atText, string format, MessageLanguage language, TextWriter output, TextWriter error)
    {
        LocalDate date;
        if (atText is null)
        {
            date = SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Paris"]).Date;
        }
        else
        {
            var parsed = LocalDatePattern.Iso.Parse(atText);
            if (!parsed.Success)
            {
                error.WriteLine(language == MessageLanguage.French
                    ? $"--at : « {atText} » n'est pas une date aaaa-MM-jj."
                    : $"--at: '{atText}' is not a yyyy-MM-dd date.");
                return CliApp.ExitUsage;
            }

            date = parsed.Value;
        }

        try
        {
            var loaded = PlanFile.Load(planPath);
            foreach (var issue in loaded.Report.Issues)
            {
                output.WriteLine(issue.ToString(language));
            }

            if (!loaded.TryGetValue(out var strategy))
            {
                return CliApp.ExitInvalid;
            }

            var measurements = measurementsPath is null ? null : MeasurementFile.Load(measurementsPath);
            foreach (var issue in measurements?.Report.Issues ?? [])
            {
                error.WriteLine(issue.ToString(language));
            }

            var evaluation = StrategyEvaluator.Evaluate(strategy, measurements?.Value ?? [], date);
            Action<StrategyEvaluation, MessageLanguage, TextWriter> write = format switch
            {
                "json" => (e, _, o) => StrategyEvaluationWriter.WriteJson(e, o),
                "markdown" => StrategyEvaluationWriter.WriteMarkdown,
                _ => StrategyEvaluationWriter.WriteText,
            };
            write(evaluation, language, output);
            return measurements is { Report.IsValid: false } ? CliApp.ExitInvalid : CliApp.ExitOk;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine(language == MessageLanguage.French ? $"Impossible de lire le fichier : {e.Message}" : $"Cannot read the file: {e.Message}");
            return CliApp.ExitUsage;
        }
    }
}

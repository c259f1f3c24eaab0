using System.CommandLine;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Strategy;
using NodaTime;

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
        var format = CommandRun.FormatOption("text", "markdown", "json");
        format.Aliases.Add("-f");

        var evaluate = new Command("evaluate", "Evaluate a strategy plan at a date: objectives against their trajectory, budget consumption, co-financing, participation against the seed's 10 % and 2 %, actors, commitments. Exit code 0 valid, 1 invalid plan or measurements, 2 unreadable file or bad option.");
        evaluate.Arguments.Add(plan);
        evaluate.Options.Add(measurements);
        evaluate.Options.Add(at);
        evaluate.Options.Add(format);
        evaluate.SetAction(parse => Evaluate(parse, new CommandRun(parse, language, output, error, format), plan, measurements, at));

        var command = new Command("plan", "Territorial strategy plans: objectives, action plan, funding, governance, commitments and their evaluation.");
        command.Subcommands.Add(evaluate);
        return command;
    }

    private static int Evaluate(ParseResult parse, CommandRun run, Argument<string> plan, Option<string?> measurements, Option<string?> at)
    {
        if (!run.TryDate(parse.GetValue(at), "--at", out var atDate))
        {
            return CliApp.ExitUsage;
        }

        var date = atDate ?? SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb["Europe/Paris"]).Date;
        using var planInput = run.Open(parse.GetValue(plan), out var planSource, out var exit);
        if (planInput is null)
        {
            return exit;
        }

        var loaded = PlanFile.Load(planInput, CommandRun.Named(planSource));
        if (!loaded.TryGetValue(out var strategy))
        {
            return run.Rejected(loaded.Report);
        }

        var report = new ValidationReportBuilder(CommandRun.ExamplesPerRule);
        report.AddReport(loaded.Report);
        IReadOnlyList<Measurement> values = [];
        if (parse.GetValue(measurements) is { } measurementsPath)
        {
            using var measurementsInput = run.Open(measurementsPath, out var measurementsSource, out exit);
            if (measurementsInput is null)
            {
                return exit;
            }

            var read = MeasurementFile.Load(measurementsInput, CommandRun.Named(measurementsSource));
            report.AddReport(read.Report);
            values = read.Value ?? [];
        }

        var issues = report.Build();
        if (CommandRun.ExitFor(issues) == CliApp.ExitUsage)
        {
            return run.Rejected(issues);
        }

        var evaluation = StrategyEvaluator.Evaluate(strategy, values, date);
        if (run.Format == "markdown")
        {
            StrategyEvaluationWriter.WriteMarkdown(evaluation, run.Language, run.Output);
        }
        else
        {
            run.Render(evaluation, (e, o) => StrategyEvaluationWriter.WriteText(e, run.Language, o), null, StrategyEvaluationWriter.WriteJson);
        }
        return run.Finish(issues);
    }
}

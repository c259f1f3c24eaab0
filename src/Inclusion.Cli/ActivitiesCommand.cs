using System.CommandLine;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Statistics;

namespace Inclusion.Cli;

/// <summary><c>inclusion activities stats</c>: the national mediation-activity statistics of an activity file, with
/// small-count suppression of the published distributions (<see cref="ActivityStatistics.Publish(DisclosureRule?)"/>).</summary>
internal static class ActivitiesCommand
{
    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var file = new Option<string>("--activities") { Description = "The activity file (CSV, one accompaniment per row, or a JSON array of the national API).", Required = true };
        var by = new Option<string?>("--by") { Description = "Group by departement, commune or month." };
        by.AcceptOnlyFromAmong("departement", "commune", "month");
        var from = new Option<string?>("--from") { Description = "First day of the period (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Last day of the period (YYYY-MM-DD)." };
        var year = new Option<int?>("--reference-year") { Description = "Year used to derive age brackets (default: the year of --to, else the current year)." };
        var threshold = new Option<int>("--threshold")
        {
            Description = "Counts below this are suppressed in the published distributions (default 11; 1 disables).",
            DefaultValueFactory = _ => DisclosureRule.DefaultThreshold,
        };
        var format = CommandRun.FormatOption("text", "json", "csv");
        var stats = new Command("stats", "Compute the national activity statistics (activities, accompaniments, beneficiaries, weighted distributions, monthly series).");
        foreach (var option in new Option[] { file, by, from, to, year, threshold, format })
        {
            stats.Options.Add(option);
        }

        stats.SetAction(parse =>
        {
            var run = new CommandRun(parse, language, output, error, format);
            if (!run.TryDate(parse.GetValue(from), "--from", out var start) || !run.TryDate(parse.GetValue(to), "--to", out var end))
            {
                return CliApp.ExitUsage;
            }

            if (start is { } s0 && end is { } e0 && e0 < s0)
            {
                return run.Usage("--to is before --from.", "--to est avant --from.");
            }

            if (parse.GetValue(threshold) < 1)
            {
                return run.Usage("--threshold must be at least 1.", "--threshold doit valoir au moins 1.");
            }

            using var input = run.Open(parse.GetValue(file), out var source, out var exit);
            if (input is null)
            {
                return exit;
            }

            var options = new ActivityStatisticsOptions(parse.GetValue(year) ?? end?.Year ?? DateTime.UtcNow.Year, start, end);
            var report = new ValidationReportBuilder(CommandRun.ExamplesPerRule);
            var activities = ActivityFile.Read(input, report, CommandRun.Named(source));
            var groups = parse.GetValue(by) switch
            {
                "departement" => ActivityStatistics.ComputeBy(activities, options, ActivityGrouping.Departement),
                "commune" => ActivityStatistics.ComputeBy(activities, options, ActivityGrouping.Commune),
                "month" => ActivityStatistics.ComputeBy(activities, options, ActivityGrouping.Month),
                _ => [KeyValuePair.Create("total", ActivityStatistics.Compute(activities, options))],
            };
            var issues = report.Build(source);
            if (CommandRun.ExitFor(issues) == CliApp.ExitUsage)
            {
                return run.Rejected(issues);
            }

            run.Render(ActivityStatistics.Publish(groups, new DisclosureRule(parse.GetValue(threshold))), ActivityStatisticsWriter.WriteText, ActivityStatisticsWriter.WriteCsv, ActivityStatisticsWriter.WriteJson);
            return run.Finish(issues);
        });

        var command = new Command("activities", "Mediation activities: statistics by the national definitions.");
        command.Subcommands.Add(stats);
        return command;
    }
}

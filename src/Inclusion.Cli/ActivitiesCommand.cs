using System.CommandLine;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Statistics;
using NodaTime;
using NodaTime.Text;

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
        var format = DiagnosticCli.FormatOption();
        var stats = new Command("stats", "Compute the national activity statistics (activities, accompaniments, beneficiaries, weighted distributions, monthly series).");
        foreach (var option in new Option[] { file, by, from, to, year, threshold, format })
        {
            stats.Options.Add(option);
        }

        stats.SetAction(parse =>
        {
            var lang = CliApp.LanguageOf(parse, language);
            if (!TryDate(parse.GetValue(from), "--from", error, out var start) || !TryDate(parse.GetValue(to), "--to", error, out var end))
            {
                return CliApp.ExitUsage;
            }

            if (start is { } s0 && end is { } e0 && e0 < s0)
            {
                error.WriteLine("--to is before --from.");
                return CliApp.ExitUsage;
            }

            if (parse.GetValue(threshold) < 1)
            {
                error.WriteLine("--threshold must be at least 1.");
                return CliApp.ExitUsage;
            }

            var path = parse.GetValue(file)!;
            if (!DiagnosticCli.Exists(path, error))
            {
                return CliApp.ExitUsage;
            }

            var options = new ActivityStatisticsOptions(parse.GetValue(year) ?? end?.Year ?? DateTime.UtcNow.Year, start, end);
            var report = new ValidationReportBuilder();
            var published = DiagnosticCli.Read(path, p =>
            {
                var activities = ActivityFile.Read(p, report);
                var groups = parse.GetValue(by) switch
                {
                    "departement" => ActivityStatistics.ComputeBy(activities, options, ActivityGrouping.Departement),
                    "commune" => ActivityStatistics.ComputeBy(activities, options, ActivityGrouping.Commune),
                    "month" => ActivityStatistics.ComputeBy(activities, options, ActivityGrouping.Month),
                    _ => [KeyValuePair.Create("total", ActivityStatistics.Compute(activities, options))],
                };
                return ActivityStatistics.Publish(groups, new DisclosureRule(parse.GetValue(threshold)));
            }, error);
            if (published is null)
            {
                return CliApp.ExitUsage;
            }

            DiagnosticCli.Render(published, parse.GetValue(format), output, ActivityStatisticsWriter.WriteText, ActivityStatisticsWriter.WriteCsv, ActivityStatisticsWriter.WriteJson);
            return DiagnosticCli.Finish(report.Build(), lang, error);
        });

        var command = new Command("activities", "Mediation activities: statistics by the national definitions.");
        command.Subcommands.Add(stats);
        return command;
    }

    private static bool TryDate(string? text, string name, TextWriter error, out LocalDate? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (!parsed.Success)
        {
            error.WriteLine($"{name}: \"{text}\" is not a date (YYYY-MM-DD).");
            return false;
        }

        date = parsed.Value;
        return true;
    }
}

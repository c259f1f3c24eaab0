using System.CommandLine;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Surveys;

namespace Inclusion.Cli;

/// <summary>
/// <c>inclusion skills dsi --responses survey.csv [--weight col] [--by col] [--blank-activities count|skip] [--format text|json]</c>: classifies the
/// respondents of a survey file (CSV or JSON) by the Eurostat DSI 2.0 and prints the estimate rendered by the SDK
/// (<see cref="DsiEstimateWriter"/>, <see cref="InclusionJson.SerializeDsiEstimate"/>); issues go to stderr.
/// </summary>
internal static class SkillsCommand
{
    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var responses = new Option<string>("--responses") { Description = "Survey CSV or JSON array of objects (- for standard input): IU, one column per activity variable (IUIF, IUEM…), optional weight and grouping columns.", Required = true };
        var weight = new Option<string?>("--weight") { Description = "Column of design weights (unweighted when absent)." };
        var by = new Option<string?>("--by") { Description = "Grouping column for a breakdown (age_band, sex, territory…)." };
        var blank = new Option<string>("--blank-activities") { Description = "Internet users whose activity cells are all empty (each reported with its line): count (default; 'no skills', in illectronisme) or skip (left out of every indicator).", DefaultValueFactory = _ => "count" };
        blank.AcceptOnlyFromAmong("count", "skip");
        var format = CommandRun.FormatOption("text", "json");
        var confidence = new Option<double>("--confidence") { Description = "Confidence level of the intervals (default 0.95).", DefaultValueFactory = _ => 0.95 };
        var minimum = new Option<int>("--min-group") { Description = "Groups smaller than this are suppressed, with one more when a single group is (default 10).", DefaultValueFactory = _ => DsiEstimator.DefaultMinimumGroupSize };
        var dsi = new Command("dsi", "Digital Skills Indicator 2.0: distribution of levels with confidence intervals, and comparison with national and EU figures. Exit 0 ok, 1 rows with errors, 2 unreadable input.")
        {
            responses, weight, by, blank, format, confidence, minimum,
        };
        dsi.SetAction(parse =>
        {
            var run = new CommandRun(parse, language, output, error, format);
            var level = parse.GetValue(confidence);
            if (!(level > 0 && level < 1))
            {
                return run.Usage("--confidence must be between 0 and 1 (exclusive).", "--confidence doit être strictement entre 0 et 1.");
            }

            using var input = run.Open(parse.GetValue(responses), out var source, out var exit);
            if (input is null)
            {
                return exit;
            }

            var byColumn = parse.GetValue(by);
            var layout = new SurveyLayout
            {
                WeightColumn = parse.GetValue(weight),
                GroupColumns = byColumn is null ? [] : [byColumn],
                BlankActivities = parse.GetValue(blank) == "skip" ? BlankActivityTreatment.Skip : BlankActivityTreatment.CountAsNotDone,
            };
            var loaded = SurveyFile.Load(input, layout, CommandRun.Named(source));
            if (!loaded.TryGetValue(out var survey))
            {
                return run.Rejected(loaded.Report);
            }

            var estimate = DsiEstimator.Estimate(survey, level, byColumn, Math.Max(1, parse.GetValue(minimum)));
            run.Render(estimate, (e, o) => DsiEstimateWriter.WriteText(e, o, source, layout.WeightColumn, run.Language), null, (e, o) => o.WriteLine(InclusionJson.SerializeDsiEstimate(e, indented: true)));
            return run.Finish(loaded.Report);
        });

        var command = new Command("skills", "Digital skills indicators from survey responses.");
        command.Subcommands.Add(dsi);
        return command;
    }
}

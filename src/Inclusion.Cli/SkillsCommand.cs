using System.CommandLine;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Surveys;

namespace Inclusion.Cli;

/// <summary>
/// <c>inclusion skills dsi --responses survey.csv [--weight col] [--by col] [--format text|json]</c>: classifies the
/// respondents of a survey file (CSV or JSON) by the Eurostat DSI 2.0 and prints the estimate rendered by the SDK
/// (<see cref="DsiEstimateWriter"/>, <see cref="InclusionJson.SerializeDsiEstimate"/>); issues go to stderr.
/// </summary>
internal static class SkillsCommand
{
    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var responses = new Option<FileInfo>("--responses") { Description = "Survey CSV or JSON array of objects: IU, one column per activity variable (IUIF, IUEM…), optional weight and grouping columns.", Required = true };
        var weight = new Option<string?>("--weight") { Description = "Column of design weights (unweighted when absent)." };
        var by = new Option<string?>("--by") { Description = "Grouping column for a breakdown (age_band, sex, territory…)." };
        var format = new Option<string>("--format") { Description = "Output: text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var confidence = new Option<double>("--confidence") { Description = "Confidence level of the intervals (default 0.95).", DefaultValueFactory = _ => 0.95 };
        var minimum = new Option<int>("--min-group") { Description = "Groups smaller than this are suppressed, with one more when a single group is (default 10).", DefaultValueFactory = _ => DsiEstimator.DefaultMinimumGroupSize };
        var dsi = new Command("dsi", "Digital Skills Indicator 2.0: distribution of levels with confidence intervals, and comparison with national and EU figures. Exit 0 ok, 1 rows with errors, 2 unreadable input.")
        {
            responses, weight, by, format, confidence, minimum,
        };
        dsi.SetAction(parseResult =>
        {
            var lang = CliApp.LanguageOf(parseResult, language);
            var file = parseResult.GetValue(responses)!;
            var level = parseResult.GetValue(confidence);
            if (!(level > 0 && level < 1) || !file.Exists)
            {
                error.WriteLine(file.Exists ? "--confidence must be between 0 and 1 (exclusive)." : lang == MessageLanguage.French ? $"Fichier introuvable : {file.FullName}" : $"File not found: {file.FullName}");
                return CliApp.ExitUsage;
            }

            var byColumn = parseResult.GetValue(by);
            var layout = new SurveyLayout { WeightColumn = parseResult.GetValue(weight), GroupColumns = byColumn is null ? [] : [byColumn] };
            var loaded = SurveyFile.Load(file.FullName, layout);
            if (loaded.Report.Issues.Count > 0)
            {
                ValidationReportWriter.WriteText(loaded.Report, error, lang, examplesPerRule: 5);
            }

            var json = parseResult.GetValue(format) == "json";
            if (!loaded.TryGetValue(out var survey))
            {
                if (json)
                {
                    output.WriteLine(InclusionJson.Serialize(loaded.Report, indented: true));
                }

                return loaded.Report.Issues.Any(i => i.RuleCode is "file.empty" or "file.binary" or "file.unreadable" or "file.json.malformed") ? CliApp.ExitUsage : CliApp.ExitInvalid;
            }

            var estimate = DsiEstimator.Estimate(survey, level, byColumn, Math.Max(1, parseResult.GetValue(minimum)));
            if (json)
            {
                output.WriteLine(InclusionJson.SerializeDsiEstimate(estimate, indented: true));
            }
            else
            {
                DsiEstimateWriter.WriteText(estimate, output, file.Name, layout.WeightColumn, lang);
            }

            return loaded.Report.IsValid ? CliApp.ExitOk : CliApp.ExitInvalid;
        });

        var command = new Command("skills", "Digital skills indicators from survey responses.");
        command.Subcommands.Add(dsi);
        return command;
    }
}

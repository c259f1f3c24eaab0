using System.CommandLine;
using System.Globalization;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Surveys;

namespace Inclusion.Cli;

/// <summary>
/// <c>inclusion skills dsi --responses survey.csv [--weight col] [--by col] [--format text|json]</c>: classifies the
/// respondents of a survey file by the Eurostat DSI 2.0, prints the weighted distribution of levels with confidence
/// intervals and the comparison with the reference figures.
/// </summary>
internal static class SkillsCommand
{
    private const int MaxIssuesPrinted = 20;

    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var responses = new Option<FileInfo>("--responses") { Description = "Survey CSV (or .json array of objects): IU, one column per activity variable (IUIF, IUEM…), optional weight and grouping columns.", Required = true };
        var weight = new Option<string?>("--weight") { Description = "Column of design weights (unweighted when absent)." };
        var by = new Option<string?>("--by") { Description = "Grouping column for a breakdown (age_band, sex, territory…)." };
        var format = new Option<string>("--format") { Description = "Output: text (default) or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var confidence = new Option<double>("--confidence") { Description = "Confidence level of the intervals (default 0.95).", DefaultValueFactory = _ => 0.95 };
        var minimum = new Option<int>("--min-group") { Description = "Groups smaller than this are suppressed (default 10).", DefaultValueFactory = _ => DsiEstimator.DefaultMinimumGroupSize };

        var dsi = new Command("dsi", "Digital Skills Indicator 2.0: distribution of levels with confidence intervals, and comparison with national and EU figures. Exit 0 ok, 1 rows with errors, 2 unreadable input.");
        foreach (var option in new Option[] { responses, weight, by, format, confidence, minimum })
        {
            dsi.Options.Add(option);
        }

        dsi.SetAction(parseResult =>
        {
            var lang = CliApp.LanguageOf(parseResult, language);
            var file = parseResult.GetValue(responses)!;
            var level = parseResult.GetValue(confidence);
            if (!(level > 0 && level < 1))
            {
                error.WriteLine("--confidence must be between 0 and 1 (exclusive).");
                return CliApp.ExitUsage;
            }

            if (!file.Exists)
            {
                error.WriteLine(lang == MessageLanguage.French ? $"Fichier introuvable : {file.FullName}" : $"File not found: {file.FullName}");
                return CliApp.ExitUsage;
            }

            var byColumn = parseResult.GetValue(by);
            var options = new SurveyReadOptions
            {
                WeightColumn = parseResult.GetValue(weight),
                GroupColumns = byColumn is null ? [] : [byColumn],
            };
            SurveyLoadResult loaded;
            if (file.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
            {
                loaded = SurveyFile.ReadJson(File.ReadAllText(file.FullName), file.Name, options);
            }
            else
            {
                using var reader = file.OpenText();
                loaded = SurveyFile.Read(reader, file.Name, options);
            }

            foreach (var issue in loaded.Report.Issues.OrderByDescending(i => i.Severity).Take(MaxIssuesPrinted))
            {
                error.WriteLine(issue.ToString(lang));
            }

            if (loaded.Report.TotalCountBeyond(MaxIssuesPrinted) is var more and > 0)
            {
                error.WriteLine(lang == MessageLanguage.French ? $"… et {more} autre(s) problème(s)." : $"… and {more} more issue(s).");
            }

            var hasColumns = loaded.Report.CountOf("survey-file.missing-column") + loaded.Report.CountOf("survey-file.empty")
                + loaded.Report.CountOf("survey-file.duplicate-column") + loaded.Report.CountOf("survey-file.unreadable")
                + loaded.Report.CountOf("survey-file.json") == 0;
            if (!hasColumns)
            {
                return CliApp.ExitInvalid;
            }

            var estimate = DsiEstimator.Estimate(loaded.Responses, level, byColumn, Math.Max(1, parseResult.GetValue(minimum)));
            if (parseResult.GetValue(format) == "json")
            {
                output.WriteLine(InclusionJson.SerializeDsiEstimate(estimate, indented: true));
            }
            else
            {
                PrintText(estimate, file.Name, options.WeightColumn, output);
            }

            return loaded.Report.IsValid ? CliApp.ExitOk : CliApp.ExitInvalid;
        });

        var command = new Command("skills", "Digital skills indicators from survey responses.");
        command.Subcommands.Add(dsi);
        return command;
    }

    private static long TotalCountBeyond(this ValidationReport report, int printed) =>
        report.ErrorCount + report.WarningCount + report.InfoCount - Math.Min(printed, report.Issues.Count);

    private static string Pct(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Interval(ConfidenceInterval interval) => $"[{Pct(interval.Lower)}, {Pct(interval.Upper)}]";

    private static void PrintText(DsiEstimate estimate, string source, string? weightColumn, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"DSI 2.0 — {source}: {estimate.SampleCount} respondents, "
            + (weightColumn is null ? "unweighted" : $"weights '{weightColumn}' (sum {estimate.WeightTotal.ToString("0.###", inv)})")
            + $", effective n {estimate.EffectiveSampleSize.ToString("0.0", inv)}; {(estimate.Confidence * 100).ToString("0.##", inv)} % intervals, in %.");
        output.WriteLine($"Catalogue: {estimate.Catalogue} (to be confirmed against Eurostat's annex).");
        output.WriteLine();
        output.WriteLine($"{"level",-28} {"code",-11} {"n",6} {"share",6}  {"Wilson",-14} Clopper-Pearson");
        foreach (var share in estimate.Levels)
        {
            Row(DsiLevels.LabelOf(share.Level), share.Code, share.Proportion);
        }

        Row("at least basic", DsiLevels.AtLeastBasicCode, estimate.AtLeastBasic);
        Row("illectronisme (INSEE 2021)", "NA + X", estimate.Illectronisme);

        if (estimate.Groups.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"At least basic by {estimate.Groups[0].Column}:");
            foreach (var group in estimate.Groups)
            {
                var name = group.Value.Length == 0 ? "(empty)" : group.Value;
                if (group.Estimate is null)
                {
                    output.WriteLine($"  {name,-26} {group.SampleCount,6}  suppressed (small group)");
                }
                else
                {
                    var p = group.Estimate.AtLeastBasic;
                    output.WriteLine($"  {name,-26} {group.SampleCount,6} {Pct(p.Estimate),6}  {Interval(p.Wilson),-14} {Interval(p.ClopperPearson)}");
                }
            }
        }

        output.WriteLine();
        output.WriteLine("Comparison with reference figures:");
        foreach (var comparison in estimate.Comparisons)
        {
            var f = comparison.Figure;
            var label = $"{f.Indicator} {f.Geo} {f.Year}{(f.IsTarget ? " target" : string.Empty)}";
            var verdict = comparison.WithinInterval ? "within the interval" : "outside the interval";
            output.WriteLine($"  {label,-36} {f.Percent.ToString("0.0##", inv),6} %  estimate {comparison.EstimatePercent.ToString("0.0", inv),5} %  {comparison.DifferencePoints.ToString("+0.0;-0.0;0.0", inv),6} pts  {verdict}  ({f.Source})");
        }

        void Row(string label, string code, WeightedProportion p) =>
            output.WriteLine($"{label,-28} {code,-11} {p.SuccessCount,6} {Pct(p.Estimate),6}  {Interval(p.Wilson),-14} {Interval(p.ClopperPearson)}");
    }
}

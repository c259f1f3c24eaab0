using System.CommandLine;
using System.Globalization;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Statistics;
using NodaTime;
using NodaTime.Text;

namespace Inclusion.Cli;

/// <summary><c>inclusion activities stats</c>: the national mediation-activity statistics of an activity file, with
/// small-count suppression of the published distributions.</summary>
internal static class ActivitiesCommand
{
    private static readonly (string Name, Func<ActivityStatistics, IReadOnlyList<CategoryCount>> Items)[] Distributions =
    [
        ("types_activite", s => s.ActivityTypes),
        ("types_accompagnement", s => s.AccompanimentTypes),
        ("durees", s => s.Durations),
        ("types_lieu", s => s.PlaceTypes),
        ("thematiques", s => s.Thematiques),
        ("thematiques_demarches", s => s.AdministrativeThematiques),
        ("materiels", s => s.Equipment),
        ("genres", s => s.Genres),
        ("statuts_sociaux", s => s.SocialStatuses),
        ("tranches_age", s => s.AgeBrackets),
    ];

    internal static Command Create(Option<string> language, TextWriter output, TextWriter error)
    {
        var file = new Option<string>("--activities") { Description = "The activity CSV file (one accompaniment per row).", Required = true };
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

            using var reader = DiagnosticCli.Open(parse.GetValue(file), error);
            if (reader is null)
            {
                return CliApp.ExitUsage;
            }

            var referenceYear = parse.GetValue(year) ?? end?.Year ?? DateTime.UtcNow.Year;
            var options = new ActivityStatisticsOptions(referenceYear, start, end);
            var report = new ValidationReportBuilder();
            var activities = DiagnosticCli.IsJson(parse.GetValue(file)!)
                ? ActivityFile.ReadJson(reader, Path.GetFileName(parse.GetValue(file)), report)
                : ActivityFile.Read(reader, Path.GetFileName(parse.GetValue(file)), report);
            IReadOnlyList<KeyValuePair<string, ActivityStatistics>> groups = parse.GetValue(by) switch
            {
                "departement" => ActivityStatistics.ComputeBy(activities, options, ActivityGrouping.Departement),
                "commune" => ActivityStatistics.ComputeBy(activities, options, ActivityGrouping.Commune),
                "month" => ActivityStatistics.ComputeBy(activities, options, ActivityGrouping.Month),
                _ => [KeyValuePair.Create("total", ActivityStatistics.Compute(activities, options))],
            };
            var rule = new DisclosureRule(parse.GetValue(threshold));
            var published = Protect(groups, rule);
            switch (parse.GetValue(format))
            {
                case "json": WriteJson(groups, published, rule, output); break;
                case "csv": WriteCsv(groups, published, output); break;
                default: WriteText(groups, published, rule, output); break;
            }

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

    /// <summary>For each distribution, the published count of each group × item (null = suppressed): a groups × items
    /// table is protected with its row and column totals, a single group as a distribution.</summary>
    private static long?[][][] Protect(IReadOnlyList<KeyValuePair<string, ActivityStatistics>> groups, DisclosureRule rule)
    {
        var result = new long?[Distributions.Length][][];
        for (var d = 0; d < Distributions.Length; d++)
        {
            result[d] = new long?[groups.Count][];
            if (groups.Count == 0)
            {
                continue;
            }

            var items = Distributions[d].Items(groups[0].Value).Count;
            if (groups.Count >= 2 && items >= 2)
            {
                var cells = new long[groups.Count, items];
                for (var g = 0; g < groups.Count; g++)
                {
                    var list = Distributions[d].Items(groups[g].Value);
                    for (var i = 0; i < items; i++)
                    {
                        cells[g, i] = list[i].Count;
                    }
                }

                var table = DisclosureControl.ProtectTable(cells, rule);
                for (var g = 0; g < groups.Count; g++)
                {
                    result[d][g] = [.. Enumerable.Range(0, items).Select(i => table.PublishedValue(g, i))];
                }
            }
            else
            {
                for (var g = 0; g < groups.Count; g++)
                {
                    var counts = Distributions[d].Items(groups[g].Value).Select(c => c.Count).ToArray();
                    var protectedCounts = DisclosureControl.ProtectDistribution(counts, rule);
                    result[d][g] = [.. Enumerable.Range(0, counts.Length).Select(protectedCounts.PublishedValue)];
                }
            }
        }

        return result;
    }

    private static void WriteText(IReadOnlyList<KeyValuePair<string, ActivityStatistics>> groups, long?[][][] published, DisclosureRule rule, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine($"Cells below {rule.Threshold} and the cells that would reveal them are shown as \"s\".");
        for (var g = 0; g < groups.Count; g++)
        {
            var (key, s) = (groups[g].Key, groups[g].Value);
            output.WriteLine();
            output.WriteLine($"== {key} ==");
            string Cell(long? n) => n?.ToString(inv) ?? "s";
            output.WriteLine(string.Create(inv, $"Activities: {s.Activities} (individual {Cell(published[0][g][0])}, collective {Cell(published[0][g][1])})"));
            output.WriteLine(string.Create(inv, $"Accompaniments: {s.Accompaniments} (workshop participants {Cell(published[1][g][1])})"));
            output.WriteLine(string.Create(inv, $"Beneficiaries: {s.Beneficiaries} (followed {s.FollowedBeneficiaries}, anonymous {s.AnonymousBeneficiaries}, new {s.NewBeneficiaries})"));
            for (var d = 0; d < Distributions.Length; d++)
            {
                output.WriteLine(Distributions[d].Name + ":");
                var items = Distributions[d].Items(s);
                for (var i = 0; i < items.Count; i++)
                {
                    output.WriteLine(published[d][g][i] is { } n
                        ? string.Create(inv, $"  {items[i].Label}: {n} ({items[i].Proportion} %)")
                        : $"  {items[i].Label}: s");
                }
            }

            output.WriteLine("monthly:");
            foreach (var m in s.Monthly)
            {
                output.WriteLine(string.Create(inv, $"  {m.Month:yyyy-MM}: {m.Activities} activities, {m.Accompaniments} accompaniments"));
            }
        }
    }

    private static void WriteCsv(IReadOnlyList<KeyValuePair<string, ActivityStatistics>> groups, long?[][][] published, TextWriter output)
    {
        output.WriteLine("group,measure,value,label,count,proportion");
        for (var g = 0; g < groups.Count; g++)
        {
            var (key, s) = (DiagnosticCli.Csv(groups[g].Key), groups[g].Value);
            foreach (var (name, value) in Totals(s, published, g))
            {
                output.WriteLine($"{key},{name},,,{(value is { } v ? DiagnosticCli.Num(v) : "s")},");
            }

            for (var d = 0; d < Distributions.Length; d++)
            {
                var items = Distributions[d].Items(s);
                for (var i = 0; i < items.Count; i++)
                {
                    var n = published[d][g][i];
                    output.WriteLine($"{key},{Distributions[d].Name},{items[i].Value},{DiagnosticCli.Csv(items[i].Label)},{(n is { } c ? DiagnosticCli.Num(c) : "s")},{(n is null ? "s" : DiagnosticCli.Num(items[i].Proportion))}");
                }
            }

            foreach (var m in s.Monthly)
            {
                output.WriteLine($"{key},accompagnements_mensuels,{m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)},,{DiagnosticCli.Num(m.Accompaniments)},");
            }
        }
    }

    private static void WriteJson(IReadOnlyList<KeyValuePair<string, ActivityStatistics>> groups, long?[][][] published, DisclosureRule rule, TextWriter output) =>
        DiagnosticCli.WriteJson(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("suppressionThreshold", rule.Threshold);
            json.WriteStartArray("groups");
            for (var g = 0; g < groups.Count; g++)
            {
                var s = groups[g].Value;
                json.WriteStartObject();
                json.WriteString("key", groups[g].Key);
                foreach (var (name, value) in Totals(s, published, g))
                {
                    if (value is { } v)
                    {
                        json.WriteNumber(name, v);
                    }
                    else
                    {
                        json.WriteNull(name);
                    }
                }

                for (var d = 0; d < Distributions.Length; d++)
                {
                    json.WriteStartArray(Distributions[d].Name);
                    var items = Distributions[d].Items(s);
                    for (var i = 0; i < items.Count; i++)
                    {
                        json.WriteStartObject();
                        json.WriteString("value", items[i].Value);
                        json.WriteString("label", items[i].Label);
                        if (published[d][g][i] is { } n)
                        {
                            json.WriteNumber("count", n);
                            json.WriteNumber("proportion", items[i].Proportion);
                        }
                        else
                        {
                            json.WriteNull("count");
                            json.WriteNull("proportion");
                            json.WriteBoolean("suppressed", true);
                        }

                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                }

                json.WriteStartArray("monthly");
                foreach (var m in s.Monthly)
                {
                    json.WriteStartObject();
                    json.WriteString("month", m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
                    json.WriteNumber("activities", m.Activities);
                    json.WriteNumber("accompaniments", m.Accompaniments);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    /// <summary>The totals; the individual/collective split follows the suppression of the type distributions.</summary>
    private static (string Name, long? Value)[] Totals(ActivityStatistics s, long?[][][] published, int g) =>
    [
        ("activites", s.Activities), ("individuels", published[0][g][0]), ("collectifs", published[0][g][1]),
        ("participants_collectifs", published[1][g][1]), ("accompagnements", s.Accompaniments),
        ("beneficiaires", s.Beneficiaries), ("suivis", s.FollowedBeneficiaries), ("anonymes", s.AnonymousBeneficiaries),
        ("nouveaux", s.NewBeneficiaries),
    ];
}

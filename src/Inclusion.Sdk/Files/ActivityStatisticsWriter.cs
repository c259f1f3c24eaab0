using System.Globalization;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>Writes published activity statistics (<see cref="PublishedActivityStatistics"/>, small counts already
/// suppressed) as text, CSV or JSON. A suppressed count is <c>s</c> in text and CSV, <c>null</c> in JSON.</summary>
public static class ActivityStatisticsWriter
{
    /// <summary>Writes a human-readable report, one section per group.</summary>
    /// <param name="statistics">The published statistics.</param>
    /// <param name="output">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteText(PublishedActivityStatistics statistics, TextWriter output)
    {
        Preconditions.CheckNotNull(statistics);
        Preconditions.CheckNotNull(output);
        var inv = CultureInfo.InvariantCulture;
        static string Cell(long? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "s";
        output.WriteLine($"Cells below {statistics.Rule.Threshold} and the cells that would reveal them are shown as \"s\".");
        for (var g = 0; g < statistics.Groups.Count; g++)
        {
            var (key, s) = (statistics.Groups[g].Key, statistics.Groups[g].Value);
            var totals = statistics.Totals(g);
            output.WriteLine();
            output.WriteLine($"== {key} ==");
            output.WriteLine(string.Create(inv, $"Activities: {s.Activities} (individual {Cell(totals[1].Value)}, collective {Cell(totals[2].Value)})"));
            output.WriteLine(string.Create(inv, $"Accompaniments: {s.Accompaniments} (workshop participants {Cell(totals[3].Value)})"));
            output.WriteLine(string.Create(inv, $"Beneficiaries: {s.Beneficiaries} (followed {s.FollowedBeneficiaries}, anonymous {s.AnonymousBeneficiaries}, new {s.NewBeneficiaries})"));
            for (var d = 0; d < PublishedActivityStatistics.DistributionNames.Count; d++)
            {
                output.WriteLine(PublishedActivityStatistics.DistributionNames[d] + ":");
                var items = statistics.Items(g, d);
                for (var i = 0; i < items.Count; i++)
                {
                    output.WriteLine(statistics.PublishedCount(g, d, i) is { } n
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

    /// <summary>Writes a long CSV table <c>group,measure,value,label,count,proportion</c>: the totals, every item of
    /// every distribution, and the monthly accompaniments.</summary>
    /// <param name="statistics">The published statistics.</param>
    /// <param name="output">The writer (left open).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(PublishedActivityStatistics statistics, TextWriter output)
    {
        Preconditions.CheckNotNull(statistics);
        Preconditions.CheckNotNull(output);
        using var csv = DiagnosticOutput.Csv(output);
        void Row(string group, string measure, string value, string label, string count, string proportion)
        {
            using var row = csv.NewRow();
            row["group"].Set(group);
            row["measure"].Set(measure);
            row["value"].Set(value);
            row["label"].Set(label);
            row["count"].Set(count);
            row["proportion"].Set(proportion);
        }

        for (var g = 0; g < statistics.Groups.Count; g++)
        {
            var (key, s) = (statistics.Groups[g].Key, statistics.Groups[g].Value);
            foreach (var (name, value) in statistics.Totals(g))
            {
                Row(key, name, string.Empty, string.Empty, value is { } v ? DiagnosticOutput.Num(v) : "s", string.Empty);
            }

            for (var d = 0; d < PublishedActivityStatistics.DistributionNames.Count; d++)
            {
                var items = statistics.Items(g, d);
                for (var i = 0; i < items.Count; i++)
                {
                    var n = statistics.PublishedCount(g, d, i);
                    Row(key, PublishedActivityStatistics.DistributionNames[d], items[i].Value, items[i].Label,
                        n is { } c ? DiagnosticOutput.Num(c) : "s", n is null ? "s" : DiagnosticOutput.Num(items[i].Proportion));
                }
            }

            foreach (var m in s.Monthly)
            {
                Row(key, "accompagnements_mensuels", m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), string.Empty, DiagnosticOutput.Num(m.Accompaniments), string.Empty);
            }
        }
    }

    /// <summary>Writes an indented JSON object <c>{"suppressionThreshold", "groups": [...]}</c>; a suppressed count and
    /// its proportion are <c>null</c> with <c>"suppressed": true</c>.</summary>
    /// <param name="statistics">The published statistics.</param>
    /// <param name="output">The writer.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJson(PublishedActivityStatistics statistics, TextWriter output)
    {
        Preconditions.CheckNotNull(statistics);
        Preconditions.CheckNotNull(output);
        DiagnosticOutput.Json(output, json =>
        {
            json.WriteStartObject();
            json.WriteNumber("suppressionThreshold", statistics.Rule.Threshold);
            json.WriteStartArray("groups");
            for (var g = 0; g < statistics.Groups.Count; g++)
            {
                var s = statistics.Groups[g].Value;
                json.WriteStartObject();
                json.WriteString("key", statistics.Groups[g].Key);
                foreach (var (name, value) in statistics.Totals(g))
                {
                    json.NumberOrNull(name, value);
                }

                for (var d = 0; d < PublishedActivityStatistics.DistributionNames.Count; d++)
                {
                    json.WriteStartArray(PublishedActivityStatistics.DistributionNames[d]);
                    var items = statistics.Items(g, d);
                    for (var i = 0; i < items.Count; i++)
                    {
                        json.WriteStartObject();
                        json.WriteString("value", items[i].Value);
                        json.WriteString("label", items[i].Label);
                        if (statistics.PublishedCount(g, d, i) is { } n)
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
    }
}

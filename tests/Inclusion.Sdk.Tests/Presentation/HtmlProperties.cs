using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Presentation;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Tests.Activities;

namespace Inclusion.Sdk.Tests.Presentation;

/// <summary>Properties of the encoder and of small-count suppression in everything rendered.</summary>
public class HtmlProperties
{
    /// <summary>Any text, including markup, entities, controls and lone surrogates, comes back as itself (characters XML
    /// cannot carry replaced by U+FFFD) from a well-formed document: nothing it contains is ever read as markup.</summary>
    [Property(MaxTest = 300)]
    public bool Any_text_is_encoded_as_text(string? text)
    {
        text ??= string.Empty;
        var report = ValidationReport.Create([new ValidationIssue("test.value", Severity.Error, "m", "m", "<" + text + "&")]);
        var root = HtmlAssert.Parse(report.ToHtml());
        var cell = root.All("table").Last().Element("tbody")!.Element("tr")!.Elements().ElementAt(4).Value;
        return cell == "<" + XmlSafe(text) + "&" && root.All("script").None();
    }

    /// <summary>A count below the threshold never appears in a protected distribution's table: its cell is the mark.</summary>
    [Property(MaxTest = 300)]
    public bool Counts_below_the_threshold_never_appear(NonEmptyArray<byte> raw, PositiveInt threshold)
    {
        var counts = raw.Get.Take(12).Select(b => (long)(b % 40)).ToArray();
        var rule = new DisclosureRule(1 + (threshold.Get % 15));
        var html = DisclosureControl.ProtectDistribution(counts, rule).ToHtml(new HtmlOptions { Disclosure = rule });
        var cells = HtmlAssert.Parse(html).All("tbody").Single().Elements("tr").Select(r => r.Elements().Last().Value).ToArray();
        return counts.Select((c, i) => !rule.IsSensitive(c) || cells[i] == "s").All(ok => ok)
            && cells.Take(counts.Length).Select((c, i) => c == "s" || c == counts[i].ToString(CultureInfo.InvariantCulture)).All(ok => ok);
    }

    /// <summary>In activity statistics, a sensitive month is the mark in the table and in the chart's text alternative,
    /// and no point is drawn for it.</summary>
    [Property(MaxTest = 100, Arbitrary = [typeof(ActivityStatisticsTests.ActivityArbitraries)])]
    public bool Sensitive_months_are_suppressed_in_the_table_and_the_chart(MediationActivity[] activities)
    {
        var statistics = ActivityStatistics.Compute(activities, new ActivityStatisticsOptions(2025));
        var root = HtmlAssert.Parse(statistics.ToHtml());
        if (statistics.Monthly.Count == 0)
        {
            return root.All("svg").None();
        }

        var table = root.Table("Activities and accompaniments by month");
        var desc = root.All("svg").Single().Elements().Single(e => e.Name.LocalName == "desc").Value;
        var rule = DisclosureRule.Default;
        return statistics.Monthly.All(m =>
        {
            var month = m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var row = table.Row(month);
            return (!rule.IsSensitive(m.Activities) || (row[0] == "s" && !desc.Contains(month + " " + m.Activities.ToString(CultureInfo.InvariantCulture) + ",", StringComparison.Ordinal)
                    && !desc.Contains(month + " " + m.Activities.ToString(CultureInfo.InvariantCulture) + ".", StringComparison.Ordinal)))
                && (!rule.IsSensitive(m.Accompaniments) || row[1] == "s");
        });
    }

    private static string XmlSafe(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || (c < ' ' && c is not ('\t' or '\n' or '\r')))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

internal static class EnumerableExtensions
{
    internal static bool None<T>(this IEnumerable<T> source) => !source.Any();
}

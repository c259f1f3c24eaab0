using System.Collections;
using System.Globalization;
using System.Xml.Linq;
using Inclusion.Sdk.Presentation;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Presentation;

/// <summary>Every result type renders as accessible, well-formed, encoded HTML in English and French (issue 13).</summary>
public class HtmlRenderingTests
{
    /// <summary>Shows every count (threshold 1), to check values; the default rule is tested for suppression.</summary>
    private static readonly HtmlOptions Everything = new() { Disclosure = new DisclosureRule(1) };

    public static TheoryData<string> TypeNames() => [.. HtmlSamples.Instances.Keys.Select(t => t.Name).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Every_result_type_renders_accessible_well_formed_html_in_English_and_French(string typeName)
    {
        var result = HtmlSamples.Of(typeName);
        var english = result.ToHtml();
        var french = result.ToHtml(HtmlOptions.French);
        foreach (var (html, lang) in new[] { (english, "en"), (french, "fr") })
        {
            var root = HtmlAssert.Parse(html);
            var section = Assert.Single(root.Elements());
            Assert.Equal("section", section.Name.LocalName);
            Assert.Equal(lang, (string?)section.Attribute("lang"));
            Assert.False(string.IsNullOrWhiteSpace(section.Element("h2")?.Value));
            HtmlAssert.TablesAreAccessible(root);
            HtmlAssert.ChartsAreAccessible(root);
            Assert.True(root.All("table").Any(), "no table");
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }

        Assert.NotEqual(english, french);
    }

    /// <summary>One value each result must show, read from the instance itself (and the mark where the default rule hides it).</summary>
    [Theory]
    [MemberData(nameof(TypeNames))]
    public void Every_result_type_shows_its_values(string typeName)
    {
        var result = HtmlSamples.Of(typeName);
        var inv = CultureInfo.InvariantCulture;
        string[] expected = result switch
        {
            ValidationReport r => ["siret.checksum", r.ErrorCount.ToString(inv)],
            Inclusion.Sdk.Activities.ActivityStatistics r => [r.Activities.ToString(inv), r.Accompaniments.ToString(inv)],
            Inclusion.Sdk.Activities.PublishedActivityStatistics r => [.. r.Groups.Select(g => g.Key), r.Totals(0)[0].Value!.Value.ToString(inv)],
            Inclusion.Sdk.Activities.LegacyCraStatistics r => [r.Accompaniments.ToString(inv), "s"], // 2 reports: below 11
            DsiEstimate r => [r.SampleCount.ToString(inv), r.Catalogue],
            WeightedProportion r => [Math.Round(r.Estimate * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", inv) + " %"],
            ReferenceComparison r => [r.Figure.Indicator, r.Figure.Geo],
            Inclusion.Sdk.Skills.CohortStatistics r => [r.Profile, "s"], // 3 people
            Inclusion.Sdk.Skills.SkillsProgress r => ["2.1", "2", r.PersonId],
            Inclusion.Sdk.Indicators.IndexResult r => [r.Rows[0].Code, "1", "5"],
            Inclusion.Sdk.Indicators.IndicatorTable => ["31555", "1.5", "—"],
            Inclusion.Sdk.Offer.OfferMap r => [r.Places.ToString(inv), r.ByDepartement[0].Code],
            Inclusion.Sdk.Offer.OfferDensity r => [r.Code, r.Places.ToString(inv)],
            ProtectedTable => ["40", "s"],
            ProtectedDistribution => ["40", "0", "s"], // 3 below 11; 20, the smallest non-zero cell, is its complementary suppression (a zero would give it back)
            Inclusion.Sdk.Vouchers.VoucherKpis r => [r.Overall.PassesHanded.ToString(inv), r.ByDistributor[0].Label],
            Inclusion.Sdk.Vouchers.KpiFigures r => [r.PassesRedeemed.ToString(inv), r.ValueUsed.ToString()],
            Inclusion.Sdk.Vouchers.ClosingStatement r => [r.PassesOrdered.ToString(inv), r.PaidToProviders.ToString()],
            Inclusion.Sdk.Vouchers.ProviderStatement r => [r.ProviderName, r.NetPayable.ToString()],
            Inclusion.Sdk.Vouchers.VoucherSettlement r => [r.Statements[0].ProviderName, r.Closing.PaidToProviders.ToString()],
            StrategyEvaluation r => [.. r.Objectives.Select(o => o.Id), r.Budget.ToString()],
            FundingTotals r => [r.Planned.ToString(), r.Spent.ToString()],
            CommitmentSummary r => [r.ActorName, r.Title],
            TrainingSummary r => [r.Title],
            SeedReferenceComparison r => [r.IndicatorId, Math.Round(r.ReferencePercent, 1, MidpointRounding.AwayFromZero).ToString("0.#", inv) + " %"],
            Inclusion.Sdk.Files.PlacesFileSummary r => [r.RowCount.ToString(inv)],
            _ => throw new InvalidOperationException("no expectation for " + typeName),
        };
        var cells = HtmlAssert.Parse(result.ToHtml()).Descendants().Where(e => e.Name.LocalName is "td" or "th" or "dd").Select(e => e.Value).ToHashSet();
        Assert.All(expected, value => Assert.Contains(value, cells));
    }

    [Fact]
    public void Every_public_result_type_marked_renderable_has_a_sample_a_rendering_and_the_formatter_attribute()
    {
        var renderable = typeof(HtmlRendering).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && typeof(IHtmlRenderable).IsAssignableFrom(t)).ToHashSet();
        Assert.Equal(renderable.OrderBy(t => t.FullName), HtmlSamples.Instances.Keys.OrderBy(t => t.FullName));
        Assert.Equal(renderable.OrderBy(t => t.FullName), HtmlRenderers.RenderedTypes.OrderBy(t => t.FullName));
        foreach (var type in renderable)
        {
            var attribute = Assert.Single(type.GetCustomAttributes(true), a => a.GetType().Name == "TypeFormatterSourceAttribute");
            Assert.False(attribute.GetType().IsPublic, "the attribute must stay internal");
            Assert.Contains("text/html", (string[])attribute.GetType().GetProperty("PreferredMimeTypes")!.GetValue(attribute)!);
        }
    }

    /// <summary>What .NET Interactive does (Formatter.cs, convention-based sources): find the attribute by name, create the
    /// source with Activator.CreateInstance, call CreateTypeFormatters(), bind MimeType, Type and Format by reflection.</summary>
    [Theory]
    [MemberData(nameof(TypeNames))]
    public void A_notebook_host_finds_and_uses_the_formatter_by_name(string typeName)
    {
        var instance = HtmlSamples.Of(typeName);
        var attribute = instance.GetType().GetCustomAttributes(true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");
        var sourceType = (Type)attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute)!;
        var source = Activator.CreateInstance(sourceType)!;
        var formatters = ((IEnumerable)sourceType.GetMethod("CreateTypeFormatters")!.Invoke(source, null)!).Cast<object>().ToList();
        var formatter = Assert.Single(formatters, f => (Type)f.GetType().GetProperty("Type")!.GetValue(f)! == instance.GetType());
        Assert.Equal("text/html", formatter.GetType().GetProperty("MimeType")!.GetValue(formatter));
        var format = formatter.GetType().GetMethod("Format", [typeof(object), typeof(TextWriter)])!;
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Assert.True((bool)format.Invoke(formatter, [instance, writer])!);
        Assert.Equal(instance.ToHtml(), writer.ToString());
        Assert.False((bool)format.Invoke(formatter, ["not a result", new StringWriter(CultureInfo.InvariantCulture)])!);
    }

    [Fact]
    public void Activity_statistics_show_a_monthly_line_chart_and_suppress_the_small_month()
    {
        var statistics = HtmlSamples.Activities();
        var root = HtmlAssert.Parse(statistics.ToHtml());
        var monthly = root.Table("Activities and accompaniments by month");
        // Activities 30, 3, 15: 3 is below 11, and 15 goes too (secondary suppression: the total is published).
        // Accompaniments 30, 3, 39: 3 is below 11, and 30 goes too.
        Assert.Equal(["30", "s"], monthly.Row("2025-01"));
        Assert.Equal(["s", "s"], monthly.Row("2025-02"));
        Assert.Equal(["s", "39"], monthly.Row("2025-03"));
        var svg = Assert.Single(root.All("svg"));
        Assert.NotEmpty(svg.All("polyline"));
        var desc = svg.Elements().Single(e => e.Name.LocalName == "desc").Value;
        Assert.Contains("2025-01 30", desc, StringComparison.Ordinal);
        Assert.Contains("2025-02 s", desc, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-02 3", desc, StringComparison.Ordinal);
        Assert.Contains(root.All("p"), p => ((string?)p.Attribute("class"))?.Contains("suppression", StringComparison.Ordinal) == true);
        Assert.Contains(root.All("cite"), c => c.Value.Contains("CRA v2", StringComparison.Ordinal));

        var french = HtmlAssert.Parse(statistics.ToHtml(HtmlOptions.French));
        Assert.Equal(["30", "s"], french.Table("Activités et accompagnements par mois").Row("2025-01"));
        Assert.Contains(french.All("p"), p => p.Value.StartsWith("s : non publié (secret statistique)", StringComparison.Ordinal));
    }

    [Fact]
    public void Dsi_estimate_shows_stacked_shares_and_bars_with_intervals_in_the_invariant_culture()
    {
        var estimate = HtmlSamples.Survey();
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
        try
        {
            var root = HtmlAssert.Parse(estimate.ToHtml(Everything));
            Assert.Equal(2, root.All("svg").Count()); // stacked shares, bars with whiskers
            Assert.Contains(root.All("svg").Last().All("line"), l => (string?)l.Attribute("class") == "whisker");
            var levels = root.Table("Distribution of the overall digital skills level");
            var atLeastBasic = levels.Row("At least basic");
            Assert.Equal(Percent(estimate.AtLeastBasic.Estimate), atLeastBasic[1]);
            Assert.Equal(Percent(estimate.AtLeastBasic.Wilson.Lower), atLeastBasic[2]);
            Assert.DoesNotContain(",", atLeastBasic[1], StringComparison.Ordinal);
            Assert.Contains(root.All("cite"), c => c.Value.Contains("Eurostat", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        static string Percent(double share) => Math.Round(share * 100, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + " %";
    }

    [Fact]
    public void Dsi_estimate_of_few_respondents_shows_no_share_anywhere()
    {
        var responses = HtmlSamples.SmallSurvey();
        var estimate = DsiEstimator.Estimate(responses, by: "sex", minimumGroupSize: 2);
        var html = estimate.ToHtml();
        var root = HtmlAssert.Parse(html);
        var levels = root.Table("Distribution of the overall digital skills level");
        Assert.All(levels.Element("tbody")!.Elements("tr"), r => Assert.All(r.Elements().Skip(2), c => Assert.Equal("s", c.Value)));
        var shares = estimate.Levels.Select(l => l.Proportion.Estimate * 100).Append(estimate.AtLeastBasic.Estimate * 100)
            .Where(v => v > 0).Select(v => Math.Round(v, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + " %");
        var texts = HtmlAssert.Texts(root).ToList();
        Assert.All(shares, s => Assert.DoesNotContain(texts, t => t.Contains(s, StringComparison.Ordinal)));
        Assert.All(root.All("rect"), r => Assert.Equal("12", (string?)r.Attribute("width"))); // legend keys only, no bar
    }

    [Fact]
    public void Index_result_is_a_choropleth_ready_table_with_quintile_classes_and_encoded_names()
    {
        var html = HtmlSamples.Index().ToHtml();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;", html, StringComparison.Ordinal);
        var root = HtmlAssert.Parse(html);
        var table = root.All("table").First();
        Assert.Equal(["Territory code", "Name", "Population (inhabitants)", "Axis axe_1", "Score", "Class (quintile)"],
            table.Element("thead")!.Descendants("th").Select(th => th.Value));
        Assert.Equal(HtmlSamples.Hostile, table.Row("31001")[0]);
        Assert.Equal("1", table.Row("31001")[^1]);
        Assert.Equal("5", table.Row("31010")[^1]);
        Assert.Contains(root.All("p"), p => p.Value == "Confirmed by the producer: Confirmed " + HtmlSamples.Hostile);
    }

    [Fact]
    public void Validation_report_encodes_hostile_values_and_messages_in_both_languages()
    {
        var report = (ValidationReport)HtmlSamples.Instances[typeof(ValidationReport)];
        foreach (var (options, caption, message) in new[] { (HtmlOptions.Default, "Issues", "Bad SIRET "), (HtmlOptions.French, "Anomalies", "SIRET invalide ") })
        {
            var html = report.ToHtml(options);
            Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
            var row = HtmlAssert.Parse(html).Table(caption).Element("tbody")!.Elements("tr").First().Elements().Select(e => e.Value).ToList();
            Assert.Equal("siret.checksum", row[2]);
            Assert.Equal(message + HtmlSamples.Hostile, row[3]);
            Assert.Equal(HtmlSamples.Hostile, row[4]);
        }
    }

    [Fact]
    public void Strategy_evaluation_has_a_status_board_with_one_tile_per_objective()
    {
        var evaluation = HtmlSamples.Strategy();
        var root = HtmlAssert.Parse(evaluation.ToHtml());
        var board = root.All("svg").Single(s => s.Elements().First().Value == "Status board of the objectives");
        Assert.Equal(evaluation.Objectives.Count, board.Elements().Count(e => e.Name.LocalName == "rect"));
        var desc = board.Elements().Single(e => e.Name.LocalName == "desc").Value;
        Assert.All(evaluation.Objectives, o => Assert.Contains(o.Id + " ", desc, StringComparison.Ordinal));
        var objectives = root.Table("Objectives");
        Assert.All(evaluation.Objectives, o => Assert.Equal(o.Title, objectives.Row(o.Id)[0]));
        // The plan's O4 measures a known indicator: its definition is shown with its identifier.
        Assert.Equal(IndicatorReference.ParticipationShare.Id + " — " + IndicatorReference.ParticipationShare.Description,
            objectives.Row("O4")[2]);
    }

    [Fact]
    public void Voucher_kpis_show_the_monthly_redemptions_as_lines()
    {
        var kpis = (Inclusion.Sdk.Vouchers.VoucherKpis)HtmlSamples.Instances[typeof(Inclusion.Sdk.Vouchers.VoucherKpis)];
        Assert.NotEmpty(kpis.ByMonth);
        var root = HtmlAssert.Parse(kpis.ToHtml(Everything));
        var svg = Assert.Single(root.All("svg"));
        Assert.Equal("Passes handed and redeemed, cumulative at the end of each month", svg.Elements().First().Value);
        var table = root.Table("By month (cumulative)");
        var last = kpis.ByMonth[^1];
        Assert.Equal(last.Figures.PassesRedeemed.ToString(CultureInfo.InvariantCulture), table.Row(last.Label)[3]);
    }

    [Fact]
    public void Save_html_writes_a_self_contained_document_and_never_overwrites_unless_asked()
    {
        var folder = Directory.CreateTempSubdirectory("inclusion-html-");
        try
        {
            var path = Path.Combine(folder.FullName, "activities.html");
            var statistics = HtmlSamples.Activities();
            statistics.SaveHtml(path, HtmlOptions.French with { Title = "Bilan <2025>" });
            var text = File.ReadAllText(path);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"fr\">", text, StringComparison.Ordinal);
            Assert.Contains("<meta charset=\"utf-8\" />", text, StringComparison.Ordinal);
            Assert.Contains("name=\"viewport\"", text, StringComparison.Ordinal);
            Assert.Contains("@page { size: A4", text, StringComparison.Ordinal);
            Assert.Contains("#E69F00", text, StringComparison.Ordinal); // Okabe–Ito
            Assert.Contains("<title>Bilan &lt;2025&gt;</title>", text, StringComparison.Ordinal);
            foreach (var forbidden in new[] { "<script", "<link", "src=", "@import", "url(" })
            {
                Assert.DoesNotContain(forbidden, text, StringComparison.OrdinalIgnoreCase);
            }

            var document = XDocument.Parse(text["<!DOCTYPE html>\n".Length..]);
            Assert.Equal("Bilan <2025>", document.Root!.All("h2").First().Value);

            var error = Assert.Throws<IOException>(() => statistics.SaveHtml(path));
            Assert.Contains("overwrite", error.Message, StringComparison.Ordinal);
            Assert.Equal(text, File.ReadAllText(path));
            statistics.SaveHtml(path, overwrite: true);
            Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.Equal(["activities.html"], folder.GetFiles().Select(f => f.Name));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Options_refuse_a_null_rule() =>
        Assert.Throws<ArgumentNullException>(() => HtmlOptions.Default with { Disclosure = null! });

    [Fact]
    public void Write_html_and_the_document_carry_the_same_fragment()
    {
        var result = HtmlSamples.Index();
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        result.WriteHtml(writer);
        Assert.Equal(result.ToHtml(), writer.ToString());
        Assert.Contains(result.ToHtml(), result.ToHtmlDocument(), StringComparison.Ordinal);
    }
}

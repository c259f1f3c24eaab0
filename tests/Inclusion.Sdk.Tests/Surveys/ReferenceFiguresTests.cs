using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Surveys;

public class ReferenceFiguresTests
{
    [Theory]
    // Each figure as given in indicators.md §2.3 and §3.2, with the source it cites.
    [InlineData("I_DSK2_BAB", "FR", 2023, "59.7", "isoc_sk_dskl_i21")] // Digital Decade 2024
    [InlineData("I_DSK2_BAB", "EU27", 2023, "55.6", "isoc_sk_dskl_i21")] // Digital Decade 2024
    [InlineData("I_DSK2_BAB", "EU27", 2021, "54", "isoc_sk_dskl_i21")] // Eurostat news 30/03/2022: "54 %"
    [InlineData("I_DSK2_BAB", "EU27", 2030, "80", "isoc_sk_dskl_i21")] // Digital Decade target
    [InlineData("ILLECTRONISME_INSEE_2019", "FR", 2019, "17", "insee.fr/fr/statistiques/4241397")] // Insee Première 1780: "17 %"
    [InlineData("ILLECTRONISME_INSEE_2021", "FR", 2021, "15.4", "insee.fr/fr/statistiques/7633654")] // Insee Première 1953
    public void Shipped_figures_match_the_domain_notes(string indicator, string geo, int year, string percent, string source)
    {
        var figure = ReferenceFigures.Find(indicator, geo, year);
        Assert.NotNull(figure);
        Assert.Equal(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), figure.Percent);
        Assert.Contains(source, figure.Source, StringComparison.Ordinal);
        Assert.Equal(year == 2030, figure.IsTarget);
    }

    [Fact]
    public void Every_figure_has_a_source_and_a_note()
    {
        Assert.Equal(9, ReferenceFigures.All.Count);
        Assert.All(ReferenceFigures.All, f =>
        {
            Assert.StartsWith("http", f.Source, StringComparison.Ordinal);
            Assert.NotEmpty(f.Note);
            Assert.InRange(f.Percent, 0m, 100m);
        });
        Assert.Equal(5, ReferenceFigures.Of("I_DSK2_BAB").Count);
        Assert.Null(ReferenceFigures.Find("I_DSK2_BAB", "DE", 2023));
    }

    [Theory]
    // Issue 14: each figure at the precision its source published it with — "54 %" (Eurostat news of 30/03/2022),
    // "17 %" (Insee Première 1780), 15,4 / 13,9 / 1,5 (Insee Première 1953), 59.7 and 55.6 (Digital Decade 2024).
    [InlineData("I_DSK2_BAB", "EU27", 2021, 0, "54")]
    [InlineData("I_DSK2_BAB", "FR", 2021, 0, "62")]
    [InlineData("I_DSK2_BAB", "EU27", 2023, 1, "55.6")]
    [InlineData("I_DSK2_BAB", "FR", 2023, 1, "59.7")]
    [InlineData("I_DSK2_BAB", "EU27", 2030, 0, "80")]
    [InlineData("ILLECTRONISME_INSEE_2019", "FR", 2019, 0, "17")]
    [InlineData("ILLECTRONISME_INSEE_2021", "FR", 2021, 1, "15.4")]
    [InlineData("ILLECTRONISME_INSEE_2021_NON_USERS", "FR", 2021, 1, "13.9")]
    [InlineData("ILLECTRONISME_INSEE_2021_USERS", "FR", 2021, 1, "1.5")]
    public void Figures_carry_and_print_the_precision_of_their_source(string indicator, string geo, int year, int decimals, string printed)
    {
        var figure = ReferenceFigures.Find(indicator, geo, year)!;
        Assert.Equal(decimals, figure.Decimals);
        Assert.Equal(printed, figure.PercentText);
        Assert.Equal(figure.Percent, Math.Round(figure.Percent, decimals));
        Assert.StartsWith($"{indicator} {geo} {year}: {printed} %", figure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_figure_cites_a_primary_source_and_says_where_it_was_read()
    {
        // Primary: the Eurostat table (or its metadata, for the target) and the Insee Première — never a press page.
        string[] primary = ["https://ec.europa.eu/eurostat/", "http://ec.europa.eu/eurostat/", "https://www.insee.fr/"];
        Assert.All(ReferenceFigures.All, f =>
        {
            Assert.Contains(primary, p => f.Source.StartsWith(p, StringComparison.Ordinal));
            Assert.StartsWith("http", f.ReadFrom, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void The_estimate_report_prints_each_figure_at_its_published_precision()
    {
        var responses = SurveyFileTests.Read("IU,IUEM\n1,1\n4,\n").Value!;
        var text = new StringWriter();
        Inclusion.Sdk.Files.DsiEstimateWriter.WriteText(DsiEstimator.Estimate(responses), text);
        var lines = text.ToString().Split('\n');
        var eu2021 = Assert.Single(lines, l => l.Contains("I_DSK2_BAB EU27 2021", StringComparison.Ordinal));
        Assert.Contains(" 54 %", eu2021, StringComparison.Ordinal);
        Assert.DoesNotContain("53.9", eu2021, StringComparison.Ordinal);
        Assert.DoesNotContain("54.0", eu2021, StringComparison.Ordinal);
        var insee = Assert.Single(lines, l => l.Contains("ILLECTRONISME_INSEE_2021 FR 2021", StringComparison.Ordinal));
        Assert.Contains(" 15.4 %", insee, StringComparison.Ordinal);
    }
}

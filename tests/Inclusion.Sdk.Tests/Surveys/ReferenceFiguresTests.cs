using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Surveys;

public class ReferenceFiguresTests
{
    [Theory]
    // Each figure as given in indicators.md §2.3 and §3.2, with the source it cites.
    [InlineData("I_DSK2_BAB", "FR", 2023, "59.7", "digital-skills-jobs.europa.eu")] // Digital Decade 2024
    [InlineData("I_DSK2_BAB", "EU27", 2023, "55.6", "digital-skills-jobs.europa.eu")] // Digital Decade 2024
    [InlineData("I_DSK2_BAB", "EU27", 2021, "53.9", "textile-future.com")] // Eurostat news 30/03/2022
    [InlineData("I_DSK2_BAB", "EU27", 2030, "80", "isoc_sk_dskl_i21")] // Digital Decade target
    [InlineData("ILLECTRONISME_INSEE_2019", "FR", 2019, "16.5", "insee.fr/fr/statistiques/4241397")] // Insee Première 1780
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
}

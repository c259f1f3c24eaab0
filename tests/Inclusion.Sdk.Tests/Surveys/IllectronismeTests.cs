using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Surveys;

public class IllectronismeTests
{
    [Theory]
    // definitions-confirmed.md §B.1, the five 2021 test cases (Insee Première 1953, https://www.insee.fr/fr/statistiques/7633654).
    [InlineData(InternetUse.LastThreeMonths, 1, IllectronismeStatus.UserWithoutBasicSkills)] // communication only
    [InlineData(InternetUse.LastThreeMonths, 2, IllectronismeStatus.WeakSkills)] // information and communication
    [InlineData(InternetUse.LastThreeMonths, 4, IllectronismeStatus.WeakSkills)]
    [InlineData(InternetUse.LastThreeMonths, 5, IllectronismeStatus.BasicSkills)]
    [InlineData(InternetUse.Never, 0, IllectronismeStatus.NonUser)]
    [InlineData(InternetUse.ThreeToTwelveMonths, 3, IllectronismeStatus.NonUser)] // 3-month window in 2021
    [InlineData(InternetUse.LastThreeMonths, 0, IllectronismeStatus.UserWithoutBasicSkills)]
    public void Insee_2021(InternetUse use, int domains, IllectronismeStatus expected)
    {
        var status = Illectronisme.Classify(IllectronismeDefinition.Insee2021, use, domains);
        Assert.Equal(expected, status);
        Assert.Equal(expected <= IllectronismeStatus.UserWithoutBasicSkills, Illectronisme.IsIllectronisme(status));
    }

    [Theory]
    // definitions-confirmed.md §B.2 (Insee Première 1780, https://www.insee.fr/fr/statistiques/4241397): 12-month window,
    // users in illectronisme only with all 4 domains at zero.
    [InlineData(InternetUse.ThreeToTwelveMonths, 1, IllectronismeStatus.WeakSkills)]
    [InlineData(InternetUse.LastThreeMonths, 0, IllectronismeStatus.UserWithoutBasicSkills)]
    [InlineData(InternetUse.LastThreeMonths, 1, IllectronismeStatus.WeakSkills)]
    [InlineData(InternetUse.LastThreeMonths, 4, IllectronismeStatus.BasicSkills)]
    [InlineData(InternetUse.MoreThanAYear, 4, IllectronismeStatus.NonUser)]
    public void Insee_2019(InternetUse use, int domains, IllectronismeStatus expected) =>
        Assert.Equal(expected, Illectronisme.Classify(IllectronismeDefinition.Insee2019, use, domains));

    [Fact]
    public void Domain_counts_are_guarded()
    {
        Assert.Equal(4, Illectronisme.DomainCount(IllectronismeDefinition.Insee2019));
        Assert.Throws<ArgumentOutOfRangeException>(() => Illectronisme.Classify(IllectronismeDefinition.Insee2019, InternetUse.LastThreeMonths, 5));
        Assert.Throws<ArgumentException>(() => Illectronisme.Classify((IllectronismeDefinition)7, InternetUse.LastThreeMonths, 1));
    }

    [Fact]
    public void The_2021_definition_equals_not_assessed_plus_no_skills_of_the_dsi()
    {
        var catalogue = DsiActivityCatalogue.Default;
        for (var n = 0; n < 32; n++)
        {
            var counts = Enumerable.Range(0, 5).Select(a => (n >> a) & 1).ToArray();
            var mask = DsiClassificationTests.Mask(catalogue, counts);
            var dsi = catalogue.Classify(mask, InternetUse.LastThreeMonths);
            var insee = Illectronisme.Classify(IllectronismeDefinition.Insee2021, InternetUse.LastThreeMonths, catalogue.AreasWithActivity(mask));
            Assert.Equal(dsi == DsiOverallLevel.NoSkills, Illectronisme.IsIllectronisme(insee));
        }
    }

    [Fact]
    public void Insee_2021_decomposition_reproduces_15_4()
    {
        // indicators.md §10 row 4 and reference data: 13.9 % + 1.5 % = 15.4 % (Insee Première 1953).
        var total = ReferenceFigures.Find("ILLECTRONISME_INSEE_2021", "FR", 2021)!;
        var nonUsers = ReferenceFigures.Find("ILLECTRONISME_INSEE_2021_NON_USERS", "FR", 2021)!;
        var users = ReferenceFigures.Find("ILLECTRONISME_INSEE_2021_USERS", "FR", 2021)!;
        Assert.Equal(total.Percent, nonUsers.Percent + users.Percent);
        Assert.Equal("https://www.insee.fr/fr/statistiques/7633654", total.Source);
    }
}

using System.Text;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Surveys;

public class SurveyFileTests
{
    // Four respondents: above basic (w 2), basic (w 1), non-user (w 1), e-mail only (w 4).
    private const string Small =
        "id,IU,w,sex,IUIF,IHIF,IUNW1,IUEM,IUPH1,CWRD1,CXLS1,CEPVA1,PCOOK1,MAPS_RPS,MAPS_LAP,IUBK,IBUY,IUJOB\n" +
        "r1,1,2,F,1,1,0,1,1,1,1,1,1,1,1,1,2,1\n" +
        "r2,1,1,M,1,0,0,1,0,1,0,0,1,0,0,1,3,0\n" +
        "r3,4,1,F,,,,,,,,,,,,,,\n" +
        "r4,1,4,M,0,0,0,1,0,0,0,0,0,0,0,0,4,0\n";

    internal static LoadResult<SurveyResponses> Read(string text, SurveyLayout? layout = null) =>
        SurveyFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), layout, new ReadOptions { Source = "survey.csv" });

    [Fact]
    public void Reads_levels_and_weights_and_warns_about_catalogue_activities_without_columns()
    {
        var result = Read(Small, new SurveyLayout { WeightColumn = "w", GroupColumns = ["sex"] });
        Assert.Equal(0, result.Report.ErrorCount);
        Assert.True(result.Report.CountOf("survey-file.no-activity-column") > 0);
        var responses = result.Value!;
        Assert.Equal(4, responses.Count);
        Assert.True(responses.IsWeighted);
        Assert.Equal(
            [DsiOverallLevel.AboveBasic, DsiOverallLevel.Basic, DsiOverallLevel.NotAssessed, DsiOverallLevel.NoSkills],
            responses.Classify());
        Assert.Equal("M", responses.GroupOf("sex", 3));
        Assert.Equal(4, responses.WeightOf(3));
    }

    [Fact]
    public void Estimate_keeps_non_users_in_the_denominator()
    {
        var responses = Read(Small, new SurveyLayout { WeightColumn = "w", GroupColumns = ["sex"] }).Value!;
        var estimate = DsiEstimator.Estimate(responses, by: "sex", minimumGroupSize: 2);
        Assert.Equal(8, estimate.WeightTotal);
        Assert.Equal(64.0 / 22, estimate.EffectiveSampleSize, 12);
        Assert.Equal(3.0 / 8, estimate.AtLeastBasic.Estimate, 12);
        Assert.Equal(1.0 / 8, estimate.ShareOf(DsiOverallLevel.NotAssessed).Estimate, 12);
        Assert.Equal(5.0 / 8, estimate.Illectronisme.Estimate, 12);
        Assert.Equal(1.0, estimate.Levels.Sum(l => l.Proportion.Estimate), 12);
        Assert.Equal(["F", "M"], estimate.Groups.Select(g => g.Value));
        Assert.Equal(2.0 / 3, estimate.Groups[0].Estimate!.AtLeastBasic.Estimate, 12);
        Assert.Equal(1.0 / 5, estimate.Groups[1].Estimate!.AtLeastBasic.Estimate, 12);

        var suppressed = DsiEstimator.Estimate(responses, by: "sex");
        Assert.All(suppressed.Groups, g => Assert.True(g.IsSuppressed));

        var france = estimate.Comparisons.Single(c => c.Figure.Indicator == "I_DSK2_BAB" && c.Figure.Geo == "FR" && c.Figure.Year == 2023);
        Assert.Equal(37.5m, france.EstimatePercent);
        Assert.Equal(37.5m - 59.7m, france.DifferencePoints);
        Assert.True(france.WithinInterval); // n_eff ≈ 2.9: a very wide interval.
    }

    [Fact]
    public void Bad_rows_are_located_and_skipped_and_valid_rows_kept()
    {
        var text = "IU,IUEM,w\n1,1,1\n7,1,1\n1,yes,1\n1,1,-2\n1,1,\"1,5\"\n1,1\n3,1,1\n";
        var result = Read(text, new SurveyLayout { WeightColumn = "w" });
        Assert.Equal(2, result.Value!.Count);
        var use = Assert.Single(result.Report.Issues, i => i.RuleCode == "survey-file.internet-use");
        Assert.Equal(3, use.Location!.Row);
        Assert.Equal(1, use.Location.Column);
        var value = Assert.Single(result.Report.Issues, i => i.RuleCode == "survey-file.activity-value");
        Assert.Equal(("IUEM", 4L), (value.Location!.Field, value.Location.Row!.Value));
        Assert.Equal(2, result.Report.CountOf("survey-file.weight"));
        Assert.Equal("1.5", result.Report.Issues.Last(i => i.RuleCode == "survey-file.weight").Suggestion);
        Assert.Equal(1, result.Report.CountOf("file.row.ragged"));
        Assert.Equal(1, result.Report.CountOf("survey-file.activity-without-use"));
    }

    [Fact]
    public void Missing_columns_and_empty_files_are_reported_not_thrown()
    {
        var noUse = Read("IUEM,weight\n1,1\n");
        Assert.Equal(1, noUse.Report.CountOf("file.header.missing"));
        Assert.False(noUse.HasValue);
        var misspelt = Read("IU,IUEM,wieght\n1,1,1\n", new SurveyLayout { WeightColumn = "weight" });
        Assert.Equal("wieght", Assert.Single(misspelt.Report.Issues, i => i.RuleCode == "file.header.missing").Suggestion); // the column of the file (issue 14)
        Assert.Equal(1, Read("").Report.CountOf("file.empty"));
        Assert.Equal(1, Read("IU,IUEM\n1,1\n", new SurveyLayout { GroupColumns = ["territory"] }).Report.CountOf("file.header.missing"));
    }

    [Fact]
    public void Semicolon_files_and_a_byte_order_mark_are_read()
    {
        var result = Read("\uFEFFIU;IUEM;IUIF\n1;1;1\n");
        Assert.Equal(0, result.Report.ErrorCount);
        Assert.Equal(DsiOverallLevel.Limited, result.Value!.Classify()[0]);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 300)];
            random.NextBytes(bytes);
            var input = random.Next(2) == 0 ? bytes : [.. "IU,IUEM,w\n"u8, .. bytes];
            var result = SurveyFile.Load(new MemoryStream(input), new SurveyLayout { WeightColumn = "w" });
            Assert.NotNull(result.Report);
        }
    }

    [Fact]
    public void The_synthetic_sample_reads_without_errors()
    {
        var result = SurveyFile.Load(RepoFiles.RepoPath("docs/samples/skills/survey-synthetic.csv"), new SurveyLayout { WeightColumn = "weight" });
        Assert.Equal("survey-synthetic.csv", result.Report.Source);
        Assert.True(result.Report.IsValid, string.Join("; ", result.Report.Issues.Select(i => i.MessageEn)));
        Assert.Equal(0, result.Report.WarningCount);
        Assert.Equal(400, result.Value!.Count);
        Assert.Equal(["age_band", "sex", "territory"], result.Value!.GroupColumns);
    }
}

public class SurveyJsonTests
{
    [Fact]
    public void Json_surveys_read_like_csv()
    {
        var json = "[{\"IU\":1,\"IUEM\":1,\"IUIF\":\"1\",\"w\":2.5,\"sex\":\"F\"},{\"IU\":4,\"w\":1,\"sex\":\"M, or other\"},{\"IU\":1,\"IUEM\":null,\"w\":1,\"sex\":\"M\"}]";
        var result = SurveyFileTests.Read(json, new SurveyLayout { WeightColumn = "w", GroupColumns = ["sex"] });
        Assert.Equal(0, result.Report.ErrorCount);
        Assert.Equal([DsiOverallLevel.Limited, DsiOverallLevel.NotAssessed, DsiOverallLevel.NoSkills], result.Value!.Classify());
        Assert.Equal(2.5, result.Value!.WeightOf(0));
        Assert.Equal("M, or other", result.Value!.GroupOf("sex", 1));
    }

    [Fact]
    public void Json_problems_are_located_issues()
    {
        var badRow = SurveyFileTests.Read("[{\"IU\":1},{\"IU\":9}]");
        var issue = Assert.Single(badRow.Report.Issues, i => i.RuleCode == "survey-file.internet-use");
        Assert.Equal(3, issue.Location!.Row); // object 2 = row 3
        Assert.Equal(1, badRow.Value!.Count);

        Assert.Equal("file.json.malformed", Assert.Single(SurveyFileTests.Read("{}").Report.Issues).RuleCode);
        Assert.Equal("file.json.not-object", Assert.Single(SurveyFileTests.Read("[1]").Report.Issues).RuleCode);
        var array = Assert.Single(SurveyFileTests.Read("[{\"IU\":[1]}]").Report.Issues, i => i.Severity == Inclusion.Sdk.Reporting.Severity.Error);
        Assert.Equal(("survey-file.internet-use", "IU", 2L), (array.RuleCode, array.Location!.Field, array.Location.Row!.Value));
        Assert.Equal("file.json.malformed", Assert.Single(SurveyFileTests.Read("[{\"IU\":").Report.Issues).RuleCode);
        Assert.Equal(1, SurveyFileTests.Read("[]").Report.CountOf("file.no-rows"));
        Assert.False(SurveyFileTests.Read("[]").HasValue);
    }
}

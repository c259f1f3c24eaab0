using Inclusion.Sdk.Files;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Activities;

public class ActivityFileTests
{
    private const string Header = "activite_id,type,date,duree,type_lieu,code_insee,thematiques,beneficiaire_id,genre,anonymes\n";

    private static (List<MediationActivity> Activities, ValidationReport Report) Read(string text)
    {
        var report = new ValidationReportBuilder();
        var list = ActivityFile.Read(TextStreams.Utf8(text), report, TextStreams.Source("a.csv")).ToList();
        return (list, report.Build());
    }

    [Fact]
    public void Sample_ReadsEveryActivity_AndGroupsConsecutiveRows()
    {
        var (activities, report) = Read(File.ReadAllText(RepoFiles.RepoPath("docs/samples/diagnostic/activities.csv")));
        Assert.True(report.IsValid, string.Join("\n", report.Issues.Select(i => i.MessageEn)));
        Assert.Equal(6, activities.Count);
        Assert.Equal(7, activities.Single(a => a.Id == "A4").Participants);
        var s = ActivityStatistics.Compute(activities, new ActivityStatisticsOptions(2025));
        Assert.Equal(22, s.Accompaniments);
        Assert.Equal(3, s.FollowedBeneficiaries);
        Assert.Equal(18, s.AnonymousBeneficiaries);
    }

    [Fact]
    public void BadValues_AreLocated_AndOtherActivitiesKept()
    {
        var (activities, report) = Read(Header +
            "A1,individuel,2025-13-01,45,lieu_activite,69123,email,,,\n" +
            "A2,individual,2025-01-01,45,lieu_activite,69123,email,,,\n" +
            "A3,individuel,2025-01-01,45,lieu_activite,69123,logement,,,\n" +
            "A4,collectif,2025-01-01,45,lieu_activite,6912,email,,,3\n" +
            "A5,individuel,2025-01-01,0,lieu_activite,69123,emial,,,\n" +
            "A6,collectif,2025-01-01,60,domicile,69123,email,,,4\n");
        Assert.Single(activities);
        var date = Assert.Single(report.Issues, i => i.RuleCode == "activity.date");
        Assert.Equal(new IssueLocation("a.csv", 2, 3, "date"), date.Location);
        var type = Assert.Single(report.Issues, i => i.RuleCode == "activity.type");
        Assert.Equal("individuel", type.Suggestion);
        Assert.Single(report.Issues, i => i.RuleCode == "activity.administrative-without-demarches" && i.Location.Row == 4);
        Assert.Single(report.Issues, i => i.RuleCode == "activity.commune" && i.Value == "6912");
        Assert.Single(report.Issues, i => i.RuleCode == "activity.duration" && i.Location.Row == 6);
        Assert.Equal("email", Assert.Single(report.Issues, i => i.RuleCode == "activity.thematique").Suggestion);
    }

    [Fact]
    public void IndividualWithTwoRows_IsRejected()
    {
        var (activities, report) = Read(Header + "A1,individuel,2025-01-01,45,lieu_activite,69123,email,P1,,\nA1,individuel,2025-01-01,45,lieu_activite,69123,email,P2,,\n");
        Assert.Empty(activities);
        Assert.Equal("activity.participants", Assert.Single(report.Issues).RuleCode);
    }

    [Fact]
    public void MissingColumn_SuggestsTheClosestHeader()
    {
        var (_, report) = Read("activite_id,type,dat,duree,type_lieu,thematiques\n");
        var issue = Assert.Single(report.Issues);
        Assert.Equal("file.header.missing", issue.RuleCode);
        Assert.Equal("date", issue.Suggestion);
        Assert.Equal(3, issue.Location.Column);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("\"unterminated")]
    [InlineData("\u0000\u0001\u00ff\ufffd,,,\n\"\"\"")]
    public void MalformedInput_NeverThrows(string text)
    {
        var (activities, report) = Read(text);
        Assert.Empty(activities);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void RandomBytes_NeverThrow()
    {
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            var text = Header + System.Text.Encoding.Latin1.GetString(bytes);
            _ = Read(text);
        }
    }

    [Fact]
    public void LegacyFile_ReadsAndAggregates()
    {
        var report = new ValidationReportBuilder();
        var cras = LegacyCraFile.Read(TextStreams.Utf8(
            "date,code_commune,activite,nb_participants,nb_participants_recurrents,moins_12_ans,de_12_a_18_ans,de_18_a_35_ans,de_35_a_60_ans,plus_60_ans,etudiant,sans_emploi,en_emploi,retraite,heterogene,themes\n" +
            "2023-03-01,33063,collectif,10,4,0,0,2,4,4,0,3,2,5,0,courriel|internet\n" +
            "2023-03-02,33063,individuel,1,0,0,0,0,0,1,0,0,0,1,0,smartphone\n" +
            "2023-03-03,33063,solo,1,0,0,0,0,0,1,0,0,0,1,0,\n"), report, TextStreams.Source("v1.csv")).ToList();
        Assert.Equal(2, cras.Count);
        Assert.Equal("activity.legacy-activite", Assert.Single(report.Build().Issues).RuleCode);
        var s = LegacyCraStatistics.Compute(cras);
        Assert.Equal(11, s.Accompaniments);
        Assert.Equal(7, s.Usagers);
        Assert.All(cras, c => Assert.Null(c.Channel));
    }

    [Fact]
    public void LegacyFile_ReadsTheChannel_AndLocatesAnUnknownOne()
    {
        var report = new ValidationReportBuilder();
        var cras = LegacyCraFile.Read(TextStreams.Utf8(
            "date,code_commune,activite,nb_participants,nb_participants_recurrents,moins_12_ans,de_12_a_18_ans,de_18_a_35_ans,de_35_a_60_ans,plus_60_ans,etudiant,sans_emploi,en_emploi,retraite,heterogene,canal\n" +
            "2023-03-01,33063,individuel,1,0,0,0,0,0,1,0,0,0,1,0,rattachement\n" +
            "2023-03-02,33063,individuel,1,0,0,0,0,0,1,0,0,0,1,0,Distance\n" +
            "2023-03-03,33063,individuel,1,0,0,0,0,0,1,0,0,0,1,0,\n" +
            "2023-03-04,33063,individuel,1,0,0,0,0,0,1,0,0,0,1,0,domicil\n"), report, TextStreams.Source("v1.csv")).ToList();
        Assert.Equal([LegacyChannel.Rattachement, LegacyChannel.Distance, (LegacyChannel?)null], cras.Select(c => c.Channel));
        var issue = Assert.Single(report.Build().Issues);
        Assert.Equal("activity.legacy-canal", issue.RuleCode);
        Assert.Equal(new IssueLocation("v1.csv", 5, 16, "canal"), issue.Location);
        Assert.Equal("domicile", issue.Suggestion);
    }
}

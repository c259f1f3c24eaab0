using System.Text;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Skills;
using Inclusion.Sdk.Surveys;
using NodaTime;

namespace Inclusion.Sdk.AotSmoke;

/// <summary>Skills and surveys: embedded frameworks and catalogues, DSI classification and estimate, JSON.</summary>
internal static class SkillsSmoke
{
    internal static void Run(SmokeCheck check)
    {
        check.That(CompetenceFramework.DigComp22.Competences.Count == 21 && CompetenceFramework.Crcn.Competences.Count == 16, "frameworks embedded");
        check.That(BaselineProfile.SavoirsDeBase.Requirements.Count == 5, "baseline profile embedded");
        check.That(PixScoring.ScoreCompetence(39.9m).Level == 4, "Pix scoring");
        check.That(Math.Abs(BinomialInterval.ClopperPearson(3, 10).Upper - 0.6525) < 1e-4, "Clopper–Pearson");

        using var survey = new MemoryStream(Encoding.UTF8.GetBytes("IU,IUEM,IUIF,w,sex\n1,1,1,2,F\n4,,,1,M\n"));
        var load = SurveyFile.Load(survey, new SurveyLayout { WeightColumn = "w", GroupColumns = ["sex"] }, new ReadOptions { Source = "s.csv" });
        var estimate = DsiEstimator.Estimate(load.Value!, by: "sex", minimumGroupSize: 1);
        check.That(load.Report.ErrorCount == 0 && estimate.ShareOf(DsiOverallLevel.Limited).Estimate > 0.66, "DSI estimate");
        check.That(InclusionJson.SerializeDsiEstimate(estimate).Contains("\"limited\"", StringComparison.Ordinal), "DSI estimate JSON");
        using var text = new StringWriter();
        DsiEstimateWriter.WriteText(estimate, text, "s.csv", "w");
        check.That(text.ToString().Contains("I_DSK2_BAB", StringComparison.Ordinal), "DSI estimate text");
        check.That(ReferenceFigures.Find("I_DSK2_BAB", "FR", 2023)?.Percent == 59.7m, "reference figures embedded");

        var assessment = new SkillsAssessment("P1", new LocalDate(2026, 1, 1), AssessmentSource.PixResult, new Dictionary<string, int> { ["2.1"] = 2 });
        var back = SkillsAssessmentFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(InclusionJson.SerializeSkillsAssessments([assessment]))));
        check.That(back.IsValid && back.Value[0].LevelOf("2.1") == 2, "assessment JSON round trip");
    }
}

using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Skills;
using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Surveys;
using Inclusion.Sdk.Tests.Activities;
using Inclusion.Sdk.Tests.Places;
using Inclusion.Sdk.Tests.Strategy;
using Inclusion.Sdk.Tests.Vouchers;
using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.Tests.Presentation;

/// <summary>One real instance of every rendered result type, built from the repository's samples (docs/samples) and
/// the builders of the other tests.</summary>
internal static class HtmlSamples
{
    /// <summary>Text a hostile input could carry: markup, an ampersand, quotes.</summary>
    internal const string Hostile = "<script>alert('x')</script> & \"Co\"";

    private static readonly Lazy<IReadOnlyDictionary<Type, IHtmlRenderable>> All = new(Build);

    internal static IReadOnlyDictionary<Type, IHtmlRenderable> Instances => All.Value;

    internal static IHtmlRenderable Of(string typeName) => Instances.Single(p => p.Key.Name == typeName).Value;

    /// <summary>Four respondents (the small survey of SurveyFileTests).</summary>
    internal static SurveyResponses SmallSurvey()
    {
        const string text =
            "id,IU,w,sex,IUIF,IHIF,IUNW1,IUEM,IUPH1,CWRD1,CXLS1,CEPVA1,PCOOK1,MAPS_RPS,MAPS_LAP,IUBK,IBUY,IUJOB\n" +
            "r1,1,2,F,1,1,0,1,1,1,1,1,1,1,1,1,2,1\n" +
            "r2,1,1,M,1,0,0,1,0,1,0,0,1,0,0,1,3,0\n" +
            "r3,4,1,F,,,,,,,,,,,,,,\n" +
            "r4,1,4,M,0,0,0,1,0,0,0,0,0,0,0,0,4,0\n";
        var loaded = SurveyFile.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new SurveyLayout { WeightColumn = "w", GroupColumns = ["sex"] });
        Assert.True(loaded.IsValid);
        return loaded.Value!;
    }

    internal static ActivityStatistics Activities()
    {
        var list = new List<MediationActivity>();
        for (var i = 0; i < 30; i++)
        {
            list.Add(ActivityStatisticsTests.Individual("j" + i, new LocalDate(2025, 1, 2 + (i % 20))));
        }

        for (var i = 0; i < 3; i++)
        {
            list.Add(ActivityStatisticsTests.Individual("f" + i, new LocalDate(2025, 2, 3 + i))); // February: 3 activities, sensitive
        }

        list.Add(ActivityStatisticsTests.Workshop("w1", new LocalDate(2025, 3, 4), 25));
        for (var i = 0; i < 14; i++)
        {
            list.Add(ActivityStatisticsTests.Individual("m" + i, new LocalDate(2025, 3, 5 + i)));
        }

        return ActivityStatistics.Compute(list, new ActivityStatisticsOptions(2025));
    }

    internal static DsiEstimate Survey()
    {
        var responses = SurveyFile.Load(RepoFiles.RepoPath("docs/samples/skills/survey-synthetic.csv"),
            new SurveyLayout { WeightColumn = "weight", GroupColumns = ["sex", "age_band"] });
        Assert.True(responses.IsValid);
        return DsiEstimator.Estimate(responses.Value!, by: "age_band");
    }

    internal static StrategyEvaluation Strategy() =>
        StrategyEvaluator.Evaluate(StrategySamples.LoadPlan(), StrategySamples.LoadMeasurements(), new LocalDate(2027, 1, 15));

    internal static IndexResult Index()
    {
        var definition = new IndexDefinition("IFN test", [new IndicatorSpec("x", "axe_1", Normalization.RatioToReference)], requireAllIndicators: true,
            confirmed: "Confirmed " + Hostile, reconstruction: "Reconstruction");
        var table = new IndicatorTable(["x"], Enumerable.Range(1, 10).Select(i => new IndicatorRow($"310{i:00}", i == 1 ? Hostile : "Commune " + i, 1000, [i])));
        return definition.Compute(table);
    }

    private static Dictionary<Type, IHtmlRenderable> Build()
    {
        var activities = Activities();
        var groups = ActivityStatistics.ComputeBy(
            [.. Enumerable.Range(0, 24).Select(i => ActivityStatisticsTests.Individual("a" + i, new LocalDate(2025, 4, 1 + i), commune: i % 2 == 0 ? "69123" : "75056"))],
            new ActivityStatisticsOptions(2025), ActivityGrouping.Departement);
        var ages = new[] { 0, 2, 3, 4, 1 };
        var legacy = LegacyCraStatistics.Compute([
            new LegacyCra(new LocalDate(2023, 5, 2), null, LegacyActivityKind.Collectif, 10, 4, ages, ages, ["courriel", "internet"]),
            new LegacyCra(new LocalDate(2023, 5, 3), null, LegacyActivityKind.Collectif, 10, 12, ages, ages, ["courriel"]),
        ]);
        var survey = Survey();
        var cohort = CohortStatistics.Compute(SkillsAssessmentFile.Load(RepoFiles.RepoPath("docs/samples/skills/assessments-synthetic.csv")).Value!);
        var before = new SkillsAssessment("P-1", new LocalDate(2026, 1, 5), AssessmentSource.MediatorDiagnostic, new Dictionary<string, int> { ["2.1"] = 1, ["4.1"] = 2 });
        var after = new SkillsAssessment("P-1", new LocalDate(2026, 3, 5), AssessmentSource.MediatorDiagnostic, new Dictionary<string, int> { ["2.1"] = 3, ["4.1"] = 2 });
        var index = Index();
        var offerPlaces = MediationPlaceFile.Load(RepoFiles.RepoPath("docs/samples/diagnostic/places.csv"));
        var offerReport = new ValidationReportBuilder();
        var communes = CommuneGeographyFile.Load(RepoFiles.RepoPath("docs/samples/diagnostic/communes.csv")).Into(offerReport);
        var offer = OfferMap.Compute(offerPlaces.Value!, communes, new LocalDate(2026, 3, 4));
        var settlement = VoucherSettlement.Of(WorkedExample.Build());
        var strategy = Strategy();
        using var placesFile = File.OpenRead(RepoFiles.RepoPath("docs/samples/diagnostic/places.csv"));
        var places = PlacesTestData.Validate(placesFile);
        var report = ValidationReport.Create(
        [
            new ValidationIssue("siret.checksum", Severity.Error, "Bad SIRET " + Hostile, "SIRET invalide " + Hostile, Hostile, new IssueLocation("a.csv", 3, 2, "siret")),
            new ValidationIssue("places.hours", Severity.Warning, "Hours unreadable", "Horaires illisibles"),
        ], "a.csv");
        IHtmlRenderable[] all =
        [
            report, activities, groups.Count > 1 ? ActivityStatistics.Publish(groups, null) : activities.Publish(null), legacy,
            survey, survey.AtLeastBasic, .. survey.Comparisons.Take(1),
            cohort, SkillsProgress.Between(before, after),
            index, new IndicatorTable(["x", "y"], [new IndicatorRow("31555", Hostile, 1000, [1.5, null])]),
            offer, offer.ByDepartement[0],
            DisclosureControl.ProtectTable(new long[,] { { 20, 3, 40 }, { 30, 25, 12 } }), DisclosureControl.ProtectDistribution([20, 3, 40, 0]),
            settlement.Kpis, settlement.Kpis.Overall, settlement.Closing, .. settlement.Statements.Take(1), settlement,
            strategy, strategy.Totals, .. strategy.Commitments.Take(1), .. strategy.Governance.Trainings.Take(1), strategy.Participation,
            places.Summary,
        ];
        return all.ToDictionary(r => r.GetType());
    }
}

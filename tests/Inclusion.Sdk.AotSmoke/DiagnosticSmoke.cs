using System.Text;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Territories;
using NodaTime;

namespace Inclusion.Sdk.AotSmoke;

/// <summary>Territorial diagnostic: disclosure control, activity statistics and files, index, nearest place.</summary>
internal static class DiagnosticSmoke
{
    internal static void Run(SmokeCheck check)
    {
        var table = DisclosureControl.ProtectTable(new long[,] { { 50, 3, 40 }, { 30, 60, 20 }, { 25, 70, 80 } });
        check.That(table.SuppressedCount == 4 && table.StatusOf(0, 1) == CellStatus.Primary, "disclosure control");

        var report = new ValidationReportBuilder();
        var activities = ActivityFile.Read(Utf8(
            "activite_id,type,date,duree,type_lieu,code_insee,thematiques,anonymes\n" +
            "A1,individuel,2025-01-02,45,lieu_activite,2A004,email,\nA2,collectif,2025-01-03,90,autre,97105,bureautique,7\n"), report, new ReadOptions { Source = "a.csv" });
        var stats = ActivityStatistics.Compute(activities, new ActivityStatisticsOptions(2025));
        check.That(report.Build().IsValid && stats.Accompaniments == 8 && stats.AccompanimentTypes[0].Proportion == 12.5m, "activity statistics");
        var published = stats.Publish(DisclosureRule.Default);
        var json = new StringWriter();
        ActivityStatisticsWriter.WriteJson(published, json);
        check.That(published.PublishedCount(0, 0, 0) is null && json.ToString().Contains("\"suppressionThreshold\": 11", StringComparison.Ordinal), "published activity statistics");

        var jsonReport = new ValidationReportBuilder();
        var fromJson = ActivityFile.Read(Utf8(
            """[{"id":"A1","attributes":{"type":"collectif","date":"2025-01-03","duree":90,"type_lieu":"autre","thematiques":["bureautique"],"accompagnements":7}},{"id":"A2"}]"""),
            jsonReport, new ReadOptions { Source = "a.json" }).ToList();
        var communesJson = CommuneGeographyFile.Load(Utf8("""[{"code_insee":"2A004","population":72000,"latitude":41.9,"longitude":8.7}]"""));
        var tableJson = IndicatorTableFile.Load(Utf8("""[{"code":"2A0040101","population":10,"poverty_rate":20.5}]"""));
        check.That(fromJson.Count == 1 && fromJson[0].Participants == 7 && communesJson.IsValid && communesJson.Value.Count == 1
            && tableJson.IsValid && tableJson.Value.Rows[0].Values[0] == 20.5 && jsonReport.Build().Issues.All(i => i.Location.Row == 3), "JSON readers");

        var ifn = IfnExportFile.Load(Utf8("name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,poverty_rate,older_65_rate,nscol15p_rate,total\nX,city,99001,4,6,8,2,5,5\n"));
        check.That(ifn.IsValid && ifn.Value[0].RecomputedTotal == 5.0 && IfnDisplay.Format(5.0) == "5/10", "IFN export");

        var names = IndexDefinition.Ifn2023.IndicatorNames;
        var index = IndexDefinition.Ifn2023.Compute(new IndicatorTable(names, [new IndicatorRow("2A0040101", null, 10, [1, 2, 3, 4, 5])]));
        check.That(index.RollUp(TerritoryLevel.Departement).Rows[0].Code == "2A", "index roll-up");

        var nearest = new NearestPlaceIndex([new GeoCoordinates(41.92, 8.74), new GeoCoordinates(42.70, 9.45)]);
        check.That(nearest.FindNearest(new GeoCoordinates(42.6, 9.4), out var at, out _) && at == 1, "nearest place");
        check.That(CommuneCode.Parse("2B033").Value.Departement?.ToString() == "2B", "département of a commune");
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));
}

using Inclusion.Sdk.Files;
using Inclusion.Sdk.Strategy;
using NodaTime;

namespace Inclusion.Sdk.AotSmoke;

/// <summary>Strategy: plan file through the source-generated context, measurements CSV, evaluation and its JSON.</summary>
internal static class StrategySmoke
{
    private const string Plan = """
        {
          "name": "Smoke", "territory": { "level": "departement", "code": "73" },
          "period": { "start": "2026-01-01", "end": "2027-12-31" },
          "axes": ["participation"],
          "actors": [{ "id": "cd", "name": "Département", "roles": ["local-authority", "funder"] }],
          "objectives": [{ "id": "O1", "title": "Participation", "axis": "participation", "term": "medium",
            "indicator": "participation.contributors-share", "direction": "increase",
            "baseline": { "value": 4, "date": "2025-12-31" }, "target": { "value": 10, "deadline": "2027-12-31" } }],
          "actionPlan": { "kind": "annual", "period": { "start": "2026-01-01", "end": "2026-12-31" }, "actions": [
            { "id": "A1", "title": "Fabrique", "axis": "participation", "lead": "cd", "schedule": { "start": "2026-01-01", "end": "2026-12-31" },
              "budget": 1000, "objectives": ["O1"], "funding": [{ "source": "european-funds", "programme": "FEDER", "planned": 1000, "committed": 1200 }] }] },
          "governance": { "coordinator": "cd", "trainings": [{ "date": "2026-03-01", "title": "Enjeux", "participants": 5 }] },
          "commitments": [{ "actor": "cd", "kind": "charter", "title": "Charte", "signedOn": "2026-01-10" }]
        }
        """;

    internal static void Run(SmokeCheck check)
    {
        var load = InclusionJson.ReadStrategy(Plan, "smoke.json");
        check.That(load.Report.IsValid && load.Strategy is not null, "plan file read");
        var bad = InclusionJson.ReadStrategy(Plan.Replace("\"budget\"", "\"budjet\"", StringComparison.Ordinal), "smoke.json");
        check.That(bad.Report.Issues.Count > 0 && bad.Report.Issues[0].RuleCode == "plan.schema" && bad.Report.Issues[0].Location.Row is not null, "plan schema error located");
        var measurements = MeasurementCsv.Read(new StringReader("indicator,date,value\nparticipation.contributors-share,2026-12-31,7\n"), "m.csv");
        var evaluation = StrategyEvaluator.Evaluate(load.Strategy!, measurements.Measurements, new LocalDate(2027, 1, 1));
        check.That(evaluation.Objectives[0].Status == ObjectiveStatus.OnTrack && evaluation.Totals.CommittedPercent == 120m, "evaluation");
        check.That(evaluation.Governance.TrainingParticipantsTotal is null, "small count suppressed");
        check.That(InclusionJson.SerializeEvaluation(evaluation).Contains("\"status\":\"on-track\"", StringComparison.Ordinal), "evaluation JSON");
    }
}

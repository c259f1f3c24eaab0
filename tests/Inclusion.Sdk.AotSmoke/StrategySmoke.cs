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
        var options = new ReadOptions { Source = "smoke.json" };
        var load = PlanFile.Load(Utf8(Plan), options);
        check.That(load.IsValid, "plan file read");
        var bad = PlanFile.Load(Utf8(Plan.Replace("\"budget\"", "\"budjet\"", StringComparison.Ordinal)), options);
        check.That(bad.Report.Issues.Count > 0 && bad.Report.Issues[0].RuleCode == "plan.schema" && bad.Report.Issues[0].Location.Row is not null, "plan schema error located");
        var invalid = PlanFile.Load(Utf8(Plan.Replace("\"budget\": 1000", "\"budget\": -1000", StringComparison.Ordinal)), options);
        check.That(invalid.Report.Issues.Count == 1 && invalid.Report.Issues[0].RuleCode == "plan.amount" && invalid.Report.Issues[0].Location.Field == "$.actionPlan.actions[0].budget" && invalid.Report.Issues[0].Location.Row is not null, "plan validated (FluentValidation) and located");
        var measurements = MeasurementFile.Load(Utf8("indicator,date,value\nparticipation.contributors-share,2026-12-31,7\n"));
        var evaluation = StrategyEvaluator.Evaluate(load.Value!, measurements.Value!, new LocalDate(2027, 1, 1));
        check.That(evaluation.Objectives[0].Status == ObjectiveStatus.OnTrack && evaluation.Totals.CommittedPercent == 120m, "evaluation");
        check.That(evaluation.Governance.TrainingParticipantsTotal is null, "small count suppressed");
        check.That(InclusionJson.SerializeEvaluation(evaluation).Contains("\"status\":\"on-track\"", StringComparison.Ordinal), "evaluation JSON");
        using var markdown = new StringWriter();
        StrategyEvaluationWriter.WriteMarkdown(evaluation, Reporting.MessageLanguage.French, markdown);
        check.That(markdown.ToString().StartsWith("# Smoke", StringComparison.Ordinal), "evaluation Markdown");
    }

    private static MemoryStream Utf8(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}

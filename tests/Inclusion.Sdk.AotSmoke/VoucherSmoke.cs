using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.AotSmoke;

/// <summary>Vouchers: ledger, polymorphic event JSON (source-generated), programme file, statements.</summary>
internal static class VoucherSmoke
{
    internal static void Run(SmokeCheck check)
    {
        var gironde = TerritoryId.Parse(TerritoryLevel.Departement, "33").Value;
        var siret = Siret.Parse("73282932000074").Value;
        var programme = new VoucherProgramme("p", "APTIC", "C", [gironde], [new ProviderQualification(new Actor("a", "A", ActorRoles.MediationProvider, new PivotIdentifier(siret), territoriesServed: [gironde]), new LocalDate(2025, 1, 1))], [new Actor("d", "D", ActorRoles.Distributor, territoriesServed: [gironde])]);
        var ledger = new VoucherLedger(programme);
        var at = Instant.FromUtc(2025, 3, 3, 9, 0);
        ledger.Quote("o", 1000, 10, at);
        ledger.Confirm("o", at);
        ledger.Issue("o", at);
        ledger.Inject(1, 100, "d", at);
        for (var n = 1; n <= 500; n++)
        {
            ledger.Redeem(PassSerial.FromNumber(n), siret, "atelier", at);
        }

        check.That(ledger.Redeem(PassSerial.FromNumber(1), siret, "atelier", at).IsRepeat, "idempotent scan");
        check.That(PassSerial.Parse("0000005725").Error?.RuleCode == "pass-serial.check-digit", "pass serial check digit");
        var statement = VoucherReports.ProviderStatements(programme, ledger.Events())[0];
        check.That(statement.NetPayable == Money.FromEuros(4_800m), "provider statement (vouchers.md §7: half used, 4 %)");

        using var text = new StringWriter();
        InclusionJson.WriteEvents(ledger.Events(), text);
        var replay = VoucherEventFile.Replay(programme, Utf8(text.ToString()), new ReadOptions { Source = "events.jsonl" });
        check.That(replay.IsValid && replay.Value.Version == ledger.Version && replay.Value.Events()[^1] is PassesRedeemed { Provider: var p } && p == siret, "event JSON Lines round trip and replay");
        var programmeFile = VoucherProgrammeFile.Load(Utf8("{\"id\":\"p\",\"operator\":\"o\",\"commanditaire\":\"c\",\"perimeter\":[\"departement:33\"],\"providers\":[{\"siret\":\"732 829 320 00074\",\"name\":\"A\",\"qualifiedFrom\":\"2025-01-01\",\"territories\":[\"departement:33\"]}],\"distributors\":[],\"validityEnd\":\"2025-12-31\"}"));
        check.That(programmeFile.Value?.ValidityEnd == new LocalDate(2025, 12, 31) && programmeFile.Value.Providers[0].Siret == siret, "programme file");
        var badProgramme = VoucherProgrammeFile.Load(Utf8("{\"id\":\"p\",\"operator\":\"o\",\"commanditaire\":\"c\",\"perimeter\":[\"departement:33\"],\"providers\":[],\"distributors\":[],\"faceValue\":5}"));
        check.That(badProgramme.Report.Issues.Count == 1 && badProgramme.Report.Issues[0].RuleCode == "programme.face-value" && badProgramme.Report.Issues[0].Location.Field == "$.faceValue", "programme validated (FluentValidation)");
        using var settlement = new StringWriter();
        VoucherSettlementWriter.WriteJson(VoucherSettlement.Of(ledger), settlement);
        check.That(settlement.ToString().Contains("\"beneficiariesSuppressed\"", StringComparison.Ordinal) || settlement.ToString().Contains("\"kpis\"", StringComparison.Ordinal), "settlement JSON");
        check.That(ExpiryTimeline.For(new LocalDate(2025, 12, 31)).JointStatement == new LocalDate(2026, 2, 7), "expiry timeline");
    }

    private static MemoryStream Utf8(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));
}

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
        var programme = new VoucherProgramme("p", "APTIC", "C", [gironde], [new QualifiedProvider(siret, "A", new LocalDate(2025, 1, 1), null, [gironde])], [new VoucherDistributor("d", "D", gironde)]);
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
        var file = InclusionJson.ReadEvents(new StringReader(text.ToString()), "events.jsonl");
        check.That(file.Report.IsValid && file.Events.Count == ledger.Version && file.Events[^1] is PassesRedeemed, "event JSON Lines round trip");
        var programmeFile = InclusionJson.ReadProgramme("{\"id\":\"p\",\"operator\":\"o\",\"commanditaire\":\"c\",\"perimeter\":[\"departement:33\"],\"providers\":[],\"distributors\":[],\"validityEnd\":\"2025-12-31\"}");
        check.That(programmeFile.Programme?.ValidityEnd == new LocalDate(2025, 12, 31), "programme file");
        check.That(ExpiryTimeline.For(new LocalDate(2025, 12, 31)).JointStatement == new LocalDate(2026, 2, 7), "expiry timeline");
    }
}

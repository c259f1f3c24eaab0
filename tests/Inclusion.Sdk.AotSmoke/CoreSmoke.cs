using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Hours;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Territories;
using NodaTime;

namespace Inclusion.Sdk.AotSmoke;

/// <summary>Foundation: identifiers, money, reports and JSON, embedded reference data, opening hours.</summary>
internal static class CoreSmoke
{
    internal static void Run(SmokeCheck check)
    {
        check.That(Siret.Parse("732 829 320 00074").Value.ToString() == "73282932000074", "SIRET parse");
        check.That(PostalCode.Parse("1000").Error?.Suggestion == "01000", "postal code suggestion");
        check.That(Money.Sum(Money.FromEuros(100m).Allocate(3)) == Money.FromEuros(100m), "money allocation");
        check.That(Percentages.Distribution([1L, 2L])[1] == 66.667m, "percentages");

        var report = ValidationReport.Create(
        [
            new ValidationIssue("siret.checksum", Severity.Error, "Wrong check digit.", "Clé de contrôle fausse.", "73282932000079", new IssueLocation("a.csv", 2, 1, "pivot")),
        ]);
        var back = InclusionJson.DeserializeValidationReport(InclusionJson.Serialize(report));
        check.That(back.ErrorCount == 1 && back.Issues[0].Location.Row == 2, "report JSON round trip");

        // The rule catalogue reads the *Rules classes by reflection: the trimmer must keep their fields.
        check.That(RuleCatalogue.All.Count >= 300 && RuleCatalogue.TryFind("siret.checksum", out var rule) && rule.Severity == Severity.Error, "rule catalogue");
        check.That(RuleCatalogue.TryFind("places.code-postal.required", out _), "generic places rule in the catalogue");

        // Embedded resources (COG reference data, data·inclusion vocabulary) must survive trimming.
        var registry = TerritoryRegistry.Reference;
        check.That(registry.OfLevel(TerritoryLevel.Region).Count == 18, "18 régions embedded");
        check.That(StructureTypology.Parse("TIERS_LIEUX").Success, "typology vocabulary embedded");

        using var communes = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("code_insee,nom,code_postal\n2A004,Ajaccio,\"20000, 20090\"\n"));
        var load = Inclusion.Sdk.Files.TerritoryRegistryFile.Load(communes, new Inclusion.Sdk.Files.ReadOptions { Source = "communes.csv" });
        check.That(load.IsValid && load.Value.DepartementOf(CommuneCode.Parse("2A004").Value)?.Code == "2A", "commune file");

        var hours = OpeningHours.Parse("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00");
        var mondayTen = new LocalDateTime(2025, 3, 3, 10, 0).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Paris"]).ToInstant();
        check.That(hours.Success && hours.Value.IsOpen(mondayTen), "opening hours (tzdb embedded)");
    }
}

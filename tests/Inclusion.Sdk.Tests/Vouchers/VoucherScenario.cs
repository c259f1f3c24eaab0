using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.Tests.Vouchers;

/// <summary>A small programme in Gironde: two providers (one in Gironde, one in Landes), two distributors.</summary>
internal static class VoucherScenario
{
    internal static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    internal static readonly TerritoryId Gironde = TerritoryId.Parse(TerritoryLevel.Departement, "33").Value;

    internal static readonly TerritoryId Landes = TerritoryId.Parse(TerritoryLevel.Departement, "40").Value;

    internal static readonly Siret ProviderA = ValidSiret("7328293200001");

    internal static readonly Siret ProviderB = ValidSiret("7328293200002");

    internal static readonly Siret ProviderLandes = ValidSiret("7328293200003");

    internal static Instant At(int year, int month, int day, int hour = 12) =>
        new LocalDateTime(year, month, day, hour, 0).InZoneLeniently(Paris).ToInstant();

    internal static Siret ValidSiret(string first13)
    {
        for (var d = 0; d < 10; d++)
        {
            if (Siret.TryParse(first13 + d, out var siret))
            {
                return siret;
            }
        }

        throw new InvalidOperationException("no check digit");
    }

    internal static VoucherProgramme Programme(FeeSchedule? fees = null, CoFinancingRule? coFinancing = null, LocalDate? validityEnd = null) =>
        new(
            "gironde-2025",
            "APTIC",
            "Département de la Gironde",
            [Gironde],
            [
                Provider(ProviderA, "Médiathèque A", new LocalDate(2024, 1, 1), null, Gironde),
                Provider(ProviderB, "Espace B", new LocalDate(2024, 1, 1), null, Gironde),
                Provider(ProviderLandes, "Tiers-lieu Landes", new LocalDate(2024, 1, 1), null, Landes),
            ],
            [
                Distributor("ccas-bordeaux", "CCAS de Bordeaux", TerritoryId.Parse(TerritoryLevel.Commune, "33063").Value),
                Distributor("france-travail-merignac", "France Travail Mérignac", TerritoryId.Parse(TerritoryLevel.Commune, "33281").Value),
            ],
            fees: fees,
            coFinancing: coFinancing,
            validityEnd: validityEnd);

    /// <summary>Quotes, confirms, issues an order and injects all its booklets to the CCAS, on 2025-01-15.</summary>
    internal static VoucherLedger Ordered(VoucherProgramme programme, int passes, int bookletSize = 10)
    {
        var ledger = new VoucherLedger(programme);
        Ok(ledger.Quote("order-1", passes, bookletSize, At(2025, 1, 10)));
        Ok(ledger.Confirm("order-1", At(2025, 1, 12)));
        Ok(ledger.Issue("order-1", At(2025, 1, 15)));
        Ok(ledger.Inject(1, passes / bookletSize, "ccas-bordeaux", At(2025, 1, 15)));
        return ledger;
    }

    internal static LedgerResult Ok(LedgerResult result)
    {
        Assert.True(result.Success, result.Rejection?.ToString());
        return result;
    }

    internal static PassSerial Pass(long number) => PassSerial.FromNumber(number);

    /// <summary>A qualified provider: an actor with the mediation-provider role, its SIRET as pivot, serving <paramref name="territories"/>.</summary>
    internal static ProviderQualification Provider(Siret siret, string name, LocalDate from, LocalDate? until, params TerritoryId[] territories) =>
        new(new Inclusion.Sdk.Actors.Actor(siret.ToString(), name, Inclusion.Sdk.Actors.ActorRoles.MediationProvider, new Inclusion.Sdk.Actors.PivotIdentifier(siret), territoriesServed: territories), from, until);

    /// <summary>A distributor: an actor with the distributor role serving <paramref name="territory"/>.</summary>
    internal static Inclusion.Sdk.Actors.Actor Distributor(string id, string name, TerritoryId territory) =>
        new(id, name, Inclusion.Sdk.Actors.ActorRoles.Distributor, territoriesServed: [territory]);
}

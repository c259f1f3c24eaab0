using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using static Inclusion.Sdk.Tests.Vouchers.VoucherScenario;

namespace Inclusion.Sdk.Tests.Vouchers;

public class PerimeterTests
{
    private static TerritoryId T(TerritoryLevel level, string code) => TerritoryId.Parse(level, code).Value;

    [Fact]
    public void A_provider_in_a_commune_of_the_departement_perimeter_is_affiliated_and_one_outside_is_not()
    {
        var merignac = T(TerritoryLevel.Commune, "33281");
        var dax = T(TerritoryLevel.Commune, "40088");
        var programme = new VoucherProgramme(
            "p", "APTIC", "C", [Gironde],
            [Provider(ProviderA, "Mérignac", new LocalDate(2024, 1, 1), null, merignac), Provider(ProviderLandes, "Dax", new LocalDate(2024, 1, 1), null, dax)],
            [Distributor("ccas-bordeaux", "CCAS", Gironde)]);
        var ledger = Ordered(programme, 10);

        Assert.True(ledger.Redeem(PassSerial.FromNumber(1), ProviderA, "atelier", At(2025, 2, 1)).Success);
        var refused = ledger.Redeem(PassSerial.FromNumber(2), ProviderLandes, "atelier", At(2025, 2, 1));
        Assert.False(refused.Success);
        Assert.Equal("provider.outside-perimeter", refused.RuleCode);
    }

    [Fact]
    public void An_order_perimeter_may_be_a_commune_inside_the_programme_departement()
    {
        var ledger = new VoucherLedger(Programme());
        Assert.True(ledger.Quote("o", 20, 10, At(2025, 1, 2), perimeter: [T(TerritoryLevel.Commune, "33063")]).Success);
        Assert.Equal("order.outside-perimeter", ledger.Quote("o2", 20, 10, At(2025, 1, 2), perimeter: [T(TerritoryLevel.Commune, "40088")]).RuleCode);
    }

    [Theory]
    [InlineData(TerritoryLevel.Departement, "33", TerritoryLevel.Commune, "33063", true)]
    [InlineData(TerritoryLevel.Region, "75", TerritoryLevel.Commune, "33063", true)]
    [InlineData(TerritoryLevel.Region, "75", TerritoryLevel.Iris, "330630101", true)]
    [InlineData(TerritoryLevel.Commune, "75056", TerritoryLevel.Commune, "75101", true)]
    [InlineData(TerritoryLevel.Region, "11", TerritoryLevel.Commune, "75101", true)]
    [InlineData(TerritoryLevel.Departement, "975", TerritoryLevel.Commune, "97502", true)]
    [InlineData(TerritoryLevel.Region, "94", TerritoryLevel.Commune, "2A004", true)]
    [InlineData(TerritoryLevel.Country, "FR", TerritoryLevel.Commune, "97611", true)]
    [InlineData(TerritoryLevel.Departement, "40", TerritoryLevel.Commune, "33063", false)]
    [InlineData(TerritoryLevel.Commune, "33063", TerritoryLevel.Departement, "33", false)]
    [InlineData(TerritoryLevel.Epci, "243300316", TerritoryLevel.Commune, "33063", false)]
    [InlineData(TerritoryLevel.Region, "75", TerritoryLevel.Departement, "33", true)]
    public void Reference_registry_places_territories_from_their_codes(TerritoryLevel areaLevel, string area, TerritoryLevel level, string code, bool expected) =>
        Assert.Equal(expected, TerritoryRegistry.Reference.Contains(T(areaLevel, area), T(level, code)));
}

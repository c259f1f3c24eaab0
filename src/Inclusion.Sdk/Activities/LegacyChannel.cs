namespace Inclusion.Sdk.Activities;

/// <summary>The channel of a legacy v1 report (Conseillers numériques France Services, 2021–2024, field <c>Canal</c>):
/// where the accompaniment took place.</summary>
/// <remarks>Source: <c>inclusion-numerique/inclusion-numerique: apps/cli/src/commands/data/reduceCras.ts</c>
/// (indicators.md §8: Canal ∈ {rattachement, distance, domicile, autre}). The national v1 aggregation does not count
/// it; it is read so that v1 reports can be compared with the v2 place type.</remarks>
public enum LegacyChannel
{
    /// <summary><c>rattachement</c>: at the conseiller's attachment structure.</summary>
    Rattachement = 0,

    /// <summary><c>distance</c>: remotely.</summary>
    Distance = 1,

    /// <summary><c>domicile</c>: at the beneficiary's home.</summary>
    Domicile = 2,

    /// <summary><c>autre</c>: another place.</summary>
    Autre = 3,
}

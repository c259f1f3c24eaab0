using Inclusion.Sdk.Territories;

namespace Inclusion.Sdk.Tests.Territories;

/// <summary>The registry loaded once from the coop-mediation-numerique commune file (35,071 rows).</summary>
internal static class CoopCommunes
{
    private static readonly Lazy<TerritoryRegistryLoadResult> Loaded = new(() =>
        TerritoryRegistry.LoadCommunes(RepoFiles.TestData("peers/coop-mediation-numerique/communes.csv")));

    internal static TerritoryRegistryLoadResult Result => Loaded.Value;

    internal static TerritoryRegistry Registry => Loaded.Value.Registry;
}

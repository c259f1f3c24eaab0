using Inclusion.Sdk.Files;
using Inclusion.Sdk.Territories;

namespace Inclusion.Sdk.Tests.Territories;

/// <summary>The registry loaded once from the coop-mediation-numerique commune file (35,071 rows).</summary>
internal static class CoopCommunes
{
    private static readonly Lazy<LoadResult<TerritoryRegistry>> Loaded = new(() =>
        TerritoryRegistryFile.Load(RepoFiles.TestData("peers/coop-mediation-numerique/communes.csv")));

    internal static LoadResult<TerritoryRegistry> Result => Loaded.Value;

    internal static TerritoryRegistry Registry => Loaded.Value.Value!;
}

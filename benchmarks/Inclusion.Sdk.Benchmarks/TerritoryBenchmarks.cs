using BenchmarkDotNet.Attributes;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Territories;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>
/// Loading the coop-mediation-numerique commune file (35,071 rows, from a string in memory) and the registry's
/// hot-path look-ups.
/// </summary>
[MemoryDiagnoser]
public class TerritoryBenchmarks
{
    private byte[] communesCsv = [];
    private TerritoryRegistry registry = TerritoryRegistry.Reference;
    private PostalCode ajaccioPostalCode;
    private PostalCode parisPostalCode;
    private CommuneCode ajaccio;
    private CommuneCode parisFirst;

    [GlobalSetup]
    public void Setup()
    {
        communesCsv = File.ReadAllBytes(FindRepoFile("tests/Inclusion.Sdk.Tests/data/peers/coop-mediation-numerique/communes.csv"));
        registry = Inclusion.Sdk.Files.TerritoryRegistryFile.Load(new MemoryStream(communesCsv), new Inclusion.Sdk.Files.ReadOptions { Source = "communes.csv" }).Value!;
        ajaccioPostalCode = PostalCode.Parse("20167").Value;
        parisPostalCode = PostalCode.Parse("75001").Value;
        ajaccio = CommuneCode.Parse("2A004").Value;
        parisFirst = CommuneCode.Parse("75101").Value;
    }

    [Benchmark(Baseline = true)]
    public int LoadCommunes() =>
        Inclusion.Sdk.Files.TerritoryRegistryFile.Load(new MemoryStream(communesCsv), new Inclusion.Sdk.Files.ReadOptions { Source = "communes.csv" }).Value!.Count;

    [Benchmark]
    public int FindByPostalCode() =>
        registry.FindByPostalCode(ajaccioPostalCode).Count + registry.FindByPostalCode(parisPostalCode).Count;

    [Benchmark]
    public Territory? DepartementOf() => registry.DepartementOf(ajaccio) ?? registry.DepartementOf(parisFirst);

    [Benchmark]
    public Territory? RegionOf() => registry.RegionOf(parisFirst);

    /// <summary>A file of the repository (the tests' copy of the commune file): never a file outside it.</summary>
    private static string FindRepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Inclusion.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null
            ? throw new InvalidOperationException("Inclusion.sln not found above " + AppContext.BaseDirectory)
            : Path.Combine(dir.FullName, relative);
    }
}

using BenchmarkDotNet.Attributes;
using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>Parsing valid identifiers with TryParse: the target is under 50 ns and 0 bytes allocated.</summary>
[MemoryDiagnoser]
public class IdentifierBenchmarks
{
    private string siretCompact = string.Empty;
    private string siretSpaced = string.Empty;
    private string commune = string.Empty;
    private string postal = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        siretCompact = "73282932000074";
        siretSpaced = "732 829 320 00074";
        commune = "2A004";
        postal = "75001";
    }

    [Benchmark(Baseline = true)]
    public bool SiretTryParseCompact() => Siret.TryParse(siretCompact, out _);

    [Benchmark]
    public bool SiretTryParseSpaced() => Siret.TryParse(siretSpaced, out _);

    [Benchmark]
    public bool CommuneCodeTryParse() => CommuneCode.TryParse(commune, out _);

    [Benchmark]
    public bool PostalCodeTryParse() => PostalCode.TryParse(postal, out _);
}

using BenchmarkDotNet.Attributes;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>Allocating €1,000,000.01 into whole-cent parts, and the national percentage rule over 30 counts.</summary>
[MemoryDiagnoser]
public class MoneyBenchmarks
{
    private readonly Money amount = Money.FromEuros(1_000_000.01m);
    private decimal[] twelveRatios = [];
    private long[] thirtyCounts = [];

    [GlobalSetup]
    public void Setup()
    {
        // Monthly weights with uneven remainders, so that the leftover cents must be ranked.
        twelveRatios = [31m, 28m, 31m, 30m, 31m, 30m, 31m, 31m, 30m, 31m, 30m, 31m];
        var random = new Random(42);
        thirtyCounts = Enumerable.Range(0, 30).Select(_ => (long)random.Next(0, 5_000)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public Money[] AllocateTwelveEqualParts() => amount.Allocate(12);

    [Benchmark]
    public Money[] AllocateByTwelveRatios() => amount.Allocate(twelveRatios);

    [Benchmark]
    public Money[] AllocateThousandEqualParts() => amount.Allocate(1000);

    [Benchmark]
    public decimal[] PercentagesDistributionOfThirtyCounts() => Percentages.Distribution(thirtyCounts);
}

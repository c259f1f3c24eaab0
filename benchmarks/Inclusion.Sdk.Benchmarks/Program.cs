using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line (BenchmarkDotNet switches: <c>--filter</c>, <c>--job</c>…).
/// Exits with 1 when a benchmark fails, when validation fails (a non-optimised build among others), or when the
/// filter selected nothing.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
        if (summaries.Length == 0 || summaries.All(s => s.Reports.Length == 0))
        {
            Console.Error.WriteLine("No benchmark ran.");
            return 1;
        }

        var failed = summaries.Where(Failed).ToArray();
        foreach (var summary in failed)
        {
            Console.Error.WriteLine($"Benchmark run '{summary.Title}' failed.");
        }

        return failed.Length == 0 ? 0 : 1;
    }

    private static bool Failed(Summary summary) =>
        summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success);
}

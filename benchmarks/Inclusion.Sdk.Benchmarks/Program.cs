using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line (BenchmarkDotNet switches: <c>--filter</c>, <c>--job</c>…).
/// Exits with 1 when a benchmark fails, when validation fails (a non-optimised build among others), or when the
/// filter selected nothing. <c>generate-places &lt;rows&gt; &lt;path&gt;</c> writes the places file of the whole-process
/// benchmark (benchmarks/measure-validate.sh) instead; it never replaces an existing file.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["generate-places", var count, var path])
        {
            return GeneratePlaces(long.Parse(count, System.Globalization.CultureInfo.InvariantCulture), path);
        }

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

    private static int GeneratePlaces(long rows, string path)
    {
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"{path} already exists: not replaced.");
            return 2;
        }

        var temporary = path + ".tmp";
        using (var text = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false), 1 << 16))
        {
            PlacesBenchmarks.Write(text, rows);
        }

        File.Move(temporary, path);
        return 0;
    }

    private static bool Failed(Summary summary) =>
        summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success);
}

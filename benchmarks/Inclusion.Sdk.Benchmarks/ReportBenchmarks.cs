using BenchmarkDotNet.Attributes;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>Building and serialising a validation report of 1,000 issues.</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private ValidationIssue[] issues = [];
    private ValidationReport report = ValidationReport.Empty;

    [GlobalSetup]
    public void Setup()
    {
        issues = Enumerable.Range(0, 1000)
            .Select(i => new ValidationIssue(
                i % 2 == 0 ? "siret.checksum" : "postal-code.leading-zero",
                i % 3 == 0 ? Severity.Warning : Severity.Error,
                "The check digit is wrong.",
                "La clé de contrôle est fausse.",
                "7328293200007" + (i % 10),
                new IssueLocation("places.csv", i + 2, 2, "pivot")))
            .ToArray();
        report = ValidationReport.Create(issues, "places.csv");
    }

    [Benchmark(Baseline = true)]
    public ValidationReport Build() => ValidationReport.Create(issues, "places.csv");

    [Benchmark]
    public string SerializeJson() => InclusionJson.Serialize(report);
}

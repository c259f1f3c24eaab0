using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Strategy;

/// <summary>The result of reading a measurements file: the valid measurements (never lost because of other rows) and
/// the located problems.</summary>
/// <remarks>Plain immutable data.</remarks>
public sealed class MeasurementLoadResult
{
    internal MeasurementLoadResult(IReadOnlyList<Measurement> measurements, ValidationReport report)
    {
        Measurements = measurements;
        Report = report;
    }

    /// <summary>The valid measurements, in file order.</summary>
    public IReadOnlyList<Measurement> Measurements { get; }

    /// <summary>The problems, each located by row (header = row 1), column and field.</summary>
    public ValidationReport Report { get; }
}

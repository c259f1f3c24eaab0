using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Strategy;

/// <summary>The result of reading a plan file: the strategy when the file is valid, and the located problems.</summary>
/// <remarks>Plain immutable data.</remarks>
public sealed class StrategyLoadResult
{
    internal StrategyLoadResult(TerritorialStrategy? strategy, ValidationReport report)
    {
        Strategy = strategy;
        Report = report;
    }

    /// <summary>The strategy, or <see langword="null"/> when the file has errors.</summary>
    public TerritorialStrategy? Strategy { get; }

    /// <summary>The problems, each with its rule code, JSON path (field), line and column.</summary>
    public ValidationReport Report { get; }
}

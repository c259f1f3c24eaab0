using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Territories;

/// <summary>The outcome of <see cref="TerritoryRegistry.LoadCommunes(TextReader, string?)"/>: the registry and the report.</summary>
/// <remarks>
/// The registry always holds the reference data and every valid row, even when the report has errors: check
/// <see cref="ValidationReport.IsValid"/> to decide whether a partial load is acceptable. This type is immutable and
/// thread-safe.
/// </remarks>
public sealed class TerritoryRegistryLoadResult
{
    internal TerritoryRegistryLoadResult(TerritoryRegistry registry, ValidationReport report, int communesRead)
    {
        Registry = registry;
        Report = report;
        CommunesRead = communesRead;
    }

    /// <summary>The registry: the reference data, the valid rows of the file, and any parent commune added.</summary>
    public TerritoryRegistry Registry { get; }

    /// <summary>The issues found, located by source, row (header = row 1), column and field.</summary>
    public ValidationReport Report { get; }

    /// <summary>The number of valid commune and arrondissement rows read from the file (added parents excluded).</summary>
    public int CommunesRead { get; }
}

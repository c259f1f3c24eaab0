using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Surveys;

/// <summary>The outcome of <see cref="DsiActivityCatalogue.Load"/>: the catalogue (when the file has no error) and the report.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DsiCatalogueLoadResult
{
    internal DsiCatalogueLoadResult(DsiActivityCatalogue? catalogue, ValidationReport report)
    {
        Catalogue = catalogue;
        Report = report;
    }

    /// <summary>The catalogue, or null when the report has errors.</summary>
    public DsiActivityCatalogue? Catalogue { get; }

    /// <summary>The issues found, located by source, row and column.</summary>
    public ValidationReport Report { get; }
}

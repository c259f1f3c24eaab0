namespace Inclusion.Sdk.Surveys;

/// <summary>An estimate set against a reference figure.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ReferenceComparison : Reporting.IHtmlRenderable
{
    internal ReferenceComparison(ReferenceFigure figure, WeightedProportion estimate)
    {
        Figure = figure;
        EstimatePercent = estimate.Percent;
        DifferencePoints = EstimatePercent - figure.Percent;
        WithinInterval = estimate.Wilson.Contains((double)figure.Percent / 100);
    }

    /// <summary>The reference figure, with its source.</summary>
    public ReferenceFigure Figure { get; }

    /// <summary>The estimate in percent (3 decimals).</summary>
    public decimal EstimatePercent { get; }

    /// <summary>Estimate minus figure, in percentage points (unrounded; <c>DsiEstimateWriter</c> prints it with the
    /// figure's <see cref="ReferenceFigure.Decimals"/>).</summary>
    public decimal DifferencePoints { get; }

    /// <summary>True when the figure lies inside the estimate's Wilson interval.</summary>
    public bool WithinInterval { get; }
}

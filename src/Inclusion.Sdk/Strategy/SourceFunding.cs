namespace Inclusion.Sdk.Strategy;

/// <summary>The funding of one source, in a plan or an action, and its share of the planned total (co-financing).</summary>
/// <remarks>Plain immutable data.</remarks>
public sealed class SourceFunding
{
    internal SourceFunding(FundingSource source, int lineCount, FundingTotals totals, decimal sharePercent)
    {
        Source = source;
        LineCount = lineCount;
        Totals = totals;
        SharePercent = sharePercent;
    }

    /// <summary>The source.</summary>
    public FundingSource Source { get; }

    /// <summary>The number of funding lines of this source.</summary>
    public int LineCount { get; }

    /// <summary>The amounts.</summary>
    public FundingTotals Totals { get; }

    /// <summary>The share of the planned total brought by this source, in percent (3 decimals).</summary>
    public decimal SharePercent { get; }
}

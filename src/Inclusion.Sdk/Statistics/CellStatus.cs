namespace Inclusion.Sdk.Statistics;

/// <summary>Whether a cell of a protected table is published, and if not why.</summary>
public enum CellStatus
{
    /// <summary>The cell is published.</summary>
    Published = 0,

    /// <summary>The cell is below the threshold (primary suppression).</summary>
    Primary = 1,

    /// <summary>The cell is above the threshold but hidden so that a primary cell cannot be recovered from the
    /// published totals (secondary suppression).</summary>
    Secondary = 2,
}

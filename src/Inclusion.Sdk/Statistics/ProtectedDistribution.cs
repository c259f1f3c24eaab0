using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Statistics;

/// <summary>
/// A one-dimensional breakdown (counts by category with their total) after small-count suppression: either the
/// total is published and no suppressed cell can be computed from it and the published cells, or the total itself is
/// below the threshold and everything sensitive is hidden. Built by <see cref="DisclosureControl.ProtectDistribution"/>.
/// </summary>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ProtectedDistribution : Reporting.IHtmlRenderable
{
    private readonly long[] counts;
    private readonly CellStatus[] status;

    internal ProtectedDistribution(long[] counts, CellStatus[] status, long total, bool totalSuppressed, DisclosureRule rule)
    {
        this.counts = counts;
        this.status = status;
        Total = total;
        IsTotalSuppressed = totalSuppressed;
        Rule = rule;
    }

    /// <summary>The rule applied.</summary>
    public DisclosureRule Rule { get; }

    /// <summary>The number of cells.</summary>
    public int Count => counts.Length;

    /// <summary>The total of the cells (known to the producer; publish it only when <see cref="IsTotalSuppressed"/>
    /// is false — see <see cref="PublishedTotal"/>).</summary>
    public long Total { get; }

    /// <summary>Whether the total itself is below the threshold and must not be published.</summary>
    public bool IsTotalSuppressed { get; }

    /// <summary>The total as it may be published, or null when it is suppressed.</summary>
    public long? PublishedTotal => IsTotalSuppressed ? null : Total;

    /// <summary>The number of suppressed cells (primary and secondary).</summary>
    public int SuppressedCount => status.Count(s => s != CellStatus.Published);

    /// <summary>The status of cell <paramref name="index"/>.</summary>
    /// <param name="index">0 … <see cref="Count"/> − 1.</param>
    /// <returns>Published, primary or secondary.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public CellStatus StatusOf(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, counts.Length - 1);
        return status[index];
    }

    /// <summary>The value of cell <paramref name="index"/> as it may be published, or null when it is suppressed.</summary>
    /// <param name="index">0 … <see cref="Count"/> − 1.</param>
    /// <returns>The count, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public long? PublishedValue(int index) => StatusOf(index) == CellStatus.Published ? counts[index] : null;
}

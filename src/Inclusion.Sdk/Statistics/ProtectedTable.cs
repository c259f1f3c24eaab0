using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Statistics;

/// <summary>
/// A two-way table of counts (rows × columns) with its row, column and grand totals, after small-count suppression:
/// every cell below the threshold is hidden (primary) and enough further cells are hidden (secondary) that no hidden
/// cell can be computed from the published cells and totals, by subtraction or any other linear combination.
/// Built by <see cref="DisclosureControl.ProtectTable"/>.
/// </summary>
/// <remarks>Totals are published as given. A row or column whose own total is below the threshold discloses a small
/// group by itself: <see cref="IsRowTotalSensitive"/> and <see cref="IsColumnTotalSensitive"/> flag them so that the
/// caller merges categories before publishing.</remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ProtectedTable : Reporting.IHtmlRenderable
{
    private readonly long[,] cells;
    private readonly CellStatus[,] status;
    private readonly long[] rowTotals;
    private readonly long[] columnTotals;

    internal ProtectedTable(long[,] cells, CellStatus[,] status, long[] rowTotals, long[] columnTotals, DisclosureRule rule)
    {
        this.cells = cells;
        this.status = status;
        this.rowTotals = rowTotals;
        this.columnTotals = columnTotals;
        Rule = rule;
        GrandTotal = rowTotals.Sum();
    }

    /// <summary>The rule applied.</summary>
    public DisclosureRule Rule { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => rowTotals.Length;

    /// <summary>The number of columns.</summary>
    public int ColumnCount => columnTotals.Length;

    /// <summary>The grand total.</summary>
    public long GrandTotal { get; }

    /// <summary>The number of suppressed cells (primary and secondary).</summary>
    public int SuppressedCount
    {
        get
        {
            var n = 0;
            foreach (var s in status)
            {
                n += s == CellStatus.Published ? 0 : 1;
            }

            return n;
        }
    }

    /// <summary>The total of row <paramref name="row"/>.</summary>
    /// <param name="row">0 … <see cref="RowCount"/> − 1.</param>
    /// <returns>The sum of the row's cells.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
    public long RowTotal(int row)
    {
        Preconditions.CheckArgumentRange(nameof(row), row, 0, RowCount - 1);
        return rowTotals[row];
    }

    /// <summary>The total of column <paramref name="column"/>.</summary>
    /// <param name="column">0 … <see cref="ColumnCount"/> − 1.</param>
    /// <returns>The sum of the column's cells.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is out of range.</exception>
    public long ColumnTotal(int column)
    {
        Preconditions.CheckArgumentRange(nameof(column), column, 0, ColumnCount - 1);
        return columnTotals[column];
    }

    /// <summary>Whether the total of row <paramref name="row"/> is itself below the threshold.</summary>
    /// <param name="row">0 … <see cref="RowCount"/> − 1.</param>
    /// <returns>True when the row total is sensitive under <see cref="Rule"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is out of range.</exception>
    public bool IsRowTotalSensitive(int row) => Rule.IsSensitive(RowTotal(row));

    /// <summary>Whether the total of column <paramref name="column"/> is itself below the threshold.</summary>
    /// <param name="column">0 … <see cref="ColumnCount"/> − 1.</param>
    /// <returns>True when the column total is sensitive under <see cref="Rule"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is out of range.</exception>
    public bool IsColumnTotalSensitive(int column) => Rule.IsSensitive(ColumnTotal(column));

    /// <summary>The status of a cell.</summary>
    /// <param name="row">0 … <see cref="RowCount"/> − 1.</param>
    /// <param name="column">0 … <see cref="ColumnCount"/> − 1.</param>
    /// <returns>Published, primary or secondary.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public CellStatus StatusOf(int row, int column)
    {
        Preconditions.CheckArgumentRange(nameof(row), row, 0, RowCount - 1);
        Preconditions.CheckArgumentRange(nameof(column), column, 0, ColumnCount - 1);
        return status[row, column];
    }

    /// <summary>The value of a cell as it may be published, or null when it is suppressed.</summary>
    /// <param name="row">0 … <see cref="RowCount"/> − 1.</param>
    /// <param name="column">0 … <see cref="ColumnCount"/> − 1.</param>
    /// <returns>The count, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public long? PublishedValue(int row, int column) =>
        StatusOf(row, column) == CellStatus.Published ? cells[row, column] : null;
}

using System.Globalization;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Statistics;

/// <summary>
/// Statistical disclosure control for published breakdowns: small-count (primary) suppression with secondary
/// suppression, so that no hidden cell can be recovered from the published cells and totals.
/// </summary>
/// <remarks>
/// <para><b>Distributions</b> (one dimension, total published): when exactly one cell is hidden, the smallest other
/// non-zero cell is hidden too (otherwise total − published cells gives it back; a hidden zero would not help, since a
/// published cell is 0 or at least the threshold). When the total itself is below the threshold, the total is
/// withheld.</para>
/// <para><b>Two-way tables</b> (row, column and grand totals published): view the hidden cells as edges of the
/// bipartite graph whose vertices are the rows and the columns. The published totals determine a hidden cell exactly
/// when, and only when, its edge is a bridge of that graph (the unknowns are fixed up to the cycle space); a cell on a
/// cycle can be moved by +d/−d around the cycle without changing any total. So every hidden cell that is a bridge is
/// put on a cycle by hiding the cells of the cheapest alternative path between its row and its column (Dijkstra, a
/// cell costs its count + 1, already-hidden cells cost nothing). Hiding more cells never makes a bridge, so one pass
/// over the cells suffices. The result is not guaranteed minimal (optimal cell suppression is NP-hard); it is
/// deterministic for a given table. The guarantee is exact non-recovery; bounds from non-negativity (for example a
/// hidden pair known to add up to 12) are not widened.</para>
/// <para>Linked tables (several tables sharing cells, hierarchies of totals) are outside this class: protect each
/// published table, and do not publish overlapping tables without checking them together.</para>
/// </remarks>
public static class DisclosureControl
{
    /// <summary>Protects a one-dimensional breakdown whose total is published.</summary>
    /// <param name="counts">The counts by category, none negative; may be empty.</param>
    /// <param name="rule">The rule, <see cref="DisclosureRule.Default"/> (threshold 11) when null.</param>
    /// <returns>The protected distribution.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">The total exceeds <see cref="long.MaxValue"/>.</exception>
    public static ProtectedDistribution ProtectDistribution(ReadOnlySpan<long> counts, DisclosureRule? rule = null)
    {
        rule ??= DisclosureRule.Default;
        var values = counts.ToArray();
        var status = new CellStatus[values.Length];
        var total = 0L;
        for (var i = 0; i < values.Length; i++)
        {
            CheckCount(nameof(counts), values[i], i);
            total = checked(total + values[i]);
        }

        var suppressed = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (rule.IsSensitive(values[i]))
            {
                status[i] = CellStatus.Primary;
                suppressed++;
            }
        }

        var totalSuppressed = values.Length > 0 && rule.IsSensitive(total);
        if (!totalSuppressed && suppressed == 1 && values.Length > 1)
        {
            // The smallest published cell that hides something: a zero cell suppressed beside the sensitive one would
            // leave their sum (the sensitive count itself) to be read from the total.
            var best = -1;
            for (var i = 0; i < values.Length; i++)
            {
                if (status[i] == CellStatus.Published && values[i] > 0 && (best < 0 || values[i] < values[best]))
                {
                    best = i;
                }
            }

            if (best >= 0)
            {
                status[best] = CellStatus.Secondary;
            }
        }

        return new ProtectedDistribution(values, status, total, totalSuppressed, rule);
    }

    /// <summary>Protects a two-way table whose row, column and grand totals are published.</summary>
    /// <param name="cells">The counts, rows × columns, at least 2 × 2, none negative (a single row or column is a
    /// distribution: use <see cref="ProtectDistribution"/>).</param>
    /// <param name="rule">The rule, <see cref="DisclosureRule.Default"/> (threshold 11) when null.</param>
    /// <returns>The protected table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cells"/> is null.</exception>
    /// <exception cref="ArgumentException">The table has fewer than 2 rows or 2 columns.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="OverflowException">A total exceeds <see cref="long.MaxValue"/>.</exception>
    public static ProtectedTable ProtectTable(long[,] cells, DisclosureRule? rule = null)
    {
        Preconditions.CheckNotNull(cells);
        rule ??= DisclosureRule.Default;
        int rows = cells.GetLength(0), columns = cells.GetLength(1);
        Preconditions.CheckArgument(rows >= 2 && columns >= 2, nameof(cells),
            "A two-way table needs at least 2 rows and 2 columns; protect a single row or column as a distribution.");
        var values = (long[,])cells.Clone();
        var rowTotals = new long[rows];
        var columnTotals = new long[columns];
        var status = new CellStatus[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var v = values[r, c];
                CheckCount(nameof(cells), v, (r * columns) + c);
                rowTotals[r] = checked(rowTotals[r] + v);
                columnTotals[c] = checked(columnTotals[c] + v);
                if (rule.IsSensitive(v))
                {
                    status[r, c] = CellStatus.Primary;
                }
            }
        }

        _ = checked(rowTotals.Sum());
        var finder = new CyclePathFinder(values, status);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (status[r, c] != CellStatus.Published)
                {
                    finder.PutOnCycle(r, c);
                }
            }
        }

        return new ProtectedTable(values, status, rowTotals, columnTotals, rule);
    }

    private static void CheckCount(string paramName, long value, int index)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                string.Create(CultureInfo.InvariantCulture, $"Counts must not be negative; the count at index {index} is {value}."));
        }
    }

    /// <summary>Dense Dijkstra on the complete bipartite graph rows × columns: O((R + C)²) per call.</summary>
    private sealed class CyclePathFinder(long[,] values, CellStatus[,] status)
    {
        private readonly int rows = values.GetLength(0);
        private readonly int columns = values.GetLength(1);

        internal void PutOnCycle(int row, int column)
        {
            var n = rows + columns;
            var dist = new long[n];
            var prev = new int[n];
            var done = new bool[n];
            Array.Fill(dist, long.MaxValue);
            Array.Fill(prev, -1);
            dist[row] = 0;
            var target = rows + column;
            for (var step = 0; step < n; step++)
            {
                var u = -1;
                for (var v = 0; v < n; v++)
                {
                    if (!done[v] && dist[v] != long.MaxValue && (u < 0 || dist[v] < dist[u]))
                    {
                        u = v;
                    }
                }

                if (u < 0 || u == target)
                {
                    break;
                }

                done[u] = true;
                if (u < rows)
                {
                    for (var c = 0; c < columns; c++)
                    {
                        if (u == row && c == column)
                        {
                            continue;
                        }

                        Relax(u, rows + c, Cost(u, c), dist, prev, done);
                    }
                }
                else
                {
                    var c = u - rows;
                    for (var r = 0; r < rows; r++)
                    {
                        if (r == row && c == column)
                        {
                            continue;
                        }

                        Relax(u, r, Cost(r, c), dist, prev, done);
                    }
                }
            }

            // With at least 2 rows and 2 columns the complete bipartite graph minus one edge stays connected.
            for (var v = target; prev[v] >= 0; v = prev[v])
            {
                var u = prev[v];
                var (r, c) = u < rows ? (u, v - rows) : (v, u - rows);
                if (status[r, c] == CellStatus.Published)
                {
                    status[r, c] = CellStatus.Secondary;
                }
            }
        }

        private long Cost(int r, int c) => status[r, c] == CellStatus.Published ? values[r, c] + 1 : 0;

        private static void Relax(int u, int v, long cost, long[] dist, int[] prev, bool[] done)
        {
            if (done[v])
            {
                return;
            }

            var d = dist[u] + cost;
            if (d < dist[v])
            {
                dist[v] = d;
                prev[v] = u;
            }
        }
    }
}

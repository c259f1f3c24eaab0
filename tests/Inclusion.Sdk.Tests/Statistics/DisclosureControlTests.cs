using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Statistics;

namespace Inclusion.Sdk.Tests.Statistics;

public class DisclosureControlTests
{
    [Fact]
    public void Distribution_SingleSmallCell_HidesTheSmallestOtherCell()
    {
        var p = DisclosureControl.ProtectDistribution([40L, 5L, 30L, 12L]);
        Assert.Equal(CellStatus.Published, p.StatusOf(0));
        Assert.Equal(CellStatus.Primary, p.StatusOf(1));
        Assert.Equal(CellStatus.Published, p.StatusOf(2));
        Assert.Equal(CellStatus.Secondary, p.StatusOf(3));
        Assert.Equal(87L, p.PublishedTotal);
        Assert.Null(p.PublishedValue(1));
        Assert.Equal(40L, p.PublishedValue(0));
    }

    [Fact]
    public void Distribution_TwoSmallCells_NeedNoSecondary()
    {
        var p = DisclosureControl.ProtectDistribution([40L, 5L, 3L]);
        Assert.Equal(2, p.SuppressedCount);
        Assert.Equal(CellStatus.Primary, p.StatusOf(2));
    }

    [Fact]
    public void Distribution_SecondarySuppression_NeverUsesAZeroCell()
    {
        // Suppressing the zero beside the 3 would publish s, s, 40 and 43: the pair sums to 3, and a published-rule
        // reader knows the other cell is 0 or at least 11, so the 3 would be read back. The 40 is hidden instead.
        var p = DisclosureControl.ProtectDistribution([3L, 0L, 40L, 50L]);

        Assert.Equal(CellStatus.Primary, p.StatusOf(0));
        Assert.Equal(CellStatus.Published, p.StatusOf(1));
        Assert.Equal(CellStatus.Secondary, p.StatusOf(2));
        Assert.Equal(0L, p.PublishedValue(1));
        Assert.Equal(2, p.SuppressedCount);
    }

    [Fact]
    public void Distribution_SmallTotal_IsWithheld()
    {
        var p = DisclosureControl.ProtectDistribution([4L, 0L, 3L]);
        Assert.True(p.IsTotalSuppressed);
        Assert.Null(p.PublishedTotal);
        Assert.Equal(0L, p.PublishedValue(1));   // zeros are published by default
    }

    [Fact]
    public void Threshold_IsConfigurable_AndElevenIsPublishedByDefault()
    {
        Assert.False(DisclosureRule.Default.IsSensitive(11));
        Assert.True(DisclosureRule.Default.IsSensitive(10));
        Assert.False(DisclosureRule.Default.IsSensitive(0));
        Assert.True(new DisclosureRule(5, suppressZeros: true).IsSensitive(0));
        Assert.False(new DisclosureRule(5).IsSensitive(5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DisclosureRule(0));
    }

    [Fact]
    public void Table_SingleSmallCell_GetsAFourCellCycle()
    {
        long[,] t = { { 50, 3, 40 }, { 30, 60, 20 }, { 25, 70, 80 } };
        var p = DisclosureControl.ProtectTable(t);
        Assert.Equal(CellStatus.Primary, p.StatusOf(0, 1));
        // Cheapest alternative path row 0 → column 1, a cell costing count + 1: (0,2) 41 + (1,2) 21 + (1,1) 61 = 123,
        // against 143 through column 0 and 148 or more through row 2.
        Assert.Equal(CellStatus.Secondary, p.StatusOf(0, 2));
        Assert.Equal(CellStatus.Secondary, p.StatusOf(1, 2));
        Assert.Equal(CellStatus.Secondary, p.StatusOf(1, 1));
        Assert.Equal(4, p.SuppressedCount);
        Assert.Empty(Recoverable(t, p));
        Assert.Equal(93L, p.RowTotal(0));
    }

    [Fact]
    public void Table_RejectsSingleRowAndNegativeCounts()
    {
        Assert.Throws<ArgumentException>(() => DisclosureControl.ProtectTable(new long[1, 3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureControl.ProtectTable(new long[,] { { 1, -1 }, { 2, 2 } }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureControl.ProtectDistribution([1L, -1L]));
    }

    [Fact]
    public void Oracle_DetectsARecoverableCell()
    {
        // The oracle used by the properties must itself be able to fail: a lone hidden cell in a row is recoverable.
        long[,] t = { { 50, 3 }, { 30, 60 } };
        var hidden = new bool[2, 2];
        hidden[0, 1] = true;
        Assert.Single(RecoverableCells(t, hidden));
        hidden[0, 0] = true;
        Assert.Equal(2, RecoverableCells(t, hidden).Count);   // the pair is still fixed by the column totals
        hidden[1, 0] = hidden[1, 1] = true;
        Assert.Empty(RecoverableCells(t, hidden));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Tables)])]
    public bool Table_NoSuppressedCellCanBeRecoveredFromTheTotals(long[,] table)
    {
        var p = DisclosureControl.ProtectTable(table);
        return Recoverable(table, p).Count == 0;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Tables)])]
    public bool Table_PrimaryCellsAreExactlyTheSensitiveOnes_AndPublishedValuesAreUnchanged(long[,] table)
    {
        var rule = new DisclosureRule(11);
        var p = DisclosureControl.ProtectTable(table, rule);
        for (var r = 0; r < table.GetLength(0); r++)
        {
            for (var c = 0; c < table.GetLength(1); c++)
            {
                var s = p.StatusOf(r, c);
                if ((s == CellStatus.Primary) != rule.IsSensitive(table[r, c]))
                {
                    return false;
                }

                if (s == CellStatus.Published && p.PublishedValue(r, c) != table[r, c])
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Tables)])]
    public bool Distribution_NoSuppressedCellCanBeRecoveredFromTheTotal(long[] counts, int threshold)
    {
        var rule = new DisclosureRule(1 + Math.Abs(threshold % 15));
        var p = DisclosureControl.ProtectDistribution(counts, rule);
        if (p.IsTotalSuppressed)
        {
            return Enumerable.Range(0, counts.Length).All(i => !rule.IsSensitive(counts[i]) || p.PublishedValue(i) is null);
        }

        var hidden = Enumerable.Range(0, counts.Length).Where(i => p.StatusOf(i) != CellStatus.Published).ToArray();
        var equations = new List<double[]> { hidden.Select(_ => 1.0).ToArray() };
        return hidden.Length == 0 || Enumerable.Range(0, hidden.Length).All(k => !InRowSpace(equations, hidden.Length, k));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(Tables)])]
    public bool Distribution_ASecondaryCellIsNeverAZero(long[] counts, int threshold)
    {
        // A zero hidden beside one sensitive cell gives it back (their sum is read from the total, and published
        // cells are 0 or at least the threshold).
        var p = DisclosureControl.ProtectDistribution(counts, new DisclosureRule(1 + Math.Abs(threshold % 15)));
        return Enumerable.Range(0, counts.Length).All(i => p.StatusOf(i) != CellStatus.Secondary || counts[i] > 0);
    }

    private static List<(int Row, int Column)> Recoverable(long[,] table, ProtectedTable p)
    {
        var hidden = new bool[table.GetLength(0), table.GetLength(1)];
        for (var r = 0; r < hidden.GetLength(0); r++)
        {
            for (var c = 0; c < hidden.GetLength(1); c++)
            {
                hidden[r, c] = p.StatusOf(r, c) != CellStatus.Published;
            }
        }

        return RecoverableCells(table, hidden);
    }

    /// <summary>Independent oracle: a hidden cell is recoverable when its unit vector lies in the span of the row and
    /// column equations restricted to the hidden cells (Gaussian elimination, not the graph argument of the code).</summary>
    private static List<(int Row, int Column)> RecoverableCells(long[,] table, bool[,] hidden)
    {
        int rows = table.GetLength(0), columns = table.GetLength(1);
        var unknowns = new List<(int Row, int Column)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (hidden[r, c])
                {
                    unknowns.Add((r, c));
                }
            }
        }

        var equations = new List<double[]>();
        for (var r = 0; r < rows; r++)
        {
            equations.Add(unknowns.Select(u => u.Row == r ? 1.0 : 0.0).ToArray());
        }

        for (var c = 0; c < columns; c++)
        {
            equations.Add(unknowns.Select(u => u.Column == c ? 1.0 : 0.0).ToArray());
        }

        return unknowns.Where((_, k) => InRowSpace(equations, unknowns.Count, k)).ToList();
    }

    private static bool InRowSpace(List<double[]> equations, int n, int k)
    {
        var unit = new double[n];
        unit[k] = 1;
        return Rank(equations, n) == Rank([.. equations, unit], n);
    }

    private static int Rank(IEnumerable<double[]> source, int n)
    {
        var m = source.Select(row => (double[])row.Clone()).ToList();
        var rank = 0;
        for (var col = 0; col < n && rank < m.Count; col++)
        {
            var pivot = -1;
            for (var i = rank; i < m.Count; i++)
            {
                if (Math.Abs(m[i][col]) > 1e-9 && (pivot < 0 || Math.Abs(m[i][col]) > Math.Abs(m[pivot][col])))
                {
                    pivot = i;
                }
            }

            if (pivot < 0)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var i = 0; i < m.Count; i++)
            {
                if (i != rank && Math.Abs(m[i][col]) > 1e-12)
                {
                    var f = m[i][col] / m[rank][col];
                    for (var j = 0; j < n; j++)
                    {
                        m[i][j] -= f * m[rank][j];
                    }
                }
            }

            rank++;
        }

        return rank;
    }

    /// <summary>Tables of 2–6 rows and columns with many small counts and some large ones.</summary>
    public static class Tables
    {
        private static Gen<long> Count() => Gen.Frequency(
            (3, Gen.Choose(0, 14).Select(i => (long)i)),
            (2, Gen.Choose(11, 500).Select(i => (long)i)));

        public static Arbitrary<long[,]> Table() =>
            (from rows in Gen.Choose(2, 6)
             from columns in Gen.Choose(2, 6)
             from values in Count().ArrayOf(rows * columns)
             select ToTable(rows, columns, values)).ToArbitrary();

        public static Arbitrary<long[]> Counts() => Count().ArrayOf().ToArbitrary();

        private static long[,] ToTable(int rows, int columns, long[] values)
        {
            var t = new long[rows, columns];
            for (var i = 0; i < values.Length; i++)
            {
                t[i / columns, i % columns] = values[i];
            }

            return t;
        }
    }
}

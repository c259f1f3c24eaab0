namespace Inclusion.Sdk.Activities;

/// <summary>One item of a published distribution: its API value, label, (weighted) count and proportion in percent
/// of the sum over the distribution's items (3 decimals, half up — <see cref="Percentages"/>).</summary>
public sealed class CategoryCount
{
    /// <summary>Creates an item.</summary>
    /// <param name="value">The API value, for example <c>moins_de_30_min</c>.</param>
    /// <param name="label">The label, for example "Moins de 30 min".</param>
    /// <param name="count">The count or weighted count.</param>
    /// <param name="proportion">The proportion in percent.</param>
    public CategoryCount(string value, string label, long count, decimal proportion)
    {
        Value = value;
        Label = label;
        Count = count;
        Proportion = proportion;
    }

    /// <summary>The API value.</summary>
    public string Value { get; }

    /// <summary>The label.</summary>
    public string Label { get; }

    /// <summary>The count (weighted by participants for activity distributions, distinct beneficiaries for
    /// beneficiary distributions).</summary>
    public long Count { get; }

    /// <summary>The proportion in percent of the sum of the distribution's counts.</summary>
    public decimal Proportion { get; }

    internal static CategoryCount[] Distribution((string Api, string Label)[] table, ReadOnlySpan<long> counts, int offset = 0)
    {
        var shares = Percentages.Distribution(counts);
        var items = new CategoryCount[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            items[i] = new CategoryCount(table[offset + i].Api, table[offset + i].Label, counts[i], shares[i]);
        }

        return items;
    }
}

namespace Inclusion.Sdk.Vouchers;

/// <summary>The figures of one slice of a breakdown.</summary>
public sealed class KpiRow
{
    internal KpiRow(string key, string label, KpiFigures figures)
    {
        Key = key;
        Label = label;
        Figures = figures;
    }

    /// <summary>Gets the slice's key (SIRET, distributor id, territory <c>level:code</c>, month <c>yyyy-MM</c>).</summary>
    public string Key { get; }

    /// <summary>Gets a readable label.</summary>
    public string Label { get; }

    /// <summary>Gets the figures.</summary>
    public KpiFigures Figures { get; }
}

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The programme's indicators, overall and by provider (scans at that provider), distributor (booklets injected to
/// it), territory (of the distributor) and month (booklets issued and injected, passes handed and scanned that month,
/// Europe/Paris).
/// </summary>
public sealed class VoucherKpis
{
    internal VoucherKpis(KpiFigures overall, KpiRow[] byProvider, KpiRow[] byDistributor, KpiRow[] byTerritory, KpiRow[] byMonth)
    {
        Overall = overall;
        ByProvider = byProvider;
        ByDistributor = byDistributor;
        ByTerritory = byTerritory;
        ByMonth = byMonth;
    }

    /// <summary>Gets the programme's figures.</summary>
    public KpiFigures Overall { get; }

    /// <summary>Gets the figures by provider (passes redeemed, value used, booklets started there).</summary>
    public IReadOnlyList<KpiRow> ByProvider { get; }

    /// <summary>Gets the figures by distributor.</summary>
    public IReadOnlyList<KpiRow> ByDistributor { get; }

    /// <summary>Gets the figures by territory of the distributors.</summary>
    public IReadOnlyList<KpiRow> ByTerritory { get; }

    /// <summary>Gets the figures at the end of each month, cumulative from the start of the programme (stocks, so that
    /// rates and booklets not injected read as at that date).</summary>
    public IReadOnlyList<KpiRow> ByMonth { get; }
}

using Inclusion.Sdk.Statistics;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The programme's indicators, overall and by provider (scans at that provider), distributor (booklets injected to
/// it), territory (of the distributor) and month (booklets issued and injected, passes handed and scanned that month,
/// Europe/Paris).
/// </summary>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class VoucherKpis : Reporting.IHtmlRenderable
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

    /// <summary>Whether the programme's beneficiary count must be suppressed before publication (fewer than the
    /// rule's threshold).</summary>
    /// <param name="rule">The disclosure rule, default <see cref="DisclosureRule.Default"/>.</param>
    /// <returns><see langword="true"/> when the count is sensitive.</returns>
    public bool IsOverallSuppressed(DisclosureRule? rule = null) => (rule ?? DisclosureRule.Default).IsSensitive(Overall.Beneficiaries);

    /// <summary>
    /// Which rows of a published breakdown must hide their beneficiary count (and passes per beneficiary, which would
    /// give it back): the counts below the disclosure threshold, and the further counts hidden (secondary suppression)
    /// so that a hidden count cannot be recovered from the total (<see cref="DisclosureControl.ProtectDistribution"/>).
    /// </summary>
    /// <param name="breakdown">The rows of one breakdown (for example <see cref="ByProvider"/>).</param>
    /// <param name="rule">The disclosure rule, default <see cref="DisclosureRule.Default"/>.</param>
    /// <returns>For each row, whether its beneficiary count is suppressed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="breakdown"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<bool> SuppressedBeneficiaries(IReadOnlyList<KpiRow> breakdown, DisclosureRule? rule = null)
    {
        Utility.Preconditions.CheckNotNull(breakdown);
        var counts = breakdown.Select(r => r.Figures.Beneficiaries).ToArray();
        var protectedCounts = DisclosureControl.ProtectDistribution(counts, rule);
        return [.. Enumerable.Range(0, counts.Length).Select(i => protectedCounts.StatusOf(i) != CellStatus.Published)];
    }
}

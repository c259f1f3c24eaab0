using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// What a programme's ledger settles: the providers' monthly statements (scans of month M paid in M+1), the closing
/// statement (credit note, fees, co-financing) and the KPIs. Rendered as text or JSON by
/// <c>Inclusion.Sdk.Files.VoucherSettlementWriter</c> (with small beneficiary counts suppressed).
/// </summary>
/// <remarks>Immutable; computed from a programme's events alone (a ledger's, or a store's read back), never by deciding them again.</remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class VoucherSettlement : Reporting.IHtmlRenderable
{
    private VoucherSettlement(VoucherProgramme programme, YearMonth? month, IReadOnlyList<ProviderStatement> statements, ClosingStatement closing, VoucherKpis kpis)
    {
        Programme = programme;
        Month = month;
        Statements = statements;
        Closing = closing;
        Kpis = kpis;
    }

    /// <summary>Gets the programme.</summary>
    public VoucherProgramme Programme { get; }

    /// <summary>Gets the month of scans the statements are restricted to, or <see langword="null"/> for every month.</summary>
    public YearMonth? Month { get; }

    /// <summary>Gets the providers' statements.</summary>
    public IReadOnlyList<ProviderStatement> Statements { get; }

    /// <summary>Gets the closing statement (provisional while the programme is open).</summary>
    public ClosingStatement Closing { get; }

    /// <summary>Gets the KPIs.</summary>
    public VoucherKpis Kpis { get; }

    /// <summary>Settles the events recorded in a ledger, every month.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <returns>The settlement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is <see langword="null"/>.</exception>
    public static VoucherSettlement Of(VoucherLedger ledger) => Of(ledger, null);

    /// <summary>Settles the events recorded in a ledger: <see cref="Of(VoucherProgramme, IReadOnlyList{VoucherEvent}, YearMonth?)"/>
    /// on its programme and a copy of its events.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="month">Only the provider statements of this month of scans (Europe/Paris), or <see langword="null"/>.</param>
    /// <returns>The settlement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is <see langword="null"/>.</exception>
    public static VoucherSettlement Of(VoucherLedger ledger, YearMonth? month)
    {
        Preconditions.CheckNotNull(ledger);
        return Of(ledger.Programme, ledger.Events(), month);
    }

    /// <summary>
    /// Settles a programme's events as a ledger recorded them — for example read back from a store with
    /// <see cref="IVoucherEventStore.ReadAsync"/> — without deciding them again: a pure function, so the same events
    /// always give the same statements, closing statement and KPIs as <see cref="Of(VoucherLedger, YearMonth?)"/> on
    /// the ledger that recorded them. Settled months are read from their <see cref="MonthSettled"/> events, so a
    /// programme file edited since reprices nothing already paid.
    /// </summary>
    /// <param name="programme">The programme's settings.</param>
    /// <param name="events">Its events, in stream order, as recorded by a <see cref="VoucherLedger"/> (validated when
    /// written; events that no ledger would have recorded give undefined figures).</param>
    /// <param name="month">Only the provider statements of this month of scans (Europe/Paris), or <see langword="null"/>.</param>
    /// <returns>The settlement.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public static VoucherSettlement Of(VoucherProgramme programme, IReadOnlyList<VoucherEvent> events, YearMonth? month)
    {
        Preconditions.CheckNotNull(programme);
        Preconditions.CheckNotNull(events);
        return new VoucherSettlement(
            programme,
            month,
            VoucherReports.ProviderStatements(programme, events, month),
            VoucherReports.Closing(programme, events),
            VoucherReports.Kpis(programme, events));
    }
}

using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// What a programme's ledger settles: the providers' monthly statements (scans of month M paid in M+1), the closing
/// statement (credit note, fees, co-financing) and the KPIs. Rendered as text or JSON by
/// <c>Inclusion.Sdk.Files.VoucherSettlementWriter</c> (with small beneficiary counts suppressed).
/// </summary>
/// <remarks>Immutable; built from a snapshot of the ledger's events.</remarks>
public sealed class VoucherSettlement
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

    /// <summary>Settles the events recorded in a ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="month">Only the provider statements of this month of scans (Europe/Paris), or <see langword="null"/>.</param>
    /// <returns>The settlement.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/> is <see langword="null"/>.</exception>
    public static VoucherSettlement Of(VoucherLedger ledger, YearMonth? month = null)
    {
        Preconditions.CheckNotNull(ledger);
        var events = ledger.Events();
        var programme = ledger.Programme;
        return new VoucherSettlement(
            programme,
            month,
            VoucherReports.ProviderStatements(programme, events, month),
            VoucherReports.Closing(programme, events),
            VoucherReports.Kpis(programme, events));
    }
}

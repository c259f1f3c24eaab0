using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The scans of a calendar month (Europe/Paris) are counter-paid to the providers. The event records what was paid
/// (one line per provider) and the rates used, so a paid statement never changes afterwards. JSON type <c>month-settled</c>.
/// </summary>
public sealed class MonthSettled : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="month">The settled month.</param>
    /// <param name="downstreamRate">The downstream fee rate used.</param>
    /// <param name="vatRate">The VAT rate on fees used.</param>
    /// <param name="lines">What was paid, one line per provider, by SIRET.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public MonthSettled(Instant at, YearMonth month, decimal downstreamRate, decimal vatRate, IReadOnlyList<SettledLine> lines, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        Month = month;
        DownstreamRate = downstreamRate;
        VatRate = vatRate;
        Lines = [.. Preconditions.CheckNotNull(lines)];
    }

    /// <summary>Gets the settled month.</summary>
    public YearMonth Month { get; }

    /// <summary>Gets the downstream fee rate used.</summary>
    public decimal DownstreamRate { get; }

    /// <summary>Gets the VAT rate on fees used.</summary>
    public decimal VatRate { get; }

    /// <summary>Gets what was paid, one line per provider, by SIRET.</summary>
    public IReadOnlyList<SettledLine> Lines { get; }
}

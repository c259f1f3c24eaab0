using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The signed devis: invoice #1 (face value) and the upstream fee invoice are issued. The event records the upstream
/// rate and the VAT rate the order was confirmed at, so its upstream fee never changes afterwards (editing the
/// programme's fees or recording a <see cref="FeesChanged"/> later changes nothing already invoiced). JSON type
/// <c>order-confirmed</c>; both rates are required members.
/// </summary>
public sealed class OrderConfirmed : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="orderId">The order's identifier.</param>
    /// <param name="upstreamRate">The upstream rate the order was confirmed at, 0–1.</param>
    /// <param name="vatRate">The VAT rate on the upstream fee, 0–1.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public OrderConfirmed(Instant at, string orderId, decimal upstreamRate, decimal vatRate, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        OrderId = Preconditions.CheckNotNull(orderId);
        UpstreamRate = upstreamRate;
        VatRate = vatRate;
    }

    /// <summary>Gets the order's identifier.</summary>
    public string OrderId { get; }

    /// <summary>Gets the upstream rate the order was confirmed at (frozen: its upstream fee is the face value of the order times this rate).</summary>
    public decimal UpstreamRate { get; }

    /// <summary>Gets the VAT rate on the upstream fee the order was confirmed at.</summary>
    public decimal VatRate { get; }

    /// <summary>Whether both rates are within 0–1.</summary>
    internal bool HasValidRates => UpstreamRate is >= 0m and <= 1m && VatRate is >= 0m and <= 1m;
}

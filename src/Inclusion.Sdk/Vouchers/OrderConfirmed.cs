using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>The signed devis: invoice #1 (face value) and the upstream fee invoice are issued. JSON type <c>order-confirmed</c>.</summary>
public sealed class OrderConfirmed : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="orderId">The order's identifier.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public OrderConfirmed(Instant at, string orderId, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        OrderId = Preconditions.CheckNotNull(orderId);
    }

    /// <summary>Gets the order's identifier.</summary>
    public string OrderId { get; }
}

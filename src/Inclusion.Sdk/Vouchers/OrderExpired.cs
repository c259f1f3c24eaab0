using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>The grace period of an order ended: its outstanding passes expire and their face value goes to the credit note. JSON type <c>order-expired</c>.</summary>
public sealed class OrderExpired : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="orderId">The order's identifier.</param>
    /// <param name="passCount">The number of outstanding passes that expire.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public OrderExpired(Instant at, string orderId, int passCount, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        OrderId = Preconditions.CheckNotNull(orderId);
        PassCount = passCount;
    }

    /// <summary>Gets the order's identifier.</summary>
    public string OrderId { get; }

    /// <summary>Gets the number of outstanding passes that expire.</summary>
    public int PassCount { get; }
}

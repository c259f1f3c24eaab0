using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>The commanditaire validated the blocking of an order (J-15): no more injection or handing. JSON type <c>distribution-blocked</c>.</summary>
public sealed class DistributionBlocked : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="orderId">The order's identifier.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public DistributionBlocked(Instant at, string orderId, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        OrderId = Preconditions.CheckNotNull(orderId);
    }

    /// <summary>Gets the order's identifier.</summary>
    public string OrderId { get; }
}

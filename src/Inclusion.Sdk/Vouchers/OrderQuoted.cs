using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>The devis of an order: number of passes, booklet format, target publics (the order's eligibility policy) and perimeter. JSON type <c>order-quoted</c>.</summary>
public sealed class OrderQuoted : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="orderId">The order's identifier.</param>
    /// <param name="passCount">The number of passes ordered.</param>
    /// <param name="bookletSize">Passes per booklet.</param>
    /// <param name="targetPublics">The target publics eligible to receive the passes; empty: everyone.</param>
    /// <param name="perimeter">The order's territories (<c>level:code</c>); empty: the programme's perimeter.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public OrderQuoted(Instant at, string orderId, int passCount, int bookletSize, IReadOnlyList<string> targetPublics, IReadOnlyList<string> perimeter, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        OrderId = Preconditions.CheckNotNull(orderId);
        PassCount = passCount;
        BookletSize = bookletSize;
        TargetPublics = [.. Preconditions.CheckNotNull(targetPublics)];
        Perimeter = [.. Preconditions.CheckNotNull(perimeter)];
    }

    /// <summary>Gets the order's identifier.</summary>
    public string OrderId { get; }

    /// <summary>Gets the number of passes ordered.</summary>
    public int PassCount { get; }

    /// <summary>Gets passes per booklet.</summary>
    public int BookletSize { get; }

    /// <summary>Gets the target publics eligible to receive the passes; empty: everyone.</summary>
    public IReadOnlyList<string> TargetPublics { get; }

    /// <summary>Gets the order's territories (<c>level:code</c>); empty: the programme's perimeter.</summary>
    public IReadOnlyList<string> Perimeter { get; }
}

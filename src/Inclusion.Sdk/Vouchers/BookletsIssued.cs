using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>The booklets of a confirmed order are issued with passes numbered continuously in the programme's series. JSON type <c>booklets-issued</c>.</summary>
public sealed class BookletsIssued : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="orderId">The order's identifier.</param>
    /// <param name="firstPass">Number of the first pass issued.</param>
    /// <param name="firstBooklet">Number of the first booklet issued.</param>
    /// <param name="bookletCount">The number of booklets.</param>
    /// <param name="bookletSize">Passes per booklet.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public BookletsIssued(Instant at, string orderId, long firstPass, int firstBooklet, int bookletCount, int bookletSize, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        OrderId = Preconditions.CheckNotNull(orderId);
        FirstPass = firstPass;
        FirstBooklet = firstBooklet;
        BookletCount = bookletCount;
        BookletSize = bookletSize;
    }

    /// <summary>Gets the order's identifier.</summary>
    public string OrderId { get; }

    /// <summary>Gets number of the first pass issued.</summary>
    public long FirstPass { get; }

    /// <summary>Gets number of the first booklet issued.</summary>
    public int FirstBooklet { get; }

    /// <summary>Gets the number of booklets.</summary>
    public int BookletCount { get; }

    /// <summary>Gets passes per booklet.</summary>
    public int BookletSize { get; }
}

using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>Booklets delivered to a distributor (injection). JSON type <c>booklets-injected</c>.</summary>
public sealed class BookletsInjected : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it happened.</param>
    /// <param name="firstBooklet">Number of the first booklet.</param>
    /// <param name="bookletCount">The number of consecutive booklets.</param>
    /// <param name="distributorId">The distributor.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public BookletsInjected(Instant at, int firstBooklet, int bookletCount, string distributorId, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        FirstBooklet = firstBooklet;
        BookletCount = bookletCount;
        DistributorId = Preconditions.CheckNotNull(distributorId);
    }

    /// <summary>Gets number of the first booklet.</summary>
    public int FirstBooklet { get; }

    /// <summary>Gets the number of consecutive booklets.</summary>
    public int BookletCount { get; }

    /// <summary>Gets the distributor.</summary>
    public string DistributorId { get; }
}

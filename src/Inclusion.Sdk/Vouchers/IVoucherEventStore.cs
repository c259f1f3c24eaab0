namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// Append-only storage of a programme's events, one stream per programme. A batch is appended only if the stream is
/// still at the expected version (optimistic concurrency). The natural SQL shape is a table keyed by
/// (programme, version) with a unique constraint on that pair and the event's JSON (InclusionJson.SerializeEvent):
/// a concurrent writer then fails on the constraint and gets <see cref="AppendOutcome.Conflict"/>.
/// </summary>
public interface IVoucherEventStore
{
    /// <summary>Gets the version of a stream: the number of events appended to it (0 when empty).</summary>
    /// <param name="programmeId">The programme.</param>
    /// <returns>The version.</returns>
    long VersionOf(string programmeId);

    /// <summary>Appends events if the stream is at <paramref name="expectedVersion"/>; otherwise appends nothing.</summary>
    /// <param name="programmeId">The programme.</param>
    /// <param name="expectedVersion">The version the writer based its decision on.</param>
    /// <param name="events">The events, in order.</param>
    /// <returns><see cref="AppendOutcome.Appended"/> or <see cref="AppendOutcome.Conflict"/>.</returns>
    AppendOutcome Append(string programmeId, long expectedVersion, ReadOnlySpan<VoucherEvent> events);

    /// <summary>Reads the events of a stream from a version on (0 for all), in append order.</summary>
    /// <param name="programmeId">The programme.</param>
    /// <param name="fromVersion">The number of events to skip.</param>
    /// <returns>The events.</returns>
    IEnumerable<VoucherEvent> Read(string programmeId, long fromVersion = 0);
}

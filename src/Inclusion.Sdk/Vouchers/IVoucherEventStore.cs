namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// Append-only storage of a programme's events, one stream per programme; asynchronous, as I/O is in .NET. Event
/// <c>n</c> of a stream has version <c>n</c> (1-based) and the stream's version is its number of events. A batch is
/// appended only if the stream is still at the expected version (optimistic concurrency), atomically: all of it or
/// nothing. A SQL store keys its table by (programme, version) so that a concurrent writer fails on the key and gets
/// <see cref="AppendOutcome.Conflict"/>. <see cref="StoredVoucherLedger"/> runs ledger commands against a store.
/// </summary>
/// <remarks>
/// Implementations: <see cref="InMemoryVoucherEventStore"/> (tests, notebooks) and <c>SqliteVoucherEventStore</c> in the
/// <c>Inclusion.Sdk.Sqlite</c> package. A store validates nothing about the events' meaning: the ledger decides, the
/// store records. A cancelled call appends nothing or everything, never a part.
/// </remarks>
public interface IVoucherEventStore
{
    /// <summary>Gets the version of a stream: the number of events appended to it (0 when empty).</summary>
    /// <param name="programmeId">The programme.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version.</returns>
    ValueTask<long> GetVersionAsync(string programmeId, CancellationToken cancellationToken = default);

    /// <summary>Appends events if the stream is at <paramref name="expectedVersion"/>; otherwise appends nothing.</summary>
    /// <param name="programmeId">The programme.</param>
    /// <param name="expectedVersion">The version the writer based its decision on.</param>
    /// <param name="events">The events, in order; they get versions <c>expectedVersion + 1</c> onwards.</param>
    /// <param name="cancellationToken">Cancels the call (then nothing is appended, unless the append had completed).</param>
    /// <returns><see cref="AppendOutcome.Appended"/> or <see cref="AppendOutcome.Conflict"/>.</returns>
    ValueTask<AppendOutcome> AppendAsync(string programmeId, long expectedVersion, IReadOnlyList<VoucherEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Reads the events of a stream after a version (0 for all), in append order.</summary>
    /// <param name="programmeId">The programme.</param>
    /// <param name="fromVersion">The number of events to skip: the first event read has version <c>fromVersion + 1</c>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The events.</returns>
    IAsyncEnumerable<VoucherEvent> ReadAsync(string programmeId, long fromVersion = 0, CancellationToken cancellationToken = default);
}

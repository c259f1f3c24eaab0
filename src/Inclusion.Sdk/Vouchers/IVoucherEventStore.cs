namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// Append-only storage of a programme's events, one stream per programme; asynchronous, as I/O is in .NET. Event
/// <c>n</c> of a stream has version <c>n</c> (1-based, its sequence number) and the stream's version is its number of
/// events. An append is atomic: all of its events or none. <see cref="StoredVoucherLedger"/> runs ledger commands
/// against a store.
/// </summary>
/// <remarks>
/// <para><b>Exactly-once is the store's job.</b> A pass is redeemed by at most one event of a stream: a store refuses a
/// second redemption of a pass (<see cref="AppendOutcome.PassTaken"/>) with a constraint of its database, whatever the
/// writer decided. Redemptions of distinct passes do not compete: <see cref="AppendRedemptionAsync"/> appends at the
/// stream's current version as long as no event other than a redemption was appended since the writer's decision, and
/// numbers the redemption itself. Every other append is optimistic: it succeeds only at the expected version.</para>
/// <para>SQL stores also keep each event's idempotency key (the SHA-256 of its JSON,
/// <c>InclusionJson.IdempotencyKey</c>) unique in a stream, so an append retried after a lost connection that had in
/// fact committed answers <see cref="AppendOutcome.Duplicate"/> instead of storing the event twice. The in-memory
/// store cannot lose an answer and does not need keys.</para>
/// <para><b>One order of answers in every store.</b> An append is checked, first, against the stream's condition (the
/// expected version; for a redemption, no event other than a redemption after the writer's decision):
/// <see cref="AppendOutcome.Conflict"/>, whatever its passes; then, event by event, its passes:
/// <see cref="AppendOutcome.PassTaken"/> naming the event that holds one; then its idempotency key (SQL stores):
/// <see cref="AppendOutcome.Duplicate"/>. A writer whose view is stale learns that first, catches up and sees the
/// redemption itself. A redemption appended with <see cref="AppendRedemptionAsync"/> whose passes are held by the same
/// scan (same time, provider, service and passes: the identical event but for its number, which the store gives — a
/// scan retried after a lost answer) answers <see cref="AppendOutcome.Duplicate"/> with the stored event's version, in
/// every store: the append had been done; any other redemption of a held pass is
/// <see cref="AppendOutcome.PassTaken"/>. A redemption without passes, which the ledger never records
/// (<c>redemption.empty</c>), is refused by every store with an <see cref="ArgumentException"/>: SQL stores find a
/// retried redemption by its passes. Pinned by the store contract tests.</para>
/// <para>Implementations: <see cref="InMemoryVoucherEventStore"/> (tests, notebooks), <c>SqliteVoucherEventStore</c> in
/// <c>Inclusion.Sdk.Sqlite</c>, <c>PostgreSqlVoucherEventStore</c> in <c>Inclusion.Sdk.PostgreSql</c>. A store checks
/// nothing else about the events' meaning: the ledger decides, the store records. A cancelled call appends nothing or
/// everything, never a part.</para>
/// <para>A store also keeps the latest <see cref="VoucherSnapshot"/> of each stream, so that opening a ledger reads one
/// value and the events after it; a snapshot is a cache of the events, which stay the source of truth.</para>
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
    /// <param name="events">The events, in order; they get versions <c>expectedVersion + 1</c> onwards. Redemptions among them are stored as numbered.</param>
    /// <param name="cancellationToken">Cancels the call (then nothing is appended, unless the append had completed).</param>
    /// <returns><see cref="AppendOutcome.Appended"/>, <see cref="AppendOutcome.Conflict"/>, <see cref="AppendOutcome.PassTaken"/> or (SQL stores) <see cref="AppendOutcome.Duplicate"/>.</returns>
    ValueTask<AppendResult> AppendAsync(string programmeId, long expectedVersion, IReadOnlyList<VoucherEvent> events, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends one redemption at the stream's current version, numbered by the store (<see cref="PassesRedeemed.Redemption"/> =
    /// the stream's number of redemptions + 1; the number given is ignored), unless a pass of it is already redeemed or an
    /// event other than a redemption was appended after <paramref name="basedOnVersion"/>.
    /// </summary>
    /// <param name="programmeId">The programme.</param>
    /// <param name="basedOnVersion">The version the writer based its decision on.</param>
    /// <param name="redemption">The redemption.</param>
    /// <param name="cancellationToken">Cancels the call (then nothing is appended, unless the append had completed).</param>
    /// <returns>
    /// <see cref="AppendOutcome.Appended"/> (at the version returned), <see cref="AppendOutcome.PassTaken"/>,
    /// <see cref="AppendOutcome.Conflict"/> or (SQL stores) <see cref="AppendOutcome.Duplicate"/>.
    /// </returns>
    ValueTask<AppendResult> AppendRedemptionAsync(string programmeId, long basedOnVersion, PassesRedeemed redemption, CancellationToken cancellationToken = default);

    /// <summary>Reads the events of a stream after a version (0 for all), in append order.</summary>
    /// <param name="programmeId">The programme.</param>
    /// <param name="fromVersion">The number of events to skip: the first event read has version <c>fromVersion + 1</c>.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The events.</returns>
    IAsyncEnumerable<VoucherEvent> ReadAsync(string programmeId, long fromVersion = 0, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps a snapshot of a stream's ledger (<see cref="StoredVoucherLedger.SaveSnapshotAsync"/>), unless the store
    /// already keeps one of the same or a later version: one snapshot per stream, the latest.
    /// </summary>
    /// <param name="programmeId">The programme.</param>
    /// <param name="snapshot">The snapshot; its version is at most the stream's.</param>
    /// <param name="cancellationToken">Cancels the call (then the snapshot kept before stays).</param>
    /// <returns>Whether the snapshot is now the one kept.</returns>
    /// <exception cref="ArgumentException">The snapshot's version is beyond the stream's.</exception>
    ValueTask<bool> WriteSnapshotAsync(string programmeId, VoucherSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>Reads the snapshot kept for a stream, if any.</summary>
    /// <param name="programmeId">The programme.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The snapshot, or <see langword="null"/>.</returns>
    ValueTask<VoucherSnapshot?> ReadSnapshotAsync(string programmeId, CancellationToken cancellationToken = default);
}

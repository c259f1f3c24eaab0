using System.Globalization;
using System.Runtime.CompilerServices;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// A <see cref="VoucherLedger"/> whose events are kept in an <see cref="IVoucherEventStore"/>: opening replays the
/// stream, and a command is decided on the ledger, appended at the version the decision was based on, then applied.
/// When another writer (another process on the same SQLite file, another instance) appended first, the store answers
/// <see cref="AppendOutcome.Conflict"/>: this class catches up with the events appended since, and decides again. So a
/// caller never retries: a scan of a pass nobody else scanned is recorded; a pass redeemed meanwhile by someone else is
/// the usual rejection (<c>pass.already-redeemed</c>) or, for the same scan, the idempotent repeat.
/// </summary>
/// <remarks>
/// Thread-safe: concurrent commands on one instance are decided one at a time and the losers of a race decide again.
/// The events read back from the store are trusted (they were decided when written); a stream with a gap is refused
/// with an <see cref="InvalidOperationException"/>. <see cref="Version"/> and <see cref="StatusOf"/> answer from memory, as
/// of the last command or <see cref="CatchUpAsync"/>; <see cref="ReadEventsAsync"/> reads the store. Opening starts from
/// the store's latest snapshot when it is valid; <see cref="SaveSnapshotAsync"/> writes one.
/// </remarks>
public sealed class StoredVoucherLedger
{
    private const int MaxConflictsWithoutNews = 3;

    private readonly VoucherLedger ledger;
    private readonly IVoucherEventStore store;

    private StoredVoucherLedger(VoucherLedger ledger, IVoucherEventStore store, long snapshotVersion)
    {
        this.ledger = ledger;
        this.store = store;
        SnapshotVersion = snapshotVersion;
    }

    /// <summary>Gets the programme's settings.</summary>
    public VoucherProgramme Programme => ledger.Programme;

    /// <summary>Gets the number of events known to this instance (the stream version it last saw).</summary>
    public long Version => ledger.Version;

    /// <summary>
    /// Gets the version of the snapshot this instance started from (the events it did not read from the stream), or 0
    /// when it replayed the stream in full (no snapshot, or one that failed its checks).
    /// </summary>
    public long SnapshotVersion { get; }

    /// <summary>
    /// Opens the stream of a programme: starts from the store's snapshot when it has a valid one (see
    /// <see cref="VoucherSnapshot"/>), reads the events after it (or all of them) and applies them (trusted).
    /// </summary>
    /// <param name="programme">The programme's settings.</param>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Cancels the replay.</param>
    /// <returns>The ledger, at the store's version.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The stream has a gap.</exception>
    public static async ValueTask<StoredVoucherLedger> OpenAsync(VoucherProgramme programme, IVoucherEventStore store, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(programme);
        Preconditions.CheckNotNull(store);
        var snapshot = await store.ReadSnapshotAsync(programme.Id, cancellationToken).ConfigureAwait(false);
        var restored = snapshot is null ? null : VoucherLedger.Restore(programme, snapshot);
        var opened = new StoredVoucherLedger(restored ?? new VoucherLedger(programme), store, restored is null ? 0 : snapshot!.Version);
        await opened.CatchUpAsync(cancellationToken).ConfigureAwait(false);
        return opened;
    }

    /// <summary>
    /// Writes the state known to this instance as the stream's snapshot, so that the next <see cref="OpenAsync"/>
    /// reads only the events after it. Taking one costs a pass over the state (about the size of the events in a
    /// compact form): do it at quiet times (after an import, a settlement, nightly), not after every command.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The version of the snapshot written; 0 when the stream is empty or the store already keeps a snapshot as recent.</returns>
    public async ValueTask<long> SaveSnapshotAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = ledger.TakeSnapshot();
        return snapshot is not null && await store.WriteSnapshotAsync(Programme.Id, snapshot, cancellationToken).ConfigureAwait(false)
            ? snapshot.Version
            : 0;
    }

    /// <summary>Reads the events appended to the store since this instance last saw it, and applies them.</summary>
    /// <param name="cancellationToken">Cancels the read; the events applied so far stay applied.</param>
    /// <returns>The number of events applied.</returns>
    public async ValueTask<long> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var version = ledger.Version;
        var applied = 0L;
        await foreach (var e in store.ReadAsync(Programme.Id, version, cancellationToken).ConfigureAwait(false))
        {
            if (ledger.ApplyStored(++version, e))
            {
                applied++;
            }
        }

        return applied;
    }

    /// <summary>
    /// Runs one ledger command (for example <c>l =&gt; l.Settle(month, at)</c>) and stores its event; on a conflict,
    /// catches up and runs it again. The command must record at most one event.
    /// </summary>
    /// <param name="command">The command, run on the in-memory ledger without applying its event.</param>
    /// <param name="cancellationToken">Cancels the call; an event already appended is kept and seen at the next catch-up.</param>
    /// <returns>
    /// The result: the event recorded and stored, a repeat, or a rejection; <c>ledger.concurrency-conflict</c> only when
    /// the store keeps answering conflict without having any newer event (a faulty store).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> is <see langword="null"/>.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    public async ValueTask<LedgerResult> RunAsync(Func<VoucherLedger, LedgerResult> command, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(command);
        var fruitless = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = ledger.Propose(command, out var basedOn);
            if (!result.Success || result.IsRepeat || result.Event is null)
            {
                return result;
            }

            if (result.Event is PassesRedeemed redemption)
            {
                var stored = await store.AppendRedemptionAsync(Programme.Id, basedOn, redemption, cancellationToken).ConfigureAwait(false);
                if (stored.Outcome == AppendOutcome.Appended)
                {
                    // Numbered by the store at the stream's version: other writers' redemptions may precede it.
                    if (!ledger.ApplyStoredRedemption(stored.Version, redemption))
                    {
                        await CatchUpAsync(cancellationToken).ConfigureAwait(false);
                    }

                    return new LedgerResult(ledger.EventAt(stored.Version), null, false);
                }
            }
            else if ((await store.AppendAsync(Programme.Id, basedOn, [result.Event], cancellationToken).ConfigureAwait(false)).Outcome == AppendOutcome.Appended)
            {
                ledger.ApplyStored(basedOn + 1, result.Event);
                return result;
            }

            // Conflict, pass taken or duplicate: learn what the store holds, and decide again on it.
            await CatchUpAsync(cancellationToken).ConfigureAwait(false);
            if (ledger.Version > basedOn)
            {
                fruitless = 0;
            }
            else if (++fruitless >= MaxConflictsWithoutNews)
            {
                return new LedgerResult(null, VoucherRules.LedgerConflict.Issue(basedOn.ToString(CultureInfo.InvariantCulture)), false);
            }
        }
    }

    /// <summary>Validates and stores an event produced elsewhere (an imported file): the rules of <see cref="VoucherLedger.Record"/> apply.</summary>
    /// <param name="candidate">The event.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is <see langword="null"/>.</exception>
    public ValueTask<LedgerResult> RecordAsync(VoucherEvent candidate, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(candidate);
        return RunAsync(l => l.Record(candidate), cancellationToken);
    }

    /// <summary>Scans one pass at a provider for a service, and stores the redemption.</summary>
    /// <param name="pass">The pass.</param>
    /// <param name="provider">The provider's SIRET.</param>
    /// <param name="service">The service's code.</param>
    /// <param name="scannedAt">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The redemption recorded, the original one for a repeated scan, or the rejection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is <see langword="null"/>.</exception>
    public ValueTask<LedgerResult> RedeemAsync(PassSerial pass, Siret provider, string service, Instant scannedAt, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(service);
        return RunAsync(l => l.Redeem(pass, provider, service, scannedAt), cancellationToken);
    }

    /// <summary>
    /// Reads the stream's events from the store, in order, up to the version known to this instance (for reports:
    /// statements, postings, KPIs). An instance started from a snapshot does not hold the events before it in memory.
    /// </summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The events 1 to <see cref="Version"/>.</returns>
    public async IAsyncEnumerable<VoucherEvent> ReadEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var remaining = Version;
        await foreach (var e in store.ReadAsync(Programme.Id, 0, cancellationToken).ConfigureAwait(false))
        {
            if (remaining-- <= 0)
            {
                yield break;
            }

            yield return e;
        }
    }

    /// <summary>The state of a pass, as known to this instance.</summary>
    /// <param name="pass">The pass.</param>
    /// <returns>Its status.</returns>
    public PassStatus StatusOf(PassSerial pass) => ledger.StatusOf(pass);
}

using System.Runtime.CompilerServices;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// An event store kept in memory, thread-safe, lost when the process ends: for tests and notebooks. It keeps the
/// store contract of <see cref="IVoucherEventStore"/> (one redemption per pass, redemptions of distinct passes without
/// conflict, the same scan retried answered <see cref="AppendOutcome.Duplicate"/>) except idempotency keys of other
/// events, which only a store that can lose an answer needs.
/// </summary>
public sealed class InMemoryVoucherEventStore : IVoucherEventStore
{
    private readonly Dictionary<string, Stream> streams = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <inheritdoc />
    public ValueTask<long> GetVersionAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(programmeId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return ValueTask.FromResult<long>(streams.TryGetValue(programmeId, out var stream) ? stream.Events.Count : 0);
        }
    }

    /// <inheritdoc />
    public ValueTask<AppendResult> AppendAsync(string programmeId, long expectedVersion, IReadOnlyList<VoucherEvent> events, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(programmeId);
        Preconditions.CheckNotNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        foreach (var e in events)
        {
            if (Preconditions.CheckNotNull(e) is PassesRedeemed { Passes.Count: 0 })
            {
                throw new ArgumentException("A redemption without passes cannot be stored: nothing was appended.", nameof(events));
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var stream = StreamOf(programmeId);
            if (stream.Events.Count != expectedVersion)
            {
                return ValueTask.FromResult(new AppendResult(AppendOutcome.Conflict, stream.Events.Count));
            }

            if (stream.Taken(events) is { } holder)
            {
                return ValueTask.FromResult(new AppendResult(AppendOutcome.PassTaken, holder));
            }

            foreach (var e in events)
            {
                stream.Add(e is PassesRedeemed r ? Numbered(r, stream.Redemptions + 1) : e);
            }

            return ValueTask.FromResult(new AppendResult(AppendOutcome.Appended, stream.Events.Count));
        }
    }

    /// <inheritdoc />
    public ValueTask<AppendResult> AppendRedemptionAsync(string programmeId, long basedOnVersion, PassesRedeemed redemption, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(programmeId);
        Preconditions.CheckNotNull(redemption);
        ArgumentOutOfRangeException.ThrowIfNegative(basedOnVersion);
        if (redemption.Passes.Count == 0)
        {
            throw new ArgumentException("A redemption without passes cannot be stored: nothing was appended.", nameof(redemption));
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            // The order of every store: the stream's condition (Conflict), then the passes (PassTaken, or Duplicate for
            // the same scan retried).
            var stream = StreamOf(programmeId);
            if (stream.Barrier > basedOnVersion || stream.Events.Count < basedOnVersion)
            {
                return ValueTask.FromResult(new AppendResult(AppendOutcome.Conflict, stream.Events.Count));
            }

            if (stream.Taken([redemption]) is { } holder)
            {
                var same = stream.Events[(int)holder - 1] is PassesRedeemed held && held.At == redemption.At && held.Provider == redemption.Provider
                    && string.Equals(held.Service, redemption.Service, StringComparison.Ordinal) && held.Passes.SequenceEqual(redemption.Passes);
                return ValueTask.FromResult(new AppendResult(same ? AppendOutcome.Duplicate : AppendOutcome.PassTaken, holder));
            }

            stream.Add(Numbered(redemption, stream.Redemptions + 1));
            return ValueTask.FromResult(new AppendResult(AppendOutcome.Appended, stream.Events.Count));
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<VoucherEvent> ReadAsync(string programmeId, long fromVersion = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(programmeId);
        ArgumentOutOfRangeException.ThrowIfNegative(fromVersion);
        List<VoucherEvent> copy;
        lock (gate)
        {
            copy = streams.TryGetValue(programmeId, out var stream) && fromVersion < stream.Events.Count
                ? stream.Events.GetRange((int)fromVersion, stream.Events.Count - (int)fromVersion)
                : [];
        }

        foreach (var e in copy)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return e;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <inheritdoc />
    public ValueTask<bool> WriteSnapshotAsync(string programmeId, VoucherSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(programmeId);
        Preconditions.CheckNotNull(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var stream = StreamOf(programmeId);
            Preconditions.CheckArgument(snapshot.Version <= stream.Events.Count, nameof(snapshot), "The snapshot is beyond the stream's version.");
            if (stream.Snapshot is { } kept && kept.Version >= snapshot.Version)
            {
                return ValueTask.FromResult(false);
            }

            stream.Snapshot = snapshot;
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<VoucherSnapshot?> ReadSnapshotAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(programmeId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return ValueTask.FromResult(streams.TryGetValue(programmeId, out var stream) ? stream.Snapshot : null);
        }
    }

    private static PassesRedeemed Numbered(PassesRedeemed r, long number) =>
        r.Redemption == number ? r : new PassesRedeemed(r.At, number, r.Provider, r.Service, r.Passes, r.SchemaVersion);

    private Stream StreamOf(string programmeId)
    {
        if (!streams.TryGetValue(programmeId, out var stream))
        {
            stream = new Stream();
            streams.Add(programmeId, stream);
        }

        return stream;
    }

    private sealed class Stream
    {
        private readonly Dictionary<long, long> redeemedBy = [];

        internal List<VoucherEvent> Events { get; } = [];

        // The version of the last event other than a redemption.
        internal long Barrier { get; private set; }

        internal long Redemptions { get; private set; }

        internal VoucherSnapshot? Snapshot { get; set; }

        // The version of the event holding a pass of these redemptions, or null.
        internal long? Taken(IReadOnlyList<VoucherEvent> events)
        {
            foreach (var e in events)
            {
                if (e is PassesRedeemed r)
                {
                    foreach (var pass in r.Passes)
                    {
                        if (redeemedBy.TryGetValue(pass, out var version))
                        {
                            return version;
                        }
                    }
                }
            }

            return null;
        }

        internal void Add(VoucherEvent e)
        {
            Events.Add(e);
            if (e is PassesRedeemed r)
            {
                Redemptions++;
                foreach (var pass in r.Passes)
                {
                    redeemedBy[pass] = Events.Count;
                }
            }
            else
            {
                Barrier = Events.Count;
            }
        }
    }
}

using System.Runtime.CompilerServices;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Vouchers;

/// <summary>An event store kept in memory, thread-safe, lost when the process ends: for tests and notebooks.</summary>
public sealed class InMemoryVoucherEventStore : IVoucherEventStore
{
    private readonly Dictionary<string, List<VoucherEvent>> streams = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <inheritdoc />
    public ValueTask<long> GetVersionAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(programmeId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return ValueTask.FromResult<long>(streams.TryGetValue(programmeId, out var stream) ? stream.Count : 0);
        }
    }

    /// <inheritdoc />
    public ValueTask<AppendOutcome> AppendAsync(string programmeId, long expectedVersion, IReadOnlyList<VoucherEvent> events, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(programmeId);
        Preconditions.CheckNotNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        foreach (var e in events)
        {
            Preconditions.CheckNotNull(e);
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!streams.TryGetValue(programmeId, out var stream))
            {
                stream = [];
                streams.Add(programmeId, stream);
            }

            if (stream.Count != expectedVersion)
            {
                return ValueTask.FromResult(AppendOutcome.Conflict);
            }

            stream.AddRange(events);
            return ValueTask.FromResult(AppendOutcome.Appended);
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
            copy = streams.TryGetValue(programmeId, out var stream) && fromVersion < stream.Count
                ? stream.GetRange((int)fromVersion, stream.Count - (int)fromVersion)
                : [];
        }

        foreach (var e in copy)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return e;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}

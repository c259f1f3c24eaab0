using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Vouchers;

/// <summary>The default event store: streams kept in memory, thread-safe, lost when the process ends.</summary>
public sealed class InMemoryVoucherEventStore : IVoucherEventStore
{
    private readonly Dictionary<string, List<VoucherEvent>> streams = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <inheritdoc />
    public long VersionOf(string programmeId)
    {
        Preconditions.CheckNotNull(programmeId);
        lock (gate)
        {
            return streams.TryGetValue(programmeId, out var stream) ? stream.Count : 0;
        }
    }

    /// <inheritdoc />
    public AppendOutcome Append(string programmeId, long expectedVersion, ReadOnlySpan<VoucherEvent> events)
    {
        Preconditions.CheckNotNull(programmeId);
        lock (gate)
        {
            if (!streams.TryGetValue(programmeId, out var stream))
            {
                stream = [];
                streams.Add(programmeId, stream);
            }

            if (stream.Count != expectedVersion)
            {
                return AppendOutcome.Conflict;
            }

            foreach (var e in events)
            {
                stream.Add(Preconditions.CheckNotNull(e));
            }

            return AppendOutcome.Appended;
        }
    }

    /// <inheritdoc />
    public IEnumerable<VoucherEvent> Read(string programmeId, long fromVersion = 0)
    {
        Preconditions.CheckNotNull(programmeId);
        lock (gate)
        {
            return streams.TryGetValue(programmeId, out var stream) && fromVersion < stream.Count
                ? stream.GetRange((int)Math.Max(0, fromVersion), stream.Count - (int)Math.Max(0, fromVersion))
                : [];
        }
    }
}

using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The state of a programme's ledger after the first <see cref="Version"/> events of its stream, in a compact,
/// checksummed binary form: what <see cref="StoredVoucherLedger.SaveSnapshotAsync"/> writes to a store and
/// <see cref="StoredVoucherLedger.OpenAsync"/> starts from, so that opening reads one value and the events after it
/// instead of the whole stream.
/// </summary>
/// <remarks>
/// A snapshot is a cache, never a source of truth: the events stay in the store. A store keeps the snapshot of each
/// stream with the highest version. Its content is checked when a ledger starts from it (format, SHA-256 checksum,
/// version, the programme's providers and distributors): a snapshot that fails a check — corrupted, written by
/// another format, or taken before the programme's provider or distributor lists changed — is ignored and the stream
/// is replayed in full. The ledger restored from a snapshot derives the rest of its state from the programme's current
/// settings, as a full replay does, so starting from a snapshot always equals a full replay.
/// </remarks>
public sealed class VoucherSnapshot
{
    private readonly byte[] data;

    /// <summary>Creates a snapshot from its version and its bytes (as a store read them back); the bytes are copied.</summary>
    /// <param name="version">The number of events it covers, at least 1.</param>
    /// <param name="data">Its bytes, as <see cref="Data"/> gave them; not empty.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="data"/> is empty.</exception>
    public VoucherSnapshot(long version, ReadOnlySpan<byte> data)
    {
        Preconditions.CheckArgumentRange(nameof(version), version, 1, long.MaxValue);
        Preconditions.CheckArgument(!data.IsEmpty, nameof(data), "A snapshot has data.");
        Version = version;
        this.data = data.ToArray();
    }

    private VoucherSnapshot(long version, byte[] owned)
    {
        Version = version;
        data = owned;
    }

    /// <summary>Gets the number of events of the stream the snapshot covers (the stream version it was taken at).</summary>
    public long Version { get; }

    /// <summary>Gets the snapshot's bytes, to store as a binary value (SQLite <c>BLOB</c>, PostgreSQL <c>bytea</c>).</summary>
    public ReadOnlyMemory<byte> Data => data;

    /// <summary>Takes ownership of bytes just written by the ledger (no copy).</summary>
    internal static VoucherSnapshot Own(long version, byte[] owned) => new(version, owned);
}

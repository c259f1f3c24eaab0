namespace Inclusion.Sdk.Sqlite;

/// <summary>
/// The SQLite <c>synchronous</c> setting of a store in WAL mode: how often SQLite waits for the disk (fsync).
/// A process that crashes (even killed with SIGKILL) loses nothing acknowledged with either setting; the two differ
/// only on a power loss or an operating-system crash.
/// </summary>
public enum SqliteSynchronous
{
    /// <summary>
    /// <c>synchronous=NORMAL</c>: the write-ahead log is synced at checkpoints, not at every commit. A power loss or an
    /// operating-system crash may lose the last transactions acknowledged before it (the file stays consistent, never
    /// corrupted). Faster; acceptable when the events can be re-imported from another record.
    /// </summary>
    Normal = 1,

    /// <summary>
    /// <c>synchronous=FULL</c> (the default): the write-ahead log is synced at every commit, so an acknowledged event
    /// survives a power loss too. Each append costs one fsync, which bounds the rate of commits per second.
    /// </summary>
    Full = 2,
}

namespace Inclusion.Sdk.PostgreSql;

/// <summary>
/// The PostgreSQL <c>synchronous_commit</c> setting of the store's transactions (set with <c>SET LOCAL</c> in each
/// append): when the server acknowledges a commit. Every setting keeps the database consistent (a transaction is all or
/// nothing, a crash never leaves half an append); they differ only in which acknowledged appends a crash of the server
/// or a failover may lose.
/// </summary>
public enum PostgreSqlSynchronousCommit
{
    /// <summary>
    /// <c>off</c>: the commit is acknowledged before its write-ahead log is flushed to disk. A crash of the server (or of
    /// its machine) may lose the transactions acknowledged during the last moments before it (up to three times
    /// <c>wal_writer_delay</c>, 0.6 s by default); the database stays consistent. A crash of an application process
    /// loses nothing acknowledged. Fastest; acceptable only when the events can be re-imported from another record.
    /// </summary>
    Off = 0,

    /// <summary>
    /// <c>local</c>: the commit waits for the write-ahead log to be flushed to the server's own disk, not for any standby.
    /// Nothing acknowledged is lost on a crash of the server; a failover to a standby may lose the last transactions.
    /// </summary>
    Local = 1,

    /// <summary>
    /// <c>remote_write</c>: as <see cref="Local"/>, and synchronous standbys (<c>synchronous_standby_names</c>) have
    /// received the log and handed it to their operating system. A failover loses nothing unless the standby's machine
    /// crashes at the same time. Without synchronous standbys, the same as <see cref="Local"/>.
    /// </summary>
    RemoteWrite = 2,

    /// <summary>
    /// <c>on</c> (the default): the commit waits for the log to be flushed to disk, on the server and on synchronous
    /// standbys if any. An acknowledged event survives a crash or a power loss of the server (and a failover to a
    /// synchronous standby). Each append costs one log flush, which bounds the rate of commits per second.
    /// </summary>
    On = 3,

    /// <summary>
    /// <c>remote_apply</c>: as <see cref="On"/>, and synchronous standbys have applied the transaction, so a read on a
    /// standby sees it. Slowest; useful only when readers query standbys. Without synchronous standbys, the same as
    /// <see cref="On"/>.
    /// </summary>
    RemoteApply = 4,
}

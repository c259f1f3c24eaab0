namespace Inclusion.Sdk.Sqlite;

/// <summary>Settings of a <see cref="SqliteVoucherEventStore"/>.</summary>
public sealed class SqliteVoucherStoreOptions
{
    /// <summary>Gets the <c>synchronous</c> setting; default <see cref="SqliteSynchronous.Full"/> (public money: no acknowledged event lost on a power loss).</summary>
    public SqliteSynchronous Synchronous { get; init; } = SqliteSynchronous.Full;

    /// <summary>
    /// Gets whether opening runs SQLite's <c>PRAGMA quick_check</c>, which reads the whole file once (time proportional
    /// to its size) and refuses a corrupted file before anything is written to it; default <see langword="true"/>.
    /// </summary>
    public bool CheckIntegrityOnOpen { get; init; } = true;

    /// <summary>
    /// Gets how long a command waits for another process's write lock before failing (SQLite's <c>busy_timeout</c>);
    /// default 30 seconds. Appends are short transactions, so several processes share one file by waiting their turn.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

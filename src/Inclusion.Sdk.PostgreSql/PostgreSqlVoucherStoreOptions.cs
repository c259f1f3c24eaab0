namespace Inclusion.Sdk.PostgreSql;

/// <summary>Settings of a <see cref="PostgreSqlVoucherEventStore"/>.</summary>
public sealed class PostgreSqlVoucherStoreOptions
{
    /// <summary>
    /// Gets the PostgreSQL schema that holds the store's tables; default <c>inclusion</c>. Lower-case letters, digits and
    /// underscores, starting with a letter or an underscore, at most 63 characters. Created by the first opening (which
    /// then needs the <c>CREATE</c> privilege on the database); several stores may live in one database under distinct
    /// schemas.
    /// </summary>
    public string Schema { get; init; } = "inclusion";

    /// <summary>
    /// Gets the <c>synchronous_commit</c> setting of the appends; default <see cref="PostgreSqlSynchronousCommit.On"/>
    /// (public money: no acknowledged event lost when the server crashes).
    /// </summary>
    public PostgreSqlSynchronousCommit SynchronousCommit { get; init; } = PostgreSqlSynchronousCommit.On;

    /// <summary>
    /// Gets how long one command may run before it fails with <c>store.unavailable</c> (Npgsql's command timeout, which
    /// includes waiting for another instance's row lock); default 30 seconds. Appends are short transactions.
    /// </summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(30);
}

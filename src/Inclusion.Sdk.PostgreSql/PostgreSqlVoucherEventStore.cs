using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Vouchers;
using Npgsql;
using NpgsqlTypes;

namespace Inclusion.Sdk.PostgreSql;

/// <summary>
/// A voucher event store in a PostgreSQL database (Npgsql), for several application instances on several machines.
/// Tables <c>voucher_streams</c> (one row per programme: its version), <c>voucher_events</c> keyed by
/// (programme, version) and unique by idempotency key, each event as the JSON of <see cref="InclusionJson.SerializeEvent"/>,
/// and <c>voucher_redeemed_passes</c>, unique by (programme, pass). An append is one transaction: it moves the stream's
/// version with a conditional <c>UPDATE</c> (the row lock makes concurrent writers wait, not fail) and inserts; so it is
/// all or nothing, and a lost connection leaves nothing half-written.
/// </summary>
/// <remarks>
/// <para>Opening creates or migrates the schema (<see cref="PostgreSqlVoucherStoreOptions.Schema"/>, table
/// <c>voucher_store_migrations</c>) in one transaction under an advisory lock, so instances starting together migrate it
/// once. Tables of our names without our marker (<c>store.foreign</c>) and a schema written by a newer version of this
/// package (<c>store.newer-schema</c>) are refused with a <see cref="VoucherStoreException"/>; nothing is written to
/// them. A server that cannot be reached, a lost connection or a command timeout is <c>store.unavailable</c>.</para>
/// <para>Connections come from an <see cref="NpgsqlDataSource"/> (a pool); <see cref="DisposeAsync"/> disposes it when the
/// store created it from a connection string. Thread-safe.</para>
/// </remarks>
public sealed partial class PostgreSqlVoucherEventStore : IVoucherEventStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;
    private readonly bool ownsDataSource;
    private readonly PostgreSqlVoucherStoreOptions options;
    private readonly int commandTimeout;
    private readonly string name;
    private readonly Sql sql;

    private PostgreSqlVoucherEventStore(NpgsqlDataSource dataSource, bool ownsDataSource, PostgreSqlVoucherStoreOptions options)
    {
        this.dataSource = dataSource;
        this.ownsDataSource = ownsDataSource;
        this.options = options;
        commandTimeout = Math.Max(1, (int)Math.Ceiling(options.CommandTimeout.TotalSeconds));
        var where = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        name = string.Create(CultureInfo.InvariantCulture, $"{where.Host}:{where.Port}/{where.Database}, schema {options.Schema}");
        sql = new Sql(options);
    }

    private enum Answer
    {
        Appended,
        Conflict,
        Duplicate,
        PassTaken,
    }

    /// <summary>Gets the schema version this library writes (the highest row of <c>voucher_store_migrations</c>).</summary>
    public static int SchemaVersion => PostgreSqlSchema.Version;

    /// <summary>Gets the PostgreSQL schema holding the store's tables.</summary>
    public string Schema => options.Schema;

    /// <summary>Opens a store on a connection string, creating or migrating its schema to <see cref="SchemaVersion"/>.</summary>
    /// <param name="connectionString">An Npgsql connection string, for example <c>Host=db;Database=vouchers;Username=app</c>.</param>
    /// <param name="options">The settings; <see langword="null"/>: the defaults.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store, which owns the connection pool it created (released by <see cref="DisposeAsync"/>).</returns>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is empty or invalid, or an option is out of range.</exception>
    /// <exception cref="VoucherStoreException">The database cannot be used as a voucher store (see <see cref="VoucherStoreException.Code"/>).</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The two overloads differ by the type of their first parameter: no call is ambiguous.")]
    public static async ValueTask<PostgreSqlVoucherEventStore> OpenAsync(string connectionString, PostgreSqlVoucherStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options = Check(options);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        return await OpenAsync(dataSource, true, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens a store on the caller's data source, creating or migrating its schema to <see cref="SchemaVersion"/>.</summary>
    /// <param name="dataSource">The data source (connection pool); the caller keeps it and disposes it after the store.</param>
    /// <param name="options">The settings; <see langword="null"/>: the defaults.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="VoucherStoreException">The database cannot be used as a voucher store (see <see cref="VoucherStoreException.Code"/>).</exception>
    [SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The two overloads differ by the type of their first parameter: no call is ambiguous.")]
    public static ValueTask<PostgreSqlVoucherEventStore> OpenAsync(NpgsqlDataSource dataSource, PostgreSqlVoucherStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        return OpenAsync(dataSource, false, Check(options), cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<long> GetVersionAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await CurrentVersionAsync(connection, null, programmeId, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (Translate(e, "nothing was read") is { } failure)
        {
            throw failure;
        }
    }

    /// <inheritdoc />
    public async ValueTask<AppendOutcome> AppendAsync(string programmeId, long expectedVersion, IReadOnlyList<VoucherEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var rows = new Row[events.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = Row.Of(events[i] ?? throw new ArgumentException("An event is null.", nameof(events)));
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (rows.Length == 0)
        {
            var version = await GetVersionAsync(programmeId, cancellationToken).ConfigureAwait(false);
            return version == expectedVersion ? AppendOutcome.Appended : AppendOutcome.Conflict;
        }

        var (answer, _) = await AppendRowsAsync(programmeId, expectedVersion, rows, cancellationToken).ConfigureAwait(false);
        return answer == Answer.Appended ? AppendOutcome.Appended : AppendOutcome.Conflict;
    }

    /// <inheritdoc />
    /// <exception cref="VoucherStoreException">The stream has a gap (<c>store.corrupt</c>), an event does not read back (<c>store.bad-event</c>), or the database fails.</exception>
    public async IAsyncEnumerable<VoucherEvent> ReadAsync(string programmeId, long fromVersion = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        ArgumentOutOfRangeException.ThrowIfNegative(fromVersion);
        cancellationToken.ThrowIfCancellationRequested();
        NpgsqlConnection? connection = null;
        NpgsqlCommand? query = null;
        NpgsqlDataReader? reader = null;
        try
        {
            try
            {
                connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                query = Command(connection, null, sql.Read);
                query.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
                query.Parameters.Add(new NpgsqlParameter<long>("from", fromVersion));
                reader = await query.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (Translate(e, "nothing was read") is { } failure)
            {
                throw failure;
            }

            var expected = fromVersion + 1;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                VoucherEvent e;
                try
                {
                    if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        yield break;
                    }

                    var version = reader.GetInt64(0);
                    if (version != expected)
                    {
                        throw new VoucherStoreException("store.corrupt", $"The voucher store {name} misses event {expected} of programme '{programmeId}' (next found: {version}).", null);
                    }

                    e = InclusionJson.DeserializeEvent(reader.GetString(1));
                }
                catch (JsonException ex)
                {
                    throw new VoucherStoreException("store.bad-event", $"Event {expected} of programme '{programmeId}' in the voucher store {name} does not read back: {ex.Message}", ex);
                }
                catch (Exception ex) when (Translate(ex, "the events read so far stay read") is { } failure)
                {
                    throw failure;
                }

                expected++;
                yield return e;
            }
        }
        finally
        {
            if (reader is not null)
            {
                await reader.DisposeAsync().ConfigureAwait(false);
            }

            if (query is not null)
            {
                await query.DisposeAsync().ConfigureAwait(false);
            }

            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Disposes the connection pool when the store created it (opened from a connection string).</summary>
    /// <returns>A task.</returns>
    public async ValueTask DisposeAsync()
    {
        if (ownsDataSource)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static PostgreSqlVoucherStoreOptions Check(PostgreSqlVoucherStoreOptions? options)
    {
        options ??= new PostgreSqlVoucherStoreOptions();
        if (options.Schema is null || !SchemaName().IsMatch(options.Schema))
        {
            throw new ArgumentException($"The schema name '{options.Schema}' is not a plain lower-case PostgreSQL identifier (letters a-z, digits, '_', at most 63 characters, not starting with a digit).", nameof(options));
        }

        if (!Enum.IsDefined(options.SynchronousCommit))
        {
            throw new ArgumentException($"Unknown synchronous_commit setting {options.SynchronousCommit}.", nameof(options));
        }

        if (options.CommandTimeout <= TimeSpan.Zero || options.CommandTimeout > TimeSpan.FromDays(1))
        {
            throw new ArgumentException($"The command timeout must be positive and at most a day (was {options.CommandTimeout}).", nameof(options));
        }

        return options;
    }

    private static async ValueTask<PostgreSqlVoucherEventStore> OpenAsync(NpgsqlDataSource dataSource, bool owns, PostgreSqlVoucherStoreOptions options, CancellationToken cancellationToken)
    {
        var store = new PostgreSqlVoucherEventStore(dataSource, owns, options);
        try
        {
            await store.InitialiseAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex SchemaName();

    private static string IdempotencyKey(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    private NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string text) =>
        new(text, connection, transaction) { CommandTimeout = commandTimeout };

    private async ValueTask<long> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string programmeId, CancellationToken cancellationToken)
    {
        var command = Command(connection, transaction, sql.Version);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long version ? version : 0;
        }
    }

    // One transaction: move the stream's version if it is still at expectedVersion, insert the events (unique by
    // idempotency key) and the redeemed passes (unique per programme); any refusal rolls everything back.
    private async ValueTask<(Answer Answer, long Version)> AppendRowsAsync(string programmeId, long expectedVersion, Row[] rows, CancellationToken cancellationToken)
    {
        var count = rows.Length;
        var redemptions = rows.Count(r => r.Passes is not null);
        var barrierMoves = redemptions < count;
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    long? moved;
                    var batch = new NpgsqlBatch(connection, transaction) { Timeout = commandTimeout };
                    await using (batch.ConfigureAwait(false))
                    {
                        batch.BatchCommands.Add(new NpgsqlBatchCommand(sql.SynchronousCommit));
                        if (expectedVersion == 0)
                        {
                            var create = new NpgsqlBatchCommand(sql.CreateStream);
                            create.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
                            batch.BatchCommands.Add(create);
                        }

                        var move = new NpgsqlBatchCommand(sql.MoveStream);
                        move.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
                        move.Parameters.Add(new NpgsqlParameter<long>("expected", expectedVersion));
                        move.Parameters.Add(new NpgsqlParameter<long>("count", count));
                        move.Parameters.Add(new NpgsqlParameter<long>("redemptions", redemptions));
                        move.Parameters.Add(new NpgsqlParameter<bool>("barrier", barrierMoves));
                        batch.BatchCommands.Add(move);
                        moved = await batch.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
                    }

                    if (moved is null)
                    {
                        await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                        return (Answer.Conflict, await CurrentVersionAsync(connection, null, programmeId, cancellationToken).ConfigureAwait(false));
                    }

                    var insert = Command(connection, transaction, sql.InsertEvents);
                    await using (insert.ConfigureAwait(false))
                    {
                        insert.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
                        insert.Parameters.Add(new NpgsqlParameter<long>("expected", expectedVersion));
                        insert.Parameters.Add(new NpgsqlParameter<string[]>("types", [.. rows.Select(r => r.Type)]));
                        insert.Parameters.Add(new NpgsqlParameter<DateTime[]>("ats", [.. rows.Select(r => r.At)]));
                        insert.Parameters.Add(new NpgsqlParameter<string[]>("keys", [.. rows.Select(r => r.Key)]));
                        insert.Parameters.Add(new NpgsqlParameter<string[]>("jsons", [.. rows.Select(r => r.Json)]));
                        if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != count)
                        {
                            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                            return (Answer.Duplicate, await HolderAsync(connection, sql.HolderOfKey, programmeId, [.. rows.Select(r => r.Key)], cancellationToken).ConfigureAwait(false));
                        }
                    }

                    if (redemptions > 0)
                    {
                        var passes = new List<long>();
                        var versions = new List<long>();
                        for (var i = 0; i < count; i++)
                        {
                            foreach (var pass in rows[i].Passes ?? [])
                            {
                                passes.Add(pass);
                                versions.Add(expectedVersion + i + 1);
                            }
                        }

                        if (!await InsertPassesAsync(connection, transaction, programmeId, [.. passes], [.. versions], cancellationToken).ConfigureAwait(false))
                        {
                            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                            return (Answer.PassTaken, await HolderAsync(connection, sql.HolderOfPass, programmeId, [.. passes], cancellationToken).ConfigureAwait(false));
                        }
                    }

                    // Last chance to cancel: past the commit, the events are stored.
                    cancellationToken.ThrowIfCancellationRequested();
                    await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                    return (Answer.Appended, moved.Value);
                }
            }
        }
        catch (Exception e) when (Translate(e, "nothing was appended (if the connection was lost while committing, the append may have completed: read the stream again)") is { } failure)
        {
            throw failure;
        }
    }

    // One transaction: take the next version if no event other than a redemption was appended after basedOnVersion,
    // insert the passes (unique per programme) and the event, numbered by the stream; a taken pass rolls everything back.
    private async ValueTask<(Answer Answer, long Version)> AppendRedemptionCoreAsync(string programmeId, long basedOnVersion, PassesRedeemed redemption, CancellationToken cancellationToken)
    {
        var passes = redemption.Passes.ToArray();
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                for (var attempt = 0; ; attempt++)
                {
                    var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                    await using (transaction.ConfigureAwait(false))
                    {
                        long version, number, inserted;
                        var batch = new NpgsqlBatch(connection, transaction) { Timeout = commandTimeout };
                        await using (batch.ConfigureAwait(false))
                        {
                            batch.BatchCommands.Add(new NpgsqlBatchCommand(sql.SynchronousCommit));
                            var redeem = new NpgsqlBatchCommand(sql.Redeem);
                            redeem.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
                            redeem.Parameters.Add(new NpgsqlParameter<long>("based", basedOnVersion));
                            redeem.Parameters.Add(new NpgsqlParameter<long[]>("passes", passes));
                            batch.BatchCommands.Add(redeem);
                            var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                            await using (reader.ConfigureAwait(false))
                            {
                                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                                {
                                    version = -1;
                                    number = inserted = 0;
                                }
                                else
                                {
                                    version = reader.GetInt64(0);
                                    number = reader.GetInt64(1);
                                    inserted = reader.GetInt64(2);
                                }
                            }
                        }

                        if (version < 0)
                        {
                            // Another event came after basedOnVersion, basedOnVersion is ahead of the stream, or no stream yet.
                            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                            var (current, exists) = await StreamAsync(connection, programmeId, cancellationToken).ConfigureAwait(false);
                            if (!exists && attempt == 0)
                            {
                                await CreateStreamAsync(connection, programmeId, cancellationToken).ConfigureAwait(false);
                                continue;
                            }

                            return (Answer.Conflict, current);
                        }

                        if (inserted != passes.Length)
                        {
                            await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                            var holder = await HolderAsync(connection, sql.HolderOfPass, programmeId, passes, cancellationToken).ConfigureAwait(false);
                            return (await IsSameScanAsync(connection, programmeId, holder, redemption, cancellationToken).ConfigureAwait(false) ? Answer.Duplicate : Answer.PassTaken, holder);
                        }

                        var row = Row.Of(new PassesRedeemed(redemption.At, number, redemption.Provider, redemption.Service, passes, redemption.SchemaVersion));
                        var insert = Command(connection, transaction, sql.InsertEvents);
                        await using (insert.ConfigureAwait(false))
                        {
                            insert.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
                            insert.Parameters.Add(new NpgsqlParameter<long>("expected", version - 1));
                            insert.Parameters.Add(new NpgsqlParameter<string[]>("types", [row.Type]));
                            insert.Parameters.Add(new NpgsqlParameter<DateTime[]>("ats", [row.At]));
                            insert.Parameters.Add(new NpgsqlParameter<string[]>("keys", [row.Key]));
                            insert.Parameters.Add(new NpgsqlParameter<string[]>("jsons", [row.Json]));
                            if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                            {
                                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                                return (Answer.Duplicate, await HolderAsync(connection, sql.HolderOfKey, programmeId, [row.Key], cancellationToken).ConfigureAwait(false));
                            }
                        }

                        // Last chance to cancel: past the commit, the event is stored.
                        cancellationToken.ThrowIfCancellationRequested();
                        await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                        return (Answer.Appended, version);
                    }
                }
            }
        }
        catch (Exception e) when (Translate(e, "nothing was appended (if the connection was lost while committing, the append may have completed: read the stream again)") is { } failure)
        {
            throw failure;
        }
    }

    // Whether the event at a version is the same scan as a redemption (same time, provider, service and passes): its
    // number aside, the identical event.
    private async ValueTask<bool> IsSameScanAsync(NpgsqlConnection connection, string programmeId, long version, PassesRedeemed redemption, CancellationToken cancellationToken)
    {
        var read = Command(connection, null, sql.EventAt);
        await using (read.ConfigureAwait(false))
        {
            read.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
            read.Parameters.Add(new NpgsqlParameter<long>("version", version));
            if (await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string json)
            {
                return false;
            }

            try
            {
                return InclusionJson.DeserializeEvent(json) is PassesRedeemed held
                    && held.At == redemption.At && held.Provider == redemption.Provider
                    && string.Equals(held.Service, redemption.Service, StringComparison.Ordinal)
                    && held.Passes.SequenceEqual(redemption.Passes);
            }
            catch (JsonException)
            {
                return false;
            }
        }
    }

    private async ValueTask<(long Version, bool Exists)> StreamAsync(NpgsqlConnection connection, string programmeId, CancellationToken cancellationToken)
    {
        var read = Command(connection, null, sql.Stream);
        await using (read.ConfigureAwait(false))
        {
            read.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
            var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetInt64(0), true) : (0, false);
            }
        }
    }

    private async ValueTask CreateStreamAsync(NpgsqlConnection connection, string programmeId, CancellationToken cancellationToken)
    {
        var create = Command(connection, null, sql.CreateStream);
        await using (create.ConfigureAwait(false))
        {
            create.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Inserts the redeemed passes; false when one of them is already redeemed (the transaction must be rolled back).
    private async ValueTask<bool> InsertPassesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string programmeId, long[] passes, long[] versions, CancellationToken cancellationToken)
    {
        var insert = Command(connection, transaction, sql.InsertPasses);
        await using (insert.ConfigureAwait(false))
        {
            insert.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
            insert.Parameters.Add(new NpgsqlParameter<long[]>("passes", passes));
            insert.Parameters.Add(new NpgsqlParameter<long[]>("versions", versions));
            return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == passes.Length;
        }
    }

    // The version of the committed event holding one of the keys (idempotency keys or passes), after a rollback.
    private async ValueTask<long> HolderAsync<T>(NpgsqlConnection connection, string query, string programmeId, T[] keys, CancellationToken cancellationToken)
    {
        var holder = Command(connection, null, query);
        await using (holder.ConfigureAwait(false))
        {
            holder.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
            holder.Parameters.Add(new NpgsqlParameter<T[]>("keys", keys));
            return await holder.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long? ?? 0;
        }
    }

    private async ValueTask InitialiseAsync(CancellationToken cancellationToken)
    {
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                // Usually up to date: a read, no lock, no write (an application role needs no CREATE privilege).
                if (await SchemaVersionAsync(connection, null, cancellationToken).ConfigureAwait(false) == PostgreSqlSchema.Version)
                {
                    return;
                }

                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    // Instances starting together wait here for the first one, which migrates; the others find it done.
                    await ExecuteAsync(connection, transaction, sql.Lock, cancellationToken).ConfigureAwait(false);
                    var version = await SchemaVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                    if (version == 0)
                    {
                        await ExecuteAsync(connection, transaction, sql.CreateSchema, cancellationToken).ConfigureAwait(false);
                    }

                    for (var v = version; v < PostgreSqlSchema.Version; v++)
                    {
                        await ExecuteAsync(connection, transaction, string.Format(CultureInfo.InvariantCulture, PostgreSqlSchema.Migrations[v], sql.SchemaName), cancellationToken).ConfigureAwait(false);
                        var record = Command(connection, transaction, sql.RecordMigration);
                        await using (record.ConfigureAwait(false))
                        {
                            record.Parameters.Add(new NpgsqlParameter<int>("version", v + 1));
                            record.Parameters.Add(new NpgsqlParameter<string>("application", PostgreSqlSchema.Application));
                            record.Parameters.Add(new NpgsqlParameter<string>("library", typeof(PostgreSqlVoucherEventStore).Assembly.GetName().Version?.ToString() ?? "?"));
                            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                        }
                    }

                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (Translate(e, "nothing was changed") is { } failure)
        {
            throw failure;
        }
    }

    // Returns the schema's version (0: no store yet); refuses foreign tables or a newer schema.
    private async ValueTask<int> SchemaVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        var find = Command(connection, transaction, sql.FindTables);
        await using (find.ConfigureAwait(false))
        {
            find.Parameters.Add(new NpgsqlParameter<string>("schema", options.Schema));
            find.Parameters.Add(new NpgsqlParameter<string[]>("names", [PostgreSqlSchema.MigrationTable, .. PostgreSqlSchema.Tables]));
            var reader = await find.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    tables.Add(reader.GetString(0));
                }
            }
        }

        if (!tables.Contains(PostgreSqlSchema.MigrationTable))
        {
            return tables.Count == 0 ? 0 : throw Foreign($"tables {string.Join(", ", tables)} exist without a migration table");
        }

        int version;
        long foreign;
        var read = Command(connection, transaction, sql.ReadMigrations);
        await using (read.ConfigureAwait(false))
        {
            read.Parameters.Add(new NpgsqlParameter<string>("application", PostgreSqlSchema.Application));
            try
            {
                var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                    version = reader.GetInt32(0);
                    foreign = reader.GetInt64(1);
                }
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.UndefinedColumn or PostgresErrorCodes.DatatypeMismatch)
            {
                throw Foreign($"its {PostgreSqlSchema.MigrationTable} table has another shape ({e.MessageText})");
            }
        }

        if (foreign > 0 || (version == 0 && tables.Count > 1))
        {
            throw Foreign($"its {PostgreSqlSchema.MigrationTable} table does not carry the marker of this package");
        }

        if (version > PostgreSqlSchema.Version)
        {
            throw new VoucherStoreException("store.newer-schema", $"The voucher store {name} has schema version {version}, written by a newer Inclusion.Sdk.PostgreSql; this version reads up to {PostgreSqlSchema.Version}. Update the package.", null);
        }

        return version;
    }

    private VoucherStoreException Foreign(string why) =>
        new("store.foreign", $"The schema of the voucher store {name} holds tables of another application ({why}): nothing was changed. Choose another schema (PostgreSqlVoucherStoreOptions.Schema).", null);

    private async ValueTask ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string text, CancellationToken cancellationToken)
    {
        var command = Command(connection, transaction, text);
        await using (command.ConfigureAwait(false))
        {
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private VoucherStoreException? Translate(Exception e, string consequence) => e switch
    {
        VoucherStoreException or OperationCanceledException => null,
        PostgresException p => p.SqlState switch
        {
            PostgresErrorCodes.ReadOnlySqlTransaction or PostgresErrorCodes.InsufficientPrivilege =>
                new VoucherStoreException("store.read-only", $"The voucher store {name} may not be written by this role or server ({p.MessageText}); {consequence}.", e),
            PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.UndefinedColumn or PostgresErrorCodes.InvalidSchemaName =>
                new VoucherStoreException("store.corrupt", $"The tables of the voucher store {name} were altered or dropped ({p.MessageText}); {consequence}. Restore them from a backup.", e),
            _ when p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("53", StringComparison.Ordinal)
                || p.SqlState.StartsWith("57", StringComparison.Ordinal) || p.SqlState.StartsWith("28", StringComparison.Ordinal)
                || p.SqlState.StartsWith("40", StringComparison.Ordinal) || p.SqlState is PostgresErrorCodes.InvalidCatalogName =>
                new VoucherStoreException("store.unavailable", $"The voucher store {name} is unavailable ({p.SqlState}: {p.MessageText}); {consequence}.", e),
            _ => null,
        },
        NpgsqlException => new VoucherStoreException("store.unavailable", $"The voucher store {name} is unavailable ({e.Message}); {consequence}.", e),
        TimeoutException => new VoucherStoreException("store.unavailable", $"The voucher store {name} did not answer in time ({e.Message}); {consequence}.", e),
        _ => null,
    };

    /// <summary>An event as stored: its type and time (copies for SQL queries), idempotency key and JSON text.</summary>
    private sealed record Row(string Type, DateTime At, string Key, string Json, IReadOnlyList<long>? Passes)
    {
        internal static Row Of(VoucherEvent e)
        {
            var json = InclusionJson.SerializeEvent(e);
            return new Row(TypeOf(json, e), e.At.ToDateTimeUtc(), IdempotencyKey(json), json, (e as PassesRedeemed)?.Passes);
        }

        private static string TypeOf(string json, VoucherEvent e)
        {
            // The serialiser writes the "type" discriminator first: {"type":"passes-redeemed",...
            const string Prefix = "{\"type\":\"";
            if (json.StartsWith(Prefix, StringComparison.Ordinal))
            {
                var end = json.IndexOf('"', Prefix.Length);
                if (end > Prefix.Length)
                {
                    return json[Prefix.Length..end];
                }
            }

            return e.GetType().Name;
        }
    }

    /// <summary>The statements, with the schema name in place.</summary>
    private sealed class Sql
    {
        internal Sql(PostgreSqlVoucherStoreOptions options)
        {
            var s = SchemaName = "\"" + options.Schema + "\"";
            var setting = options.SynchronousCommit switch
            {
                PostgreSqlSynchronousCommit.Off => "off",
                PostgreSqlSynchronousCommit.Local => "local",
                PostgreSqlSynchronousCommit.RemoteWrite => "remote_write",
                PostgreSqlSynchronousCommit.RemoteApply => "remote_apply",
                _ => "on",
            };
            SynchronousCommit = $"SET LOCAL synchronous_commit TO {setting}";
            Lock = $"SELECT pg_advisory_xact_lock(hashtextextended('{PostgreSqlSchema.Application}:{options.Schema}', 0))";
            CreateSchema = $"CREATE SCHEMA IF NOT EXISTS {s}; CREATE TABLE IF NOT EXISTS {s}.{PostgreSqlSchema.MigrationTable} (version integer PRIMARY KEY, application text NOT NULL, library text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())";
            FindTables = "SELECT c.relname::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = @schema AND c.relname = ANY(@names) ORDER BY 1";
            ReadMigrations = $"SELECT COALESCE(MAX(version), 0)::integer, COUNT(*) FILTER (WHERE application IS DISTINCT FROM @application) FROM {s}.{PostgreSqlSchema.MigrationTable}";
            RecordMigration = $"INSERT INTO {s}.{PostgreSqlSchema.MigrationTable} (version, application, library) VALUES (@version, @application, @library)";
            Version = $"SELECT version FROM {s}.voucher_streams WHERE programme = @programme";
            Read = $"SELECT version, json FROM {s}.voucher_events WHERE programme = @programme AND version > @from ORDER BY version";
            CreateStream = $"INSERT INTO {s}.voucher_streams (programme, version, barrier, redemptions) VALUES (@programme, 0, 0, 0) ON CONFLICT DO NOTHING";
            MoveStream = $"UPDATE {s}.voucher_streams SET version = version + @count, barrier = CASE WHEN @barrier THEN version + @count ELSE barrier END, redemptions = redemptions + @redemptions WHERE programme = @programme AND version = @expected RETURNING version";
            InsertEvents = $"INSERT INTO {s}.voucher_events (programme, version, type, at, idempotency_key, json) SELECT @programme, @expected + u.n, u.type, u.at, u.key, u.json FROM unnest(@types, @ats, @keys, @jsons) WITH ORDINALITY AS u(type, at, key, json, n) ON CONFLICT (programme, idempotency_key) DO NOTHING";
            InsertPasses = $"INSERT INTO {s}.voucher_redeemed_passes (programme, pass, version) SELECT @programme, u.pass, u.version FROM unnest(@passes, @versions) AS u(pass, version) ON CONFLICT DO NOTHING";
            HolderOfPass = $"SELECT MIN(version) FROM {s}.voucher_redeemed_passes WHERE programme = @programme AND pass = ANY(@keys)";
            HolderOfKey = $"SELECT MIN(version) FROM {s}.voucher_events WHERE programme = @programme AND idempotency_key = ANY(@keys)";
            Redeem = $"WITH s AS (UPDATE {s}.voucher_streams SET version = version + 1, redemptions = redemptions + 1 WHERE programme = @programme AND barrier <= @based AND version >= @based RETURNING version, redemptions), "
                + $"p AS (INSERT INTO {s}.voucher_redeemed_passes (programme, pass, version) SELECT @programme, u.pass, s.version FROM s, unnest(@passes) AS u(pass) ON CONFLICT DO NOTHING RETURNING 1) "
                + "SELECT s.version, s.redemptions, (SELECT COUNT(*) FROM p) FROM s";
            Stream = $"SELECT version, barrier FROM {s}.voucher_streams WHERE programme = @programme";
            EventAt = $"SELECT json FROM {s}.voucher_events WHERE programme = @programme AND version = @version";
        }

        internal string SchemaName { get; }

        internal string SynchronousCommit { get; }

        internal string Lock { get; }

        internal string CreateSchema { get; }

        internal string FindTables { get; }

        internal string ReadMigrations { get; }

        internal string RecordMigration { get; }

        internal string Version { get; }

        internal string Read { get; }

        internal string CreateStream { get; }

        internal string MoveStream { get; }

        internal string InsertEvents { get; }

        internal string InsertPasses { get; }

        internal string HolderOfPass { get; }

        internal string HolderOfKey { get; }

        internal string Redeem { get; }

        internal string Stream { get; }

        internal string EventAt { get; }
    }
}

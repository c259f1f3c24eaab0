using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
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
/// and <c>voucher_redeemed_passes</c>, unique by (programme, pass): the database refuses a second redemption of a pass.
/// An append is one transaction in one round trip: a conditional <c>UPDATE</c> of the stream row (whose lock makes
/// concurrent writers wait, not fail) inserting the events and passes in the same statement; so it is all or nothing,
/// and a lost connection leaves nothing half-written. Redemptions are numbered by the server.
/// </summary>
/// <remarks>
/// <para>Opening creates or migrates the schema (<see cref="PostgreSqlVoucherStoreOptions.Schema"/>, table
/// <c>voucher_store_migrations</c>) in one transaction under an advisory lock, so instances starting together migrate it
/// once. Tables of our names without our marker (<c>store.foreign</c>) and a schema written by a newer version of this
/// package (<c>store.newer-schema</c>) and a database whose encoding is not UTF8 (<c>store.bad-encoding</c>) are refused with a <see cref="VoucherStoreException"/>; nothing is written to
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

    private const string NothingAppended = "nothing was appended (if the connection was lost while committing, the append may have completed: read the stream again)";

    // The number of a redemption in the JSON written for number 0, completed by the server with the stream's count.
    private const string NumberPlaceholder = "\"redemption\":0,";

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
        NpgsqlConnectionStringBuilder builder;
        try
        {
            // The store keeps no session state (its settings are SET LOCAL), so a pooled connection needs no reset.
            builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
        {
            throw new ArgumentException($"Invalid Npgsql connection string: {e.Message}", nameof(connectionString), e);
        }

        var dataSource = NpgsqlDataSource.Create(builder);
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
    /// <exception cref="ArgumentException">An event is null, or the events redeem a pass twice or hold the same event twice.</exception>
    public async ValueTask<AppendResult> AppendAsync(string programmeId, long expectedVersion, IReadOnlyList<VoucherEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var rows = new Row[events.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = Row.Of(events[i] switch
            {
                null => throw new ArgumentException("An event is null.", nameof(events)),
                PassesRedeemed { Passes.Count: 0 } => throw new ArgumentException("A redemption without passes cannot be stored: nothing was appended.", nameof(events)),
                var e => e,
            });
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (rows.Length == 0)
        {
            var version = await GetVersionAsync(programmeId, cancellationToken).ConfigureAwait(false);
            return new AppendResult(version == expectedVersion ? AppendOutcome.Appended : AppendOutcome.Conflict, version);
        }

        return await AppendRowsAsync(programmeId, expectedVersion, rows, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// A redemption whose passes are already redeemed by the same scan (same time, provider, service and passes: the
    /// event retried after a lost answer) answers <see cref="AppendOutcome.Duplicate"/> with the version of the stored one.
    /// </remarks>
    /// <exception cref="ArgumentException">The redemption lists a pass twice.</exception>
    public async ValueTask<AppendResult> AppendRedemptionAsync(string programmeId, long basedOnVersion, PassesRedeemed redemption, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        ArgumentNullException.ThrowIfNull(redemption);
        ArgumentOutOfRangeException.ThrowIfNegative(basedOnVersion);
        if (redemption.Passes.Count == 0)
        {
            throw new ArgumentException("A redemption without passes cannot be stored: nothing was appended.", nameof(redemption));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return await AppendRedemptionCoreAsync(programmeId, basedOnVersion, redemption, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> WriteSnapshotAsync(string programmeId, VoucherSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        ArgumentNullException.ThrowIfNull(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        long? streamVersion;
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var command = Command(connection, null, sql.WriteSnapshot);
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
                    command.Parameters.Add(new NpgsqlParameter<long>("version", snapshot.Version));
                    command.Parameters.Add(new NpgsqlParameter<ReadOnlyMemory<byte>>("data", snapshot.Data));
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                        if (reader.GetBoolean(0))
                        {
                            return true;
                        }

                        streamVersion = reader.IsDBNull(1) ? 0 : reader.GetInt64(1);
                    }
                }
            }
        }
        catch (Exception e) when (Translate(e, "the snapshot kept before stays") is { } failure)
        {
            throw failure;
        }

        return snapshot.Version <= streamVersion ? false : throw new ArgumentException("The snapshot is beyond the stream's version.", nameof(snapshot));
    }

    /// <inheritdoc />
    public async ValueTask<VoucherSnapshot?> ReadSnapshotAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var command = Command(connection, null, sql.ReadSnapshot);
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && reader.GetInt64(0) >= 1 && reader.GetFieldValue<byte[]>(1) is { Length: > 0 } data
                            ? new VoucherSnapshot(reader.GetInt64(0), data)
                            : null;
                    }
                }
            }
        }
        catch (Exception e) when (Translate(e, "nothing was read") is { } failure)
        {
            throw failure;
        }
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

    // One transaction in one round trip: BEGIN, move the stream's version if it is still at expectedVersion and insert
    // the events (unique by idempotency key; redemptions numbered from the stream's count) and the redeemed passes
    // (unique per programme) from that same statement, read the stream's version, COMMIT. A unique violation aborts the
    // batch: it is rolled back and the holder named, a taken pass before a duplicate event (as in the SQLite store).
    private async ValueTask<AppendResult> AppendRowsAsync(string programmeId, long expectedVersion, Row[] rows, CancellationToken cancellationToken)
    {
        var count = rows.Length;
        var passes = new List<long>();
        var versions = new List<long>();
        var ranks = new long[count];
        var redemptions = 0;
        var barrier = 0; // the 1-based position in the batch of its last event other than a redemption (0: none)
        for (var i = 0; i < count; i++)
        {
            if (rows[i].Passes is { } held)
            {
                ranks[i] = ++redemptions;
                foreach (var pass in held)
                {
                    passes.Add(pass);
                    versions.Add(expectedVersion + i + 1);
                }
            }
            else
            {
                barrier = i + 1;
            }
        }

        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var batch = Batch(connection, expectedVersion == 0 ? [sql.CreateStream, sql.Append, sql.State] : [sql.Append, sql.State], programmeId);
                await using (batch.ConfigureAwait(false))
                {
                    var append = batch.BatchCommands[^3].Parameters;
                    append.Add(new NpgsqlParameter<long>("expected", expectedVersion));
                    append.Add(new NpgsqlParameter<long>("count", count));
                    append.Add(new NpgsqlParameter<long>("redemptions", redemptions));
                    append.Add(new NpgsqlParameter<long>("barrier", barrier));
                    append.Add(new NpgsqlParameter<string[]>("types", [.. rows.Select(r => r.Type)]));
                    append.Add(new NpgsqlParameter<DateTime[]>("ats", [.. rows.Select(r => r.At)]));
                    append.Add(new NpgsqlParameter<string?[]>("keys", [.. rows.Select(r => r.Key)]));
                    append.Add(new NpgsqlParameter<string[]>("jsons", [.. rows.Select(r => r.Json)]));
                    append.Add(new NpgsqlParameter<long[]>("ranks", ranks));
                    append.Add(new NpgsqlParameter<long[]>("passes", [.. passes]));
                    append.Add(new NpgsqlParameter<long[]>("versions", [.. versions]));
                    try
                    {
                        var (moved, current) = await RunAsync(batch, cancellationToken).ConfigureAwait(false);
                        return moved is { } version ? new AppendResult(AppendOutcome.Appended, version) : new AppendResult(AppendOutcome.Conflict, Math.Max(0, current));
                    }
                    catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
                    {
                        await ExecuteAsync(connection, null, "ROLLBACK", CancellationToken.None).ConfigureAwait(false);
                    }
                }

                if (await HolderAsync(connection, sql.HolderOfPass, programmeId, passes.ToArray(), cancellationToken).ConfigureAwait(false) is { } taken)
                {
                    return new AppendResult(AppendOutcome.PassTaken, taken);
                }

                string[] keys = [.. rows.Select(r => r.Key).OfType<string>()];
                return await HolderAsync(connection, sql.HolderOfKey, programmeId, keys, cancellationToken).ConfigureAwait(false) is { } stored
                    ? new AppendResult(AppendOutcome.Duplicate, stored)
                    : throw new ArgumentException("The events redeem a pass twice or hold the same event twice: nothing was appended.", nameof(rows));
            }
        }
        catch (Exception e) when (Translate(e, NothingAppended) is { } failure)
        {
            throw failure;
        }
    }

    // The same for one redemption numbered by the store: the next version unless an event other than a redemption was
    // appended after basedOnVersion (or basedOnVersion is ahead of the stream): then Conflict, as in the SQLite store.
    private async ValueTask<AppendResult> AppendRedemptionCoreAsync(string programmeId, long basedOnVersion, PassesRedeemed redemption, CancellationToken cancellationToken)
    {
        var row = Row.Of(redemption);
        var passes = row.Passes!;
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                for (var attempt = 0; ; attempt++)
                {
                    var batch = Batch(connection, attempt == 0 ? [sql.Redeem, sql.State] : [sql.CreateStream, sql.Redeem, sql.State], programmeId);
                    await using (batch.ConfigureAwait(false))
                    {
                        var redeem = batch.BatchCommands[^3].Parameters;
                        redeem.Add(new NpgsqlParameter<long>("based", basedOnVersion));
                        redeem.Add(new NpgsqlParameter<long[]>("passes", passes));
                        redeem.Add(new NpgsqlParameter<string>("json", row.Json));
                        redeem.Add(new NpgsqlParameter<string>("type", row.Type));
                        redeem.Add(new NpgsqlParameter<DateTime>("at", row.At));
                        try
                        {
                            var (moved, current) = await RunAsync(batch, cancellationToken).ConfigureAwait(false);
                            if (moved is { } version)
                            {
                                return new AppendResult(AppendOutcome.Appended, version);
                            }

                            if (current < 0 && attempt == 0)
                            {
                                continue; // no stream yet: again, creating its row first
                            }

                            return new AppendResult(AppendOutcome.Conflict, Math.Max(0, current));
                        }
                        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
                        {
                            await ExecuteAsync(connection, null, "ROLLBACK", CancellationToken.None).ConfigureAwait(false);
                        }
                    }

                    var holder = await HolderAsync(connection, sql.HolderOfPass, programmeId, passes, cancellationToken).ConfigureAwait(false)
                        ?? throw new ArgumentException("The redemption lists a pass twice: nothing was appended.", nameof(redemption));
                    var same = await IsSameScanAsync(connection, programmeId, holder, redemption, cancellationToken).ConfigureAwait(false);
                    return new AppendResult(same ? AppendOutcome.Duplicate : AppendOutcome.PassTaken, holder);
                }
            }
        }
        catch (Exception e) when (Translate(e, NothingAppended) is { } failure)
        {
            throw failure;
        }
    }

    // BEGIN; SET LOCAL synchronous_commit; the statements; COMMIT: one round trip. Each statement takes @programme.
    private NpgsqlBatch Batch(NpgsqlConnection connection, string[] statements, string programmeId)
    {
        var batch = new NpgsqlBatch(connection) { Timeout = commandTimeout };
        batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(sql.SynchronousCommit));
        foreach (var statement in statements)
        {
            var command = new NpgsqlBatchCommand(statement);
            command.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
            if (ReferenceEquals(statement, sql.Append) || ReferenceEquals(statement, sql.Redeem))
            {
                command.Parameters.Add(new NpgsqlParameter<string>("placeholder", NumberPlaceholder));
            }
            batch.BatchCommands.Add(command);
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        return batch;
    }

    // Prepares and runs a batch to its end (past its COMMIT). Returns the version moved to (the one-column result, if it has a row)
    // and the stream's version (the two-column result; -1: no stream).
    private static async ValueTask<(long? Moved, long Current)> RunAsync(NpgsqlBatch batch, CancellationToken cancellationToken)
    {
        long? moved = null;
        long current = -1;

        // Prepared once per physical connection (Npgsql keeps them across pooled opens), then only bound and executed.
        await batch.PrepareAsync(cancellationToken).ConfigureAwait(false);
        var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            do
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (reader.FieldCount == 1)
                    {
                        moved = reader.GetInt64(0);
                    }
                    else
                    {
                        current = reader.GetInt64(0);
                    }
                }
            }
            while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
        }

        return (moved, current);
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

    // The version of the committed event holding one of the keys (idempotency keys or passes), after a rollback.
    private async ValueTask<long?> HolderAsync<T>(NpgsqlConnection connection, string query, string programmeId, T[] keys, CancellationToken cancellationToken)
    {
        var holder = Command(connection, null, query);
        await using (holder.ConfigureAwait(false))
        {
            holder.Parameters.Add(new NpgsqlParameter<string>("programme", programmeId));
            holder.Parameters.Add(new NpgsqlParameter<T[]>("keys", keys));
            return await holder.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
        }
    }

    private async ValueTask InitialiseAsync(CancellationToken cancellationToken)
    {
        try
        {
            var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                // The events' text and keys (SHA-256 of the UTF-8 text, computed by the server) need a UTF8 database:
                // another encoding would refuse or alter characters, or store unchecked bytes (SQL_ASCII).
                if (!connection.PostgresParameters.TryGetValue("server_encoding", out var encoding) || !string.Equals(encoding, "UTF8", StringComparison.OrdinalIgnoreCase))
                {
                    throw new VoucherStoreException("store.bad-encoding", $"The database of the voucher store {name} has encoding {encoding ?? "(unknown)"}; a voucher store needs a UTF8 database (CREATE DATABASE ... ENCODING 'UTF8'): nothing was changed.", null);
                }

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

    /// <summary>
    /// An event as sent: its type and time (copies for SQL queries), idempotency key and JSON text. A redemption is
    /// written with number 0 (<see cref="NumberPlaceholder"/>), which the server replaces with the number the stream
    /// gives it, and its key is computed by the server from the final text (<see cref="Key"/> is then null).
    /// </summary>
    private sealed record Row(string Type, DateTime At, string? Key, string Json, long[]? Passes)
    {
        internal static Row Of(VoucherEvent e)
        {
            if (e is PassesRedeemed r)
            {
                var template = InclusionJson.SerializeEvent(new PassesRedeemed(r.At, 0, r.Provider, r.Service, r.Passes, r.SchemaVersion));
                var placeholder = template.IndexOf(NumberPlaceholder, StringComparison.Ordinal);
                if (placeholder < 0 || placeholder != template.LastIndexOf(NumberPlaceholder, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"The JSON of a redemption does not hold its number as {NumberPlaceholder}: {template}");
                }

                return new Row(InclusionJson.EventType(template), e.At.ToDateTimeUtc(), null, template, [.. r.Passes]);
            }

            var json = InclusionJson.SerializeEvent(e);
            return new Row(InclusionJson.EventType(json), e.At.ToDateTimeUtc(), InclusionJson.IdempotencyKey(json), json, null);
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
            Append = $"WITH s AS (UPDATE {s}.voucher_streams SET version = version + @count, barrier = CASE WHEN @barrier > 0 THEN version + @barrier ELSE barrier END, redemptions = redemptions + @redemptions WHERE programme = @programme AND version = @expected RETURNING version, redemptions - @redemptions AS before), "
                + "u AS (SELECT u.n, u.type, u.at, u.key, CASE WHEN u.rank > 0 THEN replace(u.json, @placeholder, '\"redemption\":' || (s.before + u.rank) || ',') ELSE u.json END AS json "
                + "FROM s, unnest(@types, @ats, @keys, @jsons, @ranks) WITH ORDINALITY AS u(type, at, key, json, rank, n)), "
                + $"e AS (INSERT INTO {s}.voucher_events (programme, version, type, at, idempotency_key, json) SELECT @programme, @expected + u.n, u.type, u.at, COALESCE(u.key, encode(sha256(convert_to(u.json, 'UTF8')), 'hex')), u.json FROM u), "
                + $"p AS (INSERT INTO {s}.voucher_redeemed_passes (programme, pass, version) SELECT @programme, u.pass, u.version FROM s, unnest(@passes, @versions) AS u(pass, version)) "
                + "SELECT s.version FROM s";
            Redeem = $"WITH s AS (UPDATE {s}.voucher_streams SET version = version + 1, redemptions = redemptions + 1 WHERE programme = @programme AND barrier <= @based AND version >= @based RETURNING version, redemptions), "
                + $"p AS (INSERT INTO {s}.voucher_redeemed_passes (programme, pass, version) SELECT @programme, u.pass, s.version FROM s, unnest(@passes) AS u(pass)), "
                + "j AS (SELECT s.version, replace(@json, @placeholder, '\"redemption\":' || s.redemptions || ',') AS json FROM s), "
                + $"e AS (INSERT INTO {s}.voucher_events (programme, version, type, at, idempotency_key, json) SELECT @programme, j.version, @type, @at, encode(sha256(convert_to(j.json, 'UTF8')), 'hex'), j.json FROM j) "
                + "SELECT s.version FROM s";
            State = $"SELECT version, barrier FROM {s}.voucher_streams WHERE programme = @programme";
            HolderOfPass = $"SELECT MIN(version) FROM {s}.voucher_redeemed_passes WHERE programme = @programme AND pass = ANY(@keys)";
            HolderOfKey = $"SELECT MIN(version) FROM {s}.voucher_events WHERE programme = @programme AND idempotency_key = ANY(@keys)";
            EventAt = $"SELECT json FROM {s}.voucher_events WHERE programme = @programme AND version = @version";

            // Written only up to the stream's version and over an older snapshot; answers whether it was written and the stream's version.
            WriteSnapshot = $"WITH v AS (SELECT version FROM {s}.voucher_streams WHERE programme = @programme), "
                + $"w AS (INSERT INTO {s}.voucher_snapshots AS k (programme, version, data) SELECT @programme, @version, @data FROM v WHERE @version <= v.version "
                + "ON CONFLICT (programme) DO UPDATE SET version = excluded.version, data = excluded.data WHERE k.version < excluded.version RETURNING 1) "
                + "SELECT EXISTS (SELECT 1 FROM w), (SELECT version FROM v)";
            ReadSnapshot = $"SELECT version, data FROM {s}.voucher_snapshots WHERE programme = @programme";
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

        internal string Append { get; }

        internal string Redeem { get; }

        internal string State { get; }

        internal string HolderOfPass { get; }

        internal string HolderOfKey { get; }

        internal string EventAt { get; }

        internal string WriteSnapshot { get; }

        internal string ReadSnapshot { get; }
    }
}

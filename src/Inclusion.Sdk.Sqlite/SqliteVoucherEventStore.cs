using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Vouchers;
using Microsoft.Data.Sqlite;

namespace Inclusion.Sdk.Sqlite;

/// <summary>
/// A voucher event store in one SQLite file: table <c>voucher_events</c> keyed by (programme, version), each event as
/// the JSON of <see cref="InclusionJson.SerializeEvent"/> with its idempotency key (unique per programme); table
/// <c>voucher_redeemed_passes</c> keyed by (programme, pass), so a pass cannot be redeemed twice; table
/// <c>voucher_streams</c> with each stream's version, the version of its last event other than a redemption, and its
/// count of redemptions. An append is one transaction (<c>BEGIN IMMEDIATE</c>: writers take turns, never half-write),
/// and several processes can share the file: redemptions of distinct passes never conflict, other events are
/// appended at the expected version (<see cref="StoredVoucherLedger"/> catches up and decides again on a conflict).
/// </summary>
/// <remarks>
/// <para>Opening creates or migrates the schema (SQLite <c>user_version</c>), sets WAL mode and checks the file
/// (<see cref="SqliteVoucherStoreOptions.CheckIntegrityOnOpen"/>). A file that is not a SQLite database, is corrupted,
/// belongs to another application (another <c>application_id</c>, or tables without it), was written by a newer
/// schema or is read-only is refused with a <see cref="VoucherStoreException"/>; nothing is written to it.</para>
/// <para>Each store keeps one connection open, with its statements prepared once, and runs one call at a time on it
/// (an asynchronous lock); several stores or processes on one file take turns through SQLite's write lock.
/// <see cref="Dispose"/> closes it (closing the last connection to the file checkpoints the WAL). Thread-safe.</para>
/// </remarks>
public sealed class SqliteVoucherEventStore : IVoucherEventStore, IDisposable
{
    private readonly string connectionString;
    private readonly SqliteVoucherStoreOptions options;
    private readonly string setup;
    private readonly string keptConnectionString;
    private readonly SemaphoreSlim gate = new(1, 1);
    private SqliteConnection? keptConnection;
    private EventInsert? statements;
    private bool disposed;

    // Events read per statement by ReadAsync.
    private const int ReadChunk = 4096;

    private SqliteVoucherEventStore(string path, SqliteVoucherStoreOptions options)
    {
        Path = path;
        this.options = options;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();
        keptConnectionString = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();
        setup = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = {(options.Synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL")};");
    }

    /// <summary>Gets the schema version this library writes (SQLite <c>user_version</c>).</summary>
    public static int SchemaVersion => SqliteSchema.Version;

    /// <summary>Gets the full path of the file.</summary>
    public string Path { get; }

    /// <summary>Opens (or creates) a store, migrating its schema to <see cref="SchemaVersion"/>.</summary>
    /// <param name="path">The file; created with its schema when absent.</param>
    /// <param name="options">The settings; <see langword="null"/>: the defaults.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="VoucherStoreException">The file cannot be used as a voucher store (see <see cref="VoucherStoreException.Code"/>).</exception>
    public static ValueTask<SqliteVoucherEventStore> OpenAsync(string path, SqliteVoucherStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        cancellationToken.ThrowIfCancellationRequested();
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full) && IsReadOnly(full))
        {
            throw new VoucherStoreException("store.read-only", $"The voucher store '{full}' is read-only: an event store must be writable (make the file writable, or copy it).", null);
        }

        var store = new SqliteVoucherEventStore(full, options ?? new SqliteVoucherStoreOptions());
        try
        {
            store.Initialise(cancellationToken);
            return ValueTask.FromResult(store);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask<long> GetVersionAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        cancellationToken.ThrowIfCancellationRequested();
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var statements = Statements();
            statements.Begin(programmeId, null);
            return statements.Stream().Version;
        }
        catch (SqliteException e) when (Translate(e) is { } failure)
        {
            throw failure;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public ValueTask<AppendResult> AppendAsync(string programmeId, long expectedVersion, IReadOnlyList<VoucherEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        foreach (var e in events)
        {
            _ = e ?? throw new ArgumentException("An event is null.", nameof(events));
            if (e is PassesRedeemed { Passes.Count: 0 })
            {
                throw new ArgumentException("A redemption without passes cannot be stored: nothing was appended.", nameof(events));
            }
        }

        return Append(programmeId, events, stream => stream.Version == expectedVersion, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// A redemption whose passes are already redeemed by the same scan (same time, provider, service and passes: the
    /// event retried after a lost answer) answers <see cref="AppendOutcome.Duplicate"/> with the version of the stored one.
    /// </remarks>
    public ValueTask<AppendResult> AppendRedemptionAsync(string programmeId, long basedOnVersion, PassesRedeemed redemption, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        ArgumentNullException.ThrowIfNull(redemption);
        ArgumentOutOfRangeException.ThrowIfNegative(basedOnVersion);
        if (redemption.Passes.Count == 0)
        {
            throw new ArgumentException("A redemption without passes cannot be stored: nothing was appended.", nameof(redemption));
        }

        return Append(programmeId, [redemption], stream => stream.Barrier <= basedOnVersion && stream.Version >= basedOnVersion, cancellationToken, sameScanIsDuplicate: true);
    }

    /// <inheritdoc />
    /// <exception cref="VoucherStoreException">The stream has a gap or an event does not read back (<c>store.bad-event</c>), or the file fails.</exception>
    public async IAsyncEnumerable<VoucherEvent> ReadAsync(string programmeId, long fromVersion = 0, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        ArgumentOutOfRangeException.ThrowIfNegative(fromVersion);

        // Read in chunks on the kept connection, each under the lock (one statement: a consistent view), decoded and
        // yielded outside it: appends are not held up while the caller consumes the events.
        var expected = fromVersion + 1;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            List<(long Version, string Json)> rows;
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var statements = Statements();
                statements.Begin(programmeId, null);
                rows = statements.Read(expected - 1, ReadChunk);
            }
            catch (SqliteException e) when (Translate(e) is { } failure)
            {
                throw failure;
            }
            finally
            {
                gate.Release();
            }

            foreach (var (version, json) in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var e = Decode(programmeId, expected, version, json);
                expected++;
                yield return e;
            }

            if (rows.Count < ReadChunk)
            {
                yield break;
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask<bool> WriteSnapshotAsync(string programmeId, VoucherSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        ArgumentNullException.ThrowIfNull(snapshot);
        cancellationToken.ThrowIfCancellationRequested();
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var statements = Statements();
            using var transaction = keptConnection!.BeginTransaction(deferred: false);
            statements.Begin(programmeId, transaction);
            if (snapshot.Version > statements.Stream().Version)
            {
                throw new ArgumentException("The snapshot is beyond the stream's version.", nameof(snapshot));
            }

            using var command = keptConnection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO voucher_snapshots (programme, version, data) VALUES ($programme, $version, $data)
                ON CONFLICT (programme) DO UPDATE SET version = excluded.version, data = excluded.data WHERE excluded.version > voucher_snapshots.version
                """;
            command.Parameters.AddWithValue("$programme", programmeId);
            command.Parameters.AddWithValue("$version", snapshot.Version);
            command.Parameters.Add("$data", SqliteType.Blob).Value = snapshot.Data.ToArray();
            var written = command.ExecuteNonQuery() == 1;
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
            return written;
        }
        catch (SqliteException e) when (Translate(e) is { } failure)
        {
            throw failure;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask<VoucherSnapshot?> ReadSnapshotAsync(string programmeId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        cancellationToken.ThrowIfCancellationRequested();
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Statements();
            using var command = keptConnection!.CreateCommand();
            command.CommandText = "SELECT version, data FROM voucher_snapshots WHERE programme = $programme";
            command.Parameters.AddWithValue("$programme", programmeId);
            using var reader = command.ExecuteReader();
            return reader.Read() && reader.GetInt64(0) >= 1 && reader.GetFieldValue<byte[]>(1) is { Length: > 0 } data
                ? new VoucherSnapshot(reader.GetInt64(0), data)
                : null;
        }
        catch (SqliteException e) when (Translate(e) is { } failure)
        {
            throw failure;
        }
        finally
        {
            gate.Release();
        }
    }

    private VoucherEvent Decode(string programmeId, long expected, long version, string json)
    {
        if (version != expected)
        {
            throw new VoucherStoreException("store.corrupt", $"The voucher store '{Path}' misses event {expected} of programme '{programmeId}' (next found: {version}).", null);
        }

        try
        {
            return InclusionJson.DeserializeEvent(json);
        }
        catch (JsonException ex)
        {
            throw new VoucherStoreException("store.bad-event", $"Event {expected} of programme '{programmeId}' in the voucher store '{Path}' does not read back: {ex.Message}", ex);
        }
    }

    // One transaction (BEGIN IMMEDIATE: writers take turns on the file) on the kept connection, one call at a time:
    // check the stream, refuse a pass already redeemed or an event already stored, number the redemptions, insert,
    // commit. The JSON and keys are computed before the lock, with the numbers the writer gave (usually the right ones);
    // a redemption numbered otherwise by the store is written again inside.
    private async ValueTask<AppendResult> Append(string programmeId, IReadOnlyList<VoucherEvent> events, Func<StreamRow, bool> expected, CancellationToken cancellationToken, bool sameScanIsDuplicate = false)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var jsons = new string[events.Count];
        var keys = new string[events.Count];
        for (var i = 0; i < jsons.Length; i++)
        {
            jsons[i] = InclusionJson.SerializeEvent(events[i]);
            keys[i] = InclusionJson.IdempotencyKey(jsons[i]);
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var statements = Statements();
            using var transaction = keptConnection!.BeginTransaction(deferred: false);
            statements.Begin(programmeId, transaction);
            var stream = statements.Stream();
            if (!expected(stream))
            {
                return new AppendResult(AppendOutcome.Conflict, stream.Version);
            }

            var barrierMoved = false;
            for (var i = 0; i < jsons.Length; i++)
            {
                var e = events[i];
                if (e is PassesRedeemed r)
                {
                    if (statements.HolderOf(r.Passes) is { } holder)
                    {
                        return new AppendResult(sameScanIsDuplicate && IsSameScan(statements.JsonAt(holder), r) ? AppendOutcome.Duplicate : AppendOutcome.PassTaken, holder);
                    }

                    if (r.Redemption != stream.Redemptions + 1)
                    {
                        e = new PassesRedeemed(r.At, stream.Redemptions + 1, r.Provider, r.Service, r.Passes, r.SchemaVersion);
                        jsons[i] = InclusionJson.SerializeEvent(e);
                        keys[i] = InclusionJson.IdempotencyKey(jsons[i]);
                    }
                }

                else
                {
                    // A redemption is unique by its passes (checked above); other events by their key.
                    if (statements.VersionOfKey(keys[i]) is { } stored)
                    {
                        return new AppendResult(AppendOutcome.Duplicate, stored);
                    }

                    barrierMoved = true;
                }

                stream = stream.After(e);
                statements.Add(stream.Version, e, InclusionJson.EventType(jsons[i]), jsons[i], keys[i]);
            }

            if (barrierMoved)
            {
                statements.Write(stream);
            }

            // Last chance to cancel: past the commit, the events are stored.
            cancellationToken.ThrowIfCancellationRequested();
            transaction.Commit();
            return new AppendResult(AppendOutcome.Appended, stream.Version);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            // SQLITE_CONSTRAINT: the checks above leave only a pass repeated within the batch (the ledger never asks it).
            throw new ArgumentException($"The events redeem a pass twice: nothing was appended ({e.Message}).", nameof(events), e);
        }
        catch (SqliteException e) when (Translate(e) is { } failure)
        {
            throw failure;
        }
        finally
        {
            gate.Release();
        }
    }

    // Whether a stored event is the same scan as a redemption (same time, provider, service and passes): its number
    // aside, the identical event, as a retry after a lost answer sends it.
    private static bool IsSameScan(string? json, PassesRedeemed redemption)
    {
        try
        {
            return json is not null && InclusionJson.DeserializeEvent(json) is PassesRedeemed held
                && held.At == redemption.At && held.Provider == redemption.Provider
                && string.Equals(held.Service, redemption.Service, StringComparison.Ordinal)
                && held.Passes.SequenceEqual(redemption.Passes);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // The prepared statements of the kept connection, opened at the first call after the opening.
    private EventInsert Statements()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (statements is null)
        {
            var kept = new SqliteConnection(keptConnectionString);
            try
            {
                kept.Open();
                Execute(kept, setup);
                statements = new EventInsert(kept);
                keptConnection = kept;
            }
            catch
            {
                kept.Dispose();
                throw;
            }
        }

        return statements;
    }

    /// <summary>Closes the store's connection and releases the pooled ones to the file (closing the last one checkpoints the WAL).</summary>
    public void Dispose()
    {
        gate.Wait();
        try
        {
            if (!disposed)
            {
                disposed = true;
                statements?.Dispose();
                keptConnection?.Dispose();
                using var pooled = new SqliteConnection(connectionString);
                SqliteConnection.ClearPool(pooled);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private static bool IsReadOnly(string path) =>
        (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0
        || (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0);

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            connection.CreateFunction(SqliteSchema.KeyFunction, (string json) => InclusionJson.IdempotencyKey(json), isDeterministic: true);
            Execute(connection, setup);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private void Initialise(CancellationToken cancellationToken)
    {
        try
        {
            using var connection = Connect();
            CheckOwnership(connection);
            if (options.CheckIntegrityOnOpen)
            {
                using var check = connection.CreateCommand();
                check.CommandText = "PRAGMA quick_check";
                var first = check.ExecuteScalar() as string;
                if (!string.Equals(first, "ok", StringComparison.Ordinal))
                {
                    throw new VoucherStoreException("store.corrupt", $"The voucher store '{Path}' is corrupted (SQLite quick_check: {first}). Restore it from a backup.", null);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode = WAL";
                wal.ExecuteScalar();
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            var version = CheckOwnership(connection);
            for (var v = version; v < SqliteSchema.Version; v++)
            {
                Execute(connection, SqliteSchema.Migrations[v]);
            }

            if (version < SqliteSchema.Version)
            {
                Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA application_id = {SqliteSchema.ApplicationId}; PRAGMA user_version = {SqliteSchema.Version};"));
            }

            transaction.Commit();
        }
        catch (SqliteException e) when (Translate(e) is { } failure)
        {
            throw failure;
        }
    }

    // Returns the file's schema version; refuses a foreign file or a newer schema.
    private long CheckOwnership(SqliteConnection connection)
    {
        var applicationId = Scalar(connection, "PRAGMA application_id");
        var version = Scalar(connection, "PRAGMA user_version");
        if (applicationId != SqliteSchema.ApplicationId
            && (applicationId != 0 || version != 0 || Scalar(connection, "SELECT COUNT(*) FROM sqlite_master") != 0))
        {
            throw new VoucherStoreException("store.foreign", $"'{Path}' is a SQLite database of another application (application_id {applicationId}), not a voucher store: nothing was changed.", null);
        }

        if (version > SqliteSchema.Version)
        {
            throw new VoucherStoreException("store.newer-schema", $"The voucher store '{Path}' has schema version {version}, written by a newer Inclusion.Sdk.Sqlite; this version reads up to {SqliteSchema.Version}. Update the package.", null);
        }

        return version;
    }

    private VoucherStoreException? Translate(SqliteException e) => e.SqliteErrorCode switch
    {
        26 => new VoucherStoreException("store.not-a-database", $"'{Path}' is not a SQLite database (or its header is damaged): nothing was changed.", e),
        11 => new VoucherStoreException("store.corrupt", $"The voucher store '{Path}' is corrupted ({e.Message}). Restore it from a backup.", e),
        8 => new VoucherStoreException("store.read-only", $"The voucher store '{Path}' is read-only: an event store must be writable.", e),
        5 or 6 or 10 or 13 or 14 => new VoucherStoreException("store.unavailable", $"The voucher store '{Path}' is unavailable ({e.Message}); nothing was appended.", e),
        _ => null,
    };
}

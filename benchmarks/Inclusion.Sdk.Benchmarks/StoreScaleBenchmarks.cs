using System.Globalization;
using BenchmarkDotNet.Attributes;
using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.PostgreSql;
using Inclusion.Sdk.Sqlite;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Vouchers;
using Microsoft.Data.Sqlite;
using NodaTime;
using Npgsql;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>The durable store a scale benchmark runs on.</summary>
public enum StoreKind
{
    /// <summary>One SQLite file (<see cref="SqliteVoucherEventStore"/>).</summary>
    Sqlite,

    /// <summary>One PostgreSQL database named by <c>INCLUSION_POSTGRES</c> (<see cref="PostgreSqlVoucherEventStore"/>).</summary>
    PostgreSql,
}

/// <summary>What the scale benchmarks share: the programme, its provider, the events before the redemptions.</summary>
internal static class ScaleBench
{
    internal static readonly Instant March = Instant.FromUtc(2025, 3, 3, 9, 0);

    internal static readonly string? Server = Environment.GetEnvironmentVariable("INCLUSION_POSTGRES");

    internal static readonly Siret Provider = Enumerable.Range(0, 10).Select(d => Siret.TryParse("7328293200001" + d, out var s) ? s : (Siret?)null).First(s => s is not null)!.Value;

    internal static VoucherProgramme Programme()
    {
        var gironde = TerritoryId.Parse(TerritoryLevel.Departement, "33").Value;
        return new VoucherProgramme(
            "bench", "APTIC", "Commanditaire", [gironde],
            [new ProviderQualification(new Actor(Provider.ToString(), "P", ActorRoles.MediationProvider, new PivotIdentifier(Provider), territoriesServed: [gironde]), new LocalDate(2024, 1, 1))],
            [new Actor("d", "D", ActorRoles.Distributor, territoriesServed: [gironde])]);
    }

    /// <summary>The four events that make <paramref name="passes"/> passes redeemable (quote, confirm, issue, inject).</summary>
    internal static IReadOnlyList<VoucherEvent> Prefix(int passes)
    {
        var store = new InMemoryVoucherEventStore();
        var ledger = StoredVoucherLedger.OpenAsync(Programme(), store).AsTask().GetAwaiter().GetResult();
        foreach (var command in new Func<VoucherLedger, LedgerResult>[]
        {
            l => l.Quote("o", passes, 10, March),
            l => l.Confirm("o", March),
            l => l.Issue("o", March),
            l => l.Inject(1, passes / 10, "d", March),
        })
        {
            if (!ledger.RunAsync(command).AsTask().GetAwaiter().GetResult().Success)
            {
                throw new InvalidOperationException("The benchmark's programme refused its prefix.");
            }
        }

        return store.ReadAsync("bench").ToBlockingEnumerable().ToList();
    }

    internal static string RawJson(long n) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"type\":\"passes-redeemed\",\"redemption\":{n},\"provider\":\"73282932000116\",\"service\":\"atelier\",\"passes\":[{n}],\"at\":\"2025-03-03T09:00:00Z\",\"schemaVersion\":1}}");

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>
/// 8 concurrent writers, each with its own store instance (its own connection) and its own <see cref="StoredVoucherLedger"/>,
/// redeeming distinct passes against one SQLite file or one PostgreSQL database, beside 8 concurrent raw inserters (8
/// connections, one-row transactions of an event-sized row) with the same durability settings (the defaults,
/// <c>synchronous=FULL</c> and <c>synchronous_commit=on</c>, or the relaxed ones: <see cref="Relaxed"/>).
/// Per-operation figures: divide by <see cref="Operations"/>.
/// PostgreSQL needs <c>INCLUSION_POSTGRES</c>; without it its cases return at once.
/// </summary>
public class ConcurrentWriterBenchmarks
{
    private const int Writers = 8;
    private string folder = null!;
    private int round;
    private string schema = null!;
    private readonly List<IAsyncDisposable> stores = [];
    private StoredVoucherLedger[] ledgers = [];
    private IVoucherEventStore[] writerStores = [];
    private SqliteConnection[] rawSqlite = [];
    private NpgsqlConnection[] rawPostgres = [];

    /// <summary>Gets or sets the number of redemptions (or inserts) per invocation, shared among the writers.</summary>
    [Params(2_000)]
    public int Operations { get; set; }

    /// <summary>Gets or sets the store.</summary>
    [Params(StoreKind.Sqlite, StoreKind.PostgreSql)]
    public StoreKind Store { get; set; }

    /// <summary>
    /// Gets or sets whether both sides run with the relaxed durability settings (<c>synchronous=NORMAL</c>,
    /// <c>synchronous_commit=off</c>) instead of the defaults (<c>FULL</c>, <c>on</c>).
    /// </summary>
    [Params(false, true)]
    public bool Relaxed { get; set; }

    private bool Skipped => Store == StoreKind.PostgreSql && ScaleBench.Server is null;

    [GlobalSetup]
    public void Setup() => folder = Directory.CreateTempSubdirectory("inclusion-bench-8-").FullName;

    [IterationSetup]
    public void SetupIteration()
    {
        if (Skipped)
        {
            return;
        }

        round++;
        var programme = ScaleBench.Programme();
        var prefix = ScaleBench.Prefix(Operations);
        if (Store == StoreKind.Sqlite)
        {
            var path = Path.Combine(folder, $"ledger-{round}.db");
            var sqliteOptions = new SqliteVoucherStoreOptions { Synchronous = Relaxed ? SqliteSynchronous.Normal : SqliteSynchronous.Full };
            var stores = Enumerable.Range(0, Writers).Select(_ => SqliteVoucherEventStore.OpenAsync(path, sqliteOptions).AsTask().GetAwaiter().GetResult()).ToArray();
            this.stores.AddRange(stores.Select(s => (IAsyncDisposable)new Disposing(s)));
            stores[0].AppendAsync(programme.Id, 0, prefix).AsTask().GetAwaiter().GetResult();
            ledgers = [.. stores.Select(s => StoredVoucherLedger.OpenAsync(programme, s).AsTask().GetAwaiter().GetResult())];
            writerStores = stores;
            var rawPath = Path.Combine(folder, $"raw-{round}.db");
            rawSqlite = [.. Enumerable.Range(0, Writers).Select(_ => new SqliteConnection($"Data Source={rawPath};Pooling=False"))];
            foreach (var c in rawSqlite)
            {
                c.Open();
                ScaleBench.Execute(c, $"PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = {(Relaxed ? "NORMAL" : "FULL")};");
            }

            ScaleBench.Execute(rawSqlite[0], "CREATE TABLE t (programme TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (programme, version)) WITHOUT ROWID;"
                + "CREATE TABLE g (programme TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (programme, version)) WITHOUT ROWID;");
        }
        else
        {
            schema = $"bench8_{Environment.ProcessId}_{round}";
            var options = new PostgreSqlVoucherStoreOptions { Schema = schema, SynchronousCommit = Relaxed ? PostgreSqlSynchronousCommit.Off : PostgreSqlSynchronousCommit.On };
            var stores = Enumerable.Range(0, Writers).Select(_ => PostgreSqlVoucherEventStore.OpenAsync(ScaleBench.Server!, options).AsTask().GetAwaiter().GetResult()).ToArray();
            this.stores.AddRange(stores);
            stores[0].AppendAsync(programme.Id, 0, prefix).AsTask().GetAwaiter().GetResult();
            ledgers = [.. stores.Select(s => StoredVoucherLedger.OpenAsync(programme, s).AsTask().GetAwaiter().GetResult())];
            writerStores = stores;
            rawPostgres = [.. Enumerable.Range(0, Writers).Select(_ => new NpgsqlConnection(ScaleBench.Server))];
            foreach (var c in rawPostgres)
            {
                c.Open();
                ScaleBench.Execute(c, Relaxed ? "SET synchronous_commit TO off" : "SET synchronous_commit TO on");
            }

            ScaleBench.Execute(rawPostgres[0], $"CREATE TABLE {schema}.t (programme text NOT NULL, version bigint NOT NULL, type text NOT NULL, at timestamptz NOT NULL, idempotency_key text NOT NULL, json text NOT NULL, PRIMARY KEY (programme, version), UNIQUE (programme, idempotency_key));"
                + $"CREATE TABLE {schema}.g (programme text NOT NULL, version bigint NOT NULL, type text NOT NULL, at timestamptz NOT NULL, idempotency_key text NOT NULL, json text NOT NULL, PRIMARY KEY (programme, version), UNIQUE (programme, idempotency_key));"
                + $"CREATE TABLE {schema}.c (programme text PRIMARY KEY, version bigint NOT NULL); INSERT INTO {schema}.c VALUES ('bench', 0);");
        }
    }

    [IterationCleanup]
    public void CleanupIteration()
    {
        if (Skipped)
        {
            return;
        }

        if (Store == StoreKind.PostgreSql)
        {
            ScaleBench.Execute(rawPostgres[0], $"DROP SCHEMA {schema} CASCADE");
        }

        foreach (var c in rawSqlite)
        {
            c.Dispose();
        }

        foreach (var c in rawPostgres)
        {
            c.Dispose();
        }

        foreach (var s in stores)
        {
            s.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        stores.Clear();
        rawSqlite = [];
        rawPostgres = [];
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, true);

    /// <summary>8 writers scan distinct passes (writer w: passes w+1, w+9, …) through their stored ledgers, at once.</summary>
    /// <returns>The number of redemptions recorded.</returns>
    [Benchmark(OperationsPerInvoke = 2_000)]
    public async Task<int> RedeemWith8Writers()
    {
        if (Skipped)
        {
            return 0;
        }

        var counts = await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var recorded = 0;
            for (var n = w + 1; n <= Operations; n += Writers)
            {
                var result = await ledgers[w].RedeemAsync(PassSerial.FromNumber(n), ScaleBench.Provider, "atelier", ScaleBench.March);
                recorded += result.Success && !result.IsRepeat ? 1 : throw new InvalidOperationException($"Pass {n}: {result.RuleCode}");
            }

            return recorded;
        })));
        return counts.Sum();
    }

    /// <summary>8 writers append redemptions of distinct passes straight to their stores (no ledger, no catch-up).</summary>
    /// <returns>The number of redemptions appended.</returns>
    [Benchmark(OperationsPerInvoke = 2_000)]
    public async Task<int> AppendRedemptionsWith8Writers()
    {
        if (Skipped)
        {
            return 0;
        }

        var programme = ScaleBench.Programme().Id;
        var counts = await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var store = writerStores[w];
            var recorded = 0;
            for (var n = w + 1; n <= Operations; n += Writers)
            {
                var result = await store.AppendRedemptionAsync(programme, 4, new PassesRedeemed(ScaleBench.March, 1, ScaleBench.Provider, "atelier", [n]));
                recorded += result.Outcome == AppendOutcome.Appended ? 1 : throw new InvalidOperationException($"Pass {n}: {result}");
            }

            return recorded;
        })));
        return counts.Sum();
    }

    /// <summary>The physical limit: 8 connections inserting one-row transactions of an event-sized row at once.</summary>
    /// <returns>The number of rows inserted.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = 2_000)]
    public Task<int> RawInsertWith8Writers() => RawInsertsWith8Writers(
        "INSERT INTO t VALUES ('bench', $v, 'passes-redeemed', '2025-03-03T09:00:00Z', $j)",
        $"INSERT INTO {schema}.t VALUES ('bench', @v, 'passes-redeemed', '2025-03-03T09:00:00Z', @k, @j)",
        numbered: true);

    /// <summary>
    /// The physical limit of a gapless numbering per stream: 8 connections inserting one-row transactions of an
    /// event-sized row, each numbered one more than the last (SQLite: the highest version + 1 under the file's write
    /// lock; PostgreSQL: a counter row updated by the insert's own statement, locked until the commit).
    /// </summary>
    /// <returns>The number of rows inserted.</returns>
    [Benchmark(OperationsPerInvoke = 2_000)]
    public Task<int> RawGaplessInsertWith8Writers() => RawInsertsWith8Writers(
        "INSERT INTO g SELECT 'bench', COALESCE(MAX(version), 0) + 1, 'passes-redeemed', '2025-03-03T09:00:00Z', $j FROM g WHERE programme = 'bench'",
        $"WITH c AS (UPDATE {schema}.c SET version = version + 1 WHERE programme = 'bench' RETURNING version) INSERT INTO {schema}.g SELECT 'bench', c.version, 'passes-redeemed', '2025-03-03T09:00:00Z', @k, @j FROM c",
        numbered: false);

    // 8 writers, one-row transactions of an event-sized row: SQLite in BEGIN IMMEDIATE, PostgreSQL in autocommit; the
    // writer numbers the row ($v / @v) when the statement does not number it itself.
    private async Task<int> RawInsertsWith8Writers(string sqlite, string postgres, bool numbered)
    {
        if (Skipped)
        {
            return 0;
        }

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(() =>
        {
            if (Store == StoreKind.Sqlite)
            {
                var c = rawSqlite[w];
                using var insert = c.CreateCommand();
                insert.CommandText = sqlite;
                var version = numbered ? insert.Parameters.Add("$v", SqliteType.Integer) : null;
                var json = insert.Parameters.Add("$j", SqliteType.Text);
                for (var n = w + 1; n <= Operations; n += Writers)
                {
                    using var transaction = c.BeginTransaction(deferred: false);
                    insert.Transaction = transaction;
                    version?.Value = n;
                    json.Value = ScaleBench.RawJson(n);
                    insert.ExecuteNonQuery();
                    transaction.Commit();
                }
            }
            else
            {
                using var insert = new NpgsqlCommand(postgres, rawPostgres[w]);
                var version = numbered ? new NpgsqlParameter<long> { ParameterName = "v" } : null;
                var key = new NpgsqlParameter<string> { ParameterName = "k" };
                var json = new NpgsqlParameter<string> { ParameterName = "j" };
                if (version is not null)
                {
                    insert.Parameters.Add(version);
                }

                insert.Parameters.Add(key);
                insert.Parameters.Add(json);
                for (var n = w + 1; n <= Operations; n += Writers)
                {
                    version?.TypedValue = n;
                    json.TypedValue = ScaleBench.RawJson(n);
                    key.TypedValue = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json.TypedValue)));
                    insert.ExecuteNonQuery();
                }
            }
        })));
        return Operations;
    }

    private sealed class Disposing(IDisposable inner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            inner.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// Full replay: opening a <see cref="StoredVoucherLedger"/> on a stream of <see cref="Events"/> events (4 to issue the
/// passes, the rest one-pass redemptions) from SQLite or PostgreSQL, beside a raw read of the same rows (version and
/// JSON text, no decoding). The stream is seeded once per case in large appends. <see cref="Events"/> is read from
/// <c>INCLUSION_BENCH_REPLAY_EVENTS</c> (default 10,000, so the CI dry smoke stays fast; the documented run uses
/// 1,000,000). Start-up from a snapshot: the store keeps one taken <see cref="Tail"/> events before the end (a nightly
/// snapshot, then a day's scans); <see cref="OpenLedger"/> is the full replay (the snapshot hidden from it).
/// </summary>
public class ReplayBenchmarks
{
    private string folder = null!;
    private IVoucherEventStore store = null!;
    private VoucherProgramme programme = null!;
    private string schema = null!;

    /// <summary>Gets the number of events in the stream.</summary>
    public static int Events { get; } = int.TryParse(Environment.GetEnvironmentVariable("INCLUSION_BENCH_REPLAY_EVENTS"), CultureInfo.InvariantCulture, out var n) && n >= 10 ? n : 10_000;

    /// <summary>Gets or sets the store.</summary>
    [Params(StoreKind.Sqlite, StoreKind.PostgreSql)]
    public StoreKind Store { get; set; }

    private bool Skipped => Store == StoreKind.PostgreSql && ScaleBench.Server is null;

    /// <summary>Gets the number of events appended after the snapshot.</summary>
    public static int Tail => Math.Min(1_000, Events / 10);

    [GlobalSetup]
    public void Setup()
    {
        Console.WriteLine($"ReplayBenchmarks: {Events:N0} events (INCLUSION_BENCH_REPLAY_EVENTS).");
        if (Skipped)
        {
            return;
        }

        programme = ScaleBench.Programme();
        var passes = ((Events - 4 + 9) / 10) * 10;
        var prefix = ScaleBench.Prefix(passes);
        if (Store == StoreKind.Sqlite)
        {
            folder = Directory.CreateTempSubdirectory("inclusion-bench-replay-").FullName;
            store = SqliteVoucherEventStore.OpenAsync(Path.Combine(folder, "ledger.db"), new SqliteVoucherStoreOptions { Synchronous = SqliteSynchronous.Normal }).AsTask().GetAwaiter().GetResult();
        }
        else
        {
            schema = $"replay_{Environment.ProcessId}";
            store = PostgreSqlVoucherEventStore.OpenAsync(ScaleBench.Server!, new PostgreSqlVoucherStoreOptions { Schema = schema, SynchronousCommit = PostgreSqlSynchronousCommit.Off }).AsTask().GetAwaiter().GetResult();
        }

        Append(0, prefix);
        var version = (long)prefix.Count;
        var batch = new List<VoucherEvent>(10_000);
        for (var n = 1L; version + batch.Count < Events; n++)
        {
            batch.Add(new PassesRedeemed(ScaleBench.March, n, ScaleBench.Provider, "atelier", [n]));
            if (batch.Count == 10_000 || version + batch.Count == Events || version + batch.Count == Events - Tail)
            {
                Append(version, batch);
                version += batch.Count;
                batch.Clear();
                if (version == Events - Tail && StoredVoucherLedger.OpenAsync(programme, store).AsTask().GetAwaiter().GetResult().SaveSnapshotAsync().AsTask().GetAwaiter().GetResult() != version)
                {
                    throw new InvalidOperationException("The snapshot was not written.");
                }
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Skipped)
        {
            return;
        }

        if (store is SqliteVoucherEventStore sqlite)
        {
            sqlite.Dispose();
            Directory.Delete(folder, true);
        }
        else if (store is PostgreSqlVoucherEventStore postgres)
        {
            postgres.DisposeAsync().AsTask().GetAwaiter().GetResult();
            using var connection = new NpgsqlConnection(ScaleBench.Server);
            connection.Open();
            ScaleBench.Execute(connection, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    /// <summary>Opens a stored ledger on the stream: reads and decodes every event, and replays it.</summary>
    /// <returns>The ledger's version.</returns>
    [Benchmark]
    public async Task<long> OpenLedger() =>
        Skipped ? 0 : (await StoredVoucherLedger.OpenAsync(programme, new WithoutSnapshots(store))).Version;

    /// <summary>Opens a stored ledger from the store's snapshot: reads and restores it, then reads and applies the <see cref="Tail"/> events after it.</summary>
    /// <returns>The ledger's version.</returns>
    [Benchmark]
    public async Task<long> OpenLedgerFromSnapshot()
    {
        if (Skipped)
        {
            return 0;
        }

        var ledger = await StoredVoucherLedger.OpenAsync(programme, store);
        return ledger.SnapshotVersion == Events - Tail ? ledger.Version : throw new InvalidOperationException("The ledger did not start from the snapshot.");
    }

    /// <summary>The physical limit: the same rows (version, JSON text) read in order on one connection, not decoded.</summary>
    /// <returns>The number of characters read.</returns>
    [Benchmark(Baseline = true)]
    public async Task<long> RawRead()
    {
        if (Skipped)
        {
            return 0;
        }

        var characters = 0L;
        if (Store == StoreKind.Sqlite)
        {
            using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "ledger.db")};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var query = connection.CreateCommand();
            query.CommandText = "SELECT version, json FROM voucher_events WHERE programme = 'bench' AND version > 0 ORDER BY version";
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                characters += reader.GetInt64(0) > 0 ? reader.GetString(1).Length : 0;
            }
        }
        else
        {
            await using var connection = new NpgsqlConnection(ScaleBench.Server);
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand($"SELECT version, json FROM {schema}.voucher_events WHERE programme = 'bench' AND version > 0 ORDER BY version", connection);
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                characters += reader.GetInt64(0) > 0 ? reader.GetString(1).Length : 0;
            }
        }

        return characters;
    }

    /// <summary>The store, but with no snapshot to read: opening replays the whole stream.</summary>
    private sealed class WithoutSnapshots(IVoucherEventStore inner) : IVoucherEventStore
    {
        public ValueTask<long> GetVersionAsync(string programmeId, CancellationToken cancellationToken = default) => inner.GetVersionAsync(programmeId, cancellationToken);

        public ValueTask<AppendResult> AppendAsync(string programmeId, long expectedVersion, IReadOnlyList<VoucherEvent> events, CancellationToken cancellationToken = default) =>
            inner.AppendAsync(programmeId, expectedVersion, events, cancellationToken);

        public ValueTask<AppendResult> AppendRedemptionAsync(string programmeId, long basedOnVersion, PassesRedeemed redemption, CancellationToken cancellationToken = default) =>
            inner.AppendRedemptionAsync(programmeId, basedOnVersion, redemption, cancellationToken);

        public IAsyncEnumerable<VoucherEvent> ReadAsync(string programmeId, long fromVersion = 0, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(programmeId, fromVersion, cancellationToken);

        public ValueTask<bool> WriteSnapshotAsync(string programmeId, VoucherSnapshot snapshot, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

        public ValueTask<VoucherSnapshot?> ReadSnapshotAsync(string programmeId, CancellationToken cancellationToken = default) => ValueTask.FromResult<VoucherSnapshot?>(null);
    }

    private void Append(long version, IReadOnlyList<VoucherEvent> events)
    {
        var result = store.AppendAsync(programme.Id, version, events).AsTask().GetAwaiter().GetResult();
        if (result.Outcome != AppendOutcome.Appended)
        {
            throw new InvalidOperationException($"Seeding the replay stream: {result.Outcome} at {version}.");
        }
    }
}

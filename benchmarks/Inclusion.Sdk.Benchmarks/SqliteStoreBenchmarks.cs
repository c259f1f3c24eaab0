using BenchmarkDotNet.Attributes;
using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Sqlite;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Vouchers;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>
/// Redemptions through <see cref="StoredVoucherLedger"/> on a <see cref="SqliteVoucherEventStore"/> (one writer),
/// beside the raw rate of one-row insert transactions into the same kind of table with the same settings (WAL,
/// <c>synchronous</c>): the physical limit. Per-operation figures: divide by <see cref="Operations"/>.
/// </summary>
public class SqliteStoreBenchmarks
{
    private static readonly Instant March = Instant.FromUtc(2025, 3, 3, 9, 0);
    private string folder = null!;
    private VoucherProgramme programme = null!;
    private Siret provider;
    private SqliteVoucherEventStore store = null!;
    private StoredVoucherLedger ledger = null!;
    private SqliteConnection raw = null!;
    private int round;

    /// <summary>Gets or sets the number of redemptions (or inserts) per invocation.</summary>
    [Params(4_000)]
    public int Operations { get; set; }

    /// <summary>Gets or sets the SQLite <c>synchronous</c> setting.</summary>
    [Params(SqliteSynchronous.Full, SqliteSynchronous.Normal)]
    public SqliteSynchronous Synchronous { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("inclusion-bench-").FullName;
        var gironde = TerritoryId.Parse(TerritoryLevel.Departement, "33").Value;
        provider = Enumerable.Range(0, 10).Select(d => Siret.TryParse("7328293200001" + d, out var s) ? s : (Siret?)null).First(s => s is not null)!.Value;
        programme = new VoucherProgramme(
            "bench", "APTIC", "Commanditaire", [gironde],
            [new ProviderQualification(new Actor(provider.ToString(), "P", ActorRoles.MediationProvider, new PivotIdentifier(provider), territoriesServed: [gironde]), new LocalDate(2024, 1, 1))],
            [new Actor("d", "D", ActorRoles.Distributor, territoriesServed: [gironde])]);
    }

    [IterationSetup]
    public void SetupIteration()
    {
        round++;
        var options = new SqliteVoucherStoreOptions { Synchronous = Synchronous };
        store = SqliteVoucherEventStore.OpenAsync(Path.Combine(folder, $"ledger-{round}.db"), options).AsTask().GetAwaiter().GetResult();
        ledger = StoredVoucherLedger.OpenAsync(programme, store).AsTask().GetAwaiter().GetResult();
        foreach (var command in new Func<VoucherLedger, LedgerResult>[]
        {
            l => l.Quote("o", Operations, 10, March),
            l => l.Confirm("o", March),
            l => l.Issue("o", March),
            l => l.Inject(1, Operations / 10, "d", March),
        })
        {
            ledger.RunAsync(command).AsTask().GetAwaiter().GetResult();
        }

        raw = new SqliteConnection($"Data Source={Path.Combine(folder, $"raw-{round}.db")}");
        raw.Open();
        Execute($"PRAGMA journal_mode = WAL; PRAGMA synchronous = {(Synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL")}; CREATE TABLE t (programme TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (programme, version)) WITHOUT ROWID;"
            + "CREATE TABLE e (programme TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, json TEXT NOT NULL, idempotency_key TEXT NOT NULL, PRIMARY KEY (programme, version)) WITHOUT ROWID;"
            + "CREATE UNIQUE INDEX e_key ON e (programme, idempotency_key) WHERE type <> 'passes-redeemed';"
            + "CREATE TABLE p (programme TEXT NOT NULL, pass INTEGER NOT NULL, version INTEGER NOT NULL, PRIMARY KEY (programme, pass)) WITHOUT ROWID;");
    }

    [IterationCleanup]
    public void CleanupIteration()
    {
        store.Dispose();
        raw.Dispose();
        SqliteConnection.ClearAllPools();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, true);

    /// <summary>Scans every pass once through the stored ledger: decide, append (one transaction), apply.</summary>
    [Benchmark(OperationsPerInvoke = 4_000)]
    public async Task<int> RedeemThroughTheStore()
    {
        var recorded = 0;
        for (var n = 1; n <= Operations; n++)
        {
            if ((await ledger.RedeemAsync(PassSerial.FromNumber(n), provider, "atelier", March)).Success)
            {
                recorded++;
            }
        }

        return recorded;
    }

    /// <summary>The physical limit: one-row insert transactions of an event-sized row, same table shape and settings.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 4_000)]
    public int RawInsert()
    {
        using var insert = raw.CreateCommand();
        insert.CommandText = "INSERT INTO t VALUES ('bench', $v, 'passes-redeemed', '2025-03-03T09:00:00Z', $j)";
        var version = insert.Parameters.Add("$v", SqliteType.Integer);
        var json = insert.Parameters.Add("$j", SqliteType.Text);
        for (var n = 1; n <= Operations; n++)
        {
            using var transaction = raw.BeginTransaction();
            version.Value = n;
            json.Value = $"{{\"type\":\"passes-redeemed\",\"redemption\":{n},\"provider\":\"73282932000116\",\"service\":\"atelier\",\"passes\":[{n}],\"at\":\"2025-03-03T09:00:00Z\",\"schemaVersion\":1}}";
            insert.Transaction = transaction;
            insert.ExecuteNonQuery();
            transaction.Commit();
        }

        return Operations;
    }

    /// <summary>
    /// What the store writes for a redemption, without the store: per transaction, the event row with its idempotency
    /// key (left out of the unique key index, as the store's schema 4 does) and the redeemed pass, in tables of the
    /// store's shape (two b-trees, where the raw insert touches one): the physical cost of the store's schema.
    /// </summary>
    /// <returns>The number of transactions.</returns>
    [Benchmark(OperationsPerInvoke = 4_000)]
    public int RawStoreShapedInsert()
    {
        using var insertEvent = raw.CreateCommand();
        insertEvent.CommandText = "INSERT INTO e VALUES ('bench', $v, 'passes-redeemed', '2025-03-03T09:00:00Z', $j, $k)";
        var version = insertEvent.Parameters.Add("$v", SqliteType.Integer);
        var json = insertEvent.Parameters.Add("$j", SqliteType.Text);
        var key = insertEvent.Parameters.Add("$k", SqliteType.Text);
        using var insertPass = raw.CreateCommand();
        insertPass.CommandText = "INSERT INTO p VALUES ('bench', $v, $v)";
        var pass = insertPass.Parameters.Add("$v", SqliteType.Integer);
        for (var n = 1; n <= Operations; n++)
        {
            using var transaction = raw.BeginTransaction();
            insertEvent.Transaction = insertPass.Transaction = transaction;
            version.Value = pass.Value = n;
            var text = $"{{\"type\":\"passes-redeemed\",\"redemption\":{n},\"provider\":\"73282932000116\",\"service\":\"atelier\",\"passes\":[{n}],\"at\":\"2025-03-03T09:00:00Z\",\"schemaVersion\":1}}";
            json.Value = text;
            key.Value = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
            insertEvent.ExecuteNonQuery();
            insertPass.ExecuteNonQuery();
            transaction.Commit();
        }

        return Operations;
    }

    private void Execute(string sql)
    {
        using var command = raw.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

using BenchmarkDotNet.Attributes;
using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.PostgreSql;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using Npgsql;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>
/// Redemptions through <see cref="StoredVoucherLedger"/> on a <see cref="PostgreSqlVoucherEventStore"/> (one writer),
/// beside the raw rate of one-row insert transactions of an event-sized row into a table of the same shape with the same
/// <c>synchronous_commit</c>: the physical limit. Needs a server named by <c>INCLUSION_POSTGRES</c>
/// (<c>eval "$(bash eng/postgres.sh start)"</c>); without it every benchmark returns at once, so the CI dry smoke runs
/// anywhere. Per-operation figures: divide by <see cref="Operations"/>.
/// </summary>
public class PostgreSqlStoreBenchmarks
{
    private static readonly Instant March = Instant.FromUtc(2025, 3, 3, 9, 0);
    private readonly string? server = Environment.GetEnvironmentVariable("INCLUSION_POSTGRES");
    private VoucherProgramme programme = null!;
    private Siret provider;
    private PostgreSqlVoucherEventStore store = null!;
    private StoredVoucherLedger ledger = null!;
    private NpgsqlConnection raw = null!;
    private string schema = null!;
    private int round;

    /// <summary>Gets or sets the number of redemptions (or inserts) per invocation.</summary>
    [Params(1_000)]
    public int Operations { get; set; }

    /// <summary>Gets or sets the <c>synchronous_commit</c> setting of both the store and the raw inserts.</summary>
    [Params(PostgreSqlSynchronousCommit.On, PostgreSqlSynchronousCommit.Off)]
    public PostgreSqlSynchronousCommit SynchronousCommit { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (server is null)
        {
            Console.WriteLine("PostgreSqlStoreBenchmarks: INCLUSION_POSTGRES is not set, nothing is measured (eval \"$(bash eng/postgres.sh start)\").");
            return;
        }

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
        if (server is null)
        {
            return;
        }

        round++;
        schema = $"bench_{Environment.ProcessId}_{round}";
        var options = new PostgreSqlVoucherStoreOptions { Schema = schema, SynchronousCommit = SynchronousCommit };
        store = PostgreSqlVoucherEventStore.OpenAsync(server, options).AsTask().GetAwaiter().GetResult();
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

        raw = new NpgsqlConnection(server);
        raw.Open();
        var setting = SynchronousCommit == PostgreSqlSynchronousCommit.On ? "on" : "off";
        Execute($"SET synchronous_commit TO {setting}; CREATE TABLE {schema}.t (programme text NOT NULL, version bigint NOT NULL, type text NOT NULL, at timestamptz NOT NULL, idempotency_key text NOT NULL, json text NOT NULL, PRIMARY KEY (programme, version), UNIQUE (programme, idempotency_key))");
    }

    [IterationCleanup]
    public void CleanupIteration()
    {
        if (server is null)
        {
            return;
        }

        Execute($"DROP SCHEMA {schema} CASCADE");
        raw.Dispose();
        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Scans every pass once through the stored ledger: decide, append (one transaction), apply.</summary>
    /// <returns>The number of redemptions recorded.</returns>
    [Benchmark(OperationsPerInvoke = 1_000)]
    public async Task<int> RedeemThroughTheStore()
    {
        var recorded = 0;
        for (var n = 1; server is not null && n <= Operations; n++)
        {
            if ((await ledger.RedeemAsync(PassSerial.FromNumber(n), provider, "atelier", March)).Success)
            {
                recorded++;
            }
        }

        return recorded;
    }

    /// <summary>The physical limit: one-row insert transactions (autocommit) of an event-sized row, same table shape and setting.</summary>
    /// <returns>The number of rows inserted.</returns>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1_000)]
    public int RawInsert()
    {
        if (server is null)
        {
            return 0;
        }

        using var insert = new NpgsqlCommand($"INSERT INTO {schema}.t VALUES ('bench', @v, 'passes-redeemed', '2025-03-03T09:00:00Z', @k, @j)", raw);
        var version = new NpgsqlParameter<long> { ParameterName = "v" };
        var key = new NpgsqlParameter<string> { ParameterName = "k" };
        var json = new NpgsqlParameter<string> { ParameterName = "j" };
        insert.Parameters.Add(version);
        insert.Parameters.Add(key);
        insert.Parameters.Add(json);
        for (var n = 1; n <= Operations; n++)
        {
            version.TypedValue = n;
            json.TypedValue = $"{{\"type\":\"passes-redeemed\",\"redemption\":{n},\"provider\":\"73282932000116\",\"service\":\"atelier\",\"passes\":[{n}],\"at\":\"2025-03-03T09:00:00Z\",\"schemaVersion\":1}}";
            key.TypedValue = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(json.TypedValue)));
            insert.ExecuteNonQuery();
        }

        return Operations;
    }

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, raw);
        command.ExecuteNonQuery();
    }
}

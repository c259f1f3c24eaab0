using Inclusion.Sdk.PostgreSql;
using Inclusion.Sdk.Vouchers;
using Npgsql;
using Xunit.Abstractions;
using static Inclusion.Sdk.Tests.Vouchers.VoucherScenario;

namespace Inclusion.Sdk.Tests.Vouchers.Stores;

/// <summary>
/// The store contract on PostgreSQL (each test in a fresh schema, dropped afterwards), and the PostgreSQL store's
/// refusals: foreign tables, a newer schema, an unreachable server, a connection lost in the middle of an append.
/// </summary>
public sealed class PostgreSqlVoucherEventStoreTests(ITestOutputHelper output) : VoucherEventStoreContract, IAsyncLifetime
{
    private readonly string? server = PostgresServer.ConnectionString(output);
    private readonly List<string> schemas = [];
    private readonly List<PostgreSqlVoucherEventStore> opened = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var s in opened)
        {
            await s.DisposeAsync();
        }

        if (server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresServer.DropAsync(server, schemas);
        }
    }

    [Fact]
    public async Task Reopening_keeps_the_events_and_records_the_migration_once()
    {
        if (server is null)
        {
            return;
        }

        var schema = Schema();
        await using (var store = await PostgreSqlVoucherEventStore.OpenAsync(server, Options(schema)))
        {
            Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync("p", 0, OneOfEach())).Outcome);
        }

        await using var again = await PostgreSqlVoucherEventStore.OpenAsync(server, new PostgreSqlVoucherStoreOptions { Schema = schema });
        Assert.Equal(OneOfEach().Count, await again.GetVersionAsync("p"));
        Assert.Equal(schema, again.Schema);
        Assert.Equal((long)PostgreSqlVoucherEventStore.SchemaVersion, await PostgresServer.ScalarAsync(server, $"SELECT COUNT(*) FROM \"{schema}\".voucher_store_migrations WHERE application = 'Inclusion.Sdk.PostgreSql/voucher-store'"));
        Assert.Equal(PostgreSqlVoucherEventStore.SchemaVersion, await PostgresServer.ScalarAsync(server, $"SELECT MAX(version) FROM \"{schema}\".voucher_store_migrations"));
    }

    [Fact]
    public async Task Instances_starting_together_migrate_once()
    {
        if (server is null)
        {
            return;
        }

        var schema = Schema();
        var stores = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => PostgreSqlVoucherEventStore.OpenAsync(server, Options(schema)).AsTask()));
        try
        {
            Assert.Equal((long)PostgreSqlVoucherEventStore.SchemaVersion, await PostgresServer.ScalarAsync(server, $"SELECT COUNT(*) FROM \"{schema}\".voucher_store_migrations"));
            Assert.Equal(AppendOutcome.Appended, (await stores[0].AppendAsync("p", 0, [OneOfEach()[0]])).Outcome);
            Assert.Equal(1, await stores[5].GetVersionAsync("p"));
        }
        finally
        {
            foreach (var s in stores)
            {
                await s.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_store_on_the_callers_data_source_leaves_it_open()
    {
        if (server is null)
        {
            return;
        }

        await using var dataSource = NpgsqlDataSource.Create(server);
        var schema = Schema();
        await using (var store = await PostgreSqlVoucherEventStore.OpenAsync(dataSource, Options(schema)))
        {
            Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync("p", 0, [OneOfEach()[0]])).Outcome);
        }

        await using var connection = await dataSource.OpenConnectionAsync();
        Assert.Equal(System.Data.ConnectionState.Open, connection.State);
    }

    [Fact]
    public async Task Tables_of_our_names_without_our_marker_are_foreign_and_left_as_they_were()
    {
        if (server is null)
        {
            return;
        }

        var schema = Schema();
        await PostgresServer.ExecuteAsync(server, $"CREATE SCHEMA \"{schema}\"; CREATE TABLE \"{schema}\".voucher_events (id integer PRIMARY KEY, name text)");
        var e = await Assert.ThrowsAsync<VoucherStoreException>(async () => await PostgreSqlVoucherEventStore.OpenAsync(server, Options(schema)));
        Assert.Equal("store.foreign", e.Code);
        Assert.Equal(1L, await PostgresServer.ScalarAsync(server, $"SELECT COUNT(*) FROM pg_tables WHERE schemaname = '{schema}'"));

        var other = Schema();
        await PostgresServer.ExecuteAsync(server, $"CREATE SCHEMA \"{other}\"; CREATE TABLE \"{other}\".voucher_store_migrations (version integer, application text, library text, applied_at timestamptz); INSERT INTO \"{other}\".voucher_store_migrations VALUES (1, 'another-app', '1.0', now())");
        Assert.Equal("store.foreign", (await Assert.ThrowsAsync<VoucherStoreException>(async () => await PostgreSqlVoucherEventStore.OpenAsync(server, Options(other)))).Code);
        Assert.Equal(1L, await PostgresServer.ScalarAsync(server, $"SELECT COUNT(*) FROM pg_tables WHERE schemaname = '{other}'"));
    }

    [Fact]
    public async Task A_schema_written_by_a_newer_version_is_refused()
    {
        if (server is null)
        {
            return;
        }

        var schema = Schema();
        await using (await PostgreSqlVoucherEventStore.OpenAsync(server, Options(schema)))
        {
        }

        await PostgresServer.ExecuteAsync(server, $"INSERT INTO \"{schema}\".voucher_store_migrations (version, application, library) VALUES (99, 'Inclusion.Sdk.PostgreSql/voucher-store', '9.0.0')");
        var e = await Assert.ThrowsAsync<VoucherStoreException>(async () => await PostgreSqlVoucherEventStore.OpenAsync(server, Options(schema)));
        Assert.Equal("store.newer-schema", e.Code);
        Assert.Contains("99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_unavailable()
    {
        if (server is null)
        {
            return;
        }

        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        var closed = new NpgsqlConnectionStringBuilder(server) { Port = 1, Timeout = 3 }.ConnectionString;
        var e = await Assert.ThrowsAsync<VoucherStoreException>(async () => await PostgreSqlVoucherEventStore.OpenAsync(closed, Options(Schema())));
        Assert.Equal("store.unavailable", e.Code);
        Assert.Contains("127.0.0.1:1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_connection_lost_in_the_middle_of_an_append_writes_nothing_and_the_next_call_works(bool redemption)
    {
        if (server is null)
        {
            return;
        }

        var schema = Schema();
        var application = "inclusion-lost-" + Guid.NewGuid().ToString("N")[..8];
        var storeConnection = new NpgsqlConnectionStringBuilder(server) { ApplicationName = application }.ConnectionString;
        await using var store = await PostgreSqlVoucherEventStore.OpenAsync(storeConnection, Options(schema));
        var events = OneOfEach();
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync("p", 0, [.. events.Take(5)])).Outcome);

        // Another session holds pass 2 uncommitted: the append below moves the stream and inserts its events, then waits
        // on that pass; its backend is terminated while it waits.
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var hold = await admin.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand($"INSERT INTO \"{schema}\".voucher_redeemed_passes (programme, pass, version) VALUES ('p', 2, 999)", admin, hold))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var scan = new PassesRedeemed(At(2025, 3, 1), 1, ProviderA, "atelier-2h", [1, 2]);
        var append = redemption ? store.AppendRedemptionAsync("p", 5, scan).AsTask() : store.AppendAsync("p", 5, [.. events.Skip(5)]).AsTask();
        long terminated = 0;
        for (var attempt = 0; attempt < 600 && terminated == 0 && !append.IsCompleted; attempt++)
        {
            await using var kill = new NpgsqlCommand("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = @a AND wait_event_type = 'Lock'", admin);
            kill.Parameters.AddWithValue("a", application);
            terminated = (long)(await kill.ExecuteScalarAsync())!;
            if (terminated == 0)
            {
                await Task.Delay(50);
            }
        }

        Assert.Equal(1, terminated);
        var e = await Assert.ThrowsAsync<VoucherStoreException>(() => append);
        Assert.Equal("store.unavailable", e.Code);
        await hold.RollbackAsync();

        // Nothing of the batch is there, the stream is consistent, and the store works again.
        Assert.Equal(5, await store.GetVersionAsync("p"));
        Assert.Equal(5L, await PostgresServer.ScalarAsync(server, $"SELECT COUNT(*) FROM \"{schema}\".voucher_events"));
        Assert.Equal(0L, await PostgresServer.ScalarAsync(server, $"SELECT COUNT(*) FROM \"{schema}\".voucher_redeemed_passes"));
        var next = redemption ? await store.AppendRedemptionAsync("p", 5, scan) : await store.AppendAsync("p", 5, [.. events.Skip(5)]);
        Assert.Equal(new AppendResult(AppendOutcome.Appended, redemption ? 6 : events.Count), next);
        Assert.Equal(next.Version, await store.GetVersionAsync("p"));
    }

    [Fact]
    public async Task An_event_whose_text_was_altered_is_refused_at_its_version()
    {
        if (server is null)
        {
            return;
        }

        var schema = Schema();
        await using var store = await PostgreSqlVoucherEventStore.OpenAsync(server, Options(schema));
        for (var i = 0; i < 5; i++)
        {
            await store.AppendRedemptionAsync("p", i, new PassesRedeemed(At(2025, 3, 1), i + 1, ProviderA, "atelier-2h", [i + 1]));
        }

        await PostgresServer.ExecuteAsync(server, $"UPDATE \"{schema}\".voucher_events SET json = replace(json, '\"passes\":[', '\"passes\":{{') WHERE version = 3");
        var e = await Assert.ThrowsAsync<VoucherStoreException>(async () =>
        {
            await foreach (var unused in store.ReadAsync("p"))
            {
            }
        });
        Assert.Equal("store.bad-event", e.Code);
        Assert.Contains("Event 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scan_retried_after_a_lost_answer_is_a_duplicate_and_another_scan_of_its_pass_is_refused()
    {
        if (server is null)
        {
            return;
        }

        await using var store = await PostgreSqlVoucherEventStore.OpenAsync(server, Options(Schema()));
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync("p", 0, [.. OneOfEach().Take(5)])).Outcome);
        var scan = new PassesRedeemed(At(2025, 3, 1), 1, ProviderA, "atelier-2h", [3, 4]);
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 6), await store.AppendRedemptionAsync("p", 5, scan));
        Assert.Equal(new AppendResult(AppendOutcome.Duplicate, 6), await store.AppendRedemptionAsync("p", 5, scan));
        Assert.Equal(new AppendResult(AppendOutcome.PassTaken, 6), await store.AppendRedemptionAsync("p", 6, new PassesRedeemed(At(2025, 3, 2), 1, ProviderA, "atelier-2h", [4])));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendRedemptionAsync("p", 6, new PassesRedeemed(At(2025, 3, 2), 1, ProviderA, "atelier-2h", [7, 7])));
        Assert.Equal(6, await store.GetVersionAsync("p"));
    }

    [Fact]
    public async Task Every_stored_key_is_the_sha256_of_the_stored_text()
    {
        if (server is null)
        {
            return;
        }

        var schema = Schema();
        await using var store = await PostgreSqlVoucherEventStore.OpenAsync(server, Options(schema));
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync("p", 0, [.. OneOfEach().Take(5)])).Outcome);
        await store.AppendRedemptionAsync("p", 5, new PassesRedeemed(At(2025, 3, 1), 42, ProviderA, "atelier « 2h »", [3]));
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync("p", 6, [.. OneOfEach().Skip(5)])).Outcome); // a redemption among them, numbered 2

        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand($"SELECT idempotency_key, json FROM \"{schema}\".voucher_events ORDER BY version", connection);
        await using var reader = await read.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            Assert.Equal(Inclusion.Sdk.Files.InclusionJson.IdempotencyKey(reader.GetString(1)), reader.GetString(0));
        }

        Assert.Equal(OneOfEach().Count + 1, rows);
        var redemptions = new List<long>();
        await foreach (var e in store.ReadAsync("p"))
        {
            if (e is PassesRedeemed r)
            {
                redemptions.Add(r.Redemption);
            }
        }

        Assert.Equal([1L, 2], redemptions);
    }

    [Fact]
    public async Task A_database_not_in_utf8_is_refused_and_left_as_it_was()
    {
        if (server is null)
        {
            return;
        }

        var database = "t_ascii_" + Guid.NewGuid().ToString("N")[..12];
        await PostgresServer.ExecuteAsync(server, $"CREATE DATABASE {database} ENCODING 'SQL_ASCII' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0");
        try
        {
            var ascii = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
            var e = await Assert.ThrowsAsync<VoucherStoreException>(async () => await PostgreSqlVoucherEventStore.OpenAsync(ascii, Options("inclusion")));
            Assert.Equal("store.bad-encoding", e.Code);
            Assert.Contains("SQL_ASCII", e.Message, StringComparison.Ordinal);
            Assert.Equal(0L, await PostgresServer.ScalarAsync(ascii, "SELECT COUNT(*) FROM pg_namespace WHERE nspname = 'inclusion'"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresServer.ExecuteAsync(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
        }
    }

    [Fact]
    public async Task Settings_out_of_range_are_refused_before_connecting()
    {
        await Assert.ThrowsAsync<ArgumentException>(async () => await PostgreSqlVoucherEventStore.OpenAsync("Host=127.0.0.1;Port=1", new PostgreSqlVoucherStoreOptions { Schema = "Robert'); DROP TABLE x;--" }));
        await Assert.ThrowsAsync<ArgumentException>(async () => await PostgreSqlVoucherEventStore.OpenAsync("Host=127.0.0.1;Port=1", new PostgreSqlVoucherStoreOptions { CommandTimeout = TimeSpan.Zero }));
        await Assert.ThrowsAsync<ArgumentException>(async () => await PostgreSqlVoucherEventStore.OpenAsync("Host=127.0.0.1;Port=1", new PostgreSqlVoucherStoreOptions { SynchronousCommit = (PostgreSqlSynchronousCommit)42 }));
    }

    protected override async ValueTask<IVoucherEventStore?> CreateStoreAsync()
    {
        if (server is null)
        {
            return null;
        }

        var store = await PostgreSqlVoucherEventStore.OpenAsync(server, Options(Schema()));
        opened.Add(store);
        return store;
    }

    private static PostgreSqlVoucherStoreOptions Options(string schema) =>
        new() { Schema = schema, SynchronousCommit = PostgreSqlSynchronousCommit.Off };

    private string Schema()
    {
        var schema = PostgresServer.NewSchema();
        schemas.Add(schema);
        return schema;
    }
}

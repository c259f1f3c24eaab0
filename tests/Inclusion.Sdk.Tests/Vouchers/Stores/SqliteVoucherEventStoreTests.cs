using Inclusion.Sdk.Files;
using Inclusion.Sdk.Sqlite;
using Inclusion.Sdk.Vouchers;
using Microsoft.Data.Sqlite;

namespace Inclusion.Sdk.Tests.Vouchers.Stores;

/// <summary>The store contract on a SQLite file, and the SQLite store's refusals of bad files.</summary>
public sealed class SqliteVoucherEventStoreTests : VoucherEventStoreContract, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("inclusion-sqlite-").FullName;
    private readonly List<SqliteVoucherEventStore> opened = [];

    public void Dispose()
    {
        foreach (var s in opened)
        {
            s.Dispose();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Reopening_a_file_keeps_its_events_and_schema()
    {
        var path = File(nameof(Reopening_a_file_keeps_its_events_and_schema));
        using (var store = await SqliteVoucherEventStore.OpenAsync(path))
        {
            Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync("p", 0, OneOfEach())).Outcome);
        }

        using var again = await SqliteVoucherEventStore.OpenAsync(path, new SqliteVoucherStoreOptions { Synchronous = SqliteSynchronous.Normal });
        Assert.Equal(OneOfEach().Count, await again.GetVersionAsync("p"));
        Assert.Equal((long)SqliteVoucherEventStore.SchemaVersion, Pragma(path, "user_version"));
        Assert.Equal("wal", PragmaText(path, "journal_mode"));
    }

    [Fact]
    public async Task A_schema_1_file_is_migrated_with_its_redeemed_passes_and_keys()
    {
        // A file as schema 1 wrote it: events only, keyed by (programme, version).
        var path = File("schema-1");
        var events = OneOfEach();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE voucher_events (programme TEXT NOT NULL, version INTEGER NOT NULL CHECK (version >= 1), type TEXT NOT NULL, at TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (programme, version)) WITHOUT ROWID; PRAGMA application_id = 1230193750; PRAGMA user_version = 1;";
            create.ExecuteNonQuery();
            for (var i = 0; i < events.Count; i++)
            {
                using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO voucher_events VALUES ('p', $v, $t, $a, $j)";
                insert.Parameters.AddWithValue("$v", i + 1);
                insert.Parameters.AddWithValue("$t", InclusionJson.SerializeEvent(events[i]).Split('"')[3]);
                insert.Parameters.AddWithValue("$a", events[i].At.ToString());
                insert.Parameters.AddWithValue("$j", InclusionJson.SerializeEvent(events[i]));
                insert.ExecuteNonQuery();
            }
        }

        using var store = await SqliteVoucherEventStore.OpenAsync(path);
        Assert.Equal((long)SqliteVoucherEventStore.SchemaVersion, Pragma(path, "user_version"));
        Assert.Equal(events.Count, await store.GetVersionAsync("p"));
        var redeemedAt = events.Select((e, i) => (e, i)).Single(x => x.e is PassesRedeemed).i + 1;
        Assert.Equal(new AppendResult(AppendOutcome.PassTaken, redeemedAt), await store.AppendRedemptionAsync("p", events.Count, new PassesRedeemed(VoucherScenario.At(2026, 3, 3), 9, VoucherScenario.ProviderA, "s", [2])));
        Assert.Equal(new AppendResult(AppendOutcome.Duplicate, 1), await store.AppendAsync("p", events.Count, [events[0]]));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, events.Count + 1), await store.AppendRedemptionAsync("p", events.Count, new PassesRedeemed(VoucherScenario.At(2026, 3, 3), 9, VoucherScenario.ProviderA, "s", [3])));
        var last = (PassesRedeemed)(await ReadAllAsync(store, "p")).Last();
        Assert.Equal(2, last.Redemption);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_and_left_as_it_was()
    {
        var path = File("text");
        await System.IO.File.WriteAllTextAsync(path, "programme,version\nthis is a CSV file, not a database\n");
        var before = await System.IO.File.ReadAllBytesAsync(path);
        Assert.Equal("store.not-a-database", (await Assert.ThrowsAsync<VoucherStoreException>(async () => await SqliteVoucherEventStore.OpenAsync(path))).Code);
        Assert.Equal(before, await System.IO.File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task A_foreign_database_is_refused()
    {
        var path = File("foreign");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)";
            create.ExecuteNonQuery();
        }

        var e = await Assert.ThrowsAsync<VoucherStoreException>(async () => await SqliteVoucherEventStore.OpenAsync(path));
        Assert.Equal("store.foreign", e.Code);
        Assert.Equal(0L, Pragma(path, "user_version"));
    }

    [Fact]
    public async Task A_store_written_by_a_newer_schema_is_refused()
    {
        var path = File("newer");
        using (await SqliteVoucherEventStore.OpenAsync(path))
        {
        }

        SqliteConnection.ClearAllPools();
        Execute(path, "PRAGMA user_version = 99");
        var e = await Assert.ThrowsAsync<VoucherStoreException>(async () => await SqliteVoucherEventStore.OpenAsync(path));
        Assert.Equal("store.newer-schema", e.Code);
        Assert.Contains("99", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_file_is_refused_and_left_as_it_was()
    {
        var path = File("read-only");
        using (var store = await SqliteVoucherEventStore.OpenAsync(path))
        {
            await store.AppendAsync("p", 0, OneOfEach());
        }

        SqliteConnection.ClearAllPools();
        var before = await System.IO.File.ReadAllBytesAsync(path);
        System.IO.File.SetAttributes(path, FileAttributes.ReadOnly); // on Unix: the write bits are cleared
        Assert.Equal("store.read-only", (await Assert.ThrowsAsync<VoucherStoreException>(async () => await SqliteVoucherEventStore.OpenAsync(path))).Code);
        Assert.Equal(before, await System.IO.File.ReadAllBytesAsync(path));
        System.IO.File.SetAttributes(path, FileAttributes.Normal);
    }

    [Fact]
    public async Task A_truncated_file_is_refused()
    {
        var path = await FilledStore("truncated");
        var bytes = await System.IO.File.ReadAllBytesAsync(path);
        await System.IO.File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)]);
        var e = await Assert.ThrowsAsync<VoucherStoreException>(async () => await OpenAndReadAll(path));
        Assert.Contains(e.Code, new[] { "store.corrupt", "store.not-a-database" });
    }

    [Fact]
    public async Task A_damaged_page_is_refused()
    {
        var path = await FilledStore("damaged");
        var bytes = await System.IO.File.ReadAllBytesAsync(path);
        var pageSize = (bytes[16] << 8) | bytes[17];
        Array.Fill(bytes, (byte)0xA5, 2 * pageSize, 64); // the b-tree header of page 3
        await System.IO.File.WriteAllBytesAsync(path, bytes);
        var e = await Assert.ThrowsAsync<VoucherStoreException>(async () => await OpenAndReadAll(path));
        Assert.Contains(e.Code, new[] { "store.corrupt", "store.not-a-database" });
    }

    [Fact]
    public async Task An_event_whose_text_was_altered_is_refused_at_its_version()
    {
        var path = await FilledStore("altered");
        Execute(path, "UPDATE voucher_events SET json = replace(json, '\"passes\":[', '\"passes\":{') WHERE version = 3");
        var e = await Assert.ThrowsAsync<VoucherStoreException>(async () => await OpenAndReadAll(path));
        Assert.Equal("store.bad-event", e.Code);
        Assert.Contains("Event 3", e.Message, StringComparison.Ordinal);
    }

    protected override async ValueTask<IVoucherEventStore> CreateStoreAsync()
    {
        var store = await SqliteVoucherEventStore.OpenAsync(File(Guid.NewGuid().ToString("N")), new SqliteVoucherStoreOptions { Synchronous = SqliteSynchronous.Normal });
        opened.Add(store);
        return store;
    }

    private static async Task<List<VoucherEvent>> ReadAllAsync(IVoucherEventStore store, string programme)
    {
        var list = new List<VoucherEvent>();
        await foreach (var e in store.ReadAsync(programme))
        {
            list.Add(e);
        }

        return list;
    }

    private static async Task OpenAndReadAll(string path)
    {
        using var store = await SqliteVoucherEventStore.OpenAsync(path);
        await foreach (var unused in store.ReadAsync("p"))
        {
        }
    }

    private async Task<string> FilledStore(string name)
    {
        var path = File(name);
        using (var store = await SqliteVoucherEventStore.OpenAsync(path, new SqliteVoucherStoreOptions { Synchronous = SqliteSynchronous.Normal }))
        {
            for (var i = 0; i < 400; i++)
            {
                await store.AppendAsync("p", i, [new PassesRedeemed(VoucherScenario.At(2025, 3, 1), i + 1, VoucherScenario.ProviderA, "atelier-2h", [i + 1])]);
            }
        }

        SqliteConnection.ClearAllPools();
        Assert.False(System.IO.File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0, "the WAL was checkpointed at close");
        return path;
    }

    private string File(string name) => Path.Combine(folder, name + ".db");

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Pragma(string path, string name) => Convert.ToInt64(PragmaText(path, name), System.Globalization.CultureInfo.InvariantCulture);

    private static string PragmaText(string path, string name)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}

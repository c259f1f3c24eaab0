using System.Text.Json;
using Inclusion.Cli;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Sqlite;
using Inclusion.Sdk.Tests.Vouchers;
using Inclusion.Sdk.Vouchers;
using Microsoft.Data.Sqlite;

namespace Inclusion.Sdk.Tests.Cli;

/// <summary>
/// <c>inclusion vouchers import|scan|settle --store|close|statements</c> against temporary SQLite stores, on the sample
/// programme of docs/samples/vouchers (docs/vouchers.md "Working with a store").
/// </summary>
public sealed class VouchersStoreCliTests : IDisposable
{
    private static readonly string Programme = WorkedExample.SamplePath("programme.json");
    private static readonly string Events = WorkedExample.SamplePath("events.jsonl");
    private static readonly string[] Lines = File.ReadAllLines(Events);

    private readonly DirectoryInfo dir = Directory.CreateTempSubdirectory("inclusion-cli-store-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        dir.Delete(true);
    }

    private static (int Exit, string Output, string Error) Run(params string[] args) => CliRunner.Run(args);

    private string PathOf(string name) => Path.Combine(dir.FullName, name);

    /// <summary>The first <paramref name="count"/> lines of the sample log, as a file named <paramref name="name"/>.</summary>
    private string Prefix(int count, string name = "events.jsonl")
    {
        var path = PathOf(name);
        File.WriteAllLines(path, Lines[..count]);
        return path;
    }

    private static async Task<long> VersionOf(string store)
    {
        using var opened = await SqliteVoucherEventStore.OpenAsync(store);
        return await opened.GetVersionAsync("gironde-2025");
    }

    /// <summary>The version of the snapshot the store keeps (0: none).</summary>
    private static async Task<long> SnapshotOf(string store)
    {
        using var opened = await SqliteVoucherEventStore.OpenAsync(store);
        return (await opened.ReadSnapshotAsync("gironde-2025"))?.Version ?? 0;
    }

    private static JsonElement Json(string output)
    {
        using var document = JsonDocument.Parse(output); // exactly one JSON document, or it throws
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task The_imported_sample_prints_the_statements_of_settle_events_and_a_second_import_appends_nothing()
    {
        var store = PathOf("ledger.db");
        var (exit, output, error) = Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Events);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal("events.jsonl: 516 events, 0 already in ledger.db, 516 appended; the programme is at version 516.", output.Trim());
        Assert.Equal(516, await VersionOf(store));

        foreach (var format in new[] { "text", "json" })
        {
            var fromStore = Run("vouchers", "statements", "--store", store, "--programme", Programme, "--format", format);
            var fromFile = Run("vouchers", "settle", "--programme", Programme, "--events", Events, "--format", format);
            Assert.Equal(0, fromStore.Exit);
            Assert.Equal(fromFile.Output, fromStore.Output);
            fromStore = Run("vouchers", "statements", "--store", store, "--programme", Programme, "--format", format, "--month", "2025-04");
            fromFile = Run("vouchers", "settle", "--programme", Programme, "--events", Events, "--format", format, "--month", "2025-04");
            Assert.Equal(fromFile.Output, fromStore.Output);
        }

        (exit, output, _) = Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Events, "--format", "json");
        Assert.Equal(0, exit);
        var json = Json(output);
        Assert.Equal(516, json.GetProperty("alreadyStored").GetInt32());
        Assert.Equal(0, json.GetProperty("appended").GetInt32());
        Assert.Equal(516, json.GetProperty("version").GetInt32());
        (_, output, _) = Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Events, "--lang", "fr");
        Assert.Contains("516 déjà dans ledger.db, rien n'a été ajouté", output, StringComparison.Ordinal);
        Assert.Equal(516, await VersionOf(store));
    }

    [Fact]
    public async Task An_import_continues_the_stored_events_in_batches_and_appends_only_the_rest()
    {
        var store = PathOf("ledger.db");
        Assert.Equal(0, Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Prefix(100, "first.jsonl")).Exit);
        Assert.Equal(100, await VersionOf(store));

        var (exit, output, _) = Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Events);
        Assert.Equal(0, exit);
        Assert.Contains("516 events, 100 already in ledger.db, 416 appended", output, StringComparison.Ordinal);

        // A shorter log than the store is a prefix: nothing to append, and the output says the store holds more.
        (exit, output, _) = Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Prefix(100, "first.jsonl"));
        Assert.Equal(0, exit);
        Assert.Contains("100 already in ledger.db, nothing appended; the programme is at version 516", output, StringComparison.Ordinal);
        Assert.Contains("416 more events than the log", output, StringComparison.Ordinal);

        // Batches: a log longer than one batch lands whole, at consecutive versions.
        var memory = new InMemoryVoucherEventStore();
        var events = Enumerable.Range(0, 3).SelectMany(_ => VoucherEventFile.Replay(WorkedExample.Programme(), Events).Value!.Events()).ToList();
        var outcome = await VouchersCommand.ImportAsync(memory, "p", events, CancellationToken.None);
        Assert.True(events.Count > VouchersCommand.ImportBatchSize / 4);
        Assert.Equal(events.Count, outcome.Appended);
        Assert.Equal(events.Count, await memory.GetVersionAsync("p"));
    }

    [Fact]
    public async Task An_import_that_differs_from_the_stored_events_is_located_at_its_line_and_appends_nothing()
    {
        var store = PathOf("ledger.db");
        Assert.Equal(0, Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Prefix(200, "first.jsonl")).Exit);
        var changed = PathOf("changed.jsonl");
        Assert.Contains("\"B099\"", Lines[103], StringComparison.Ordinal);
        File.WriteAllLines(changed, [.. Lines[..103], Lines[103].Replace("\"B099\"", "\"B199\"", StringComparison.Ordinal), .. Lines[104..]]);

        var (exit, output, error) = Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", changed);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("changed.jsonl:", error, StringComparison.Ordinal);
        Assert.Contains("store.import-mismatch", error, StringComparison.Ordinal);
        Assert.Contains("row 104", error, StringComparison.Ordinal);
        Assert.Contains("B099", error, StringComparison.Ordinal);
        Assert.Equal(200, await VersionOf(store));

        (exit, output, _) = Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", changed, "--format", "json", "--lang", "fr");
        Assert.Equal(1, exit);
        var issue = Assert.Single(Json(output).GetProperty("issues").EnumerateArray());
        Assert.Equal("store.import-mismatch", issue.GetProperty("ruleCode").GetString());
        Assert.Equal(104, issue.GetProperty("location").GetProperty("row").GetInt32());
        Assert.Equal(200, await VersionOf(store));
    }

    [Fact]
    public async Task An_invalid_log_stores_nothing_and_creates_no_store()
    {
        var broken = PathOf("broken.jsonl");
        File.WriteAllLines(broken, [.. Lines[..3], "{\"type\":", .. Lines[4..]]);
        var store = PathOf("ledger.db");
        var (exit, output, error) = Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", broken);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("file.json.malformed", error, StringComparison.Ordinal);
        Assert.False(File.Exists(store));

        Assert.Equal(0, Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Prefix(2)).Exit);
        // A rule error late in the log (a repeated scan on the last line) stores none of the valid lines before it.
        var repeated = PathOf("repeated.jsonl");
        File.WriteAllLines(repeated, [.. Lines[..^3], Lines[105]]);
        (exit, output, error) = Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", repeated, "--format", "json");
        Assert.Equal(1, exit);
        Assert.Equal("voucher-file.repeated-scan", Json(output).GetProperty("issues")[0].GetProperty("ruleCode").GetString());
        Assert.Contains("voucher-file.repeated-scan", error, StringComparison.Ordinal);
        Assert.Equal(2, await VersionOf(store));
    }

    [Fact]
    public async Task Scan_records_a_redemption_answers_a_repeat_with_the_original_and_rejects_an_unknown_pass()
    {
        var store = PathOf("ledger.db");
        var prefix = Prefix(512); // October 2025 scanned, not yet settled
        Assert.Equal(0, Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", prefix).Exit);
        var ledger = VoucherEventFile.Replay(WorkedExample.Programme(), prefix).Value!;
        var unused = Enumerable.Range(1, 2000).Select(n => PassSerial.FromNumber(n)).First(p => ledger.StatusOf(p) == PassStatus.Handed);
        string[] scan = ["vouchers", "scan", "--store", store, "--programme", Programme, "--pass", unused.ToString(), "--provider", "732 829 320 00116", "--service", "atelier-1h", "--at", "2025-10-31T10:00:00+01:00"];

        var (exit, output, error) = Run(scan);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.Equal($"Redemption 401 recorded: {unused} at 73282932000116, atelier-1h, 2025-10-31T09:00:00Z (version 513).", output.Trim());
        Assert.Equal(513, await VersionOf(store));

        (exit, output, _) = Run([.. scan[..^2], "--at", "2025-10-31T18:00:00+01:00", "--format", "json"]);
        Assert.Equal(0, exit);
        var json = Json(output);
        Assert.Equal("repeat", json.GetProperty("outcome").GetString());
        Assert.Equal(401, json.GetProperty("event").GetProperty("redemption").GetInt32());
        Assert.Equal("2025-10-31T09:00:00Z", json.GetProperty("event").GetProperty("at").GetString());
        Assert.Equal(unused.ToString(), json.GetProperty("passes")[0].GetString());
        (_, output, _) = Run([.. scan, "--lang", "fr"]);
        Assert.StartsWith("Scan répété : rédemption 401", output, StringComparison.Ordinal);
        Assert.Equal(513, await VersionOf(store));

        string[] unknown = ["vouchers", "scan", "--store", store, "--programme", Programme, "--pass", PassSerial.FromNumber(5000).ToString(), "--provider", "73282932000116", "--service", "atelier-1h", "--at", "2025-10-31T11:00:00+01:00"];
        (exit, output, error) = Run(unknown);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("pass.unknown", error, StringComparison.Ordinal);
        (exit, output, _) = Run([.. unknown, "--format", "json"]);
        Assert.Equal(1, exit);
        Assert.Equal("pass.unknown", Json(output).GetProperty("issues")[0].GetProperty("ruleCode").GetString());

        // A mistyped serial is refused before the store is touched.
        (exit, _, error) = Run("vouchers", "scan", "--store", store, "--programme", Programme, "--pass", "0000000019", "--provider", "73282932000116", "--service", "atelier-1h");
        Assert.Equal(1, exit);
        Assert.Contains("pass-serial.check-digit", error, StringComparison.Ordinal);
        Assert.Equal(513, await VersionOf(store));

        // Settling October records it and prints October's statements, the new scan included.
        string[] settle = ["vouchers", "settle", "--store", store, "--programme", Programme, "--month", "2025-10", "--at", "2025-11-03T10:00:00+01:00"];
        (exit, output, _) = Run(settle);
        Assert.Equal(0, exit);
        Assert.Contains("Provider statements — scans of 2025-10", output, StringComparison.Ordinal);
        Assert.Contains("2025-10     2025-11  73282932000116       1        10.00         0.40         0.08        9.60  yes", output, StringComparison.Ordinal);
        Assert.Equal(514, await VersionOf(store));
        Assert.Equal(output, Run("vouchers", "statements", "--store", store, "--programme", Programme, "--month", "2025-10").Output);
        (exit, output, _) = Run([.. settle, "--format", "json"]);
        Assert.Equal(1, exit);
        Assert.Equal("settlement.already-settled", Json(output).GetProperty("issues")[0].GetProperty("ruleCode").GetString());

        // A scan of several passes (of one order, for one service) is one redemption.
        var next = Enumerable.Range(1, 2000).Select(n => PassSerial.FromNumber(n)).Where(p => p != unused && ledger.StatusOf(p) == PassStatus.Handed).Take(2).ToArray();
        (exit, output, _) = Run("vouchers", "scan", "--store", store, "--programme", Programme, "--pass", next[0].ToString(), "--pass", next[1].ToString(), "--provider", "73282932000124", "--service", "atelier-2h", "--at", "2025-11-05T10:00:00+01:00", "--format", "json");
        Assert.Equal(0, exit);
        json = Json(output);
        Assert.Equal("recorded", json.GetProperty("outcome").GetString());
        Assert.Equal(402, json.GetProperty("event").GetProperty("redemption").GetInt32());
        Assert.Equal([next[0].ToString(), next[1].ToString()], json.GetProperty("passes").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(515, await VersionOf(store));
    }

    [Fact]
    public async Task Close_is_refused_with_what_blocks_it_then_accepted_and_the_store_equals_the_sample()
    {
        var store = PathOf("ledger.db");
        Assert.Equal(0, Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Prefix(513)).Exit);
        string[] close = ["vouchers", "close", "--store", store, "--programme", Programme, "--at", "2026-02-07T10:00:00+01:00"];
        var (exit, output, error) = Run(close);
        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("programme.open-passes", error, StringComparison.Ordinal);
        (exit, output, _) = Run([.. close, "--format", "json"]);
        Assert.Equal(1, exit);
        Assert.Contains(Json(output).GetProperty("issues").EnumerateArray(), i => i.GetProperty("ruleCode").GetString() == "programme.open-passes");
        Assert.Equal(513, await VersionOf(store));
        Assert.Equal(513, await SnapshotOf(store)); // kept by the import; the refused close (decided from it) adds none

        // The block and the expiry, then the close at the sample's instant: the store holds the sample's 516 events.
        (_, output, _) = Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Prefix(515));
        Assert.Contains("513 already in ledger.db, 2 appended", output, StringComparison.Ordinal);
        Assert.Equal(515, await SnapshotOf(store));
        (exit, output, error) = Run([.. close, "--format", "json"]);
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        Assert.True(Json(output).GetProperty("closing").GetProperty("final").GetBoolean());
        Assert.Equal(516, await SnapshotOf(store));
        Assert.Equal(Run("vouchers", "settle", "--programme", Programme, "--events", Events, "--format", "json").Output, output);
        Assert.Equal(Run("vouchers", "settle", "--programme", Programme, "--events", Events).Output, Run("vouchers", "statements", "--store", store, "--programme", Programme).Output);

        (exit, _, error) = Run(close);
        Assert.Equal(1, exit);
        Assert.Contains("programme.closed", error, StringComparison.Ordinal);
        Assert.Equal(0, Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Events).Exit);
        Assert.Equal(516, await VersionOf(store));
    }

    /// <summary>
    /// Runs the bash block of docs/vouchers.md "Working with a store from the command line": <c>P=…</c> sets a variable,
    /// <c>head -n N file &gt; copy</c> copies lines, each <c>inclusion …</c> line runs in process (files other than
    /// <c>docs/…</c> in a temporary folder); a following <c># → text</c> must be in its standard output, and
    /// <c># exit N: code …</c> sets the exit code expected (0 otherwise) and a rule code expected on standard error.
    /// </summary>
    [Fact]
    public void The_walk_through_of_docs_vouchers_md_runs()
    {
        var doc = File.ReadAllText(RepoFiles.RepoPath("docs/vouchers.md"));
        var section = doc[doc.IndexOf("## Working with a store from the command line", StringComparison.Ordinal)..];
        var start = section.IndexOf("```bash\n", StringComparison.Ordinal) + "```bash\n".Length;
        var lines = section[start..section.IndexOf("```", start, StringComparison.Ordinal)].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        string Resolve(string path) => path.StartsWith("docs/", StringComparison.Ordinal) ? RepoFiles.RepoPath(path) : PathOf(path);
        var commands = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var words = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.StartsWith('$') ? variables[w[1..]] : w).ToArray();
            if (words[0].Contains('=', StringComparison.Ordinal))
            {
                var (name, value) = (words[0][..words[0].IndexOf('=', StringComparison.Ordinal)], words[0][(words[0].IndexOf('=', StringComparison.Ordinal) + 1)..]);
                variables[name] = value;
            }
            else if (words[0] == "head")
            {
                Assert.Equal(["-n", ">"], [words[1], words[4]]);
                File.WriteAllLines(Resolve(words[5]), File.ReadLines(Resolve(words[3])).Take(int.Parse(words[2], System.Globalization.CultureInfo.InvariantCulture)));
            }
            else if (words[0] == "inclusion")
            {
                var args = words[1..].Select((w, k) => k > 0 && words[k] is "--store" or "--events" or "--programme" ? Resolve(w) : w).ToArray();
                var (exit, output, error) = Run(args);
                commands++;
                var expectedExit = 0;
                for (; i + 1 < lines.Length && lines[i + 1].StartsWith('#'); i++)
                {
                    var note = lines[i + 1];
                    if (note.StartsWith("# → ", StringComparison.Ordinal))
                    {
                        Assert.Contains(note["# → ".Length..], output, StringComparison.Ordinal);
                    }
                    else if (note.StartsWith("# exit ", StringComparison.Ordinal))
                    {
                        expectedExit = note["# exit ".Length] - '0';
                        Assert.Contains(note.Split(": ", 2)[1].Split(' ')[0], error, StringComparison.Ordinal);
                    }
                }

                Assert.True(expectedExit == exit, $"{lines[i]}\nexit {exit}\n{error}");
            }
        }

        Assert.Equal(7, commands);
    }

    [Theory]
    [InlineData("scan", "--pass", "{pass1}", "--provider", "73282932000116", "--service", "atelier-2h")]
    [InlineData("settle", "--month", "2025-03")]
    [InlineData("close")]
    [InlineData("statements")]
    public void A_missing_store_is_refused_and_not_created(params string[] command)
    {
        var store = PathOf("typo.db");
        string[] args = ["vouchers", command[0], "--store", store, "--programme", Programme, .. command[1..].Select(a => a.Replace("{pass1}", PassSerial.FromNumber(1).ToString(), StringComparison.Ordinal))];
        var (exit, output, error) = Run(args);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("store.missing", error, StringComparison.Ordinal);
        Assert.Contains("inclusion vouchers import", error, StringComparison.Ordinal);
        (exit, output, error) = Run([.. args, "--format", "json", "--lang", "fr"]);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("Aucun magasin de bons", error, StringComparison.Ordinal);
        Assert.Equal("store.missing", Assert.Single(Json(output).GetProperty("issues").EnumerateArray()).GetProperty("ruleCode").GetString());
        Assert.False(File.Exists(store));
    }

    [Fact]
    public void The_line_of_an_event_skips_blank_lines_as_the_reader_does()
    {
        var log = "\uFEFF{\"a\":1}\r\n\r\n   \n{\"b\":2}\n\t\n{\"c\":3}"u8.ToArray();
        Assert.Equal(1, VouchersCommand.LineOfEvent(new MemoryStream(log), 0));
        Assert.Equal(4, VouchersCommand.LineOfEvent(new MemoryStream(log), 1));
        Assert.Equal(6, VouchersCommand.LineOfEvent(new MemoryStream(log), 2));
    }

    [Fact]
    public async Task A_read_only_store_and_a_store_of_a_newer_schema_are_refused_with_their_codes()
    {
        var store = PathOf("ledger.db");
        Assert.Equal(0, Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Prefix(10)).Exit);
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={store};Pooling=False"))
        {
            connection.Open();
            using var newer = connection.CreateCommand();
            newer.CommandText = $"PRAGMA user_version = {SqliteVoucherEventStore.SchemaVersion + 1}";
            newer.ExecuteNonQuery();
        }

        var (exit, _, error) = Run("vouchers", "statements", "--store", store, "--programme", Programme, "--lang", "fr");
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.StartsWith("ledger.db error store.newer-schema: ", error, StringComparison.Ordinal);
        Assert.Contains("version plus récente", error, StringComparison.Ordinal);

        var other = PathOf("other.db");
        Assert.Equal(0, Run("vouchers", "import", "--store", other, "--programme", Programme, "--events", Prefix(10)).Exit);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(other, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        (exit, var output, error) = Run("vouchers", "import", "--store", other, "--programme", Programme, "--events", Prefix(20, "more.jsonl"), "--format", "json");
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("store.read-only", error, StringComparison.Ordinal);
        Assert.Equal("store.read-only", Assert.Single(Json(output).GetProperty("issues").EnumerateArray()).GetProperty("ruleCode").GetString());
        File.SetUnixFileMode(other, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Assert.Equal(10, await VersionOf(other));
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_a_located_error_with_its_code_and_no_stack_trace()
    {
        var text = PathOf("notes.db");
        File.WriteAllText(text, "programme,version\nthis is a CSV file, not a database\n");
        var before = File.ReadAllBytes(text);
        var (exit, output, error) = Run("vouchers", "statements", "--store", text, "--programme", Programme);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("notes.db error store.not-a-database: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        (exit, _, error) = Run("vouchers", "import", "--store", text, "--programme", Programme, "--events", Events, "--lang", "fr");
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("n'est pas une base SQLite", error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(text));

        var foreign = PathOf("crm.db");
        using (var connection = new SqliteConnection($"Data Source={foreign};Pooling=False"))
        {
            connection.Open();
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)";
            create.ExecuteNonQuery();
        }

        (exit, output, error) = Run("vouchers", "close", "--store", foreign, "--programme", Programme, "--format", "json");
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("store.foreign", error, StringComparison.Ordinal);
        var issue = Assert.Single(Json(output).GetProperty("issues").EnumerateArray());
        Assert.Equal("store.foreign", issue.GetProperty("ruleCode").GetString());
        Assert.Equal("crm.db", issue.GetProperty("location").GetProperty("source").GetString());

        (exit, _, error) = Run("vouchers", "statements", "--store", dir.FullName, "--programme", Programme);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("is a directory", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Host=localhost;Database=vouchers;Username=app;Password=s3cret", true)]
    [InlineData("server = db.example.org; database=vouchers; password=s3cret", true)]
    [InlineData("postgresql://app:s3cret@localhost/vouchers", true)]
    [InlineData("postgres://localhost/vouchers", true)]
    [InlineData("ledger.db", false)]
    [InlineData("/var/lib/inclusion/ledger.db", false)]
    [InlineData("C:\\data\\host=1.db", false)]
    public void A_postgresql_connection_string_is_recognised(string store, bool postgreSql) =>
        Assert.Equal(postgreSql, VoucherStoreLocation.LooksLikePostgreSql(store));

    [Fact]
    public void An_unreachable_postgresql_server_is_a_located_store_error_without_the_password()
    {
        var (exit, output, error) = Run("vouchers", "statements", "--store", "Host=127.0.0.1;Port=1;Database=vouchers;Username=app;Password=s3cret;Timeout=3", "--programme", Programme, "--format", "json");
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.DoesNotContain("s3cret", error + output, StringComparison.Ordinal);
        Assert.Equal("store.unavailable", Assert.Single(Json(output).GetProperty("issues").EnumerateArray()).GetProperty("ruleCode").GetString());
    }

    [Fact]
    public async Task Import_and_statements_work_on_postgresql_as_on_sqlite()
    {
        if (Vouchers.Stores.PostgresServer.ConnectionString(null) is not { } server)
        {
            return; // outside CI without a server (with CI set, ConnectionString fails the test instead)
        }

        await Vouchers.Stores.PostgresServer.ExecuteAsync(server, "DROP SCHEMA IF EXISTS inclusion CASCADE");
        try
        {
            Assert.Equal(0, Run("vouchers", "import", "--store", server, "--programme", Programme, "--events", Events).Exit);
            var again = Run("vouchers", "import", "--store", server, "--programme", Programme, "--events", Events);
            Assert.Equal(0, again.Exit);
            Assert.Contains("nothing appended", again.Output, StringComparison.Ordinal);
            var fromStore = Run("vouchers", "statements", "--store", server, "--programme", Programme, "--format", "json");
            var fromFile = Run("vouchers", "settle", "--events", Events, "--programme", Programme, "--format", "json");
            Assert.Equal(0, fromStore.Exit);
            Assert.Equal(fromFile.Output, fromStore.Output);
        }
        finally
        {
            await Vouchers.Stores.PostgresServer.ExecuteAsync(server, "DROP SCHEMA IF EXISTS inclusion CASCADE");
        }
    }

    [Theory]
    [InlineData("settle", "--events", "{events}", "--store", "{store}", "--month", "2025-03")]
    [InlineData("settle", "--store", "{store}")]
    [InlineData("settle", "--events", "{events}", "--at", "2025-04-01T08:00:00Z")]
    [InlineData("close", "--store", "{store}", "--at", "2026-02-07")]
    [InlineData("close", "--store", "{store}", "--at", "tomorrow")]
    [InlineData("statements", "--store", "{store}", "--month", "March")]
    public void Contradictory_or_malformed_options_are_usage_errors_with_one_json_document(params string[] command)
    {
        var store = PathOf("ledger.db");
        Assert.Equal(0, Run("vouchers", "import", "--store", store, "--programme", Programme, "--events", Prefix(10)).Exit);
        var args = command.Select(a => a.Replace("{events}", Events, StringComparison.Ordinal).Replace("{store}", store, StringComparison.Ordinal)).ToArray();
        var (exit, output, error) = Run(["vouchers", .. args, "--programme", Programme, "--format", "json"]);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("Run 'inclusion --help'", error, StringComparison.Ordinal);
        Assert.Equal("cli.usage", Assert.Single(Json(output).GetProperty("issues").EnumerateArray()).GetProperty("ruleCode").GetString());
    }
}

using System.Diagnostics;
using System.Globalization;
using Inclusion.Sdk.PostgreSql;
using Inclusion.Sdk.Sqlite;
using Inclusion.Sdk.Sqlite.Worker;
using Inclusion.Sdk.Vouchers;
using Microsoft.Data.Sqlite;
using Npgsql;
using Xunit.Abstractions;

namespace Inclusion.Sdk.Tests.Vouchers.Stores;

/// <summary>
/// Several processes (not threads) on one store, through <see cref="StoredVoucherLedger"/> with no retry loop in the
/// caller (tests/Inclusion.Sdk.Sqlite.Worker); and writers killed with SIGKILL while they append. One subclass per
/// durable store.
/// </summary>
public abstract class StoreProcessTests
{
    private const int Passes = 10_000;

    /// <summary>A new, empty store for the worker (its <c>&lt;db&gt;</c> argument); <see langword="null"/>: the test returns early.</summary>
    /// <param name="name">A name for it.</param>
    /// <returns>The worker's argument.</returns>
    protected abstract string? NewTarget(string name);

    /// <summary>Opens the store anew (after the workers ended or were killed) and replays its ledger.</summary>
    /// <param name="target">The worker's argument.</param>
    /// <returns>The ledger, replayed.</returns>
    protected abstract Task<(StoredVoucherLedger Ledger, List<VoucherEvent> Events)> ReopenAsync(string target);

    [Fact]
    public async Task Eight_processes_redeem_an_overlapping_set_of_10000_passes_exactly_once()
    {
        if (NewTarget("ledger") is not { } db)
        {
            return;
        }

        await RunToEnd("setup", db, Passes.ToString(CultureInfo.InvariantCulture));

        // Worker w scans passes w·1250+1 … w·1250+2500 (wrapping): every pass is scanned by two processes at once.
        var workers = Enumerable.Range(0, 8).Select(w => Start("redeem", db, Text((w * 1250) + 1), Text(2500), Text(w), Text(Passes))).ToList();
        var outputs = await Task.WhenAll(workers.Select(ReadToEnd));
        var acknowledged = outputs.SelectMany(o => o.Lines.Where(l => l.StartsWith("A ", StringComparison.Ordinal))).Select(Ack).ToList();
        var declined = outputs.Sum(o => o.Lines.Count(l => l.StartsWith("D ", StringComparison.Ordinal)));
        Assert.All(outputs, o => Assert.True(o.ExitCode == 0, o.Error + string.Join('\n', o.Lines.TakeLast(3))));

        // Every pass redeemed exactly once, every scan decided (recorded, or declined as already redeemed).
        Assert.Equal(Passes, acknowledged.Count);
        Assert.Equal(Passes, acknowledged.Select(a => a.Pass).Distinct().Count());
        Assert.Equal(8 * 2500, acknowledged.Count + declined);

        var (ledger, events) = await ReopenAsync(db);
        var redemptions = events.OfType<PassesRedeemed>().ToList();
        Assert.Equal(Passes, redemptions.Count);
        Assert.Equal(Passes, redemptions.SelectMany(r => r.Passes).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, Passes).Select(n => (long)n), redemptions.Select(r => r.Redemption));
        Assert.All(acknowledged, a => Assert.Equal(a.Pass, redemptions[(int)a.Redemption - 1].Passes[0]));
        AssertBalanced(ledger.Programme, events, Passes);
    }

    [Fact]
    public async Task A_writer_killed_while_appending_loses_no_acknowledged_event()
    {
        if (NewTarget("crash") is not { } db)
        {
            return;
        }

        await RunToEnd("setup", db, Text(Passes));
        var random = new Random(20251205);
        var acknowledged = new List<(long Redemption, long Pass)>();
        var next = 1L;
        var redeemedBefore = 0;
        for (var run = 0; run < 6; run++)
        {
            using var worker = Start("redeem", db, Text(next), Text(Passes), Text(run % 8), Text(Passes));
            var killAfter = random.Next(1, 300);
            var seen = 0;
            var acknowledgedBefore = acknowledged.Count;
            while (await worker.StandardOutput.ReadLineAsync() is { } line)
            {
                // After the kill, the lines the writer printed before it died are still in the pipe: acknowledged too.
                if (line.StartsWith("A ", StringComparison.Ordinal))
                {
                    acknowledged.Add(Ack(line));
                    if (++seen == killAfter)
                    {
                        worker.Kill(); // SIGKILL on Unix: no clean-up code runs
                    }
                }
            }

            await worker.WaitForExitAsync();
            Assert.True(seen >= killAfter, "the writer was killed while it was still appending");

            // Whatever the writer was doing, the file opens, every acknowledged event is there, and nothing partial.
            var (ledger, events) = await ReopenAsync(db);
            var redemptions = events.OfType<PassesRedeemed>().ToList();
            Assert.All(acknowledged, a => Assert.Equal(a.Pass, redemptions[(int)a.Redemption - 1].Passes[0]));
            var redeemed = redemptions.Count;
            var acknowledgedNow = acknowledged.Count - acknowledgedBefore;
            Assert.InRange(redeemed - redeemedBefore, acknowledgedNow, acknowledgedNow + 1); // at most one committed, not yet acknowledged
            redeemedBefore = redeemed;
            AssertBalanced(ledger.Programme, events, redeemed);
            next = events.OfType<PassesRedeemed>().Max(r => r.Passes[0]) + 1;
        }
    }

    private static void AssertBalanced(VoucherProgramme programme, IReadOnlyList<VoucherEvent> events, int redeemed)
    {
        var postings = VoucherReports.Postings(programme, events);
        Assert.All(postings, p => Assert.True(p.IsBalanced, p.Description));
        var balances = VoucherReports.Balances(postings);
        var outstanding = -balances[VoucherAccount.OutstandingPasses];
        Assert.Equal(programme.FaceValue * Passes, outstanding + (programme.FaceValue * redeemed));
    }

    private static (long Redemption, long Pass) Ack(string line)
    {
        var parts = line.Split(' ');
        return (long.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture));
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static Process Start(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(WorkerProgramme).Assembly.Location);
        foreach (var a in arguments)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }

    private static async Task<(int ExitCode, List<string> Lines, string Error)> ReadToEnd(Process process)
    {
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var lines = new List<string>();
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                lines.Add(line);
            }

            await process.WaitForExitAsync();
            return (process.ExitCode, lines, await error);
        }
    }

    private static async Task RunToEnd(params string[] arguments)
    {
        var result = await ReadToEnd(Start(arguments));
        Assert.True(result.ExitCode == 0, result.Error);
    }
}

/// <summary>The process tests on one SQLite file.</summary>
public sealed class SqliteProcessTests : StoreProcessTests, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("inclusion-workers-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }

    protected override string? NewTarget(string name) => Path.Combine(folder, name + ".db");

    protected override async Task<(StoredVoucherLedger Ledger, List<VoucherEvent> Events)> ReopenAsync(string target)
    {
        SqliteConnection.ClearAllPools();
        using var store = await SqliteVoucherEventStore.OpenAsync(target);
        var ledger = await StoredVoucherLedger.OpenAsync(WorkerProgramme.Create(), store);
        return (ledger, await ledger.ReadEventsAsync().ToListAsync());
    }
}

/// <summary>The process tests on one PostgreSQL database (a fresh schema per test, dropped afterwards).</summary>
public sealed class PostgreSqlProcessTests(ITestOutputHelper output) : StoreProcessTests, IAsyncLifetime
{
    private readonly string? server = PostgresServer.ConnectionString(output);
    private readonly List<string> schemas = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresServer.DropAsync(server, schemas);
        }
    }

    protected override string? NewTarget(string name)
    {
        if (server is null)
        {
            return null;
        }

        var schema = PostgresServer.NewSchema();
        schemas.Add(schema);
        return WorkerProgramme.PostgreSqlPrefix + schema;
    }

    protected override async Task<(StoredVoucherLedger Ledger, List<VoucherEvent> Events)> ReopenAsync(string target)
    {
        var options = new PostgreSqlVoucherStoreOptions { Schema = target[WorkerProgramme.PostgreSqlPrefix.Length..] };
        await using var store = await PostgreSqlVoucherEventStore.OpenAsync(server!, options);
        var ledger = await StoredVoucherLedger.OpenAsync(WorkerProgramme.Create(), store);
        return (ledger, await ledger.ReadEventsAsync().ToListAsync());
    }
}

using System.Diagnostics;
using System.Globalization;
using Inclusion.Sdk.Sqlite;
using Inclusion.Sdk.Sqlite.Worker;
using Inclusion.Sdk.Vouchers;
using Microsoft.Data.Sqlite;

namespace Inclusion.Sdk.Tests.Vouchers.Stores;

/// <summary>
/// Several processes (not threads) on one SQLite file, through <see cref="StoredVoucherLedger"/> with no retry loop in
/// the caller (tests/Inclusion.Sdk.Sqlite.Worker); and writers killed with SIGKILL while they append.
/// </summary>
public sealed class SqliteProcessTests : IDisposable
{
    private const int Passes = 10_000;
    private readonly string folder = Directory.CreateTempSubdirectory("inclusion-workers-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Eight_processes_redeem_an_overlapping_set_of_10000_passes_exactly_once()
    {
        var db = Path.Combine(folder, "ledger.db");
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

        using var store = await SqliteVoucherEventStore.OpenAsync(db);
        var ledger = await StoredVoucherLedger.OpenAsync(WorkerProgramme.Create(), store);
        var events = ledger.Events();
        var redemptions = events.OfType<PassesRedeemed>().ToList();
        Assert.Equal(Passes, redemptions.Count);
        Assert.Equal(Passes, redemptions.SelectMany(r => r.Passes).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, Passes).Select(n => (long)n), redemptions.Select(r => r.Redemption));
        Assert.All(acknowledged, a => Assert.Equal(a.Pass, redemptions[(int)a.Redemption - 1].Passes[0]));
        AssertBalanced(ledger, Passes);
    }

    [Fact]
    public async Task A_writer_killed_while_appending_loses_no_acknowledged_event()
    {
        var db = Path.Combine(folder, "crash.db");
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
            SqliteConnection.ClearAllPools();
            using var store = await SqliteVoucherEventStore.OpenAsync(db);
            var ledger = await StoredVoucherLedger.OpenAsync(WorkerProgramme.Create(), store);
            var events = ledger.Events();
            var redemptions = events.OfType<PassesRedeemed>().ToList();
            Assert.All(acknowledged, a => Assert.Equal(a.Pass, redemptions[(int)a.Redemption - 1].Passes[0]));
            var redeemed = redemptions.Count;
            var acknowledgedNow = acknowledged.Count - acknowledgedBefore;
            Assert.InRange(redeemed - redeemedBefore, acknowledgedNow, acknowledgedNow + 1); // at most one committed, not yet acknowledged
            redeemedBefore = redeemed;
            AssertBalanced(ledger, redeemed);
            next = events.OfType<PassesRedeemed>().Max(r => r.Passes[0]) + 1;
        }
    }

    private static void AssertBalanced(StoredVoucherLedger ledger, int redeemed)
    {
        var programme = ledger.Programme;
        var postings = VoucherReports.Postings(programme, ledger.Events());
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

using System.Globalization;
using Inclusion.Sdk.Sqlite;
using Inclusion.Sdk.Sqlite.Worker;
using Inclusion.Sdk.Vouchers;

// Usage:
//   setup  <db> <passes>                              creates the store with one order of <passes> passes
//   redeem <db> <first> <count> <provider> <passes>   redeems passes first .. first+count-1 (wrapping at <passes>)
// Every redemption appended is acknowledged on stdout, flushed, as "A <redemption number> <pass>"; a pass already redeemed by
// someone else (or a repeat) as "D <pass> <rule-or-repeat>". The exit code is 0 when every command was decided.
var sync = Environment.GetEnvironmentVariable("INCLUSION_SQLITE_SYNC") == "full" ? SqliteSynchronous.Full : SqliteSynchronous.Normal;
using var store = await SqliteVoucherEventStore.OpenAsync(args[1], new SqliteVoucherStoreOptions { Synchronous = sync });
var ledger = await StoredVoucherLedger.OpenAsync(WorkerProgramme.Create(), store);
var output = Console.Out;
switch (args[0])
{
    case "setup":
        await WorkerProgramme.OrderAsync(ledger, int.Parse(args[2], CultureInfo.InvariantCulture));
        break;
    case "redeem":
        var first = long.Parse(args[2], CultureInfo.InvariantCulture);
        var count = long.Parse(args[3], CultureInfo.InvariantCulture);
        var provider = WorkerProgramme.Providers[int.Parse(args[4], CultureInfo.InvariantCulture)];
        var passes = long.Parse(args[5], CultureInfo.InvariantCulture);
        for (var k = 0L; k < count; k++)
        {
            var pass = ((first - 1 + k) % passes) + 1;
            var result = await ledger.RedeemAsync(PassSerial.FromNumber(pass), provider, "atelier", WorkerProgramme.ScannedAt);
            if (result.Success && !result.IsRepeat)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"A {((PassesRedeemed)result.Event!).Redemption} {pass}\n"));
            }
            else if (result.IsRepeat || result.RuleCode == "pass.already-redeemed")
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"D {pass} {result.RuleCode ?? "repeat"}\n"));
            }
            else
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"E {pass} {result}\n"));
                output.Flush();
                return 2;
            }

            output.Flush();
        }

        break;
    default:
        Console.Error.WriteLine("usage: setup <db> <passes> | redeem <db> <first> <count> <provider> <passes>");
        return 1;
}

return 0;

using Inclusion.Sdk.Files;
using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.Tests.Vouchers;

/// <summary>
/// The worked example of docs/vouchers.md, from order to closing, built through the ledger's commands on the sample
/// programme (docs/samples/vouchers/programme.json). Its event log is the committed docs/samples/vouchers/events.jsonl.
/// </summary>
internal static class WorkedExample
{
    internal static string SamplePath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Inclusion.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, "docs", "samples", "vouchers", name);
    }

    internal static VoucherProgramme Programme() =>
        VoucherProgrammeFile.Load(SamplePath("programme.json")).Value!;

    internal static VoucherLedger Build()
    {
        static Instant At(int y, int m, int d, int h = 10) => VoucherScenario.At(y, m, d, h);
        var ledger = new VoucherLedger(Programme());
        var providers = ledger.Programme.Providers;
        void Ok(LedgerResult r) => VoucherScenario.Ok(r);

        // 2,000 passes of €10 in booklets of 10 (€20,000: the AAP 2020 minimum), for job seekers and seniors.
        Ok(ledger.Quote("GIR-2025-001", 2000, 10, At(2025, 1, 6), ["demandeurs-emploi", "seniors"]));
        Ok(ledger.Confirm("GIR-2025-001", At(2025, 1, 15)));
        Ok(ledger.Issue("GIR-2025-001", At(2025, 1, 20)));
        Ok(ledger.Inject(1, 120, "ccas-bordeaux", At(2025, 2, 3)));
        Ok(ledger.Inject(121, 60, "france-travail-merignac", At(2025, 2, 4)));

        // 100 beneficiaries receive one booklet each in February; each uses 4 two-hour workshops of €20 (2 passes).
        for (var b = 0; b < 100; b++)
        {
            var booklet = b < 60 ? b + 1 : b + 61;
            var distributor = b < 60 ? "ccas-bordeaux" : "france-travail-merignac";
            Ok(ledger.Hand(PassSerial.FromNumber(((booklet - 1) * 10) + 1), 10, distributor, $"B{b + 1:000}", b % 3 == 0 ? "seniors" : "demandeurs-emploi", At(2025, 2, 10 + (b / 7))));
        }

        // Workshop w of beneficiary b is scanned in month 3 + 2w (even b, at Mérignac) or 4 + 2w (odd b, at Bègles).
        for (var workshop = 0; workshop < 4; workshop++)
        {
            for (var parity = 0; parity < 2; parity++)
            {
                for (var b = parity; b < 100; b += 2)
                {
                    var booklet = b < 60 ? b + 1 : b + 61;
                    var first = ((booklet - 1) * 10) + 1 + (workshop * 2);
                    var month = 3 + (workshop * 2) + parity;
                    if (b == parity && month > 3)
                    {
                        // Counter-payment: the previous month is settled at the start of the next (M paid in M+1).
                        Ok(ledger.Settle(new YearMonth(2025, month - 1), At(2025, month, 1, 8)));
                    }

                    Ok(ledger.Redeem([PassSerial.FromNumber(first), PassSerial.FromNumber(first + 1)], providers[parity].Siret, "atelier-2h", At(2025, month, 1 + (b / 4), 9 + (b % 4)), Money.FromEuros(20m)));
                }
            }
        }

        Ok(ledger.Settle(new YearMonth(2025, 10), At(2025, 11, 3)));

        Ok(ledger.Block("GIR-2025-001", At(2025, 12, 15)));
        Ok(ledger.Expire("GIR-2025-001", At(2026, 2, 1)));
        Ok(ledger.Close(At(2026, 2, 7)));
        return ledger;
    }
}

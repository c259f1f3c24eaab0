using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using static Inclusion.Sdk.Tests.Vouchers.VoucherScenario;

namespace Inclusion.Sdk.Tests.Vouchers;

/// <summary>Invariants after any random sequence of valid and invalid operations (issue 3, "Tests and benchmarks").</summary>
public class VoucherLedgerProperties
{
    private static readonly Gen<int[]> Operation =
        from kind in Gen.Frequency((8, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)), (1, Gen.Constant(4)), (1, Gen.Constant(5)), (1, Gen.Constant(6)), (1, Gen.Constant(7)))
        from a in Gen.Choose(0, 45)
        from b in Gen.Choose(1, 3)
        from c in Gen.Choose(0, 3)
        from step in Gen.Choose(0, 6)
        select new[] { kind, a, b, c, step };

    internal static readonly Arbitrary<int[][]> Operations = Operation.ArrayOf().ToArbitrary();

    [Fact]
    public void Any_sequence_of_operations_keeps_the_books_and_replays_identically()
    {
        Prop.ForAll(Operations, ops => Check(ops)).Check(Config.QuickThrowOnFailure.WithMaxTest(150).WithQuietOnSuccess(true));
    }

    /// <summary>Runs random operations (valid and invalid commands) on a ledger; returns the clock after them.</summary>
    internal static Instant Play(VoucherLedger ledger, int[][] ops, Instant now)
    {
        Inclusion.Sdk.Identifiers.Siret[] providers = [ProviderA, ProviderB, ProviderLandes];
        foreach (var op in ops)
        {
            now = now.Plus(Duration.FromDays(op[4]));
            var before = ledger.Version;
            var result = op[0] switch
            {
                0 => ledger.Redeem([.. Enumerable.Range(Math.Max(1, op[1]), op[2] % 2 + 1).Select(n => Pass(n))], providers[op[3] % 3], op[3] < 2 ? "a" : "b", now),
                1 => ledger.Hand(Pass(Math.Max(1, op[1])), op[2], "ccas-bordeaux", "b" + op[3], "tous", now),
                2 => ledger.Cancel(Pass(Math.Max(1, op[1])), op[2], now),
                3 => ledger.Settle(new YearMonth(2025, 1 + (op[1] % 12)), now),
                4 => ledger.Block("order-1", now),
                5 => ledger.Expire("order-1", now),
                6 => ledger.Close(now),
                _ => default(LedgerResult?) ?? Jump(ref now),
            };
            if (!result.Success || result.IsRepeat)
            {
                Assert.Equal(before, ledger.Version); // a rejection or a repeat leaves the ledger unchanged
            }
        }

        return now;
    }

    private static bool Check(int[][] ops)
    {
        var programme = Programme(coFinancing: CoFinancingRule.State2020);
        var ledger = Ordered(programme, 40);
        var now = Play(ledger, ops, At(2025, 2, 1));
        var events = ledger.Events();
        var postings = VoucherReports.Postings(programme, events);
        Assert.All(postings, p => Assert.True(p.IsBalanced, p.Description));

        // Ring-fencing: the prepaid face value is credited only to pay a provider or to credit the commanditaire back.
        Assert.All(postings.Where(p => p.Lines.Any(l => l.Account == VoucherAccount.PrepaidFaceValue && l.Amount < Money.Zero)), p =>
            Assert.Contains(p.Lines, l => l.Amount > Money.Zero && l.Account is VoucherAccount.ProviderPayable or VoucherAccount.CreditNotesDue or VoucherAccount.ForfeitedFaceValue));

        // No pass is redeemed twice.
        var redemptions = events.OfType<PassesRedeemed>().ToList();
        var redeemedPasses = redemptions.SelectMany(r => r.Passes).ToList();
        Assert.Equal(redeemedPasses.Count, redeemedPasses.Distinct().Count());

        // Value is conserved: ordered = outstanding + redeemed + expired or credited.
        var balances = VoucherReports.Balances(postings);
        var face = programme.FaceValue;
        var credited = face * (events.OfType<PassesCancelled>().Sum(x => x.PassCount) + events.OfType<OrderExpired>().Sum(x => x.PassCount));
        var outstanding = -balances[VoucherAccount.OutstandingPasses];
        Assert.Equal(face * 40, outstanding + (face * redeemedPasses.Count) + credited);
        var outstandingCount = Enumerable.Range(1, 40).Count(n => ledger.StatusOf(Pass(n)) is PassStatus.Issued or PassStatus.Injected or PassStatus.Handed);
        Assert.Equal(face * outstandingCount, outstanding);

        // A repeated scan changes nothing.
        foreach (var r in redemptions)
        {
            var version = ledger.Version;
            var again = ledger.Redeem([.. r.Passes.Select(Pass)], r.Provider, r.Service, now);
            Assert.True(again.Success && again.IsRepeat, again.ToString());
            Assert.Same(r, again.Event);
            Assert.Equal(version, ledger.Version);
        }

        // Settlement totals equal redemptions minus fees.
        var statements = VoucherReports.ProviderStatements(programme, events);
        Assert.Equal(face * redeemedPasses.Count, Money.Sum(statements.Select(s => s.GrossValue)));
        Assert.Equal(Money.Sum(statements.Select(s => s.GrossValue)) - Money.Sum(statements.Select(s => s.DownstreamFee)), Money.Sum(statements.Select(s => s.NetPayable)));

        // Replay as from a store (trusted), and from JSON Lines through validation, gives the same state and statements.
        var replayed = new VoucherLedger(programme);
        for (var i = 0; i < events.Count; i++)
        {
            Assert.True(replayed.ApplyStored(i + 1, events[i]));
        }

        AssertSameReports(programme, events, replayed.Events());
        using var text = new StringWriter();
        InclusionJson.WriteEvents(events, text);
        var replay = VoucherEventFile.Replay(programme, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
        Assert.True(replay.IsValid, string.Join(Environment.NewLine, replay.Report.Issues));
        var imported = replay.Value;
        AssertSameReports(programme, events, imported.Events());
        Assert.All(Enumerable.Range(1, 40), n => Assert.Equal(ledger.StatusOf(Pass(n)), imported.StatusOf(Pass(n))));
        return true;
    }

    private static LedgerResult Jump(ref Instant now)
    {
        now = At(2026, 2, 2);
        return default; // not a command: Success is false and the ledger must be unchanged
    }

    internal static void AssertSameReports(VoucherProgramme programme, IReadOnlyList<VoucherEvent> expected, IReadOnlyList<VoucherEvent> actual)
    {
        Assert.Equal(expected.Select(InclusionJson.SerializeEvent), actual.Select(InclusionJson.SerializeEvent));
        Assert.Equal(VoucherReports.Balances(VoucherReports.Postings(programme, expected)), VoucherReports.Balances(VoucherReports.Postings(programme, actual)));
        Assert.Equal(Describe(VoucherReports.ProviderStatements(programme, expected)), Describe(VoucherReports.ProviderStatements(programme, actual)));
        var a = VoucherReports.Closing(programme, expected);
        var b = VoucherReports.Closing(programme, actual);
        Assert.Equal((a.CreditNote, a.UsedValue, a.CoFinancingClaim, a.DownstreamFees, a.IsFinal), (b.CreditNote, b.UsedValue, b.CoFinancingClaim, b.DownstreamFees, b.IsFinal));
    }

    private static IEnumerable<string> Describe(IEnumerable<ProviderStatement> statements) =>
        statements.Select(s => $"{s.Month} {s.Provider} {s.Passes} {s.GrossValue} {s.DownstreamFee} {s.NetPayable} {s.IsSettled}");
}

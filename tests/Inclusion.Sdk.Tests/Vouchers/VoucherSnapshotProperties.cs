using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using static Inclusion.Sdk.Tests.Vouchers.VoucherScenario;

namespace Inclusion.Sdk.Tests.Vouchers;

/// <summary>Issue 12: "replay from a snapshot equals a full replay (property)"; a snapshot that fails a check is ignored.</summary>
public class VoucherSnapshotProperties
{
    private static readonly Arbitrary<(int[][] Ops, int Split, int Flip)> Cases =
        (from ops in VoucherLedgerProperties.Operations.Generator
         from split in Gen.Choose(0, 1000)
         from flip in Gen.Choose(0, int.MaxValue)
         select (ops, split, flip)).ToArbitrary();

    [Fact]
    public void A_ledger_restored_from_a_snapshot_and_given_the_rest_of_the_stream_equals_a_full_replay()
    {
        Prop.ForAll(Cases, c => Check(c.Ops, c.Split)).Check(Config.QuickThrowOnFailure.WithMaxTest(150).WithQuietOnSuccess(true));
    }

    [Fact]
    public void A_snapshot_with_any_byte_changed_is_ignored()
    {
        var programme = Programme(coFinancing: CoFinancingRule.State2020);
        var ledger = Busy(programme, []);
        var data = ledger.TakeSnapshot()!.Data.ToArray();
        Prop.ForAll(Cases, c =>
        {
            var corrupted = (byte[])data.Clone();
            corrupted[c.Flip % corrupted.Length] ^= (byte)(1 + (c.Split % 255));
            Assert.Null(VoucherLedger.Restore(programme, new VoucherSnapshot(ledger.Version, corrupted)));
            Assert.Null(VoucherLedger.Restore(programme, new VoucherSnapshot(ledger.Version, data.AsSpan(0, 1 + (c.Flip % (data.Length - 1))))));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200).WithQuietOnSuccess(true));
        Assert.NotNull(VoucherLedger.Restore(programme, new VoucherSnapshot(ledger.Version, data)));
        Assert.Null(VoucherLedger.Restore(programme, new VoucherSnapshot(ledger.Version + 1, data))); // another version
    }

    [Fact]
    public void A_snapshot_taken_under_other_providers_or_distributors_is_ignored_and_derived_settings_follow_the_programme()
    {
        var programme = Programme();
        var snapshot = Busy(programme, []).TakeSnapshot()!;
        var fewerProviders = new VoucherProgramme(programme.Id, programme.Operator, programme.Commanditaire, programme.Perimeter, [.. programme.Providers.Take(2)], programme.Distributors);
        var otherDistributors = new VoucherProgramme(programme.Id, programme.Operator, programme.Commanditaire, programme.Perimeter, programme.Providers, [.. programme.Distributors.Reverse()]);
        Assert.Null(VoucherLedger.Restore(fewerProviders, snapshot));
        Assert.Null(VoucherLedger.Restore(otherDistributors, snapshot));

        // Settings the state derives (validity, hence the expiry timeline) are derived again: as a full replay would.
        var later = Programme(validityEnd: new LocalDate(2026, 6, 30));
        var restored = VoucherLedger.Restore(later, snapshot)!;
        var replayed = Replay(later, Busy(programme, []).Events(), 0);
        Assert.Equal(Probe(replayed, At(2026, 3, 1)), Probe(restored, At(2026, 3, 1)));
    }

    private static bool Check(int[][] ops, int split)
    {
        var programme = Programme(coFinancing: CoFinancingRule.State2020);
        var full = Busy(programme, ops);
        var events = full.Events();
        var k = (int)((long)split * events.Count / 1000);
        var prefix = Replay(programme, events, 0, k);
        var snapshot = prefix.TakeSnapshot();
        var restored = snapshot is null ? new VoucherLedger(programme) : VoucherLedger.Restore(programme, snapshot);
        Assert.NotNull(restored);
        Assert.Equal(k, restored.Version);
        for (var i = k; i < events.Count; i++)
        {
            Assert.True(restored.ApplyStored(i + 1, events[i]));
        }

        // The same state, byte for byte, and the same decisions on every pass, month and the close.
        Assert.Equal(full.TakeSnapshot()!.Data.ToArray(), restored.TakeSnapshot()!.Data.ToArray());
        Assert.Equal(full.IssuedPasses, restored.IssuedPasses);
        var now = events[^1].At.Plus(Duration.FromDays(1));
        Assert.Equal(Probe(full, now), Probe(restored, now));
        return true;
    }

    /// <summary>Two orders (one with its own perimeter and publics), a fee change, then the random operations.</summary>
    private static VoucherLedger Busy(VoucherProgramme programme, int[][] ops)
    {
        var ledger = Ordered(programme, 40);
        Ok(ledger.Quote("order-2", 20, 10, At(2025, 1, 20), ["jeunes"], [Gironde]));
        Ok(ledger.Confirm("order-2", At(2025, 1, 21)));
        Ok(ledger.Issue("order-2", At(2025, 1, 22)));
        Ok(ledger.Inject(5, 2, "ccas-bordeaux", At(2025, 1, 22)));
        Ok(ledger.Hand(Pass(41), 3, "ccas-bordeaux", "j-1", "jeunes", At(2025, 1, 23)));
        Ok(ledger.Redeem(Pass(41), ProviderA, "atelier", At(2025, 1, 24)));
        Ok(ledger.ChangeFees(new FeeSchedule(0.05m, 0.05m, 0.2m), new LocalDate(2025, 6, 1), At(2025, 1, 25)));
        VoucherLedgerProperties.Play(ledger, ops, At(2025, 2, 1));
        return ledger;
    }

    private static VoucherLedger Replay(VoucherProgramme programme, IReadOnlyList<VoucherEvent> events, int from, int? to = null)
    {
        var ledger = new VoucherLedger(programme);
        for (var i = from; i < (to ?? events.Count); i++)
        {
            Assert.True(ledger.ApplyStored(i + 1, events[i]));
        }

        return ledger;
    }

    // Runs the same commands on a ledger and describes every answer: statuses, scans and repeats of every pass,
    // hand-outs, settlements of every month, expiry and close (each answer changes the ledger the next one sees).
    private static List<string> Probe(VoucherLedger ledger, Instant now)
    {
        var answers = new List<string>();
        void Note(LedgerResult r) => answers.Add($"{r.Success} {r.IsRepeat} {r.RuleCode} {(r.Event is null ? "" : InclusionJson.SerializeEvent(r.Event))} {string.Join("|", r.Issues?.Select(i => i.RuleCode) ?? [])}");
        for (var n = 1; n <= 61; n++)
        {
            answers.Add(ledger.StatusOf(Pass(n)).ToString());
        }

        for (var n = 1; n <= 60; n += 3)
        {
            Note(ledger.Hand(Pass(n), 1, n > 40 ? "france-travail-merignac" : "ccas-bordeaux", "p-" + n, n > 40 ? "jeunes" : "tous", now));
            Note(ledger.Redeem(Pass(n), n > 40 ? ProviderLandes : ProviderB, "probe", now));
            Note(ledger.Redeem(Pass(n), n > 40 ? ProviderLandes : ProviderB, "probe", now));
        }

        now = now.Plus(Duration.FromDays(400));
        for (var m = 1; m <= 12; m++)
        {
            Note(ledger.Settle(new YearMonth(2025, m), now));
        }

        Note(ledger.Close(now));
        Note(ledger.Expire("order-1", now));
        Note(ledger.Expire("order-2", now));
        Note(ledger.Close(now));
        answers.Add(ledger.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return answers;
    }
}

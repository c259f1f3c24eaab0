using Inclusion.Sdk;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using static Inclusion.Sdk.Tests.Vouchers.VoucherScenario;

namespace Inclusion.Sdk.Tests.Vouchers.Stores;

/// <summary>The contract every <see cref="IVoucherEventStore"/> keeps; one subclass per store.</summary>
public abstract class VoucherEventStoreContract
{
    private const string Programme = "gironde-2025";

    /// <summary>One event of each type, in an order that a ledger would accept.</summary>
    internal static IReadOnlyList<VoucherEvent> OneOfEach() =>
    [
        new OrderQuoted(At(2025, 1, 10), "order-1", 20, 10, ["tous"], ["departement:33"]),
        new OrderConfirmed(At(2025, 1, 12), "order-1", 0.04m, 0.2m),
        new BookletsIssued(At(2025, 1, 15), "order-1", 1, 1, 2, 10),
        new BookletsInjected(At(2025, 1, 15), 1, 2, "ccas-bordeaux"),
        new PassesHanded(At(2025, 2, 1), 1, 10, "ccas-bordeaux", "b-1", "tous"),
        new PassesRedeemed(At(2025, 3, 1), 1, ProviderA, "atelier-2h", [1, 2]),
        new DistributionBlocked(At(2025, 3, 2), "order-1"),
        new PassesCancelled(At(2025, 3, 5), 11, 2),
        new MonthSettled(At(2025, 4, 2), new YearMonth(2025, 3), 0.04m, 0.2m, [new SettledLine(ProviderA, 1, 2, Money.FromEuros(20m), Money.FromEuros(0.80m), Money.FromEuros(0.16m))]),
        new FeesChanged(At(2025, 4, 3), new LocalDate(2025, 5, 1), 0.04m, 0.10m, 0.2m),
        new OrderExpired(At(2026, 3, 1), "order-1", 6),
        new ProgrammeClosed(At(2026, 3, 2)),
    ];

    [Fact]
    public async Task An_empty_stream_has_version_0_and_no_events()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        Assert.Equal(0, await store.GetVersionAsync(Programme));
        Assert.Empty(await ReadAll(store, Programme));
    }

    [Fact]
    public async Task Appends_at_the_expected_version_and_reads_from_a_version()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var events = OneOfEach();
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 0, [.. events.Take(4)])).Outcome);
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 4, [.. events.Skip(4)])).Outcome);
        Assert.Equal(events.Count, await store.GetVersionAsync(Programme));
        Assert.Equal(Json(events), Json(await ReadAll(store, Programme)));
        Assert.Equal(Json(events.Skip(7)), Json(await ReadAll(store, Programme, 7)));
        Assert.Empty(await ReadAll(store, Programme, events.Count));
        Assert.Empty(await ReadAll(store, Programme, events.Count + 5));
    }

    [Fact]
    public async Task An_append_at_another_version_conflicts_and_appends_nothing()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var events = OneOfEach();
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 0, [events[0], events[1]])).Outcome);
        Assert.Equal(AppendOutcome.Conflict, (await store.AppendAsync(Programme, 0, [events[2]])).Outcome);
        Assert.Equal(AppendOutcome.Conflict, (await store.AppendAsync(Programme, 1, [events[2], events[3]])).Outcome);
        Assert.Equal(AppendOutcome.Conflict, (await store.AppendAsync(Programme, 3, [events[2]])).Outcome);
        Assert.Equal(2, await store.GetVersionAsync(Programme));
        Assert.Equal(Json(events.Take(2)), Json(await ReadAll(store, Programme)));
    }

    [Fact]
    public async Task Streams_of_different_programmes_are_independent()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var events = OneOfEach();
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync("a", 0, [events[0]])).Outcome);
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync("b", 0, [events[0], events[1]])).Outcome);
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync("a", 1, [events[1]])).Outcome);
        Assert.Equal((2L, 2L, 0L), (await store.GetVersionAsync("a"), await store.GetVersionAsync("b"), await store.GetVersionAsync("c")));
    }

    [Fact]
    public async Task A_cancelled_call_appends_nothing()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.AppendAsync(Programme, 0, OneOfEach(), cancelled.Token));
        Assert.Equal(0, await store.GetVersionAsync(Programme));
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 0, OneOfEach())).Outcome);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await ReadAll(store, Programme, 0, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.GetVersionAsync(Programme, cancelled.Token));
    }

    [Fact]
    public async Task Many_appends_read_back_in_order()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var written = new List<VoucherEvent>();
        for (var i = 0; i < 60; i++)
        {
            VoucherEvent[] batch = [.. Enumerable.Range(0, (i % 3) + 1).Select(k => new PassesRedeemed(At(2025, 3, 1), written.Count + k + 1, ProviderA, "s", [written.Count + k + 1]))];
            Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, written.Count, batch)).Outcome);
            written.AddRange(batch);
        }

        var read = await ReadAll(store, Programme);
        Assert.Equal(Enumerable.Range(1, written.Count).Select(n => (long)n), read.Cast<PassesRedeemed>().Select(r => r.Redemption));
    }

    [Fact]
    public async Task Every_event_type_round_trips()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var events = OneOfEach();
        var types = typeof(VoucherEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(VoucherEvent)) && !t.IsAbstract).Select(t => t.Name).Order();
        Assert.Equal(types, events.Select(e => e.GetType().Name).Distinct().Order());
        foreach (var e in events)
        {
            Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, await store.GetVersionAsync(Programme), [e])).Outcome);
        }

        var read = await ReadAll(store, Programme);
        Assert.Equal(events.Select(e => e.GetType()), read.Select(e => e.GetType()));
        Assert.Equal(Json(events), Json(read));
    }

    [Fact]
    public async Task A_stored_ledger_replays_what_it_recorded()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var ledger = await StoredVoucherLedger.OpenAsync(Programme(), store);
        foreach (var e in Ordered(Programme(), 20).Events())
        {
            Ok(await ledger.RecordAsync(e));
        }

        Ok(await ledger.RedeemAsync(Pass(3), ProviderA, "a", At(2025, 3, 1)));
        Assert.True((await ledger.RedeemAsync(Pass(3), ProviderA, "a", At(2025, 3, 1))).IsRepeat);
        var reopened = await StoredVoucherLedger.OpenAsync(Programme(), store);
        Assert.Equal(5, reopened.Version);
        Assert.Equal(PassStatus.Redeemed, reopened.StatusOf(Pass(3)));
        Assert.Equal(Json(await ledger.ReadEventsAsync().ToListAsync()), Json(await reopened.ReadEventsAsync().ToListAsync()));
    }

    [Fact]
    public async Task A_pass_is_redeemed_once_whatever_the_writer_decided()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var prefix = OneOfEach().Take(5).ToArray();
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 0, prefix)).Outcome);
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 6), await store.AppendRedemptionAsync(Programme, 5, Scan(3, 4)));

        // Another writer that did not see the first redemption, and an import at the right version: refused by the store.
        Assert.Equal(new AppendResult(AppendOutcome.PassTaken, 6), await store.AppendRedemptionAsync(Programme, 5, Scan(4)));
        Assert.Equal(new AppendResult(AppendOutcome.PassTaken, 6), await store.AppendAsync(Programme, 6, [Scan(5), Scan(3)]));
        Assert.Equal(6, await store.GetVersionAsync(Programme));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 7), await store.AppendAsync(Programme, 6, [Scan(5)]));
    }

    [Fact]
    public async Task Redemptions_of_distinct_passes_decided_on_the_same_version_do_not_conflict_and_are_numbered_by_the_store()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 0, [.. OneOfEach().Take(5)])).Outcome);
        for (var pass = 1; pass <= 4; pass++)
        {
            Assert.Equal(new AppendResult(AppendOutcome.Appended, 5 + pass), await store.AppendRedemptionAsync(Programme, 5, Scan(pass)));
        }

        var read = (await ReadAll(store, Programme)).OfType<PassesRedeemed>().ToList();
        Assert.Equal([1L, 2, 3, 4], read.Select(r => r.Redemption));
        Assert.Equal([1L, 2, 3, 4], read.Select(r => r.Passes.Single()));
    }

    [Fact]
    public async Task Versions_numbers_and_the_barrier_hold_across_batches_mixing_redemptions_and_other_events()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var events = OneOfEach();
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 0, [.. events.Take(5)])).Outcome);
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 6), await store.AppendRedemptionAsync(Programme, 5, Scan(1)));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 7), await store.AppendRedemptionAsync(Programme, 5, Scan(2)));
        Assert.Equal(7, await store.GetVersionAsync(Programme));

        // A batch: a redemption, the distribution block (version 9: the barrier), a redemption.
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 10), await store.AppendAsync(Programme, 7, [Scan(3), events[6], Scan(4)]));
        Assert.Equal(new AppendResult(AppendOutcome.Conflict, 10), await store.AppendRedemptionAsync(Programme, 8, Scan(5)));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 11), await store.AppendRedemptionAsync(Programme, 9, Scan(5)));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 12), await store.AppendRedemptionAsync(Programme, 11, Scan(6)));
        Assert.Equal(12, await store.GetVersionAsync(Programme));
        Assert.Equal(new AppendResult(AppendOutcome.Conflict, 12), await store.AppendAsync(Programme, 11, [events[7]]));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 13), await store.AppendAsync(Programme, 12, [events[7]]));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 14), await store.AppendRedemptionAsync(Programme, 13, Scan(7)));

        var read = await ReadAll(store, Programme);
        Assert.Equal(14, read.Count);
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], read.OfType<PassesRedeemed>().Select(r => r.Redemption));
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7], read.OfType<PassesRedeemed>().Select(r => r.Passes.Single()));
    }

    [Fact]
    public async Task A_redemption_without_passes_is_refused_by_every_store_and_nothing_is_appended()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var events = OneOfEach();
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 0, [.. events.Take(5)])).Outcome);
        var empty = new PassesRedeemed(At(2025, 3, 1), 1, ProviderA, "atelier-2h", []);
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendRedemptionAsync(Programme, 5, empty));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(Programme, 5, [Scan(1), empty]));
        Assert.Equal(5, await store.GetVersionAsync(Programme));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 6), await store.AppendRedemptionAsync(Programme, 5, Scan(1)));
    }

    [Fact]
    public async Task A_redemption_decided_before_an_event_of_another_kind_conflicts()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var events = OneOfEach();
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 0, [.. events.Take(5)])).Outcome);
        Assert.Equal(AppendOutcome.Appended, (await store.AppendRedemptionAsync(Programme, 5, Scan(1))).Outcome);
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 6, [events[6]])).Outcome); // distribution blocked
        Assert.Equal(new AppendResult(AppendOutcome.Conflict, 7), await store.AppendRedemptionAsync(Programme, 6, Scan(2)));
        Assert.Equal(new AppendResult(AppendOutcome.Conflict, 7), await store.AppendAsync(Programme, 6, [events[7]]));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 8), await store.AppendRedemptionAsync(Programme, 7, Scan(2)));
        Assert.Equal(2, (await ReadAll(store, Programme)).OfType<PassesRedeemed>().Last().Redemption);
    }

    [Fact]
    public async Task A_scan_retried_identically_is_a_duplicate_in_every_store_and_another_scan_of_its_passes_is_refused()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 0, [.. OneOfEach().Take(5)])).Outcome);
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 6), await store.AppendRedemptionAsync(Programme, 5, Scan(3, 4)));

        // The same scan after a lost answer (whatever number the writer gave it): the stored event's version.
        Assert.Equal(new AppendResult(AppendOutcome.Duplicate, 6), await store.AppendRedemptionAsync(Programme, 5, Scan(3, 4)));
        Assert.Equal(new AppendResult(AppendOutcome.Duplicate, 6), await store.AppendRedemptionAsync(Programme, 6, new PassesRedeemed(At(2025, 3, 1), 7, ProviderA, "atelier-2h", [3, 4])));

        // Another time, provider, service or set of passes: another scan of a held pass, refused.
        Assert.Equal(new AppendResult(AppendOutcome.PassTaken, 6), await store.AppendRedemptionAsync(Programme, 6, new PassesRedeemed(At(2025, 3, 2), 1, ProviderA, "atelier-2h", [3, 4])));
        Assert.Equal(new AppendResult(AppendOutcome.PassTaken, 6), await store.AppendRedemptionAsync(Programme, 6, new PassesRedeemed(At(2025, 3, 1), 1, ProviderB, "atelier-2h", [3, 4])));
        Assert.Equal(new AppendResult(AppendOutcome.PassTaken, 6), await store.AppendRedemptionAsync(Programme, 6, new PassesRedeemed(At(2025, 3, 1), 1, ProviderA, "other", [3, 4])));
        Assert.Equal(new AppendResult(AppendOutcome.PassTaken, 6), await store.AppendRedemptionAsync(Programme, 6, Scan(4)));
        Assert.Equal(6, await store.GetVersionAsync(Programme));
    }

    [Fact]
    public async Task A_stale_writer_hears_conflict_before_pass_taken_in_every_store()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var events = OneOfEach();
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 0, [.. events.Take(5)])).Outcome);
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 6), await store.AppendRedemptionAsync(Programme, 5, Scan(3)));
        Assert.Equal(new AppendResult(AppendOutcome.Appended, 7), await store.AppendAsync(Programme, 6, [events[6]])); // distribution blocked

        // Decided before the block, on a pass already redeemed: the stale view is answered first, for any scan.
        Assert.Equal(new AppendResult(AppendOutcome.Conflict, 7), await store.AppendRedemptionAsync(Programme, 5, Scan(3)));
        Assert.Equal(new AppendResult(AppendOutcome.Conflict, 7), await store.AppendRedemptionAsync(Programme, 5, Scan(4, 3)));
        Assert.Equal(new AppendResult(AppendOutcome.Conflict, 7), await store.AppendAsync(Programme, 6, [Scan(3)]));

        // At the current version the passes are checked.
        Assert.Equal(new AppendResult(AppendOutcome.PassTaken, 6), await store.AppendRedemptionAsync(Programme, 7, Scan(4, 3)));
        Assert.Equal(new AppendResult(AppendOutcome.PassTaken, 6), await store.AppendAsync(Programme, 7, [Scan(3)]));
        Assert.Equal(7, await store.GetVersionAsync(Programme));
    }

    [Fact]
    public async Task An_event_appended_again_is_recognised_by_its_idempotency_key()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var events = OneOfEach();
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 0, [.. events.Take(3)])).Outcome);

        // The same JSON, as a retry after a lost answer would send it: the SQL stores find it by its key.
        var again = InclusionJson.DeserializeEvent(InclusionJson.SerializeEvent(events[2]));
        var result = await store.AppendAsync(Programme, 3, [events[3], again]);
        Assert.Equal(KeepsIdempotencyKeys ? new AppendResult(AppendOutcome.Duplicate, 3) : new AppendResult(AppendOutcome.Appended, 5), result);
        Assert.Equal(KeepsIdempotencyKeys ? 3 : 5, await store.GetVersionAsync(Programme));
    }

    [Fact]
    public async Task Two_ledgers_redeem_distinct_passes_without_conflict_and_agree()
    {
        if (await CreateStoreAsync() is not { } inner)
        {
            return;
        }

        var store = new CountingStore(inner);
        var first = await StoredVoucherLedger.OpenAsync(Programme(), store);
        foreach (var e in Ordered(Programme(), 20).Events())
        {
            Ok(await first.RecordAsync(e));
        }

        var second = await StoredVoucherLedger.OpenAsync(Programme(), store);
        var version = first.Version;
        Ok(await first.RedeemAsync(Pass(1), ProviderA, "a", At(2025, 3, 1)));
        var late = await second.RedeemAsync(Pass(2), ProviderB, "a", At(2025, 3, 1)); // decided on the version before
        Ok(late);
        Assert.Equal(2, ((PassesRedeemed)late.Event!).Redemption);
        Assert.Equal(0, store.Conflicts);
        Assert.Equal(version + 2, second.Version);
        Assert.Equal(PassStatus.Redeemed, second.StatusOf(Pass(1)));

        // The first ledger, behind, learns of the second's redemption when it redeems the same pass: the usual rejection.
        Assert.Equal("pass.already-redeemed", (await first.RedeemAsync(Pass(2), ProviderA, "a", At(2025, 3, 2))).RuleCode);
        Assert.Equal(Json(await second.ReadEventsAsync().ToListAsync()), Json(await first.ReadEventsAsync().ToListAsync()));
    }

    [Fact]
    public async Task A_store_keeps_the_latest_snapshot_of_each_stream_and_never_one_beyond_it()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        Assert.Null(await store.ReadSnapshotAsync(Programme));
        Assert.Equal(AppendOutcome.Appended, (await store.AppendAsync(Programme, 0, [.. OneOfEach().Take(5)])).Outcome);
        Assert.True(await store.WriteSnapshotAsync(Programme, new VoucherSnapshot(3, [3, 3, 3])));
        Assert.False(await store.WriteSnapshotAsync(Programme, new VoucherSnapshot(2, [2])));
        Assert.False(await store.WriteSnapshotAsync(Programme, new VoucherSnapshot(3, [4])));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.WriteSnapshotAsync(Programme, new VoucherSnapshot(6, [6])));
        await Assert.ThrowsAsync<ArgumentException>(async () => await store.WriteSnapshotAsync("other", new VoucherSnapshot(1, [1])));
        var kept = await store.ReadSnapshotAsync(Programme);
        Assert.Equal(3L, kept!.Version);
        Assert.Equal([3, 3, 3], kept.Data.ToArray());
        Assert.True(await store.WriteSnapshotAsync(Programme, new VoucherSnapshot(5, [5, 5])));
        Assert.Equal(5, (await store.ReadSnapshotAsync(Programme))!.Version);
        Assert.Null(await store.ReadSnapshotAsync("other"));
    }

    [Fact]
    public async Task A_ledger_opened_from_a_snapshot_equals_one_that_replays_the_whole_stream()
    {
        if (await CreateStoreAsync() is not { } store)
        {
            return;
        }

        var ledger = await StoredVoucherLedger.OpenAsync(Programme(), store);
        foreach (var e in Ordered(Programme(), 20).Events())
        {
            Ok(await ledger.RecordAsync(e));
        }

        Ok(await ledger.RunAsync(l => l.Hand(Pass(1), 4, "ccas-bordeaux", "b-1", "tous", At(2025, 2, 1))));
        Ok(await ledger.RedeemAsync(Pass(1), ProviderA, "a", At(2025, 3, 1)));
        Assert.Equal(0, ledger.SnapshotVersion);
        Assert.Equal(6, await ledger.SaveSnapshotAsync());
        Assert.Equal(0, await ledger.SaveSnapshotAsync()); // already kept
        Ok(await ledger.RedeemAsync(Pass(2), ProviderB, "a", At(2025, 3, 2)));

        var fromSnapshot = await StoredVoucherLedger.OpenAsync(Programme(), store);
        var fullReplay = await StoredVoucherLedger.OpenAsync(Programme(), new SnapshotlessStore(store));
        Assert.Equal((6L, 0L), (fromSnapshot.SnapshotVersion, fullReplay.SnapshotVersion));
        Assert.Equal(7, fromSnapshot.Version);
        Assert.All(Enumerable.Range(1, 21), n => Assert.Equal(fullReplay.StatusOf(Pass(n)), fromSnapshot.StatusOf(Pass(n))));
        Assert.Equal(Json(await fullReplay.ReadEventsAsync().ToListAsync()), Json(await fromSnapshot.ReadEventsAsync().ToListAsync()));

        // The same answers afterwards: the original redemption for a repeated scan, the same number for the next one.
        var repeat = await fromSnapshot.RedeemAsync(Pass(1), ProviderA, "a", At(2025, 3, 3));
        Assert.True(repeat.IsRepeat);
        Assert.Equal(1, ((PassesRedeemed)repeat.Event!).Redemption);
        Assert.Equal(3, ((PassesRedeemed)Ok(await fromSnapshot.RedeemAsync(Pass(3), ProviderA, "a", At(2025, 3, 3))).Event!).Redemption);

        // A snapshot that does not read back (here: foreign bytes) is ignored: the stream is replayed in full.
        Assert.True(await store.WriteSnapshotAsync(Programme, new VoucherSnapshot(8, [1, 2, 3])));
        var ignored = await StoredVoucherLedger.OpenAsync(Programme(), store);
        Assert.Equal((0L, 8L), (ignored.SnapshotVersion, ignored.Version));
        Assert.Equal(PassStatus.Redeemed, ignored.StatusOf(Pass(3)));
    }

    /// <summary>Whether the store keeps idempotency keys (the SQL stores do).</summary>
    protected virtual bool KeepsIdempotencyKeys => true;

    /// <summary>A new, empty store; <see langword="null"/> when its server is not configured outside CI (the test returns early, and the subclass says so: see <see cref="PostgresServer"/>).</summary>
    /// <returns>The store, or <see langword="null"/>.</returns>
    protected abstract ValueTask<IVoucherEventStore?> CreateStoreAsync();

    private static async Task<List<VoucherEvent>> ReadAll(IVoucherEventStore store, string programme, long from = 0, CancellationToken token = default)
    {
        var list = new List<VoucherEvent>();
        await foreach (var e in store.ReadAsync(programme, from, token))
        {
            list.Add(e);
        }

        return list;
    }

    private static PassesRedeemed Scan(params long[] passes) => new(At(2025, 3, 1), 1, ProviderA, "atelier-2h", passes);

    private static string[] Json(IEnumerable<VoucherEvent> events) => [.. events.Select(InclusionJson.SerializeEvent)];
}

public sealed class InMemoryVoucherEventStoreTests : VoucherEventStoreContract
{
    protected override bool KeepsIdempotencyKeys => false;

    protected override ValueTask<IVoucherEventStore?> CreateStoreAsync() => ValueTask.FromResult<IVoucherEventStore?>(new InMemoryVoucherEventStore());
}

/// <summary>A store that counts the conflicts it answers.</summary>
internal sealed class CountingStore(IVoucherEventStore inner) : IVoucherEventStore
{
    private int conflicts;

    public int Conflicts => conflicts;

    public ValueTask<long> GetVersionAsync(string programmeId, CancellationToken cancellationToken = default) => inner.GetVersionAsync(programmeId, cancellationToken);

    public async ValueTask<AppendResult> AppendAsync(string programmeId, long expectedVersion, IReadOnlyList<VoucherEvent> events, CancellationToken cancellationToken = default) =>
        Count(await inner.AppendAsync(programmeId, expectedVersion, events, cancellationToken));

    public async ValueTask<AppendResult> AppendRedemptionAsync(string programmeId, long basedOnVersion, PassesRedeemed redemption, CancellationToken cancellationToken = default) =>
        Count(await inner.AppendRedemptionAsync(programmeId, basedOnVersion, redemption, cancellationToken));

    public IAsyncEnumerable<VoucherEvent> ReadAsync(string programmeId, long fromVersion = 0, CancellationToken cancellationToken = default) => inner.ReadAsync(programmeId, fromVersion, cancellationToken);

    public ValueTask<bool> WriteSnapshotAsync(string programmeId, VoucherSnapshot snapshot, CancellationToken cancellationToken = default) => inner.WriteSnapshotAsync(programmeId, snapshot, cancellationToken);

    public ValueTask<VoucherSnapshot?> ReadSnapshotAsync(string programmeId, CancellationToken cancellationToken = default) => inner.ReadSnapshotAsync(programmeId, cancellationToken);

    private AppendResult Count(AppendResult result)
    {
        if (result.Outcome == AppendOutcome.Conflict)
        {
            Interlocked.Increment(ref conflicts);
        }

        return result;
    }
}

/// <summary>A store seen without its snapshots: opening a ledger on it replays the whole stream.</summary>
internal sealed class SnapshotlessStore(IVoucherEventStore inner) : IVoucherEventStore
{
    public ValueTask<long> GetVersionAsync(string programmeId, CancellationToken cancellationToken = default) => inner.GetVersionAsync(programmeId, cancellationToken);

    public ValueTask<AppendResult> AppendAsync(string programmeId, long expectedVersion, IReadOnlyList<VoucherEvent> events, CancellationToken cancellationToken = default) =>
        inner.AppendAsync(programmeId, expectedVersion, events, cancellationToken);

    public ValueTask<AppendResult> AppendRedemptionAsync(string programmeId, long basedOnVersion, PassesRedeemed redemption, CancellationToken cancellationToken = default) =>
        inner.AppendRedemptionAsync(programmeId, basedOnVersion, redemption, cancellationToken);

    public IAsyncEnumerable<VoucherEvent> ReadAsync(string programmeId, long fromVersion = 0, CancellationToken cancellationToken = default) => inner.ReadAsync(programmeId, fromVersion, cancellationToken);

    public ValueTask<bool> WriteSnapshotAsync(string programmeId, VoucherSnapshot snapshot, CancellationToken cancellationToken = default) => ValueTask.FromResult(false);

    public ValueTask<VoucherSnapshot?> ReadSnapshotAsync(string programmeId, CancellationToken cancellationToken = default) => ValueTask.FromResult<VoucherSnapshot?>(null);
}

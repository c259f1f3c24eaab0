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
        new OrderConfirmed(At(2025, 1, 12), "order-1"),
        new BookletsIssued(At(2025, 1, 15), "order-1", 1, 1, 2, 10),
        new BookletsInjected(At(2025, 1, 15), 1, 2, "ccas-bordeaux"),
        new PassesHanded(At(2025, 2, 1), 1, 10, "ccas-bordeaux", "b-1", "tous"),
        new PassesRedeemed(At(2025, 3, 1), 1, ProviderA, "atelier-2h", [1, 2]),
        new DistributionBlocked(At(2025, 3, 2), "order-1"),
        new PassesCancelled(At(2025, 3, 5), 11, 2),
        new MonthSettled(At(2025, 4, 2), new YearMonth(2025, 3)),
        new OrderExpired(At(2026, 3, 1), "order-1", 6),
        new ProgrammeClosed(At(2026, 3, 2)),
    ];

    [Fact]
    public async Task An_empty_stream_has_version_0_and_no_events()
    {
        var store = await CreateStoreAsync();
        Assert.Equal(0, await store.GetVersionAsync(Programme));
        Assert.Empty(await ReadAll(store, Programme));
    }

    [Fact]
    public async Task Appends_at_the_expected_version_and_reads_from_a_version()
    {
        var store = await CreateStoreAsync();
        var events = OneOfEach();
        Assert.Equal(AppendOutcome.Appended, await store.AppendAsync(Programme, 0, [.. events.Take(4)]));
        Assert.Equal(AppendOutcome.Appended, await store.AppendAsync(Programme, 4, [.. events.Skip(4)]));
        Assert.Equal(events.Count, await store.GetVersionAsync(Programme));
        Assert.Equal(Json(events), Json(await ReadAll(store, Programme)));
        Assert.Equal(Json(events.Skip(7)), Json(await ReadAll(store, Programme, 7)));
        Assert.Empty(await ReadAll(store, Programme, events.Count));
        Assert.Empty(await ReadAll(store, Programme, events.Count + 5));
    }

    [Fact]
    public async Task An_append_at_another_version_conflicts_and_appends_nothing()
    {
        var store = await CreateStoreAsync();
        var events = OneOfEach();
        Assert.Equal(AppendOutcome.Appended, await store.AppendAsync(Programme, 0, [events[0], events[1]]));
        Assert.Equal(AppendOutcome.Conflict, await store.AppendAsync(Programme, 0, [events[2]]));
        Assert.Equal(AppendOutcome.Conflict, await store.AppendAsync(Programme, 1, [events[2], events[3]]));
        Assert.Equal(AppendOutcome.Conflict, await store.AppendAsync(Programme, 3, [events[2]]));
        Assert.Equal(2, await store.GetVersionAsync(Programme));
        Assert.Equal(Json(events.Take(2)), Json(await ReadAll(store, Programme)));
    }

    [Fact]
    public async Task Streams_of_different_programmes_are_independent()
    {
        var store = await CreateStoreAsync();
        var events = OneOfEach();
        Assert.Equal(AppendOutcome.Appended, await store.AppendAsync("a", 0, [events[0]]));
        Assert.Equal(AppendOutcome.Appended, await store.AppendAsync("b", 0, [events[0], events[1]]));
        Assert.Equal(AppendOutcome.Appended, await store.AppendAsync("a", 1, [events[1]]));
        Assert.Equal((2L, 2L, 0L), (await store.GetVersionAsync("a"), await store.GetVersionAsync("b"), await store.GetVersionAsync("c")));
    }

    [Fact]
    public async Task A_cancelled_call_appends_nothing()
    {
        var store = await CreateStoreAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.AppendAsync(Programme, 0, OneOfEach(), cancelled.Token));
        Assert.Equal(0, await store.GetVersionAsync(Programme));
        Assert.Equal(AppendOutcome.Appended, await store.AppendAsync(Programme, 0, OneOfEach()));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await ReadAll(store, Programme, 0, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.GetVersionAsync(Programme, cancelled.Token));
    }

    [Fact]
    public async Task Many_appends_read_back_in_order()
    {
        var store = await CreateStoreAsync();
        var written = new List<VoucherEvent>();
        for (var i = 0; i < 60; i++)
        {
            VoucherEvent[] batch = [.. Enumerable.Range(0, (i % 3) + 1).Select(k => new PassesRedeemed(At(2025, 3, 1), written.Count + k + 1, ProviderA, "s", [written.Count + k + 1]))];
            Assert.Equal(AppendOutcome.Appended, await store.AppendAsync(Programme, written.Count, batch));
            written.AddRange(batch);
        }

        var read = await ReadAll(store, Programme);
        Assert.Equal(Enumerable.Range(1, written.Count).Select(n => (long)n), read.Cast<PassesRedeemed>().Select(r => r.Redemption));
    }

    [Fact]
    public async Task Every_event_type_round_trips()
    {
        var store = await CreateStoreAsync();
        var events = OneOfEach();
        var types = typeof(VoucherEvent).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(VoucherEvent)) && !t.IsAbstract).Select(t => t.Name).Order();
        Assert.Equal(types, events.Select(e => e.GetType().Name).Distinct().Order());
        foreach (var e in events)
        {
            Assert.Equal(AppendOutcome.Appended, await store.AppendAsync(Programme, await store.GetVersionAsync(Programme), [e]));
        }

        var read = await ReadAll(store, Programme);
        Assert.Equal(events.Select(e => e.GetType()), read.Select(e => e.GetType()));
        Assert.Equal(Json(events), Json(read));
    }

    [Fact]
    public async Task A_stored_ledger_replays_what_it_recorded()
    {
        var store = await CreateStoreAsync();
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
        Assert.Equal(Json(ledger.Events()), Json(reopened.Events()));
    }

    protected abstract ValueTask<IVoucherEventStore> CreateStoreAsync();

    private static async Task<List<VoucherEvent>> ReadAll(IVoucherEventStore store, string programme, long from = 0, CancellationToken token = default)
    {
        var list = new List<VoucherEvent>();
        await foreach (var e in store.ReadAsync(programme, from, token))
        {
            list.Add(e);
        }

        return list;
    }

    private static string[] Json(IEnumerable<VoucherEvent> events) => [.. events.Select(InclusionJson.SerializeEvent)];
}

public sealed class InMemoryVoucherEventStoreTests : VoucherEventStoreContract
{
    protected override ValueTask<IVoucherEventStore> CreateStoreAsync() => ValueTask.FromResult<IVoucherEventStore>(new InMemoryVoucherEventStore());
}

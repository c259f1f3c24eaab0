using BenchmarkDotNet.Attributes;
using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.Benchmarks;

/// <summary>
/// Voucher ledger at scale (issue 3 targets): issuing 1,000,000 passes; 1,000,000 redemptions on one thread
/// (≥ 1,000,000/s, ≤ 256 B per redemption); monthly settlement over 1,000,000 redemptions (&lt; 1 s); replay of
/// 5,000,000 events (&lt; 10 s). Per-operation figures: divide by <see cref="Passes"/> (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class VoucherBenchmarks
{
    private const int Providers = 50;
    private static readonly Instant March = Instant.FromUtc(2025, 3, 3, 9, 0);
    private VoucherProgramme programme = null!;
    private Siret[] sirets = [];
    private VoucherLedger ledger = null!;
    private IReadOnlyList<VoucherEvent> settledEvents = [];
    private InMemoryVoucherEventStore replayStore = null!;

    /// <summary>Gets or sets the number of passes (and redemptions).</summary>
    [Params(1_000_000)]
    public int Passes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var gironde = TerritoryId.Parse(TerritoryLevel.Departement, "33").Value;
        sirets = [.. Enumerable.Range(0, Providers).Select(i => ValidSiret($"732829320{i:0000}"))];
        programme = new VoucherProgramme(
            "bench", "APTIC", "Commanditaire", [gironde],
            [.. sirets.Select((s, i) => new ProviderQualification(new Actor(s.ToString(), "P" + i, ActorRoles.MediationProvider, new PivotIdentifier(s), territoriesServed: [gironde]), new LocalDate(2024, 1, 1)))],
            [new Actor("d", "D", ActorRoles.Distributor, territoriesServed: [gironde])]);
    }

    [GlobalSetup(Target = nameof(MonthlySettlement))]
    public void SetupSettlement()
    {
        Setup();
        var full = Ordered();
        RedeemAll(full);
        settledEvents = full.Events();
    }

    [GlobalSetup(Target = nameof(ReplayFiveMillionEvents))]
    public void SetupReplay()
    {
        Setup();
        replayStore = new InMemoryVoucherEventStore();
        var full = Ordered(5 * Passes);
        var provider = sirets[0];
        var events = new VoucherEvent[(5 * Passes) - (int)full.Version];
        for (var i = 0; i < events.Length; i++)
        {
            events[i] = new PassesRedeemed(March, i + 1, provider, "atelier", [i + 1]);
        }

        replayStore.AppendAsync("bench", 0, full.Events()).AsTask().GetAwaiter().GetResult();
        replayStore.AppendAsync("bench", full.Version, events).AsTask().GetAwaiter().GetResult();
    }

    [IterationSetup(Target = nameof(Redeem))]
    public void SetupRedeem() => ledger = Ordered();

    /// <summary>Issues the booklets of an order of <see cref="Passes"/> passes (quote, confirm, issue).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1_000_000)]
    public long IssuePasses()
    {
        var l = new VoucherLedger(programme);
        l.Quote("o", Passes, 10, March);
        l.Confirm("o", March);
        l.Issue("o", March);
        return l.IssuedPasses;
    }

    /// <summary>Scans every pass once, one redemption per pass, at 50 providers.</summary>
    [Benchmark(OperationsPerInvoke = 1_000_000)]
    public long Redeem() => RedeemAll(ledger);

    /// <summary>The providers' statements of one month holding every redemption.</summary>
    [Benchmark(OperationsPerInvoke = 1_000_000)]
    public int MonthlySettlement() => VoucherReports.ProviderStatements(programme, settledEvents, new YearMonth(2025, 3)).Count;

    /// <summary>Rebuilds a ledger from 5 × <see cref="Passes"/> events in the in-memory store.</summary>
    [Benchmark(OperationsPerInvoke = 5_000_000)]
    public long ReplayFiveMillionEvents() => StoredVoucherLedger.OpenAsync(programme, replayStore).AsTask().GetAwaiter().GetResult().Version;

    private long RedeemAll(VoucherLedger target)
    {
        long recorded = 0;
        for (var n = 1; n <= Passes; n++)
        {
            if (target.Redeem(PassSerial.FromNumber(n), sirets[n % Providers], "atelier", March).Success)
            {
                recorded++;
            }
        }

        return recorded;
    }

    private VoucherLedger Ordered(int? passes = null)
    {
        var l = new VoucherLedger(programme);
        var count = passes ?? Passes;
        l.Quote("o", count, 10, March);
        l.Confirm("o", March);
        l.Issue("o", March);
        l.Inject(1, count / 10, "d", March);
        return l;
    }

    private static Siret ValidSiret(string first13)
    {
        for (var d = 0; d < 10; d++)
        {
            if (Siret.TryParse(first13 + d, out var siret))
            {
                return siret;
            }
        }

        throw new InvalidOperationException("no SIRET");
    }
}

using System.Globalization;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The append-only ledger of one voucher programme, in memory: the decision model. Every command is decided and its
/// event applied in one atomic step under the ledger's lock (never read, validate, then write); the ledger keeps its
/// events (<see cref="Events"/>). A rejection is a <see cref="LedgerResult"/> with a stable rule code and leaves the
/// ledger unchanged. Pass state is kept in dense arrays indexed by pass number, so a scan costs no search.
/// To keep the events in a store (SQLite, …), run the commands through <see cref="StoredVoucherLedger"/>.
/// </summary>
public sealed partial class VoucherLedger
{
    private const byte Outstanding = 0;
    private const byte Redeemed = 1;
    private const byte Cancelled = 2;
    private const byte ExpiredState = 3;

    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private readonly Lock gate = new();
    private bool proposing;
    private VoucherEvent? proposed;
    private readonly List<VoucherEvent> events = []; // the events after baseVersion (0 unless restored from a snapshot)
    private long baseVersion;
    private readonly List<OrderState> orders = [];
    private readonly Dictionary<string, int> orderIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<Siret, int> providerIndex = [];
    private readonly Siret[] providerSirets;
    private readonly Dictionary<string, int> distributorIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> beneficiaryIndex = new(StringComparer.Ordinal);
    private readonly HashSet<TerritoryId> programmePerimeter;
    private readonly HashSet<YearMonth> settledMonths = [];
    private readonly Dictionary<YearMonth, long[]> monthPasses = [];       // passes scanned per provider index
    private readonly Dictionary<YearMonth, int[]> monthRedemptions = [];   // redemptions per provider index
    private readonly List<FeesChanged> feeChanges = [];
    private readonly List<PassesRedeemed> redemptions = [];

    // Dense per-pass state, index = pass number - 1.
    private byte[] passState = [];
    private int[] passOrder = [];
    private int[] passBooklet = [];
    private int[] passRedemption = [];   // redemption index + 1; 0 = none
    private int[] passBeneficiary = [];  // beneficiary index + 1; 0 = none
    private int[] bookletDistributor = []; // distributor index + 1; 0 = not injected
    private int[] bookletFirstPass = [];   // index of the booklet's first pass
    private long issuedPasses;
    private int issuedBooklets;
    private long outstandingPasses;
    private bool closed;
    private Instant lastAt = Instant.MinValue;
    private Instant lastBarrierAt = Instant.MinValue; // the latest event other than a redemption

    /// <summary>Creates the empty ledger of a programme.</summary>
    /// <param name="programme">The programme's settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="programme"/> is <see langword="null"/>.</exception>
    public VoucherLedger(VoucherProgramme programme)
    {
        Programme = Preconditions.CheckNotNull(programme);
        providerSirets = new Siret[programme.Providers.Count];
        for (var i = 0; i < programme.Providers.Count; i++)
        {
            providerSirets[i] = programme.Providers[i].Siret;
            providerIndex.Add(programme.Providers[i].Siret, i);
        }

        for (var i = 0; i < programme.Distributors.Count; i++)
        {
            distributorIndex.Add(programme.Distributors[i].Id, i);
        }

        programmePerimeter = [.. programme.Perimeter];
    }

    /// <summary>Gets the programme's settings.</summary>
    public VoucherProgramme Programme { get; }

    /// <summary>Gets the number of events recorded (the stream version).</summary>
    public long Version
    {
        get
        {
            lock (gate)
            {
                return baseVersion + events.Count;
            }
        }
    }

    /// <summary>Gets the number of passes issued so far.</summary>
    public long IssuedPasses
    {
        get
        {
            lock (gate)
            {
                return issuedPasses;
            }
        }
    }

    /// <summary>A copy of the events recorded, in order.</summary>
    /// <returns>The events.</returns>
    /// <exception cref="InvalidOperationException">The ledger was restored from a snapshot (the one a
    /// <see cref="StoredVoucherLedger"/> hands to <see cref="StoredVoucherLedger.RunAsync"/>): it holds the state, not the
    /// events before the snapshot; read them with <see cref="StoredVoucherLedger.ReadEventsAsync"/>.</exception>
    public IReadOnlyList<VoucherEvent> Events()
    {
        lock (gate)
        {
            if (baseVersion > 0)
            {
                throw new InvalidOperationException($"This ledger was restored from a snapshot at version {baseVersion}: it does not hold the events before it. Read the events from the store (StoredVoucherLedger.ReadEventsAsync).");
            }

            return [.. events];
        }
    }

    /// <summary>The state of a pass.</summary>
    /// <param name="pass">The pass.</param>
    /// <returns>Its status.</returns>
    public PassStatus StatusOf(PassSerial pass)
    {
        lock (gate)
        {
            if (pass.Number > issuedPasses)
            {
                return PassStatus.Unknown;
            }

            var i = pass.Number - 1;
            return passState[i] switch
            {
                Redeemed => PassStatus.Redeemed,
                Cancelled => PassStatus.Cancelled,
                ExpiredState => PassStatus.Expired,
                _ => passBeneficiary[i] != 0 ? PassStatus.Handed : bookletDistributor[passBooklet[i]] != 0 ? PassStatus.Injected : PassStatus.Issued,
            };
        }
    }

    /// <summary>Records the quote (devis) of an order.</summary>
    /// <param name="orderId">The order's identifier.</param>
    /// <param name="passCount">Number of passes, a multiple of the booklet size.</param>
    /// <param name="bookletSize">Passes per booklet, one of the programme's formats.</param>
    /// <param name="at">When.</param>
    /// <param name="targetPublics">The order's eligibility policy (target publics); empty or <see langword="null"/>: everyone.</param>
    /// <param name="perimeter">The order's territories, within the programme's; <see langword="null"/>: the programme's perimeter.</param>
    /// <returns>The result.</returns>
    public LedgerResult Quote(string orderId, int passCount, int bookletSize, Instant at, IEnumerable<string>? targetPublics = null, IEnumerable<TerritoryId>? perimeter = null) =>
        Record(new OrderQuoted(at, Preconditions.CheckNotNull(orderId), passCount, bookletSize, [.. targetPublics ?? []], [.. (perimeter ?? []).Select(t => t.ToString())]));

    /// <summary>Confirms an order (signed devis): the face-value invoice and the upstream fee invoice follow. The event
    /// records the upstream and VAT rates in effect on the confirmation day (Europe/Paris), so the order's upstream fee
    /// never changes afterwards, whatever later happens to the programme's fees.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="at">When.</param>
    /// <returns>The result.</returns>
    public LedgerResult Confirm(string orderId, Instant at)
    {
        Preconditions.CheckNotNull(orderId);
        lock (gate)
        {
            return RecordLocked(() =>
            {
                var fees = VoucherPricing.FeesOn(Programme, feeChanges, at.InZone(Paris).Date);
                return new OrderConfirmed(at, orderId, fees.UpstreamRate, fees.VatRate);
            });
        }
    }

    /// <summary>Issues the booklets of a confirmed order, numbering its passes after the last pass issued.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="at">When.</param>
    /// <returns>The result (a <see cref="BookletsIssued"/> event).</returns>
    public LedgerResult Issue(string orderId, Instant at)
    {
        Preconditions.CheckNotNull(orderId);
        lock (gate)
        {
            return RecordLocked(() =>
            {
                var known = orderIndex.TryGetValue(orderId, out var o);
                var size = known ? orders[o].BookletSize : 1;
                return new BookletsIssued(at, orderId, issuedPasses + 1, issuedBooklets + 1, known ? orders[o].PassCount / size : 0, size);
            });
        }
    }

    /// <summary>Injects consecutive booklets to a distributor.</summary>
    /// <param name="firstBooklet">Number of the first booklet.</param>
    /// <param name="bookletCount">Number of booklets.</param>
    /// <param name="distributorId">The distributor.</param>
    /// <param name="at">When.</param>
    /// <returns>The result.</returns>
    public LedgerResult Inject(int firstBooklet, int bookletCount, string distributorId, Instant at) =>
        Record(new BookletsInjected(at, firstBooklet, bookletCount, Preconditions.CheckNotNull(distributorId)));

    /// <summary>Hands consecutive passes (a booklet or single passes) to a beneficiary, checking the order's eligibility policy.</summary>
    /// <param name="firstPass">The first pass.</param>
    /// <param name="passCount">Number of passes.</param>
    /// <param name="distributorId">The distributor holding them.</param>
    /// <param name="beneficiary">The beneficiary's pseudonymous identifier.</param>
    /// <param name="targetPublic">The beneficiary's public.</param>
    /// <param name="at">When.</param>
    /// <returns>The result.</returns>
    public LedgerResult Hand(PassSerial firstPass, int passCount, string distributorId, string beneficiary, string targetPublic, Instant at) =>
        Record(new PassesHanded(at, firstPass.Number, passCount, Preconditions.CheckNotNull(distributorId), Preconditions.CheckNotNull(beneficiary), Preconditions.CheckNotNull(targetPublic)));

    /// <summary>Blocks the distribution of an order (J-15).</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="at">When.</param>
    /// <returns>The result.</returns>
    public LedgerResult Block(string orderId, Instant at) => Record(new DistributionBlocked(at, Preconditions.CheckNotNull(orderId)));

    /// <summary>Cancels consecutive outstanding passes; their face value goes to the credit note.</summary>
    /// <param name="firstPass">The first pass.</param>
    /// <param name="passCount">Number of passes.</param>
    /// <param name="at">When.</param>
    /// <returns>The result.</returns>
    public LedgerResult Cancel(PassSerial firstPass, int passCount, Instant at) => Record(new PassesCancelled(at, firstPass.Number, passCount));

    /// <summary>Expires the outstanding passes of an order after its grace period.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="at">When (after the grace end, Europe/Paris).</param>
    /// <returns>The result.</returns>
    public LedgerResult Expire(string orderId, Instant at)
    {
        Preconditions.CheckNotNull(orderId);
        lock (gate)
        {
            // A confirmed order never issued expires whole: its prepaid face value is credited back.
            return RecordLocked(() => new OrderExpired(at, orderId, orderIndex.TryGetValue(orderId, out var o) ? orders[o].Issued ? orders[o].Outstanding : orders[o].PassCount : 0));
        }
    }

    /// <summary>Settles a calendar month (Europe/Paris): its scans are counter-paid to the providers. The event records
    /// each provider's figures and the rates in effect on the month's first day, so the paid statement never changes.</summary>
    /// <param name="month">The month.</param>
    /// <param name="at">When (after the month's end).</param>
    /// <returns>The result.</returns>
    public LedgerResult Settle(YearMonth month, Instant at)
    {
        lock (gate)
        {
            return RecordLocked(() =>
            {
                var fees = VoucherPricing.FeesOn(Programme, feeChanges, month.OnDayOfMonth(1));
                return new MonthSettled(at, month, fees.DownstreamRate, fees.VatRate, ExpectedLines(month, fees));
            });
        }
    }

    /// <summary>Changes the operator's fee rates from a day after today on (Europe/Paris): orders confirmed from that day
    /// and months starting from it use the new rates; nothing already invoiced or settled changes.</summary>
    /// <param name="fees">The new rates.</param>
    /// <param name="effectiveFrom">The first day they apply, after the date of <paramref name="at"/>.</param>
    /// <param name="at">When the change is recorded.</param>
    /// <returns>The result (<c>fees.retroactive</c> for a change taking effect today or earlier).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fees"/> is <see langword="null"/>.</exception>
    public LedgerResult ChangeFees(FeeSchedule fees, LocalDate effectiveFrom, Instant at)
    {
        Preconditions.CheckNotNull(fees);
        return Record(new FeesChanged(at, effectiveFrom, fees.UpstreamRate, fees.DownstreamRate, fees.VatRate));
    }

    /// <summary>Closes the programme: credit notes on unused face value and the co-financing claim. Refused while
    /// anything is unsettled; the rejection's <see cref="LedgerResult.Issues"/> lists every blocker (orders confirmed
    /// but never issued, orders with outstanding passes, months with unsettled scans).</summary>
    /// <param name="at">When.</param>
    /// <returns>The result.</returns>
    public LedgerResult Close(Instant at) => Record(new ProgrammeClosed(at));

    /// <summary>Scans one pass at a provider for a service.</summary>
    /// <param name="pass">The pass.</param>
    /// <param name="provider">The provider's SIRET.</param>
    /// <param name="service">The service's code.</param>
    /// <param name="scannedAt">When.</param>
    /// <returns>The redemption recorded, the original one for a repeated scan, or the rejection.</returns>
    public LedgerResult Redeem(PassSerial pass, Siret provider, string service, Instant scannedAt) =>
        Redeem([pass.Number], provider, service, scannedAt, null);

    /// <summary>Scans several passes for one service; the passes must not exceed its price (no change is given).</summary>
    /// <param name="passes">The passes.</param>
    /// <param name="provider">The provider's SIRET.</param>
    /// <param name="service">The service's code.</param>
    /// <param name="scannedAt">When.</param>
    /// <param name="servicePrice">The service's price, if known: more passes than needed are refused.</param>
    /// <returns>The redemption recorded, the original one for a repeated scan, or the rejection.</returns>
    public LedgerResult Redeem(IReadOnlyList<PassSerial> passes, Siret provider, string service, Instant scannedAt, Money? servicePrice = null)
    {
        Preconditions.CheckNotNull(passes);
        var numbers = new long[passes.Count];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = passes[i].Number;
        }

        return Redeem(numbers, provider, service, scannedAt, servicePrice);
    }

    /// <summary>Validates and records an event produced elsewhere (an imported file): the same rules as the commands apply.</summary>
    /// <param name="candidate">The event.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidate"/> is <see langword="null"/>.</exception>
    public LedgerResult Record(VoucherEvent candidate)
    {
        Preconditions.CheckNotNull(candidate);
        lock (gate)
        {
            return RecordLocked(() => candidate);
        }
    }

    internal LedgerResult Redeem(long[] passes, Siret provider, string service, Instant at, Money? servicePrice)
    {
        Preconditions.CheckNotNull(service);
        lock (gate)
        {
            if (!providerIndex.TryGetValue(provider, out var p))
            {
                return new LedgerResult(null, VoucherRules.ProviderUnknown.Issue(provider.ToString()), false);
            }

            var rejection = DecideRedemption(passes, p, service, at, servicePrice, out var original);
            if (rejection is not null)
            {
                return new LedgerResult(null, rejection, false);
            }

            if (original is not null)
            {
                return new LedgerResult(original, null, true);
            }

            var e = new PassesRedeemed(at, redemptions.Count + 1, providerSirets[p], service, passes);
            Commit(e);
            return new LedgerResult(e, null, false);
        }
    }

    /// <summary>
    /// Decides a command on the current state without applying its event (the seam of <see cref="StoredVoucherLedger"/>):
    /// the result and the version the decision was based on. The command must record at most one event.
    /// </summary>
    internal LedgerResult Propose(Func<VoucherLedger, LedgerResult> command, out long basedOn)
    {
        lock (gate)
        {
            basedOn = baseVersion + events.Count;
            proposing = true;
            proposed = null;
            try
            {
                return command(this);
            }
            finally
            {
                proposing = false;
                proposed = null;
            }
        }
    }

    /// <summary>
    /// Applies a stored event, trusted (it was decided when written), if it is the next one: an event already applied
    /// (version at most <see cref="Version"/>) is skipped. Returns whether it was applied.
    /// </summary>
    internal bool ApplyStored(long version, VoucherEvent e)
    {
        lock (gate)
        {
            var current = baseVersion + events.Count;
            if (version <= current)
            {
                return false;
            }

            if (version != current + 1)
            {
                throw new InvalidOperationException($"Event {Text(version)} cannot follow version {Text(current)}: the stream has a gap.");
            }

            Apply(e);
            return true;
        }
    }

    /// <summary>
    /// Applies a redemption a store appended at <paramref name="version"/> and numbered itself, if it is the next event:
    /// its number is then this ledger's count of redemptions + 1. Returns false when other events come before it.
    /// </summary>
    internal bool ApplyStoredRedemption(long version, PassesRedeemed redemption)
    {
        lock (gate)
        {
            if (version != baseVersion + events.Count + 1)
            {
                return false;
            }

            Apply(new PassesRedeemed(redemption.At, redemptions.Count + 1, redemption.Provider, redemption.Service, redemption.Passes));
            return true;
        }
    }

    /// <summary>The event at a version (1-based) already applied, after the snapshot the ledger was restored from.</summary>
    internal VoucherEvent EventAt(long version)
    {
        lock (gate)
        {
            return events[checked((int)(version - baseVersion) - 1)];
        }
    }

    // Decides on the current state and applies at once under the lock; when proposing, only notes the event.
    private LedgerResult RecordLocked(Func<VoucherEvent> build)
    {
        var candidate = build();
        ValidationIssue? rejection;
        IReadOnlyList<ValidationIssue>? issues = null;
        if (candidate.SchemaVersion != 1)
        {
            rejection = VoucherRules.FileSchemaVersion.Issue(candidate.SchemaVersion.ToString(CultureInfo.InvariantCulture));
        }
        else if (candidate is PassesRedeemed r)
        {
            PassesRedeemed? original = null;
            rejection = !providerIndex.TryGetValue(r.Provider, out var p)
                ? VoucherRules.ProviderUnknown.Issue(r.Provider.ToString())
                : DecideRedemption(r.Passes, p, r.Service, r.At, null, out original);
            if (rejection is null && original is not null)
            {
                return new LedgerResult(original, null, true);
            }

            if (rejection is null && r.Redemption != redemptions.Count + 1)
            {
                rejection = VoucherRules.RedemptionNumber.Issue(r.Redemption.ToString(CultureInfo.InvariantCulture));
            }
        }
        else
        {
            rejection = Decide(candidate);
            if (rejection is not null && candidate is ProgrammeClosed && CloseBlockers() is { Count: > 0 } blockers && blockers[0].RuleCode == rejection.RuleCode)
            {
                issues = blockers;
            }
        }

        if (rejection is not null)
        {
            return new LedgerResult(null, rejection, false, issues);
        }

        Commit(candidate);
        return new LedgerResult(candidate, null, false, candidate is PassesHanded h ? LateHandingWarning(h) : null);
    }

    private void Commit(VoucherEvent e)
    {
        if (!proposing)
        {
            Apply(e);
            return;
        }

        if (proposed is not null)
        {
            throw new InvalidOperationException("A command run through a stored ledger records one event: run one ledger command per call.");
        }

        proposed = e;
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string SerialText(long number) => number is >= 1 and <= PassSerial.MaxNumber ? PassSerial.FromNumber(number).ToString() : Text(number);

    private static LocalDate DateOf(Instant at) => at.InZone(Paris).Date;

    private sealed class OrderState(string id, int passCount, int bookletSize, HashSet<string> targetPublics, IReadOnlyList<string> quotedPerimeter, HashSet<TerritoryId> perimeter)
    {
        public string Id { get; } = id;

        public IReadOnlyList<string> QuotedPerimeter { get; } = quotedPerimeter;

        public int PassCount { get; } = passCount;

        public int BookletSize { get; } = bookletSize;

        public HashSet<string> TargetPublics { get; } = targetPublics;

        public HashSet<TerritoryId> Perimeter { get; } = perimeter;

        public bool Confirmed { get; set; }

        public LocalDate ConfirmedOn { get; set; }

        public ExpiryTimeline? Timeline { get; set; }

        public bool[] AffiliatedProviders { get; set; } = [];

        public bool Issued { get; set; }

        public bool Blocked { get; set; }

        public bool Expired { get; set; }

        public int Outstanding { get; set; }

        public long FirstPass { get; set; }
    }
}

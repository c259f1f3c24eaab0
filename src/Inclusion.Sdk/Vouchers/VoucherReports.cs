using System.Globalization;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// Accounting, statements and indicators derived from a programme's events (pure functions: the same events always
/// give the same postings, balances, statements and indicators, so a replayed ledger reports identically).
/// </summary>
public static class VoucherReports
{
    /// <summary>The double-entry postings derived from the events, in event order.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="events">Its events, as recorded by a <see cref="VoucherLedger"/>.</param>
    /// <returns>The postings; each is balanced.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<Posting> Postings(VoucherProgramme programme, IReadOnlyList<VoucherEvent> events)
    {
        Preconditions.CheckNotNull(programme);
        Preconditions.CheckNotNull(events);
        var facts = new VoucherFacts(programme, events);
        var face = programme.FaceValue;
        var c = programme.Commanditaire;
        var postings = new List<Posting>();
        var byMonth = facts.Redemptions.ToLookup(r => r.Month);
        for (var i = 0; i < events.Count; i++)
        {
            var version = i + 1;
            switch (events[i])
            {
                case OrderConfirmed confirmed:
                    var order = facts.Orders[facts.OrderIndex[confirmed.OrderId]];
                    var value = face * order.PassCount;
                    var fee = order.UpstreamFee(value);
                    var vat = order.UpstreamVat(fee);
                    postings.Add(new Posting(version, "order " + order.Id + ": face value prepaid (invoice #1)", [new(VoucherAccount.PrepaidFaceValue, c, value), new(VoucherAccount.OutstandingPasses, c, -value)]));
                    postings.Add(new Posting(version, "order " + order.Id + ": upstream fee invoice", [new(VoucherAccount.CommanditaireReceivable, c, fee + vat), new(VoucherAccount.OperatorFees, c, -fee), new(VoucherAccount.VatCollected, c, -vat)]));
                    break;
                case PassesRedeemed r:
                    var used = face * r.Passes.Count;
                    postings.Add(new Posting(version, "redemption " + r.Redemption.ToString(CultureInfo.InvariantCulture), [new(VoucherAccount.OutstandingPasses, c, used), new(VoucherAccount.ProviderPayable, r.Provider.ToString(), -used)]));
                    break;
                case PassesCancelled x:
                    postings.Add(new Posting(version, "passes cancelled", Unused(face * x.PassCount, face * facts.ForfeitedByEvent[i], c)));
                    break;
                case OrderExpired x when x.PassCount > 0:
                    postings.Add(new Posting(version, "order " + x.OrderId + ": passes expired", Unused(face * x.PassCount, face * facts.ForfeitedByEvent[i], c)));
                    break;
                case MonthSettled m:
                    foreach (var line in StatementLines(facts, byMonth[m.Month], m.Month))
                    {
                        postings.Add(new Posting(version, $"counter-payment {VoucherFacts.Text(m.Month)} to {line.Provider}",
                        [
                            new(VoucherAccount.ProviderPayable, line.Provider.ToString(), line.GrossValue),
                            new(VoucherAccount.PrepaidFaceValue, c, -line.GrossValue),
                            new(VoucherAccount.OperatorCash, line.Provider.ToString(), line.DownstreamFee),
                            new(VoucherAccount.OperatorFees, line.Provider.ToString(), -line.DownstreamFee),
                            new(VoucherAccount.ProviderReceivable, line.Provider.ToString(), line.DownstreamFeeVat),
                            new(VoucherAccount.VatCollected, line.Provider.ToString(), -line.DownstreamFeeVat),
                        ]));
                    }

                    break;
                case ProgrammeClosed:
                    var statement = Closing(facts);
                    if (statement.CreditNote != Money.Zero)
                    {
                        postings.Add(new Posting(version, "credit note on unused face value", [new(VoucherAccount.CreditNotesDue, c, statement.CreditNote), new(VoucherAccount.PrepaidFaceValue, c, -statement.CreditNote)]));
                    }

                    if (statement.ForfeitedValue != Money.Zero)
                    {
                        postings.Add(new Posting(version, "face value at the commanditaire's charge (handed out after the block) released", [new(VoucherAccount.ForfeitedFaceValue, c, statement.ForfeitedValue), new(VoucherAccount.PrepaidFaceValue, c, -statement.ForfeitedValue)]));
                    }

                    if (statement.CoFinancingClaim != Money.Zero)
                    {
                        postings.Add(new Posting(version, "co-financing claim", [new(VoucherAccount.CoFunderReceivable, statement.CoFunder!, statement.CoFinancingClaim), new(VoucherAccount.CommanditaireCoFinancing, c, -statement.CoFinancingClaim)]));
                    }

                    break;
                default:
                    break;
            }
        }

        return postings;
    }

    /// <summary>The balance of every account (debit positive), summed from the postings.</summary>
    /// <param name="postings">The postings.</param>
    /// <returns>The balances, one per account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="postings"/> is <see langword="null"/>.</exception>
    public static IReadOnlyDictionary<VoucherAccount, Money> Balances(IEnumerable<Posting> postings)
    {
        Preconditions.CheckNotNull(postings);
        var balances = Enum.GetValues<VoucherAccount>().ToDictionary(a => a, _ => Money.Zero);
        foreach (var posting in postings)
        {
            foreach (var line in posting.Lines)
            {
                balances[line.Account] += line.Amount;
            }
        }

        return balances;
    }

    /// <summary>The providers' monthly statements, by month then SIRET.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="events">Its events.</param>
    /// <param name="month">Only this month of scans, or every month.</param>
    /// <returns>The statements.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IReadOnlyList<ProviderStatement> ProviderStatements(VoucherProgramme programme, IReadOnlyList<VoucherEvent> events, YearMonth? month = null)
    {
        Preconditions.CheckNotNull(programme);
        Preconditions.CheckNotNull(events);
        var facts = new VoucherFacts(programme, events);
        return [.. facts.Redemptions.Where(r => month is null || r.Month == month).GroupBy(r => r.Month).OrderBy(g => g.Key)
            .SelectMany(g => StatementLines(facts, g, g.Key))];
    }

    /// <summary>The commanditaire's closing statement (provisional while the programme is open).</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="events">Its events.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static ClosingStatement Closing(VoucherProgramme programme, IReadOnlyList<VoucherEvent> events)
    {
        Preconditions.CheckNotNull(programme);
        Preconditions.CheckNotNull(events);
        return Closing(new VoucherFacts(programme, events));
    }

    /// <summary>The programme's indicators.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="events">Its events.</param>
    /// <returns>The indicators.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static VoucherKpis Kpis(VoucherProgramme programme, IReadOnlyList<VoucherEvent> events)
    {
        Preconditions.CheckNotNull(programme);
        Preconditions.CheckNotNull(events);
        return VoucherKpiBuilder.Build(new VoucherFacts(programme, events));
    }

    // A settled month reads what its event recorded (what was paid, at the rates then in effect); a month not yet
    // settled is priced at the rates in effect on its first day.
    private static IEnumerable<ProviderStatement> StatementLines(VoucherFacts facts, IEnumerable<VoucherFacts.RedemptionFact> redemptions, YearMonth month)
    {
        var settled = facts.SettledEvents.TryGetValue(month, out var settlement);
        IEnumerable<SettledLine> lines;
        if (settlement is not null)
        {
            lines = settlement.Lines;
        }
        else
        {
            var fees = VoucherPricing.FeesOn(facts.Programme, facts.FeeChanges, month.OnDayOfMonth(1));
            lines = redemptions.GroupBy(r => r.Redemption.Provider).OrderBy(g => g.Key)
                .Select(g => VoucherPricing.Line(g.Key, g.Count(), g.Sum(r => (long)r.Redemption.Passes.Count), facts.Programme.FaceValue, fees));
        }

        foreach (var line in lines)
        {
            var name = facts.Programme.Providers.FirstOrDefault(p => p.Siret == line.Provider)?.Name ?? line.Provider.ToString();
            yield return new ProviderStatement(month, line.Provider, name, line.Redemptions, line.Passes, line.GrossValue, line.DownstreamFee, line.DownstreamFeeVat, settled);
        }
    }

    // The lines of an unused (cancelled or expired) value: credited back, except the part at the commanditaire's charge.
    private static PostingLine[] Unused(Money value, Money forfeited, string commanditaire) =>
        forfeited == Money.Zero
            ? [new(VoucherAccount.OutstandingPasses, commanditaire, value), new(VoucherAccount.CreditNotesDue, commanditaire, -value)]
            : forfeited == value
                ? [new(VoucherAccount.OutstandingPasses, commanditaire, value), new(VoucherAccount.ForfeitedFaceValue, commanditaire, -forfeited)]
                : [new(VoucherAccount.OutstandingPasses, commanditaire, value), new(VoucherAccount.CreditNotesDue, commanditaire, forfeited - value), new(VoucherAccount.ForfeitedFaceValue, commanditaire, -forfeited)];

    private static ClosingStatement Closing(VoucherFacts facts)
    {
        var programme = facts.Programme;
        var face = programme.FaceValue;
        long ordered = 0, used = 0, cancelled = 0, expired = 0, late = 0, forfeited = 0;
        Money upstream = Money.Zero, upstreamVat = Money.Zero;
        foreach (var order in facts.Orders.Where(o => o.Confirmed))
        {
            ordered += order.PassCount;
            used += order.Used;
            cancelled += order.Cancelled;
            expired += order.Expired;
            late += order.HandedAfterBlock;
            forfeited += order.Forfeited;
            var fee = order.UpstreamFee(face * order.PassCount);
            upstream += fee;
            upstreamVat += order.UpstreamVat(fee);
        }

        // AAP 2020: the minimum purchase, the State share and its ceiling apply to the programme's purchase as a whole
        // (all confirmed orders together), never order by order (docs/vouchers.md, "Accounting rules").
        var coFinancing = programme.CoFinancing is { } rule ? rule.ShareOf(face * ordered, face * used) : Money.Zero;

        Money downstream = Money.Zero, paidGross = Money.Zero, paidNet = Money.Zero;
        foreach (var month in facts.Redemptions.GroupBy(r => r.Month))
        {
            foreach (var line in StatementLines(facts, month, month.Key))
            {
                downstream += line.DownstreamFee;
                if (line.IsSettled)
                {
                    paidGross += line.GrossValue;
                    paidNet += line.NetPayable;
                }
            }
        }

        return new ClosingStatement(new ClosingFigures(programme.Commanditaire, ordered, used, cancelled, expired, late, forfeited, face, upstream, upstreamVat, downstream, paidGross, paidNet, programme.CoFinancing?.CoFunder, coFinancing, facts.Closed));
    }
}

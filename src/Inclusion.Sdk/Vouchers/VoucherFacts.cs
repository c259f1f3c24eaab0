using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>What the reports need, folded from a programme's (already validated) events in one pass.</summary>
internal sealed class VoucherFacts
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private readonly List<int> issuedOrders = [];

    internal VoucherFacts(VoucherProgramme programme, IReadOnlyList<VoucherEvent> events)
    {
        Programme = programme;
        foreach (var e in events)
        {
            eventIndex++;
            Fold(e);
        }
    }

    internal VoucherProgramme Programme { get; }

    internal List<OrderFact> Orders { get; } = [];

    internal Dictionary<string, int> OrderIndex { get; } = new(StringComparer.Ordinal);

    internal List<BookletFact> Booklets { get; } = [];

    internal List<RedemptionFact> Redemptions { get; } = [];

    internal List<(PassesHanded Handing, YearMonth Month)> Handings { get; } = [];

    internal HashSet<YearMonth> Settled { get; } = [];

    /// <summary>The settlement event of each settled month (its recorded figures are what was paid).</summary>
    internal Dictionary<YearMonth, MonthSettled> SettledEvents { get; } = [];

    internal List<FeesChanged> FeeChanges { get; } = [];

    /// <summary>Passes never used and not credited back (handed out after the block), by the index of the cancelling
    /// or expiring event.</summary>
    internal Dictionary<int, long> ForfeitedByEvent { get; } = [];

    private readonly int eventIndex = -1;

    internal bool Closed { get; private set; }

    /// <summary>A month as <c>yyyy-MM</c> (YearMonth.ToString() depends on the culture).</summary>
    internal static string Text(YearMonth month) => NodaTime.Text.YearMonthPattern.Iso.Format(month);

    internal static YearMonth MonthOf(Instant at)
    {
        var date = at.InZone(Paris).Date;
        return new YearMonth(date.Year, date.Month);
    }

    /// <summary>The index of the order a pass belongs to (orders are issued in ascending pass ranges).</summary>
    internal int OrderOfPass(long pass)
    {
        int lo = 0, hi = issuedOrders.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (Orders[issuedOrders[mid]].FirstPass <= pass)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return issuedOrders[lo];
    }

    internal int BookletOfPass(long pass)
    {
        var order = Orders[OrderOfPass(pass)];
        return order.FirstBooklet - 1 + (int)((pass - order.FirstPass) / order.BookletSize);
    }

    private void Fold(VoucherEvent e)
    {
        switch (e)
        {
            case OrderQuoted q:
                OrderIndex[q.OrderId] = Orders.Count;
                Orders.Add(new OrderFact(q.OrderId, q.PassCount, q.BookletSize));
                break;
            case OrderConfirmed c:
                var confirmed = Orders[OrderIndex[c.OrderId]];
                confirmed.Confirmed = true;
                confirmed.ConfirmedOn = c.At.InZone(Paris).Date;
                confirmed.UpstreamRate = c.UpstreamRate;
                confirmed.VatRate = c.VatRate;
                confirmed.Timeline = Programme.TimelineFor(confirmed.ConfirmedOn);
                break;
            case DistributionBlocked blocked:
                Orders[OrderIndex[blocked.OrderId]].Blocked = true;
                break;
            case FeesChanged f:
                FeeChanges.Add(f);
                break;
            case BookletsIssued b:
                var o = OrderIndex[b.OrderId];
                Orders[o].FirstPass = b.FirstPass;
                Orders[o].FirstBooklet = b.FirstBooklet;
                issuedOrders.Add(o);
                for (var k = 0; k < b.BookletCount; k++)
                {
                    Booklets.Add(new BookletFact(o, MonthOf(b.At)));
                }

                break;
            case BookletsInjected inj:
                for (var k = inj.FirstBooklet - 1; k < inj.FirstBooklet - 1 + inj.BookletCount; k++)
                {
                    Booklets[k].Distributor = inj.DistributorId;
                    Booklets[k].InjectedIn = MonthOf(inj.At);
                }

                break;
            case PassesHanded h:
                Handings.Add((h, MonthOf(h.At)));
                var handedFrom = Orders[OrderOfPass(h.FirstPass)];
                if (handedFrom.Blocked || (handedFrom.Timeline is { } t && h.At.InZone(Paris).Date > t.Block))
                {
                    handedFrom.HandedAfterBlock += h.PassCount;
                    for (var n = h.FirstPass; n < h.FirstPass + h.PassCount; n++)
                    {
                        handedFrom.Late.Add(n);
                    }
                }

                break;
            case PassesRedeemed r:
                var order = OrderOfPass(r.Passes[0]);
                Orders[order].Used += r.Passes.Count;
                Redemptions.Add(new RedemptionFact(r, order, MonthOf(r.At)));
                foreach (var pass in r.Passes)
                {
                    Orders[order].Late.Remove(pass);
                    var booklet = Booklets[BookletOfPass(pass)];
                    booklet.StartedBy ??= r.Provider;
                    booklet.StartedIn ??= MonthOf(r.At);
                }

                break;
            case PassesCancelled x:
                long forfeited = 0;
                for (var n = x.FirstPass; n < x.FirstPass + x.PassCount; n++)
                {
                    var of = Orders[OrderOfPass(n)];
                    of.Cancelled++;
                    if (of.Late.Remove(n))
                    {
                        of.Forfeited++;
                        forfeited++;
                    }
                }

                ForfeitedByEvent[eventIndex] = forfeited;
                break;
            case OrderExpired x:
                var expired = Orders[OrderIndex[x.OrderId]];
                expired.Expired += x.PassCount;
                expired.Forfeited += expired.Late.Count;
                ForfeitedByEvent[eventIndex] = expired.Late.Count;
                expired.Late.Clear();
                break;
            case MonthSettled m:
                Settled.Add(m.Month);
                SettledEvents[m.Month] = m;
                break;
            case ProgrammeClosed:
                Closed = true;
                break;
            default:
                break;
        }
    }

    internal sealed class OrderFact(string id, int passCount, int bookletSize)
    {
        public string Id { get; } = id;

        public int PassCount { get; } = passCount;

        public int BookletSize { get; } = bookletSize;

        public bool Confirmed { get; set; }

        public long FirstPass { get; set; }

        public int FirstBooklet { get; set; }

        public long Used { get; set; }

        public long Cancelled { get; set; }

        public long Expired { get; set; }

        public LocalDate ConfirmedOn { get; set; }

        /// <summary>The upstream rate frozen by the order's <see cref="OrderConfirmed"/> event.</summary>
        public decimal UpstreamRate { get; set; }

        /// <summary>The VAT rate on the upstream fee frozen by the order's <see cref="OrderConfirmed"/> event.</summary>
        public decimal VatRate { get; set; }

        /// <summary>The upstream fee excluding VAT for a face value, at the frozen rate, rounded to the cent.</summary>
        public Money UpstreamFee(Money value) => (value * UpstreamRate).Round();

        /// <summary>The VAT on an upstream fee at the frozen rate, rounded to the cent.</summary>
        public Money UpstreamVat(Money fee) => (fee * VatRate).Round();

        public ExpiryTimeline? Timeline { get; set; }

        public bool Blocked { get; set; }

        /// <summary>Passes handed out after the block (J-15 or the recorded blocking).</summary>
        public long HandedAfterBlock { get; set; }

        /// <summary>Passes handed out after the block, cancelled or expired unused: not credited back.</summary>
        public long Forfeited { get; set; }

        /// <summary>Passes handed out after the block and not (yet) used, cancelled or expired.</summary>
        public HashSet<long> Late { get; } = [];
    }

    internal sealed class BookletFact(int order, YearMonth issuedIn)
    {
        public int Order { get; } = order;

        public YearMonth IssuedIn { get; } = issuedIn;

        public string? Distributor { get; set; }

        public YearMonth? InjectedIn { get; set; }

        public Identifiers.Siret? StartedBy { get; set; }

        public YearMonth? StartedIn { get; set; }
    }

    internal sealed class RedemptionFact(PassesRedeemed redemption, int order, YearMonth month)
    {
        public PassesRedeemed Redemption { get; } = redemption;

        public int Order { get; } = order;

        public YearMonth Month { get; } = month;
    }
}

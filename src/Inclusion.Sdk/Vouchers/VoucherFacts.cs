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
                Orders[OrderIndex[c.OrderId]].Confirmed = true;
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
                break;
            case PassesRedeemed r:
                var order = OrderOfPass(r.Passes[0]);
                Orders[order].Used += r.Passes.Count;
                Redemptions.Add(new RedemptionFact(r, order, MonthOf(r.At)));
                foreach (var pass in r.Passes)
                {
                    var booklet = Booklets[BookletOfPass(pass)];
                    booklet.StartedBy ??= r.Provider;
                    booklet.StartedIn ??= MonthOf(r.At);
                }

                break;
            case PassesCancelled x:
                for (var n = x.FirstPass; n < x.FirstPass + x.PassCount; n++)
                {
                    Orders[OrderOfPass(n)].Cancelled++;
                }

                break;
            case OrderExpired x:
                Orders[OrderIndex[x.OrderId]].Expired += x.PassCount;
                break;
            case MonthSettled m:
                Settled.Add(m.Month);
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

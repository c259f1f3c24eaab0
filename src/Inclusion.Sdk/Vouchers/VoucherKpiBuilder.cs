using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>Builds <see cref="VoucherKpis"/> from folded facts.</summary>
internal static class VoucherKpiBuilder
{
    internal static VoucherKpis Build(VoucherFacts facts)
    {
        var programme = facts.Programme;
        var face = programme.FaceValue;
        var booklets = facts.Booklets;
        long SizeOf(VoucherFacts.BookletFact b) => facts.Orders[b.Order].BookletSize;

        KpiFigures Figures(IEnumerable<VoucherFacts.BookletFact> slice, IEnumerable<PassesHanded> handings, long redeemed)
        {
            var list = slice.ToList();
            var handed = handings.ToList();
            return new KpiFigures(
                list.Count,
                list.Count(b => b.Distributor is not null),
                list.Count(b => b.StartedBy is not null),
                list.Sum(SizeOf),
                handed.Sum(h => (long)h.PassCount),
                redeemed,
                handed.Select(h => h.Beneficiary).Distinct(StringComparer.Ordinal).LongCount(),
                face);
        }

        var allHandings = facts.Handings.Select(h => h.Handing).ToList();
        var overall = Figures(booklets, allHandings, facts.Redemptions.Sum(r => (long)r.Redemption.Passes.Count));

        var byProvider = programme.Providers.Select(p => p.Siret).Select((siret, i) => new KpiRow(
            siret.ToString(),
            programme.Providers[i].Name,
            new KpiFigures(0, 0, booklets.Count(b => b.StartedBy == siret), 0, 0, facts.Redemptions.Where(r => r.Redemption.Provider == siret).Sum(r => (long)r.Redemption.Passes.Count), 0, face)))
            .ToArray();

        long RedeemedFrom(Func<VoucherFacts.BookletFact, bool> inSlice) =>
            facts.Redemptions.Sum(r => (long)r.Redemption.Passes.Count(p => inSlice(booklets[facts.BookletOfPass(p)])));

        var byDistributor = programme.Distributors.Select(d => new KpiRow(
            d.Id,
            d.Name,
            Figures(booklets.Where(b => b.Distributor == d.Id), allHandings.Where(h => h.DistributorId == d.Id), RedeemedFrom(b => b.Distributor == d.Id))))
            .ToArray();

        var byTerritory = programme.Distributors.GroupBy(d => d.TerritoriesServed[0]).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal).Select(g =>
        {
            var ids = g.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            return new KpiRow(g.Key.ToString(), g.Key.ToString(), Figures(booklets.Where(b => b.Distributor is not null && ids.Contains(b.Distributor)), allHandings.Where(h => ids.Contains(h.DistributorId)), RedeemedFrom(b => b.Distributor is not null && ids.Contains(b.Distributor))));
        }).ToArray();

        var months = booklets.Select(b => b.IssuedIn)
            .Concat(booklets.Where(b => b.InjectedIn is not null).Select(b => b.InjectedIn!.Value))
            .Concat(facts.Handings.Select(h => h.Month))
            .Concat(facts.Redemptions.Select(r => r.Month))
            .Distinct().Order().ToList();
        var byMonth = months.Select(m => new KpiRow(
            VoucherFacts.Text(m),
            VoucherFacts.Text(m),
            MonthFigures(m))).ToArray();

        // Month rows are cumulative to the end of the month (stocks, not flows): a flow of "issued but not injected"
        // would go negative in the month of injection, and rates only make sense on stocks.
        KpiFigures MonthFigures(YearMonth m)
        {
            var issued = booklets.Where(b => b.IssuedIn <= m).ToList();
            var handed = facts.Handings.Where(h => h.Month <= m).Select(h => h.Handing).ToList();
            return new KpiFigures(
                issued.Count,
                booklets.Count(b => b.InjectedIn <= m),
                booklets.Count(b => b.StartedIn <= m),
                issued.Sum(SizeOf),
                handed.Sum(h => (long)h.PassCount),
                facts.Redemptions.Where(r => r.Month <= m).Sum(r => (long)r.Redemption.Passes.Count),
                handed.Select(h => h.Beneficiary).Distinct(StringComparer.Ordinal).LongCount(),
                face);
        }

        return new VoucherKpis(overall, byProvider, byDistributor, byTerritory, byMonth);
    }
}

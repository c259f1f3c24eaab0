using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Vouchers;
using NodaTime;
using static Inclusion.Sdk.Tests.Vouchers.VoucherScenario;

namespace Inclusion.Sdk.Tests.Vouchers;

/// <summary>
/// Issue 12, "Strict file formats, both ways" and "An import is validated": every document type is written back and
/// read into an equal document, and any log the importer accepts replays without throwing, identically every time.
/// </summary>
public class VoucherRoundTripProperties
{
    private static readonly string[] Sample = File.ReadAllLines(WorkedExample.SamplePath("events.jsonl"));

    private static readonly string[] Territories = ["departement:33", "departement:40", "region:75", "commune:33063", "commune:33281", "country:FR"];

    private static readonly string[] Names = ["Médiathèque de Mérignac", "CCAS « Bordeaux »", "Espace \"numérique\" de Bègles", "Tiers-lieu\\Landes", "France Travail", "Œuvre d'Île-de-France"];

    private static TerritoryId Territory(string text) =>
        TerritoryId.Parse(Enum.Parse<TerritoryLevel>(text[..text.IndexOf(':', StringComparison.Ordinal)], ignoreCase: true), text.AsSpan(text.IndexOf(':', StringComparison.Ordinal) + 1)).Value;

    private static Gen<LocalDate> Dates => from days in Gen.Choose(0, 3650) select new LocalDate(2018, 1, 1).PlusDays(days);

    private static Gen<T[]> SubsetOf<T>(T[] items) =>
        from mask in Gen.Choose(1, (1 << items.Length) - 1) select items.Where((_, i) => (mask & (1 << i)) != 0).ToArray();

    private static readonly Gen<VoucherProgramme> Programmes =
        from id in Gen.Elements("gironde-2025", "pass numérique 2026", "aap-2020/33")
        from name in Gen.Elements(Names)
        from perimeter in SubsetOf(Territories)
        from providerCount in Gen.Choose(0, 3)
        from froms in Gen.ArrayOf(Dates, 3)
        from untilDays in Gen.ArrayOf(Gen.Choose(-1, 900), 3)
        from providerTerritories in Gen.ArrayOf(SubsetOf(Territories), 3)
        from distributorCount in Gen.Choose(0, 3)
        from distributorTerritories in Gen.ArrayOf(Gen.Elements(Territories), 3)
        from faceCents in Gen.Choose(1000, 1_000_000)
        from formats in SubsetOf([1, 5, 10, 20, 100])
        from minimum in Gen.Choose(0, 5000)
        from end in Gen.OneOf(Gen.Constant<LocalDate?>(null), Dates.Select(d => (LocalDate?)d))
        from grace in Gen.Choose(0, 24)
        from margin in Gen.Choose(0, 120)
        from rates in Gen.ArrayOf(Gen.Choose(0, 10_000), 3)
        from co in Gen.Choose(0, 2)
        from coCents in Gen.Choose(0, 100_000_000)
        select new VoucherProgramme(
            id,
            "APTIC",
            name,
            perimeter.Select(Territory),
            Enumerable.Range(0, providerCount).Select(i => Provider(ValidSiret($"73282932000{i + 1:00}"), Names[i], froms[i], untilDays[i] < 0 ? null : froms[i].PlusDays(untilDays[i]), [.. providerTerritories[i].Select(Territory)])),
            Enumerable.Range(0, distributorCount).Select(i => Distributor($"d-{i}", Names[^(i + 1)], Territory(distributorTerritories[i]))),
            Money.FromCents(faceCents),
            formats,
            minimum,
            end,
            Period.FromMonths(grace),
            new FeeSchedule(rates[0] / 10_000m, rates[1] / 10_000m, rates[2] / 10_000m),
            co == 0 ? null : co == 1 ? CoFinancingRule.State2020 : new CoFinancingRule("Région", 0.333m, Money.FromCents(coCents), Money.FromCents(coCents) * 3))
        {
            ImportMargin = Period.FromMonths(margin),
        };

    private static byte[] Written(VoucherProgramme programme)
    {
        using var stream = new MemoryStream();
        VoucherProgrammeFile.Write(programme, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Every_programme_is_written_and_read_back_equal()
    {
        Prop.ForAll(Programmes.ToArbitrary(), programme =>
        {
            var bytes = Written(programme);
            Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
            var loaded = VoucherProgrammeFile.Load(new MemoryStream(bytes), new ReadOptions { Source = "programme.json" });
            Assert.True(loaded.IsValid, string.Join('\n', loaded.Report.Issues) + "\n" + Encoding.UTF8.GetString(bytes));
            var back = loaded.Value;
            Assert.Equal(bytes, Written(back));
            Assert.Equal((programme.Id, programme.Operator, programme.Commanditaire, programme.FaceValue, programme.SmallBookletMinimumOrder, programme.ValidityEnd, programme.GracePeriod.Normalize(), programme.ImportMargin), (back.Id, back.Operator, back.Commanditaire, back.FaceValue, back.SmallBookletMinimumOrder, back.ValidityEnd, back.GracePeriod.Normalize(), back.ImportMargin));
            Assert.Equal(programme.Perimeter, back.Perimeter);
            Assert.Equal(programme.BookletFormats, back.BookletFormats);
            Assert.Equal((programme.Fees.UpstreamRate, programme.Fees.DownstreamRate, programme.Fees.VatRate), (back.Fees.UpstreamRate, back.Fees.DownstreamRate, back.Fees.VatRate));
            Assert.Equal((programme.CoFinancing?.CoFunder, programme.CoFinancing?.MaximumShare, programme.CoFinancing?.MinimumOrder, programme.CoFinancing?.OrderCeiling), (back.CoFinancing?.CoFunder, back.CoFinancing?.MaximumShare, back.CoFinancing?.MinimumOrder, back.CoFinancing?.OrderCeiling));
            Assert.Equal(programme.Providers.Select(p => (p.Siret, p.Provider.Name, p.QualifiedFrom, p.QualifiedUntil, string.Join(",", p.Territories))), back.Providers.Select(p => (p.Siret, p.Provider.Name, p.QualifiedFrom, p.QualifiedUntil, string.Join(",", p.Territories))));
            Assert.Equal(programme.Distributors.Select(d => (d.Id, d.Name, d.TerritoriesServed[0])), back.Distributors.Select(d => (d.Id, d.Name, d.TerritoriesServed[0])));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(150).WithQuietOnSuccess(true));
    }

    [Fact]
    public void The_sample_programme_round_trips()
    {
        var sample = WorkedExample.Programme();
        var back = VoucherProgrammeFile.Load(new MemoryStream(Written(sample))).Value!;
        var events = Sample.Select(InclusionJson.DeserializeEvent).ToList();
        Assert.Equal(Figures(sample, events), Figures(back, events));
        Assert.Contains("\"importMarginMonths\": 12", Encoding.UTF8.GetString(Written(sample)), StringComparison.Ordinal);
    }

    private static readonly Gen<int[]> Operation =
        from kind in Gen.Frequency((8, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)), (1, Gen.Constant(4)), (1, Gen.Constant(5)), (1, Gen.Constant(6)))
        from a in Gen.Choose(1, 45)
        from b in Gen.Choose(1, 3)
        from c in Gen.Choose(0, 3)
        from step in Gen.Choose(0, 6)
        select new[] { kind, a, b, c, step };

    [Fact]
    public void Every_event_log_is_written_and_replayed_into_equal_events_and_figures()
    {
        Prop.ForAll(Operation.ArrayOf().ToArbitrary(), ops =>
        {
            var programme = Programme(coFinancing: CoFinancingRule.State2020);
            var ledger = Ordered(programme, 40);
            var now = At(2025, 2, 1);
            Inclusion.Sdk.Identifiers.Siret[] providers = [ProviderA, ProviderB, ProviderLandes];
            foreach (var op in ops)
            {
                now = now.Plus(Duration.FromDays(op[4]));
                _ = op[0] switch
                {
                    0 => ledger.Redeem([.. Enumerable.Range(op[1], op[2] % 2 + 1).Select(n => Pass(n))], providers[op[3] % 3], op[3] < 2 ? "a" : "b", now),
                    1 => ledger.Hand(Pass(op[1]), op[2], "ccas-bordeaux", "b" + op[3], "tous", now),
                    2 => ledger.Cancel(Pass(op[1]), op[2], now),
                    3 => ledger.Settle(new YearMonth(2025, 1 + (op[1] % 12)), now),
                    4 => ledger.Block("order-1", now),
                    5 => ledger.Expire("order-1", now = At(2026, 2, 2)),
                    _ => ledger.Close(now),
                };
            }

            var events = ledger.Events();
            using var stream = new MemoryStream();
            VoucherEventFile.Write(events, stream);
            var text = Encoding.UTF8.GetString(stream.ToArray());
            using (var lines = new StringWriter())
            {
                InclusionJson.WriteEvents(events, lines);
                Assert.Equal(lines.ToString(), text); // the stream writer and the text writer agree
            }

            var replay = VoucherEventFile.Replay(programme, new MemoryStream(stream.ToArray()));
            Assert.True(replay.IsValid, string.Join('\n', replay.Report.Issues));
            Assert.Equal(events.Select(InclusionJson.SerializeEvent), replay.Value.Events().Select(InclusionJson.SerializeEvent));
            Assert.Equal(Figures(programme, events), Figures(programme, replay.Value.Events()));
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true));
    }

    private static readonly Gen<Func<List<string>, List<string>>> Damage = Gen.OneOf(
        from line in Gen.Choose(0, 515)
        from year in Gen.Choose(1890, 2210)
        select (Func<List<string>, List<string>>)(l => Edit(l, line, s => Regex.Replace(s, "\"at\":\"\\d{4}", $"\"at\":\"{year:0000}"))),
        from line in Gen.Choose(0, 515)
        from which in Gen.Choose(0, 5)
        from value in Gen.Elements("0", "-1", "1", "2", "11", "2000", "999999999", "1000000000", "2147483647", "-2147483648", "9223372036854775807", "-9223372036854775808")
        select (Func<List<string>, List<string>>)(l => Edit(l, line, s => ReplaceNumber(s, which, value))),
        from line in Gen.Choose(0, 515)
        from at in Gen.Choose(0, 516)
        select (Func<List<string>, List<string>>)(l => { var copy = l.ToList(); copy.Insert(Math.Min(at, copy.Count), copy[line % copy.Count]); return copy; }),
        from line in Gen.Choose(0, 515)
        select (Func<List<string>, List<string>>)(l => { var copy = l.ToList(); copy.RemoveAt(line % copy.Count); return copy; }),
        from line in Gen.Choose(0, 514)
        select (Func<List<string>, List<string>>)(l => { var copy = l.ToList(); var i = line % (copy.Count - 1); (copy[i], copy[i + 1]) = (copy[i + 1], copy[i]); return copy; }));

    [Fact]
    public void Any_accepted_log_replays_without_throwing_and_identically_twice()
    {
        var programme = WorkedExample.Programme();
        Prop.ForAll(Damage.ArrayOf().ToArbitrary(), damages =>
        {
            var lines = damages.Take(4).Aggregate(Sample.ToList(), (l, d) => d(l));
            var text = string.Join('\n', lines) + "\n";
            var first = EventImportTests.Replay(text, programme);
            var events = first.Value!.Events();
            var figures = Figures(programme, events); // never throws, accepted or not
            if (first.IsValid)
            {
                var second = EventImportTests.Replay(text, programme);
                Assert.True(second.IsValid);
                Assert.Equal(figures, Figures(programme, second.Value!.Events()));
                Assert.Equal(lines.Count, events.Count);
            }
            else
            {
                Assert.True(events.Count < lines.Count);
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(120).WithQuietOnSuccess(true));
    }

    private static List<string> Edit(List<string> lines, int index, Func<string, string> edit)
    {
        var copy = lines.ToList();
        copy[index % copy.Count] = edit(copy[index % copy.Count]);
        return copy;
    }

    private static string ReplaceNumber(string line, int which, string value)
    {
        var matches = Regex.Matches(line, "(?<=[:,\\[])-?\\d+(?=[,\\]}])");
        if (matches.Count == 0)
        {
            return line;
        }

        var m = matches[which % matches.Count];
        return line[..m.Index] + value + line[(m.Index + m.Length)..];
    }

    /// <summary>Every figure a replay produces: balances, statements, closing and KPIs, as text.</summary>
    internal static string Figures(VoucherProgramme programme, IReadOnlyList<VoucherEvent> events)
    {
        var text = new StringBuilder();
        foreach (var (account, balance) in VoucherReports.Balances(VoucherReports.Postings(programme, events)).OrderBy(b => b.Key))
        {
            text.Append(account).Append(' ').Append(balance).Append('\n');
        }

        foreach (var s in VoucherReports.ProviderStatements(programme, events))
        {
            text.Append($"{s.Month} {s.Provider} {s.Passes} {s.GrossValue} {s.DownstreamFee} {s.NetPayable} {s.IsSettled}\n");
        }

        var c = VoucherReports.Closing(programme, events);
        text.Append($"{c.CreditNote} {c.UsedValue} {c.CoFinancingClaim} {c.DownstreamFees} {c.IsFinal}\n");
        var k = VoucherReports.Kpis(programme, events).Overall;
        text.Append($"{k.BookletsIssued} {k.BookletsInjected} {k.PassesRedeemed} {k.Beneficiaries} {k.ValueUsed}\n");
        return text.ToString();
    }
}

using System.Security.Cryptography;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <content>
/// Snapshots: the ledger's state in a compact binary form (<see cref="VoucherSnapshot"/>). What the state derives from
/// the programme's settings (territories, timelines, affiliated providers) is not written but derived again on
/// restoring, with the same code as applying the events; the provider and distributor lists, whose order indexes the
/// state, must be the programme's own or the snapshot is refused.
/// </content>
public sealed partial class VoucherLedger
{
    private const int SnapshotFormat = 1;
    private const int ChecksumLength = 32;

    private static ReadOnlySpan<byte> SnapshotMagic => "IVSN"u8;

    /// <summary>Writes the ledger's state at its current version; null when it holds no event.</summary>
    internal VoucherSnapshot? TakeSnapshot()
    {
        lock (gate)
        {
            var version = baseVersion + events.Count;
            if (version == 0)
            {
                return null;
            }

            var passes = (int)issuedPasses;
            var w = new BinaryBuffer(64 + (passes * 17) + (redemptions.Count * 40));
            w.Bytes(SnapshotMagic);
            w.Int(SnapshotFormat);
            w.Long(version);
            w.Int(providerSirets.Length);
            foreach (var siret in providerSirets)
            {
                w.String(siret.ToString());
            }

            w.Int(Programme.Distributors.Count);
            foreach (var distributor in Programme.Distributors)
            {
                w.String(distributor.Id);
            }

            w.Long(lastAt.ToUnixTimeTicks());
            w.Long(lastBarrierAt.ToUnixTimeTicks());
            w.Bool(closed);
            w.Long(issuedPasses);
            w.Int(issuedBooklets);
            w.Long(outstandingPasses);
            WriteOrders(w);
            w.Int(settledMonths.Count);
            foreach (var month in settledMonths.Order())
            {
                WriteMonth(w, month);
            }

            w.Int(monthPasses.Count);
            foreach (var (month, perProvider) in monthPasses.OrderBy(m => m.Key))
            {
                WriteMonth(w, month);
                var counts = monthRedemptions[month];
                for (var p = 0; p < perProvider.Length; p++)
                {
                    w.Long(perProvider[p]);
                    w.Int(counts[p]);
                }
            }

            w.Int(feeChanges.Count);
            foreach (var f in feeChanges)
            {
                w.Long(f.At.ToUnixTimeTicks());
                WriteDate(w, f.EffectiveFrom);
                w.Decimal(f.UpstreamRate);
                w.Decimal(f.DownstreamRate);
                w.Decimal(f.VatRate);
            }

            WriteRedemptions(w);
            var beneficiaries = new string[beneficiaryIndex.Count];
            foreach (var (beneficiary, index) in beneficiaryIndex)
            {
                beneficiaries[index] = beneficiary;
            }

            w.Int(beneficiaries.Length);
            foreach (var beneficiary in beneficiaries)
            {
                w.String(beneficiary);
            }

            w.Bytes(passState.AsSpan(0, passes));
            WriteInts(w, passOrder.AsSpan(0, passes));
            WriteInts(w, passBooklet.AsSpan(0, passes));
            WriteInts(w, passRedemption.AsSpan(0, passes));
            WriteInts(w, passBeneficiary.AsSpan(0, passes));
            WriteInts(w, bookletDistributor.AsSpan(0, issuedBooklets));
            WriteInts(w, bookletFirstPass.AsSpan(0, issuedBooklets));
            w.Bytes(SHA256.HashData(w.Written));
            return VoucherSnapshot.Own(version, w.ToArray());
        }
    }

    /// <summary>
    /// Restores a ledger from a snapshot, or returns null when the snapshot fails a check (format, checksum, version,
    /// the programme's providers and distributors): the caller then replays the stream in full.
    /// </summary>
    internal static VoucherLedger? Restore(VoucherProgramme programme, VoucherSnapshot snapshot)
    {
        var bytes = snapshot.Data.Span;
        if (bytes.Length < SnapshotMagic.Length + ChecksumLength
            || !SHA256.HashData(bytes[..^ChecksumLength]).AsSpan().SequenceEqual(bytes[^ChecksumLength..]))
        {
            return null;
        }

        var ledger = new VoucherLedger(programme);
        try
        {
            return ledger.Read(new BinaryCursor(bytes[..^ChecksumLength]), snapshot.Version) ? ledger : null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IndexOutOfRangeException or KeyNotFoundException or OverflowException or InvalidOperationException)
        {
            // A snapshot whose checksum holds but whose content does not (written by a faulty writer): ignored.
            return null;
        }
    }

    private static void WriteMonth(BinaryBuffer w, YearMonth month)
    {
        w.Int(month.Year);
        w.Int(month.Month);
    }

    private static YearMonth ReadMonth(ref BinaryCursor r) => new(r.Int(), r.Int());

    private static void WriteDate(BinaryBuffer w, LocalDate date)
    {
        w.Int(date.Year);
        w.Int(date.Month);
        w.Int(date.Day);
    }

    private static LocalDate ReadDate(ref BinaryCursor r) => new(r.Int(), r.Int(), r.Int());

    private static void WriteStrings(BinaryBuffer w, IEnumerable<string> values, int count)
    {
        w.Int(count);
        foreach (var value in values)
        {
            w.String(value);
        }
    }

    private static List<string> ReadStrings(ref BinaryCursor r)
    {
        var count = r.Count(4);
        var values = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            values.Add(r.String());
        }

        return values;
    }

    private static void WriteInts(BinaryBuffer w, ReadOnlySpan<int> values)
    {
        w.Int(values.Length);
        foreach (var value in values)
        {
            w.Int(value);
        }
    }

    private static int[] ReadInts(ref BinaryCursor r, int expected, int maxInclusive)
    {
        if (r.Count(4) != expected)
        {
            throw new FormatException("An array has the wrong length.");
        }

        var values = new int[expected];
        for (var i = 0; i < values.Length; i++)
        {
            var value = r.Int();
            values[i] = value >= 0 && value <= maxInclusive ? value : throw new FormatException("An index is out of range.");
        }

        return values;
    }

    private static Instant ReadInstant(ref BinaryCursor r) => Instant.FromUnixTimeTicks(r.Long());

    private void WriteOrders(BinaryBuffer w)
    {
        w.Int(orders.Count);
        foreach (var o in orders)
        {
            w.String(o.Id);
            w.Int(o.PassCount);
            w.Int(o.BookletSize);
            WriteStrings(w, o.TargetPublics.Order(StringComparer.Ordinal), o.TargetPublics.Count);
            WriteStrings(w, o.QuotedPerimeter, o.QuotedPerimeter.Count);
            w.Bool(o.Confirmed);
            if (o.Confirmed)
            {
                WriteDate(w, o.ConfirmedOn);
            }

            w.Bool(o.Issued);
            w.Bool(o.Blocked);
            w.Bool(o.Expired);
            w.Int(o.Outstanding);
            w.Long(o.FirstPass);
        }
    }

    private void WriteRedemptions(BinaryBuffer w)
    {
        var services = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in redemptions)
        {
            services.TryAdd(r.Service, services.Count);
        }

        WriteStrings(w, services.Keys, services.Count);
        w.Int(redemptions.Count);
        foreach (var r in redemptions)
        {
            w.Long(r.At.ToUnixTimeTicks());
            w.Long(r.Redemption);
            w.Int(providerIndex[r.Provider]);
            w.Int(services[r.Service]);
            w.Int(r.Passes.Count);
            foreach (var n in r.Passes)
            {
                w.Long(n);
            }
        }
    }

    private bool Read(BinaryCursor r, long version)
    {
        if (!r.Take(SnapshotMagic.Length).SequenceEqual(SnapshotMagic) || r.Int() != SnapshotFormat || r.Long() != version)
        {
            return false;
        }

        var sirets = ReadStrings(ref r);
        var distributors = ReadStrings(ref r);
        if (!sirets.SequenceEqual(providerSirets.Select(s => s.ToString())) || !distributors.SequenceEqual(Programme.Distributors.Select(d => d.Id)))
        {
            return false; // taken under other provider or distributor lists: their order indexes the state
        }

        lastAt = ReadInstant(ref r);
        lastBarrierAt = ReadInstant(ref r);
        closed = r.Bool();
        issuedPasses = r.Long();
        issuedBooklets = r.Int();
        outstandingPasses = r.Long();
        if (issuedPasses is < 0 or > PassSerial.MaxNumber || issuedBooklets < 0 || outstandingPasses < 0 || outstandingPasses > issuedPasses)
        {
            return false;
        }

        ReadOrders(ref r);
        for (var count = r.Count(8); count > 0; count--)
        {
            settledMonths.Add(ReadMonth(ref r));
        }

        for (var count = r.Count(8); count > 0; count--)
        {
            var month = ReadMonth(ref r);
            var perProvider = new long[providerSirets.Length];
            var perProviderCount = new int[providerSirets.Length];
            for (var p = 0; p < perProvider.Length; p++)
            {
                perProvider[p] = r.Long();
                perProviderCount[p] = r.Int();
            }

            monthPasses.Add(month, perProvider);
            monthRedemptions.Add(month, perProviderCount);
        }

        for (var count = r.Count(44); count > 0; count--)
        {
            feeChanges.Add(new FeesChanged(ReadInstant(ref r), ReadDate(ref r), r.Decimal(), r.Decimal(), r.Decimal()));
        }

        ReadRedemptions(ref r);
        foreach (var beneficiary in ReadStrings(ref r))
        {
            beneficiaryIndex.Add(beneficiary, beneficiaryIndex.Count);
        }

        var passes = (int)issuedPasses;
        passState = r.Take(passes).ToArray();
        if (passState.Any(s => s > ExpiredState))
        {
            return false;
        }

        passOrder = ReadInts(ref r, passes, orders.Count - 1);
        passBooklet = ReadInts(ref r, passes, issuedBooklets - 1);
        passRedemption = ReadInts(ref r, passes, redemptions.Count);
        passBeneficiary = ReadInts(ref r, passes, beneficiaryIndex.Count);
        bookletDistributor = ReadInts(ref r, issuedBooklets, distributors.Count);
        bookletFirstPass = ReadInts(ref r, issuedBooklets, Math.Max(0, passes - 1));
        baseVersion = version;
        return r.Remaining == 0;
    }

    private void ReadOrders(ref BinaryCursor r)
    {
        for (var count = r.Count(8); count > 0; count--)
        {
            var order = AddOrder(r.String(), r.Int(), r.Int(), [.. ReadStrings(ref r)], ReadStrings(ref r));
            if (r.Bool())
            {
                ConfirmOrder(order, ReadDate(ref r));
            }

            order.Issued = r.Bool();
            order.Blocked = r.Bool();
            order.Expired = r.Bool();
            order.Outstanding = r.Int();
            order.FirstPass = r.Long();
        }
    }

    private void ReadRedemptions(ref BinaryCursor r)
    {
        var services = ReadStrings(ref r);
        var count = r.Count(28);
        redemptions.Capacity = count;
        for (var i = 0; i < count; i++)
        {
            var at = ReadInstant(ref r);
            var number = r.Long();
            var provider = providerSirets[r.Int()];
            var service = services[r.Int()];
            var passes = new long[r.Count(8)];
            for (var k = 0; k < passes.Length; k++)
            {
                passes[k] = r.Long();
            }

            redemptions.Add(new PassesRedeemed(at, number, provider, service, passes));
        }
    }
}

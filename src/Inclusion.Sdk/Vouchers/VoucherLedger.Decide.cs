using System.Globalization;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <content>Decisions (rules checked before recording) and the application of recorded events to the state.</content>
public sealed partial class VoucherLedger
{
    private static TerritoryRegistry Territories => TerritoryRegistry.Reference;

    private static readonly Dictionary<string, TerritoryLevel> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iris"] = TerritoryLevel.Iris,
        ["qpv"] = TerritoryLevel.Qpv,
        ["commune"] = TerritoryLevel.Commune,
        ["epci"] = TerritoryLevel.Epci,
        ["departement"] = TerritoryLevel.Departement,
        ["region"] = TerritoryLevel.Region,
        ["country"] = TerritoryLevel.Country,
    };

    /// <summary>Parses a territory written <c>level:code</c> (as <see cref="TerritoryId.ToString"/> formats it).</summary>
    internal static TerritoryId? ParseTerritory(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Levels.TryGetValue(text[..colon], out var level))
        {
            return null;
        }

        var parsed = TerritoryId.Parse(level, text.AsSpan(colon + 1));
        return parsed.Success ? parsed.Value : null;
    }

    private ValidationIssue? Decide(VoucherEvent candidate)
    {
        if (closed)
        {
            return VoucherRules.ProgrammeClosed.Issue(Programme.Id);
        }

        if (candidate.At < lastAt)
        {
            return VoucherRules.LedgerTimeOrder.Issue(candidate.At.ToString());
        }

        if (OutOfRange(candidate) is { } outOfRange)
        {
            return outOfRange;
        }

        switch (candidate)
        {
            case OrderQuoted q:
                return DecideQuote(q);
            case OrderConfirmed c:
                return !orderIndex.TryGetValue(c.OrderId, out var o) ? VoucherRules.OrderUnknown.Issue(c.OrderId)
                    : !c.HasValidRates ? VoucherRules.ProgrammeRate.Issue(string.Create(CultureInfo.InvariantCulture, $"{c.UpstreamRate}/{c.VatRate}"))
                    : orders[o].Confirmed ? VoucherRules.OrderAlreadyConfirmed.Issue(c.OrderId) : null;
            case BookletsIssued b:
                return DecideIssue(b);
            case BookletsInjected inj:
                return DecideInjection(inj);
            case PassesHanded h:
                return DecideHanding(h);
            case DistributionBlocked blocked:
                return !orderIndex.TryGetValue(blocked.OrderId, out var bo) ? VoucherRules.OrderUnknown.Issue(blocked.OrderId)
                    : orders[bo].Blocked ? VoucherRules.OrderAlreadyBlocked.Issue(blocked.OrderId) : null;
            case PassesCancelled cancel:
                return DecideRange(cancel.FirstPass, cancel.PassCount, (n, _) => PassStateIssue(n));
            case OrderExpired x:
                return DecideExpiry(x);
            case MonthSettled m:
                return settledMonths.Contains(m.Month) ? VoucherRules.SettlementAlreadySettled.Issue(VoucherFacts.Text(m.Month))
                    : DateOf(candidate.At) < m.Month.OnDayOfMonth(1).PlusMonths(1) ? VoucherRules.SettlementMonthNotEnded.Issue(VoucherFacts.Text(m.Month))
                    : !MatchesScans(m) ? VoucherRules.SettlementAmounts.Issue(VoucherFacts.Text(m.Month))
                    : null;
            case FeesChanged f:
                return !f.HasValidRates ? VoucherRules.ProgrammeRate.Issue(string.Create(CultureInfo.InvariantCulture, $"{f.UpstreamRate}/{f.DownstreamRate}/{f.VatRate}"))
                    : f.EffectiveFrom <= DateOf(f.At) ? VoucherRules.FeesRetroactive.Issue(f.At.InZone(Paris).Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))
                    : null;
            case ProgrammeClosed:
                return CloseBlockers() is [var first, ..] ? first : null;
            default:
                return VoucherRules.FileField.Issue(candidate.GetType().Name);
        }
    }

    /// <summary>Times and months a programme can use: the years 1900 to 2199, so that no date arithmetic of a replay
    /// (validity end, grace period, month ends) can leave NodaTime's range, whatever an imported event holds.</summary>
    internal static bool IsPlausible(Instant at) => at.InUtc().Year is >= 1900 and <= 2199;

    private static ValidationIssue? OutOfRange(VoucherEvent candidate) =>
        !IsPlausible(candidate.At) ? VoucherRules.FileDateRange.Issue(candidate.At.ToString())
        : candidate is MonthSettled { Month.Year: < 1900 or > 2199 } m ? VoucherRules.FileDateRange.Issue(VoucherFacts.Text(m.Month))
        : null;

    private ValidationIssue? DecideQuote(OrderQuoted q)
    {
        if (orderIndex.ContainsKey(q.OrderId) || string.IsNullOrWhiteSpace(q.OrderId))
        {
            return VoucherRules.OrderDuplicate.Issue(q.OrderId);
        }

        if (!Programme.BookletFormats.Contains(q.BookletSize))
        {
            return VoucherRules.BookletFormatUnknown.Issue(Text(q.BookletSize), allowedValues: [.. Programme.BookletFormats.Select(f => Text(f))]);
        }

        if (q.BookletSize < 10 && q.PassCount < Programme.SmallBookletMinimumOrder)
        {
            return VoucherRules.BookletFormatNotAllowed.Issue(Text(q.BookletSize), suggestion: "10", extra: Text(Programme.SmallBookletMinimumOrder));
        }

        if (q.PassCount <= 0 || q.PassCount % q.BookletSize != 0 || q.PassCount > PassSerial.MaxNumber - issuedPasses)
        {
            return VoucherRules.OrderPassCount.Issue(q.OrderId);
        }

        foreach (var text in q.Perimeter)
        {
            if (ParseTerritory(text) is not { } territory)
            {
                return VoucherRules.FileField.Issue("perimeter: " + text);
            }

            if (!programmePerimeter.Any(area => Territories.Contains(area, territory)))
            {
                return VoucherRules.OrderOutsidePerimeter.Issue(text);
            }
        }

        return null;
    }

    private ValidationIssue? DecideIssue(BookletsIssued b)
    {
        if (!orderIndex.TryGetValue(b.OrderId, out var o))
        {
            return VoucherRules.OrderUnknown.Issue(b.OrderId);
        }

        var order = orders[o];
        if (!order.Confirmed)
        {
            return VoucherRules.OrderNotConfirmed.Issue(b.OrderId);
        }

        if (order.Issued)
        {
            return VoucherRules.OrderAlreadyIssued.Issue(b.OrderId);
        }

        if (order.Expired)
        {
            return VoucherRules.OrderAlreadyExpired.Issue(b.OrderId);
        }

        return b.FirstPass != issuedPasses + 1 || b.FirstBooklet != issuedBooklets + 1 || b.BookletSize != order.BookletSize || (long)b.BookletCount * b.BookletSize != order.PassCount
            ? VoucherRules.FileField.Issue($"booklets-issued of order {b.OrderId} must continue the series at pass {issuedPasses + 1}, booklet {issuedBooklets + 1}, with the order's {order.PassCount} passes")
            : null;
    }

    private ValidationIssue? DecideInjection(BookletsInjected inj)
    {
        if (!distributorIndex.ContainsKey(inj.DistributorId))
        {
            return VoucherRules.DistributorUnknown.Issue(inj.DistributorId);
        }

        if (inj.BookletCount <= 0 || inj.FirstBooklet < 1 || (long)inj.FirstBooklet + inj.BookletCount - 1 > issuedBooklets)
        {
            return VoucherRules.BookletUnknown.Issue(Text(Math.Max(inj.FirstBooklet, issuedBooklets + 1)));
        }

        for (var b = inj.FirstBooklet - 1; b < inj.FirstBooklet - 1 + inj.BookletCount; b++)
        {
            if (bookletDistributor[b] != 0)
            {
                return VoucherRules.BookletAlreadyInjected.Issue(Text(b + 1));
            }
        }

        for (var b = inj.FirstBooklet - 1; b < inj.FirstBooklet - 1 + inj.BookletCount; b++)
        {
            var order = orders[passOrder[bookletFirstPass[b]]];
            if (order.Blocked || order.Expired)
            {
                return VoucherRules.OrderDistributionBlocked.Issue(order.Id);
            }
        }

        return null;
    }

    private ValidationIssue? DecideHanding(PassesHanded h)
    {
        if (!distributorIndex.TryGetValue(h.DistributorId, out var d))
        {
            return VoucherRules.DistributorUnknown.Issue(h.DistributorId);
        }

        return DecideRange(h.FirstPass, h.PassCount, (n, i) =>
        {
            if (PassStateIssue(n) is { } stateIssue)
            {
                return stateIssue;
            }

            var order = orders[passOrder[i]];
            var holder = bookletDistributor[passBooklet[i]];
            return holder == 0 ? VoucherRules.PassNotInjected.Issue(SerialText(n))
                : holder != d + 1 ? VoucherRules.DistributorNotHolder.Issue(SerialText(n))
                : passBeneficiary[i] != 0 ? VoucherRules.PassAlreadyHanded.Issue(SerialText(n))
                : order.TargetPublics.Count > 0 && !order.TargetPublics.Contains(h.TargetPublic)
                    ? VoucherRules.BeneficiaryNotEligible.Issue(h.TargetPublic, allowedValues: [.. order.TargetPublics.Order(StringComparer.Ordinal)])
                : null;
        });
    }

    private ValidationIssue? DecideExpiry(OrderExpired x)
    {
        if (!orderIndex.TryGetValue(x.OrderId, out var o))
        {
            return VoucherRules.OrderUnknown.Issue(x.OrderId);
        }

        var order = orders[o];
        return order.Expired ? VoucherRules.OrderAlreadyExpired.Issue(x.OrderId)
            : order.Timeline is null ? VoucherRules.OrderNotConfirmed.Issue(x.OrderId)
            : DateOf(x.At) <= order.Timeline.GraceEnd ? VoucherRules.OrderNotEnded.Issue(x.OrderId)
            : x.PassCount != (order.Issued ? order.Outstanding : order.PassCount) ? VoucherRules.ExpiredCount.Issue(x.OrderId)
            : null;
    }

    private ValidationIssue? DecideRange(long first, int count, Func<long, long, ValidationIssue?> check)
    {
        // Written so that no sum overflows: first may be any long read from a file.
        if (count <= 0 || first < 1 || first > issuedPasses - count + 1)
        {
            return VoucherRules.PassUnknown.Issue(SerialText(first < 1 || first > issuedPasses ? first : issuedPasses + 1));
        }

        for (var n = first; n < first + count; n++)
        {
            if (check(n, n - 1) is { } issue)
            {
                return issue;
            }
        }

        return null;
    }

    private ValidationIssue? PassStateIssue(long number) => passState[number - 1] switch
    {
        Redeemed => VoucherRules.PassAlreadyRedeemed.Issue(SerialText(number)),
        Cancelled => VoucherRules.PassCancelled.Issue(SerialText(number)),
        ExpiredState => VoucherRules.PassExpired.Issue(SerialText(number)),
        _ => null,
    };

    private ValidationIssue? DecideRedemption(IReadOnlyList<long> passes, int p, string service, Instant at, Money? servicePrice, out PassesRedeemed? original)
    {
        original = null;
        var provider = providerSirets[p];
        var providerText = provider.ToString();
        if (passes.Count == 0)
        {
            return VoucherRules.RedemptionEmpty.Issue(null);
        }

        var first = passes[0];
        if (first < 1 || first > issuedPasses)
        {
            return VoucherRules.PassUnknown.Issue(SerialText(first));
        }

        if (passState[first - 1] == Redeemed)
        {
            var earlier = redemptions[passRedemption[first - 1] - 1];
            if (IsSameScan(earlier, passes, provider, service))
            {
                original = earlier;
                return null;
            }

            return VoucherRules.PassAlreadyRedeemed.Issue(SerialText(first));
        }

        // A repeat is answered above whatever the time; anything new must respect the ledger's order and state.
        if (closed)
        {
            return VoucherRules.ProgrammeClosed.Issue(Programme.Id);
        }

        // Scans commute with each other (D20): concurrent writers may append them out of time order, so a scan is
        // ordered only after the last event of another kind, which every later decision saw.
        if (at < lastBarrierAt)
        {
            return VoucherRules.LedgerTimeOrder.Issue(at.ToString());
        }

        if (!IsPlausible(at))
        {
            return VoucherRules.FileDateRange.Issue(at.ToString());
        }

        // No month-closed check is needed: a month is settled only after it ends and events are time-ordered.
        var date = DateOf(at);

        var orderOfFirst = passOrder[first - 1];
        for (var i = 0; i < passes.Count; i++)
        {
            var n = passes[i];
            if (n < 1 || n > issuedPasses)
            {
                return VoucherRules.PassUnknown.Issue(SerialText(n));
            }
        }

        // One pass through the scan (linear in its passes, whatever their number).
        if (FirstDuplicate(passes) is { } duplicate)
        {
            return VoucherRules.RedemptionDuplicatePass.Issue(SerialText(duplicate));
        }

        for (var i = 0; i < passes.Count; i++)
        {
            var n = passes[i];

            if (passOrder[n - 1] != orderOfFirst)
            {
                return VoucherRules.RedemptionMixedOrders.Issue(SerialText(n));
            }

            if (PassStateIssue(n) is { } stateIssue)
            {
                return stateIssue;
            }

            if (bookletDistributor[passBooklet[n - 1]] == 0)
            {
                return VoucherRules.PassNotInjected.Issue(SerialText(n));
            }
        }

        var order = orders[orderOfFirst];
        if (date > order.Timeline!.GraceEnd)
        {
            return VoucherRules.PassExpired.Issue(SerialText(first));
        }

        if (!Programme.Providers[p].IsQualifiedOn(date))
        {
            return VoucherRules.ProviderNotQualified.Issue(providerText);
        }

        if (!order.AffiliatedProviders[p])
        {
            return VoucherRules.ProviderOutsidePerimeter.Issue(providerText);
        }

        if (servicePrice is { } price && Programme.FaceValue * (passes.Count - 1) >= price)
        {
            return VoucherRules.RedemptionTooManyPasses.Issue(Text(passes.Count));
        }

        return null;
    }

    // The same scan: same provider, service and set of passes. Each pass must point at the earlier redemption (its
    // index in the dense array) and none may repeat; with equal counts the sets are then equal. Linear in the passes.
    private bool IsSameScan(PassesRedeemed earlier, IReadOnlyList<long> passes, Identifiers.Siret provider, string service)
    {
        if (earlier.Provider != provider || !string.Equals(earlier.Service, service, StringComparison.Ordinal) || earlier.Passes.Count != passes.Count)
        {
            return false;
        }

        var index = passRedemption[earlier.Passes[0] - 1];
        foreach (var n in passes)
        {
            if (n < 1 || n > issuedPasses || passRedemption[n - 1] != index)
            {
                return false;
            }
        }

        return FirstDuplicate(passes) is null;
    }

    private static long? FirstDuplicate(IReadOnlyList<long> passes)
    {
        if (passes.Count < 2)
        {
            return null;
        }

        var seen = new HashSet<long>(passes.Count);
        foreach (var n in passes)
        {
            if (!seen.Add(n))
            {
                return n;
            }
        }

        return null;
    }

    // Everything that keeps the programme from closing, in a stable order: orders (confirmed never issued, or with
    // passes outstanding), then months with unsettled scans.
    private List<ValidationIssue> CloseBlockers()
    {
        var blockers = new List<ValidationIssue>();
        foreach (var order in orders)
        {
            if (order.Confirmed && !order.Issued && !order.Expired)
            {
                blockers.Add(VoucherRules.ProgrammeOrderNotIssued.Issue(order.Id));
            }
            else if (order.Outstanding > 0)
            {
                blockers.Add(VoucherRules.ProgrammeOpenPasses.Issue(order.Id, extra: Text(order.Outstanding)));
            }
        }

        foreach (var month in monthPasses.Keys.Order())
        {
            if (!settledMonths.Contains(month))
            {
                blockers.Add(VoucherRules.ProgrammeUnsettledMonths.Issue(VoucherFacts.Text(month)));
            }
        }

        return blockers;
    }

    // The providers' lines of a month as the ledger's scans give them, by SIRET, priced with the given rates.
    private List<SettledLine> ExpectedLines(YearMonth month, FeeSchedule fees)
    {
        var lines = new List<SettledLine>();
        if (monthPasses.TryGetValue(month, out var passes))
        {
            var counts = monthRedemptions[month];
            foreach (var p in Enumerable.Range(0, passes.Length).Where(p => passes[p] > 0).OrderBy(p => providerSirets[p]))
            {
                lines.Add(VoucherPricing.Line(providerSirets[p], counts[p], passes[p], Programme.FaceValue, fees));
            }
        }

        return lines;
    }

    // An imported settlement must state the month's scans exactly; its amounts must follow from its own stated rates
    // (the rates it used are history: a later edit of the programme's settings does not reprice it).
    private bool MatchesScans(MonthSettled m)
    {
        if (m.DownstreamRate is < 0m or > 1m || m.VatRate is < 0m or > 1m)
        {
            return false;
        }

        var expected = ExpectedLines(m.Month, new FeeSchedule(0m, m.DownstreamRate, m.VatRate));
        if (expected.Count != m.Lines.Count)
        {
            return false;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var (e, a) = (expected[i], m.Lines[i]);
            if (e.Provider != a.Provider || e.Redemptions != a.Redemptions || e.Passes != a.Passes || e.GrossValue != a.GrossValue || e.DownstreamFee != a.DownstreamFee || e.DownstreamFeeVat != a.DownstreamFeeVat)
            {
                return false;
            }
        }

        return true;
    }

    private IReadOnlyList<ValidationIssue>? LateHandingWarning(PassesHanded h)
    {
        var order = orders[passOrder[h.FirstPass - 1]];
        if (!IsAfterBlock(order, h.At))
        {
            return null;
        }

        var range = h.PassCount == 1 ? SerialText(h.FirstPass) : SerialText(h.FirstPass) + "–" + SerialText(h.FirstPass + h.PassCount - 1);
        return [VoucherRules.PassesHandedAfterBlock.Issue(range, extra: order.Id)];
    }

    /// <summary>Whether a hand-out at <paramref name="at"/> is after the order's distribution block: the block was
    /// recorded, or the date (Europe/Paris) is after the timeline's blocking date (J-15).</summary>
    private static bool IsAfterBlock(OrderState order, Instant at) => order.Blocked || (order.Timeline is { } t && DateOf(at) > t.Block);

    private void Apply(VoucherEvent e)
    {
        events.Add(e);
        if (e.At > lastAt)
        {
            lastAt = e.At;
        }

        if (e is not PassesRedeemed && e.At > lastBarrierAt)
        {
            lastBarrierAt = e.At;
        }

        switch (e)
        {
            case OrderQuoted q:
                AddOrder(q.OrderId, q.PassCount, q.BookletSize, [.. q.TargetPublics], q.Perimeter);
                break;
            case OrderConfirmed c:
                ConfirmOrder(orders[orderIndex[c.OrderId]], DateOf(c.At));
                break;
            case BookletsIssued b:
                ApplyIssue(b);
                break;
            case BookletsInjected inj:
                for (var bk = inj.FirstBooklet - 1; bk < inj.FirstBooklet - 1 + inj.BookletCount; bk++)
                {
                    bookletDistributor[bk] = distributorIndex[inj.DistributorId] + 1;
                }

                break;
            case PassesHanded h:
                if (!beneficiaryIndex.TryGetValue(h.Beneficiary, out var beneficiary))
                {
                    beneficiary = beneficiaryIndex.Count;
                    beneficiaryIndex.Add(h.Beneficiary, beneficiary);
                }

                Array.Fill(passBeneficiary, beneficiary + 1, (int)h.FirstPass - 1, h.PassCount);
                break;
            case PassesRedeemed r:
                redemptions.Add(r);
                foreach (var n in r.Passes)
                {
                    passState[n - 1] = Redeemed;
                    passRedemption[n - 1] = redemptions.Count;
                }

                orders[passOrder[r.Passes[0] - 1]].Outstanding -= r.Passes.Count;
                outstandingPasses -= r.Passes.Count;
                var date = DateOf(r.At);
                var scanned = new YearMonth(date.Year, date.Month);
                if (!monthPasses.TryGetValue(scanned, out var perProvider))
                {
                    perProvider = new long[providerSirets.Length];
                    monthPasses.Add(scanned, perProvider);
                    monthRedemptions.Add(scanned, new int[providerSirets.Length]);
                }

                var p = providerIndex[r.Provider];
                perProvider[p] += r.Passes.Count;
                monthRedemptions[scanned][p]++;
                break;
            case FeesChanged f:
                feeChanges.Add(f);
                break;
            case DistributionBlocked blocked:
                orders[orderIndex[blocked.OrderId]].Blocked = true;
                break;
            case PassesCancelled cancel:
                for (var n = cancel.FirstPass; n < cancel.FirstPass + cancel.PassCount; n++)
                {
                    passState[n - 1] = Cancelled;
                    orders[passOrder[n - 1]].Outstanding--;
                }

                outstandingPasses -= cancel.PassCount;
                break;
            case OrderExpired x:
                var expired = orders[orderIndex[x.OrderId]];
                expired.Expired = true;
                if (expired.Issued)
                {
                    for (var n = expired.FirstPass; n < expired.FirstPass + expired.PassCount; n++)
                    {
                        if (passState[n - 1] == Outstanding)
                        {
                            passState[n - 1] = ExpiredState;
                        }
                    }
                }

                outstandingPasses -= expired.Outstanding;
                expired.Outstanding = 0;
                break;
            case MonthSettled m:
                settledMonths.Add(m.Month);
                break;
            case ProgrammeClosed:
                closed = true;
                break;
            default:
                break;
        }
    }

    // The two steps of applying a quote and a confirmation that derive state from the programme's settings: a ledger
    // restored from a snapshot runs them again, so it derives what a full replay with the same settings derives.
    private OrderState AddOrder(string id, int passCount, int bookletSize, HashSet<string> targetPublics, IReadOnlyList<string> quotedPerimeter)
    {
        var perimeter = quotedPerimeter.Select(ParseTerritory).Where(t => t is not null).Select(t => t!.Value).ToHashSet();
        var order = new OrderState(id, passCount, bookletSize, targetPublics, quotedPerimeter, perimeter.Count > 0 ? perimeter : programmePerimeter);
        orderIndex.Add(id, orders.Count);
        orders.Add(order);
        return order;
    }

    private void ConfirmOrder(OrderState order, LocalDate on)
    {
        order.Confirmed = true;
        order.ConfirmedOn = on;
        order.Timeline = Programme.TimelineFor(on);
        order.AffiliatedProviders = [.. Programme.Providers.Select(pr => pr.Territories.Any(t => order.Perimeter.Any(area => Territories.Contains(area, t))))];
    }

    private void ApplyIssue(BookletsIssued b)
    {
        var o = orderIndex[b.OrderId];
        var order = orders[o];
        var count = (long)b.BookletCount * b.BookletSize;
        var end = issuedPasses + count;
        if (end > passState.Length)
        {
            var capacity = (int)Math.Max(end, Math.Min(PassSerial.MaxNumber, passState.Length * 2L));
            Array.Resize(ref passState, capacity);
            Array.Resize(ref passOrder, capacity);
            Array.Resize(ref passBooklet, capacity);
            Array.Resize(ref passRedemption, capacity);
            Array.Resize(ref passBeneficiary, capacity);
        }

        if (issuedBooklets + b.BookletCount > bookletDistributor.Length)
        {
            var capacity = Math.Max(issuedBooklets + b.BookletCount, bookletDistributor.Length * 2);
            Array.Resize(ref bookletDistributor, capacity);
            Array.Resize(ref bookletFirstPass, capacity);
        }

        Array.Fill(passOrder, o, (int)issuedPasses, (int)count);
        for (var k = 0; k < b.BookletCount; k++)
        {
            var booklet = issuedBooklets + k;
            var firstIndex = (int)issuedPasses + (k * b.BookletSize);
            bookletFirstPass[booklet] = firstIndex;
            Array.Fill(passBooklet, booklet, firstIndex, b.BookletSize);
        }

        order.Issued = true;
        order.FirstPass = issuedPasses + 1;
        order.Outstanding = (int)count;
        issuedPasses = end;
        issuedBooklets += b.BookletCount;
        outstandingPasses += count;
    }
}

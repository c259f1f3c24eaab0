using System.Globalization;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.Files;

/// <summary>
/// The dates an imported event log may use (docs/vouchers.md, "Importing an event log"): the programme window widened by
/// <see cref="VoucherProgramme.ImportMargin"/> on both sides. The window opens on the earliest provider qualification;
/// it closes on the joint statement (J+37) of the latest validity end reached so far: the programme's
/// <see cref="VoucherProgramme.ValidityEnd"/> when set, else 31 December of the latest year of a provider's
/// qualification dates or of an order confirmed earlier in the log. A far-future or far-past time (a mistyped year)
/// is refused at its own line, before it is recorded, instead of making the next line fail the time order.
/// </summary>
internal sealed class ImportWindow
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private readonly VoucherProgramme programme;
    private readonly LocalDate? opens;
    private LocalDate? latestEnd;

    internal ImportWindow(VoucherProgramme programme)
    {
        this.programme = programme;
        if (programme.Providers.Count > 0)
        {
            opens = programme.Providers.Min(p => p.QualifiedFrom);
            var latest = programme.Providers.Max(p => p.QualifiedUntil is { } until && until > p.QualifiedFrom ? until : p.QualifiedFrom);
            latestEnd = new LocalDate(latest.Year, 12, 31);
        }

        if (programme.ValidityEnd is { } end)
        {
            latestEnd = latestEnd is { } l && l > end ? l : end;
        }
    }

    /// <summary>The first and last dates allowed now (Europe/Paris), each <see langword="null"/> when unbounded.</summary>
    internal (LocalDate? From, LocalDate? To) Bounds =>
        (opens?.Minus(programme.ImportMargin), latestEnd is { } end ? programme.TimelineFor(end).JointStatement.Plus(programme.ImportMargin) : null);

    /// <summary>The <c>voucher-file.date-window</c> issue of an event dated outside the window, or <see langword="null"/>.</summary>
    internal ValidationIssue? Check(VoucherEvent e)
    {
        if (e.At.InUtc().Year is < 1900 or > 2199)
        {
            return null; // voucher-file.date-range, reported by the reader
        }

        var date = e.At.InZone(Paris).Date;
        var (from, to) = Bounds;
        return date < from || date > to
            ? VoucherRules.FileDateWindow.Issue(e.At.ToString(), extra: [$"{Text(from)} … {Text(to)}"])
            : null;
    }

    /// <summary>Widens the window after an event was recorded: an order confirmation extends it to its validity end.</summary>
    internal void Recorded(VoucherEvent e)
    {
        if (e is OrderConfirmed && programme.ValidityEnd is null)
        {
            var end = programme.ValidityEndFor(e.At.InZone(Paris).Date);
            latestEnd = latestEnd is { } l && l > end ? l : end;
        }
    }

    private static string Text(LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "?";
}

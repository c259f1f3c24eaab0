namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// Indicator figures of a programme or of one slice (provider, distributor, territory, month). Rates are percentages
/// with 3 decimals (<see cref="Percentages.Share(decimal, decimal)"/>), 0 when the base is 0; in a month or
/// provider slice a rate may exceed 100 (passes issued before the month, scanned in it).
/// </summary>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class KpiFigures : Reporting.IHtmlRenderable
{
    internal KpiFigures(long issued, long injected, long started, long passesIssued, long handed, long redeemed, long beneficiaries, Money faceValue)
    {
        BookletsIssued = issued;
        BookletsInjected = injected;
        BookletsStarted = started;
        PassesIssued = passesIssued;
        PassesHanded = handed;
        PassesRedeemed = redeemed;
        Beneficiaries = beneficiaries;
        ValueIssued = faceValue * passesIssued;
        ValueUsed = faceValue * redeemed;
    }

    /// <summary>Gets the booklets issued (émis).</summary>
    public long BookletsIssued { get; }

    /// <summary>Gets the booklets injected (injectés: no longer held by the commanditaire).</summary>
    public long BookletsInjected { get; }

    /// <summary>Gets the booklets issued but not injected.</summary>
    public long BookletsNotInjected => BookletsIssued - BookletsInjected;

    /// <summary>Gets the booklets started (entamés: at least one pass scanned).</summary>
    public long BookletsStarted { get; }

    /// <summary>Gets the passes issued.</summary>
    public long PassesIssued { get; }

    /// <summary>Gets the passes handed to beneficiaries.</summary>
    public long PassesHanded { get; }

    /// <summary>Gets the passes redeemed.</summary>
    public long PassesRedeemed { get; }

    /// <summary>Gets the distinct beneficiaries.</summary>
    public long Beneficiaries { get; }

    /// <summary>Gets the face value issued.</summary>
    public Money ValueIssued { get; }

    /// <summary>Gets the face value used.</summary>
    public Money ValueUsed { get; }

    /// <summary>Gets the distribution (injection) rate: booklets injected / issued, in %.</summary>
    public decimal DistributionRate => Percentages.Share((decimal)BookletsInjected, BookletsIssued);

    /// <summary>Gets the usage rate: value used / value issued, in %.</summary>
    public decimal UsageRate => Percentages.Share(ValueUsed.Amount, ValueIssued.Amount);

    /// <summary>Gets the start rate: booklets started / injected, in %.</summary>
    public decimal StartRate => Percentages.Share((decimal)BookletsStarted, BookletsInjected);

    /// <summary>Gets the passes handed per beneficiary (2 decimals, half away from zero; 0 without beneficiary).</summary>
    public decimal PassesPerBeneficiary => Beneficiaries == 0 ? 0m : decimal.Round((decimal)PassesHanded / Beneficiaries, 2, MidpointRounding.AwayFromZero);
}

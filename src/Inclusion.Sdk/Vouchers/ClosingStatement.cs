namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The commanditaire's statement (the joint statement at closing, or a provisional one before): ordered, used and
/// unused face value (the credit note, on face value only), fees, the co-financing claim, and where every euro went.
/// Once final, the face value received is exactly paid to providers, kept as fees, credited back, or forfeited (passes
/// handed out after the distribution block and never used), and <see cref="RingFencedBalance"/> is zero.
/// </summary>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ClosingStatement : Reporting.IHtmlRenderable
{
    internal ClosingStatement(ClosingFigures f)
    {
        Commanditaire = f.Commanditaire;
        PassesOrdered = f.Ordered;
        PassesUsed = f.Used;
        PassesCancelled = f.Cancelled;
        PassesExpired = f.Expired;
        PassesHandedAfterBlock = f.HandedAfterBlock;
        PassesForfeited = f.Forfeited;
        OrderedValue = f.FaceValue * f.Ordered;
        UsedValue = f.FaceValue * f.Used;
        CreditNote = f.FaceValue * (f.Cancelled + f.Expired - f.Forfeited);
        ForfeitedValue = f.FaceValue * f.Forfeited;
        UpstreamFee = f.UpstreamFee;
        UpstreamFeeVat = f.UpstreamFeeVat;
        DownstreamFees = f.DownstreamFees;
        PaidToProviders = f.PaidNet;
        CoFunder = f.CoFunder;
        CoFinancingClaim = f.CoFinancing;
        IsFinal = f.IsFinal;
        RingFencedBalance = OrderedValue - f.PaidGross - (f.IsFinal ? CreditNote + ForfeitedValue : Money.Zero);
    }

    /// <summary>Gets the commanditaire.</summary>
    public string Commanditaire { get; }

    /// <summary>Gets the number of passes ordered (confirmed orders).</summary>
    public long PassesOrdered { get; }

    /// <summary>Gets the number of passes used.</summary>
    public long PassesUsed { get; }

    /// <summary>Gets the number of passes cancelled.</summary>
    public long PassesCancelled { get; }

    /// <summary>Gets the number of passes expired (including those of a confirmed order never issued).</summary>
    public long PassesExpired { get; }

    /// <summary>Gets the number of passes handed out after the distribution block (flagged: at the commanditaire's charge).</summary>
    public long PassesHandedAfterBlock { get; }

    /// <summary>Gets the number of passes handed out after the block and never used (cancelled or expired): not credited back.</summary>
    public long PassesForfeited { get; }

    /// <summary>Gets the number of passes still outstanding (0 when final).</summary>
    public long PassesOutstanding => PassesOrdered - PassesUsed - PassesCancelled - PassesExpired;

    /// <summary>Gets the face value ordered (invoice #1): the face value received.</summary>
    public Money OrderedValue { get; }

    /// <summary>Gets the face value used.</summary>
    public Money UsedValue { get; }

    /// <summary>Gets the credit note: face value of cancelled and expired passes, except those handed out after the
    /// distribution block (fees are not refunded).</summary>
    public Money CreditNote { get; }

    /// <summary>Gets the face value of passes handed out after the block and never used: at the commanditaire's charge.</summary>
    public Money ForfeitedValue { get; }

    /// <summary>Gets the upstream fees, excluding VAT (one line per order, at the rates in effect on its confirmation).</summary>
    public Money UpstreamFee { get; }

    /// <summary>Gets the VAT on the upstream fees.</summary>
    public Money UpstreamFeeVat { get; }

    /// <summary>Gets the downstream fees withheld from providers on this commanditaire's passes (as recorded for settled months).</summary>
    public Money DownstreamFees { get; }

    /// <summary>Gets the net counter-payments of the settled months (gross value minus downstream fees).</summary>
    public Money PaidToProviders { get; }

    /// <summary>Gets the fees kept by the operator, excluding VAT: upstream plus downstream.</summary>
    public Money FeesKept => UpstreamFee + DownstreamFees;

    /// <summary>Gets the face value still held on the ring-fenced account: received, minus the gross value of settled
    /// months, minus (once final) the credit note and the forfeited value. Zero once final.</summary>
    public Money RingFencedBalance { get; }

    /// <summary>Gets the co-funder, if the programme has a co-financing rule.</summary>
    public string? CoFunder { get; }

    /// <summary>Gets the co-financing claim, computed on the programme's cumulative purchase and use.</summary>
    public Money CoFinancingClaim { get; }

    /// <summary>Gets whether the programme is closed (otherwise the statement is provisional).</summary>
    public bool IsFinal { get; }
}

/// <summary>The figures a <see cref="ClosingStatement"/> is built from.</summary>
internal readonly record struct ClosingFigures(
    string Commanditaire,
    long Ordered,
    long Used,
    long Cancelled,
    long Expired,
    long HandedAfterBlock,
    long Forfeited,
    Money FaceValue,
    Money UpstreamFee,
    Money UpstreamFeeVat,
    Money DownstreamFees,
    Money PaidGross,
    Money PaidNet,
    string? CoFunder,
    Money CoFinancing,
    bool IsFinal);

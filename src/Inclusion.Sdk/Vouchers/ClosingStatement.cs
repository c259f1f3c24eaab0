namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The commanditaire's statement (the joint statement at closing, or a provisional one before): ordered, used and
/// unused face value (the credit note, on face value only), fees, and the co-financing claim.
/// </summary>
public sealed class ClosingStatement
{
    internal ClosingStatement(string commanditaire, long ordered, long used, long cancelled, long expired, Money faceValue, Money upstreamFee, Money upstreamFeeVat, Money downstreamFees, string? coFunder, Money coFinancing, bool isFinal)
    {
        Commanditaire = commanditaire;
        PassesOrdered = ordered;
        PassesUsed = used;
        PassesCancelled = cancelled;
        PassesExpired = expired;
        OrderedValue = faceValue * ordered;
        UsedValue = faceValue * used;
        CreditNote = faceValue * (cancelled + expired);
        UpstreamFee = upstreamFee;
        UpstreamFeeVat = upstreamFeeVat;
        DownstreamFees = downstreamFees;
        CoFunder = coFunder;
        CoFinancingClaim = coFinancing;
        IsFinal = isFinal;
    }

    /// <summary>Gets the commanditaire.</summary>
    public string Commanditaire { get; }

    /// <summary>Gets the number of passes ordered (confirmed orders).</summary>
    public long PassesOrdered { get; }

    /// <summary>Gets the number of passes used.</summary>
    public long PassesUsed { get; }

    /// <summary>Gets the number of passes cancelled.</summary>
    public long PassesCancelled { get; }

    /// <summary>Gets the number of passes expired.</summary>
    public long PassesExpired { get; }

    /// <summary>Gets the number of passes still outstanding (0 when final).</summary>
    public long PassesOutstanding => PassesOrdered - PassesUsed - PassesCancelled - PassesExpired;

    /// <summary>Gets the face value ordered (invoice #1).</summary>
    public Money OrderedValue { get; }

    /// <summary>Gets the face value used.</summary>
    public Money UsedValue { get; }

    /// <summary>Gets the credit note: face value of cancelled and expired passes (fees are not refunded).</summary>
    public Money CreditNote { get; }

    /// <summary>Gets the upstream fees, excluding VAT (one line per order).</summary>
    public Money UpstreamFee { get; }

    /// <summary>Gets the VAT on the upstream fees.</summary>
    public Money UpstreamFeeVat { get; }

    /// <summary>Gets the downstream fees withheld from providers on this commanditaire's passes.</summary>
    public Money DownstreamFees { get; }

    /// <summary>Gets the co-funder, if the programme has a co-financing rule.</summary>
    public string? CoFunder { get; }

    /// <summary>Gets the co-financing claim on the used value.</summary>
    public Money CoFinancingClaim { get; }

    /// <summary>Gets whether the programme is closed (otherwise the statement is provisional).</summary>
    public bool IsFinal { get; }
}

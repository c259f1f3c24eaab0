using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// One provider's line of a settled month, as paid: the figures are recorded in the <see cref="MonthSettled"/> event,
/// so that a later change of the programme's settings never changes a statement already paid.
/// </summary>
public sealed class SettledLine
{
    /// <summary>Creates a line.</summary>
    /// <param name="provider">The provider's SIRET.</param>
    /// <param name="redemptions">The number of redemptions.</param>
    /// <param name="passes">The number of passes scanned.</param>
    /// <param name="grossValue">The gross face value scanned.</param>
    /// <param name="downstreamFee">The downstream fee withheld, excluding VAT.</param>
    /// <param name="downstreamFeeVat">The VAT on the downstream fee.</param>
    public SettledLine(Siret provider, int redemptions, long passes, Money grossValue, Money downstreamFee, Money downstreamFeeVat)
    {
        Provider = provider;
        Redemptions = redemptions;
        Passes = passes;
        GrossValue = grossValue;
        DownstreamFee = downstreamFee;
        DownstreamFeeVat = downstreamFeeVat;
    }

    /// <summary>Gets the provider's SIRET.</summary>
    public Siret Provider { get; }

    /// <summary>Gets the number of redemptions.</summary>
    public int Redemptions { get; }

    /// <summary>Gets the number of passes scanned.</summary>
    public long Passes { get; }

    /// <summary>Gets the gross face value scanned.</summary>
    public Money GrossValue { get; }

    /// <summary>Gets the downstream fee withheld, excluding VAT.</summary>
    public Money DownstreamFee { get; }

    /// <summary>Gets the VAT on the downstream fee.</summary>
    public Money DownstreamFeeVat { get; }
}

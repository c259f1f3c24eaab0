using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>A provider's monthly statement: scans of <see cref="Month"/> counter-paid in <see cref="PaymentMonth"/>.</summary>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ProviderStatement : Reporting.IHtmlRenderable
{
    internal ProviderStatement(YearMonth month, Identifiers.Siret provider, string providerName, int redemptions, long passes, Money gross, Money fee, Money feeVat, bool settled)
    {
        Month = month;
        Provider = provider;
        ProviderName = providerName;
        Redemptions = redemptions;
        Passes = passes;
        GrossValue = gross;
        DownstreamFee = fee;
        DownstreamFeeVat = feeVat;
        IsSettled = settled;
    }

    /// <summary>Gets the month of the scans (Europe/Paris).</summary>
    public YearMonth Month { get; }

    /// <summary>Gets the month of the counter-payment (the next month).</summary>
    public YearMonth PaymentMonth => Month.PlusMonths(1);

    /// <summary>Gets the provider's SIRET.</summary>
    public Identifiers.Siret Provider { get; }

    /// <summary>Gets the provider's name.</summary>
    public string ProviderName { get; }

    /// <summary>Gets the number of redemptions.</summary>
    public int Redemptions { get; }

    /// <summary>Gets the number of passes scanned.</summary>
    public long Passes { get; }

    /// <summary>Gets the gross face value scanned.</summary>
    public Money GrossValue { get; }

    /// <summary>Gets the downstream fee withheld, excluding VAT (rounded once on this line).</summary>
    public Money DownstreamFee { get; }

    /// <summary>Gets the VAT on the downstream fee, invoiced separately to the provider.</summary>
    public Money DownstreamFeeVat { get; }

    /// <summary>Gets the net counter-payment: gross value minus the downstream fee.</summary>
    public Money NetPayable => GrossValue - DownstreamFee;

    /// <summary>Gets whether the month is settled in the ledger.</summary>
    public bool IsSettled { get; }
}

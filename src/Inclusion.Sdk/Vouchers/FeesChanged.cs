using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The operator's fee rates change from <see cref="EffectiveFrom"/> on (a day after the event's own date: nothing
/// already invoiced or settled changes). The upstream rate applies to orders confirmed on or after that day, the
/// downstream and VAT rates to the statements of months starting on or after it. JSON type <c>fees-changed</c>.
/// </summary>
public sealed class FeesChanged : VoucherEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="at">When it was recorded.</param>
    /// <param name="effectiveFrom">The first day (Europe/Paris) the new rates apply.</param>
    /// <param name="upstreamRate">The new upstream rate, 0–1.</param>
    /// <param name="downstreamRate">The new downstream rate, 0–1.</param>
    /// <param name="vatRate">The new VAT rate on fees, 0–1.</param>
    /// <param name="schemaVersion">The event schema version (1).</param>
    public FeesChanged(Instant at, LocalDate effectiveFrom, decimal upstreamRate, decimal downstreamRate, decimal vatRate, int schemaVersion = 1)
        : base(at, schemaVersion)
    {
        EffectiveFrom = effectiveFrom;
        UpstreamRate = upstreamRate;
        DownstreamRate = downstreamRate;
        VatRate = vatRate;
    }

    /// <summary>Gets the first day (Europe/Paris) the new rates apply.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the new upstream rate.</summary>
    public decimal UpstreamRate { get; }

    /// <summary>Gets the new downstream rate.</summary>
    public decimal DownstreamRate { get; }

    /// <summary>Gets the new VAT rate on fees.</summary>
    public decimal VatRate { get; }

    /// <summary>Whether the three rates are within 0–1.</summary>
    internal bool HasValidRates => UpstreamRate is >= 0m and <= 1m && DownstreamRate is >= 0m and <= 1m && VatRate is >= 0m and <= 1m;
}

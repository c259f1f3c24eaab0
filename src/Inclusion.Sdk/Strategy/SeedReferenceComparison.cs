using NodaTime;

namespace Inclusion.Sdk.Strategy;

/// <summary>The latest value of an indicator compared with a reference figure of the seed text.</summary>
/// <remarks>Plain immutable data.</remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class SeedReferenceComparison : Reporting.IHtmlRenderable
{
    internal SeedReferenceComparison(string indicatorId, decimal reference, decimal? value, LocalDate? date)
    {
        IndicatorId = indicatorId;
        ReferencePercent = reference;
        ValuePercent = value;
        Date = date;
    }

    /// <summary>The indicator identifier.</summary>
    public string IndicatorId { get; }

    /// <summary>The reference, in percent (10 for participation, 2 for creative uses).</summary>
    public decimal ReferencePercent { get; }

    /// <summary>The latest measured value on or before the evaluation date, in percent, when measured.</summary>
    public decimal? ValuePercent { get; }

    /// <summary>The date of that value.</summary>
    public LocalDate? Date { get; }

    /// <summary>The value minus the reference, in percentage points, when measured.</summary>
    public decimal? GapPoints => ValuePercent - ReferencePercent;

    /// <summary>Whether the value reaches the reference; <see langword="null"/> when not measured.</summary>
    public bool? ReachesReference => ValuePercent is { } v ? v >= ReferencePercent : null;
}

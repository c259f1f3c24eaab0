using System.Globalization;

namespace Inclusion.Sdk.Surveys;

/// <summary>A published figure (or target) an estimate can be compared with, with its primary source and the precision
/// it was published with.</summary>
/// <remarks>A figure is never shown with more digits than its source gave: <see cref="PercentText"/> and
/// <see cref="ToString"/> use <see cref="Decimals"/>. This type is immutable and thread-safe.</remarks>
public sealed class ReferenceFigure
{
    internal ReferenceFigure(string indicator, string geo, int year, decimal percent, int decimals, bool isTarget, string source, string readFrom, string note)
    {
        Decimals = decimals;
        ReadFrom = readFrom;
        Indicator = indicator;
        Geo = geo;
        Year = year;
        Percent = percent;
        IsTarget = isTarget;
        Source = source;
        Note = note;
    }

    /// <summary>The indicator code: <c>I_DSK2_BAB</c> ("at least basic" digital skills) or <c>ILLECTRONISME_INSEE_2019</c>,
    /// <c>ILLECTRONISME_INSEE_2021</c> (and its two parts).</summary>
    public string Indicator { get; }

    /// <summary>The territory: <c>FR</c> or <c>EU27</c>.</summary>
    public string Geo { get; }

    /// <summary>The reference year of the data (or of the target).</summary>
    public int Year { get; }

    /// <summary>The value in percent, as published (for example 59.7, or 54 where the source says "54 %").</summary>
    public decimal Percent { get; }

    /// <summary>The number of decimals the source published (0 for "54 %", 1 for "59.7 %").</summary>
    public int Decimals { get; }

    /// <summary><see cref="Percent"/> written with exactly <see cref="Decimals"/> decimals, invariant culture (for
    /// example <c>54</c>, <c>15.4</c>).</summary>
    public string PercentText => Percent.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>True for a policy target rather than an observed value.</summary>
    public bool IsTarget { get; }

    /// <summary>The URL of the primary source: the Eurostat table (<c>isoc_sk_dskl_i21</c>) or metadata, or the Insee
    /// Première.</summary>
    public string Source { get; }

    /// <summary>The URL of the page the value was read from at its precision: the primary source itself, or the
    /// publication (or a copy of it) that gave the value when the table could not be read.</summary>
    public string ReadFrom { get; }

    /// <summary>What the figure covers (field, rounding, comparability).</summary>
    public string Note { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Indicator} {Geo} {Year}: {PercentText} %{(IsTarget ? " (target)" : string.Empty)}";
}

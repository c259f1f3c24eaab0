namespace Inclusion.Sdk.Surveys;

/// <summary>A published figure (or target) an estimate can be compared with, with its source.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReferenceFigure
{
    internal ReferenceFigure(string indicator, string geo, int year, decimal percent, bool isTarget, string source, string note)
    {
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

    /// <summary>The value in percent, as published (for example 59.7).</summary>
    public decimal Percent { get; }

    /// <summary>True for a policy target rather than an observed value.</summary>
    public bool IsTarget { get; }

    /// <summary>The URL of the source.</summary>
    public string Source { get; }

    /// <summary>What the figure covers (field, rounding, comparability).</summary>
    public string Note { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Indicator} {Geo} {Year}: {Percent} %{(IsTarget ? " (target)" : string.Empty)}";
}

namespace Inclusion.Sdk.Indicators;

/// <summary>The scores of one territory: per indicator, per axis and the total; null = missing (never 0).</summary>
public sealed class IndexScore
{
    private readonly double?[] indicators;
    private readonly double?[] axes;

    internal IndexScore(string code, string? name, double? population, double?[] indicators, double?[] axes, double? total,
        string? commune, string? epci, string? departement)
    {
        Code = code;
        Name = name;
        Population = population;
        this.indicators = indicators;
        this.axes = axes;
        Total = total;
        Commune = commune;
        Epci = epci;
        Departement = departement;
    }

    /// <summary>The territory code.</summary>
    public string Code { get; }

    /// <summary>The name, if known.</summary>
    public string? Name { get; }

    /// <summary>The population (Σ of the children after a roll-up), if known.</summary>
    public double? Population { get; }

    /// <summary>The indicator scores, in the definition's order.</summary>
    public IReadOnlyList<double?> Indicators => indicators;

    /// <summary>The axis scores, in the order of <see cref="IndexResult.Axes"/>.</summary>
    public IReadOnlyList<double?> Axes => axes;

    /// <summary>The total, or null when missing.</summary>
    public double? Total { get; }

    /// <summary>The parent commune code, if known.</summary>
    public string? Commune { get; }

    /// <summary>The parent EPCI code, if known.</summary>
    public string? Epci { get; }

    /// <summary>The parent département code, if known.</summary>
    public string? Departement { get; }

    internal double?[] IndicatorArray => indicators;
}

using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Indicators;

/// <summary>One territory of an indicator table: its code, name, population, parents and raw values (null = missing).</summary>
public sealed class IndicatorRow
{
    private readonly double?[] values;

    /// <summary>Creates a row.</summary>
    /// <param name="code">The territory code (IRIS, commune, EPCI…).</param>
    /// <param name="name">The name, or null.</param>
    /// <param name="population">The population (weight of roll-ups), zero or more; null when unknown.</param>
    /// <param name="values">The raw values in the table's indicator order; null = missing.</param>
    /// <param name="commune">The parent commune code (derived from an IRIS code when null), or null.</param>
    /// <param name="epci">The parent EPCI code, or null.</param>
    /// <param name="departement">The parent département code (derived from the commune when null), or null.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> is blank, or a value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is negative.</exception>
    public IndicatorRow(string code, string? name, double? population, IReadOnlyList<double?> values,
        CommuneCode? commune = null, EpciCode? epci = null, DepartementCode? departement = null)
    {
        Code = Preconditions.CheckNotBlank(code);
        if (population is { } p && (!(p >= 0) || double.IsInfinity(p)))
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, "A population is zero or more.");
        }

        this.values = [.. Preconditions.CheckNotNull(values)];
        foreach (var v in this.values)
        {
            Preconditions.CheckArgument(v is null || double.IsFinite(v.Value), nameof(values), "Values are finite numbers or null.");
        }

        Name = name;
        Population = population;
        Commune = commune;
        Epci = epci;
        Departement = departement;
    }

    /// <summary>The territory code.</summary>
    public string Code { get; }

    /// <summary>The name, if any.</summary>
    public string? Name { get; }

    /// <summary>The population, if known.</summary>
    public double? Population { get; }

    /// <summary>The raw values, null where missing.</summary>
    public IReadOnlyList<double?> Values => values;

    /// <summary>The parent commune code, if given.</summary>
    public CommuneCode? Commune { get; }

    /// <summary>The parent EPCI code, if given.</summary>
    public EpciCode? Epci { get; }

    /// <summary>The parent département code, if given.</summary>
    public DepartementCode? Departement { get; }
}

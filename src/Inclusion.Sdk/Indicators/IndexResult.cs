using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Indicators;

/// <summary>The scores of an index over the territories of a table, in ascending code order, and their
/// population-weighted roll-ups.</summary>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class IndexResult : Reporting.IHtmlRenderable
{
    private readonly IndexScore[] rows;

    internal IndexResult(IndexDefinition definition, IndexScore[] rows, TerritoryLevel? level)
    {
        Definition = definition;
        this.rows = rows;
        Level = level;
    }

    /// <summary>The definition computed.</summary>
    public IndexDefinition Definition { get; }

    /// <summary>The level of the rows after a roll-up; null for the input rows.</summary>
    public TerritoryLevel? Level { get; }

    /// <summary>The indicator names, in score order.</summary>
    public IReadOnlyList<string> Indicators => Definition.IndicatorNames;

    /// <summary>The axis names, in score order.</summary>
    public IReadOnlyList<string> Axes => Definition.Axes;

    /// <summary>The territories' scores, by ascending code.</summary>
    public IReadOnlyList<IndexScore> Rows => rows;

    /// <summary>
    /// Rolls the indicator scores up to <paramref name="level"/> by population-weighted mean of the children that have
    /// a score (unweighted when none of them has a population), then recomputes axes and total by the definition —
    /// so an IFN 2023 total stays the mean of its five rolled-up criteria.
    /// </summary>
    /// <param name="level">Commune (IRIS parents: the <c>commune</c> column or the IRIS code), EPCI (the <c>epci</c>
    /// column) or département (the <c>departement</c> column or the commune code, 2A/2B and overseas included).</param>
    /// <returns>One row per parent, by ascending code; rows without a known parent are left out.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not commune, EPCI or département.</exception>
    public IndexResult RollUp(TerritoryLevel level)
    {
        Preconditions.CheckArgument(level is TerritoryLevel.Commune or TerritoryLevel.Epci or TerritoryLevel.Departement,
            nameof(level), "Roll-ups go to commune, EPCI or département.");
        var groups = new Dictionary<string, List<IndexScore>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = level switch
            {
                TerritoryLevel.Commune => row.Commune,
                TerritoryLevel.Epci => row.Epci,
                _ => row.Departement,
            };
            if (key is null)
            {
                continue;
            }

            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(row);
        }

        var n = Definition.IndicatorNames.Count;
        var result = new IndexScore[groups.Count];
        var g = 0;
        var keys = groups.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        foreach (var code in keys)
        {
            var children = groups[code];
            var scores = new double?[n];
            for (var i = 0; i < n; i++)
            {
                double sum = 0, weights = 0, plain = 0;
                var count = 0;
                foreach (var child in children)
                {
                    if (child.IndicatorArray[i] is { } s)
                    {
                        var w = child.Population ?? 0;
                        sum += w * s;
                        weights += w;
                        plain += s;
                        count++;
                    }
                }

                scores[i] = count == 0 ? null : weights > 0 ? sum / weights : plain / count;
            }

            double? population = null;
            foreach (var child in children)
            {
                if (child.Population is { } p)
                {
                    population = (population ?? 0) + p;
                }
            }

            var (axes, total) = Definition.Aggregate(scores);
            result[g++] = new IndexScore(code, null, population, scores, axes, total,
                level == TerritoryLevel.Commune ? code : null,
                level <= TerritoryLevel.Epci ? Common(children, c => c.Epci) : null,
                level == TerritoryLevel.Departement ? code : Common(children, c => c.Departement));
        }

        return new IndexResult(Definition, result, level);
    }

    /// <summary>The parent shared by the children; the smallest code when they disagree (deterministic).</summary>
    private static string? Common(List<IndexScore> children, Func<IndexScore, string?> parent)
    {
        string? min = null;
        foreach (var child in children)
        {
            if (parent(child) is { } p && (min is null || string.CompareOrdinal(p, min) < 0))
            {
                min = p;
            }
        }

        return min;
    }

    internal static string? CommuneOf(IndicatorRow row)
    {
        if (row.Commune is { } commune)
        {
            return commune.ToString();
        }

        if (row.Code.Length == 9 && IrisCode.TryParse(row.Code, out var iris))
        {
            return iris.Commune.ToString();
        }

        return row.Code.Length == 5 && CommuneCode.TryParse(row.Code, out var c) ? c.ToString() : null;
    }

    internal static string? DepartementOf(IndicatorRow row, string? commune) =>
        row.Departement?.ToString() ?? (commune is not null && CommuneCode.TryParse(commune, out var c) ? c.Departement?.ToString() : null);
}

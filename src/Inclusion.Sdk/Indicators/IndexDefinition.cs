using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Indicators;

/// <summary>
/// A composite territorial index: indicators grouped into axes, each normalised over the table; axis = weighted mean
/// of its indicator scores; total = mean of the axes. Presets: <see cref="Ifn2019"/> and <see cref="Ifn2023"/>.
/// </summary>
public sealed class IndexDefinition
{
    private readonly IndicatorSpec[] specs;
    private readonly string[] axes;
    private readonly int[] axisOf;

    /// <summary>Creates a definition.</summary>
    /// <param name="name">The name, for example "IFN 2023".</param>
    /// <param name="indicators">The indicators, at least one, columns distinct.</param>
    /// <param name="requireAllIndicators">True: a territory missing any indicator has no axis or total score for the
    /// axes concerned (IFN 2023: the published total is always the mean of all five). False: an axis is the mean of its
    /// available indicators and the total the mean of the non-empty axes (IFN 2019).</param>
    /// <param name="confirmed">What of the method is confirmed by its producer (documentation).</param>
    /// <param name="reconstruction">What is our reconstruction (documentation).</param>
    /// <exception cref="ArgumentException">No indicator, or a column repeats.</exception>
    public IndexDefinition(string name, IEnumerable<IndicatorSpec> indicators, bool requireAllIndicators, string confirmed = "", string reconstruction = "")
    {
        Name = Preconditions.CheckNotBlank(name);
        specs = [.. Preconditions.CheckNotNull(indicators)];
        Preconditions.CheckArgument(specs.Length > 0, nameof(indicators), "An index needs at least one indicator.");
        Preconditions.CheckArgument(specs.Select(s => s.Column).Distinct(StringComparer.OrdinalIgnoreCase).Count() == specs.Length,
            nameof(indicators), "Indicator columns must be distinct.");
        axes = [.. specs.Select(s => s.Axis).Distinct(StringComparer.Ordinal)];
        IndicatorNames = [.. specs.Select(s => s.Column)];
        axisOf = [.. specs.Select(s => Array.IndexOf(axes, s.Axis))];
        RequireAllIndicators = requireAllIndicators;
        Confirmed = confirmed;
        Reconstruction = reconstruction;
    }

    /// <summary>
    /// IFN v1 (2019, La MedNum / ANSA, Occitanie kit): four axes, each indicator scored <c>100 × x / reference</c>
    /// (100 = the reference), axis = mean of its indicator points, global = mean of the non-empty axes. Input columns
    /// are raw rates in percent or shares: <c>menseul_rate</c>, <c>fammono_rate</c> (accès à l'information);
    /// <c>poverty_rate</c>, <c>no_thd_coverage_rate</c>, <c>no_mobile_coverage_rate</c> (accès aux interfaces
    /// numériques); <c>older_65_rate</c>, <c>nscol15p_rate</c> (compétences numériques); <c>young_15_29_rate</c>,
    /// <c>unemployment_rate</c>, <c>minimum_income_rate</c> (compétences administratives).
    /// </summary>
    public static IndexDefinition Ifn2019 { get; } = new(
        "IFN 2019",
        [
            new("menseul_rate", "acces_information", Normalization.RatioToReference),
            new("fammono_rate", "acces_information", Normalization.RatioToReference),
            new("poverty_rate", "acces_interfaces", Normalization.RatioToReference),
            new("no_thd_coverage_rate", "acces_interfaces", Normalization.RatioToReference),
            new("no_mobile_coverage_rate", "acces_interfaces", Normalization.RatioToReference),
            new("older_65_rate", "competences_numeriques", Normalization.RatioToReference),
            new("nscol15p_rate", "competences_numeriques", Normalization.RatioToReference),
            new("young_15_29_rate", "competences_administratives", Normalization.RatioToReference),
            new("unemployment_rate", "competences_administratives", Normalization.RatioToReference),
            new("minimum_income_rate", "competences_administratives", Normalization.RatioToReference),
        ],
        requireAllIndicators: false,
        confirmed: "[C] four axes (accès à l'information, accès aux interfaces numériques, compétences numériques, compétences administratives) and their kinds of variables — nheudron/design4green index.php; Benjvfr/backend-indicateur-fragilite-numerique; dataforgoodfr/batch8_mednum (docs/diagnostic.md § 3).",
        reconstruction: "[S/I] points = 100 × x / reference and axis = mean of points come from third-party re-implementations of the Tableau workbook, not from MedNum; the reference is here the population-weighted mean of the input rows (≈ Benjvfr's ratio of sums over the reference zone) unless a fixed reference is given; variable lists differ between re-implementations (we take one indicator set per axis, shares as rates); the 2G coverage and public-services-per-inhabitant variables are represented by no_mobile_coverage_rate only.");

    /// <summary>
    /// IFN v3 (2023–, fragilite-numerique.fr): five criteria, each on a 1–10 scale (10 = highest risk), total =
    /// unweighted mean of the five. Input columns are raw rates: <c>no_thd_coverage_rate</c>, <c>no_4g_coverage_rate</c>,
    /// <c>poverty_rate</c>, <c>older_65_rate</c>, <c>nscol15p_rate</c>.
    /// </summary>
    public static IndexDefinition Ifn2023 { get; } = new(
        "IFN 2023",
        [
            new("no_thd_coverage_rate", "axe_1", Normalization.DecileRank),
            new("no_4g_coverage_rate", "axe_1", Normalization.DecileRank),
            new("poverty_rate", "axe_1", Normalization.DecileRank),
            new("older_65_rate", "axe_1", Normalization.DecileRank),
            new("nscol15p_rate", "axe_1", Normalization.DecileRank),
        ],
        requireAllIndicators: true,
        confirmed: "[C] the five criteria (infos.fragilite-numerique.fr/ressources-cgu); each normalised on a 1–10 scale, 10 = highest risk (pacificdata IFN NC dataset); total = unweighted mean of the five, checked exactly on the MedNum export of 35,006 communes and 1,255 EPCI (inclusion-numerique/inclusion-numerique ifn-city-all-variation.csv @ f834ffa0).",
        reconstruction: "[I] OUR RECONSTRUCTION, the normalisation is NOT published (docs/diagnostic.md § 3): decile rank of each value in the distribution of the input rows (national IRIS distribution when the table holds all IRIS), ties sharing the upper decile; commune = population-weighted mean of its IRIS scores; EPCI and département = population-weighted mean over their IRIS. Consistent with integer scores of single-IRIS communes and fractional multi-IRIS ones, not confirmed by MedNum.");

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The indicators.</summary>
    public IReadOnlyList<IndicatorSpec> Specs => specs;

    /// <summary>The indicator column names, in order.</summary>
    public IReadOnlyList<string> IndicatorNames { get; private init; } = [];

    /// <summary>The axes, in order of first appearance.</summary>
    public IReadOnlyList<string> Axes => axes;

    /// <summary>Whether every indicator is needed for an axis or total score.</summary>
    public bool RequireAllIndicators { get; }

    /// <summary>What of the method is confirmed by its producer.</summary>
    public string Confirmed { get; }

    /// <summary>What is our reconstruction.</summary>
    public string Reconstruction { get; }

    /// <summary>The indicator columns the table lacks (compare before <see cref="Compute"/>).</summary>
    /// <param name="table">The table.</param>
    /// <returns>The missing column names, empty when the table fits.</returns>
    public IReadOnlyList<string> MissingColumns(IndicatorTable table) =>
        [.. specs.Where(s => Preconditions.CheckNotNull(table).IndexOf(s.Column) < 0).Select(s => s.Column)];

    /// <summary>Scores every row of <paramref name="table"/>. Results do not depend on the order of the rows.</summary>
    /// <param name="table">The raw indicators.</param>
    /// <returns>The scores by ascending code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentException">The table lacks an indicator column (see <see cref="MissingColumns"/>).</exception>
    public IndexResult Compute(IndicatorTable table)
    {
        Preconditions.CheckNotNull(table);
        var missing = MissingColumns(table);
        Preconditions.CheckArgument(missing.Count == 0, nameof(table), "Missing indicator columns: " + string.Join(", ", missing));
        var rows = table.Rows.OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        var scores = new double?[rows.Length][];
        for (var r = 0; r < rows.Length; r++)
        {
            scores[r] = new double?[specs.Length];
        }

        var column = new double[rows.Length];
        for (var i = 0; i < specs.Length; i++)
        {
            var j = table.IndexOf(specs[i].Column);
            for (var r = 0; r < rows.Length; r++)
            {
                column[r] = rows[r].Values[j] ?? double.NaN;
            }

            Normalizer.Apply(specs[i], column, rows, scores, i);
        }

        var result = new IndexScore[rows.Length];
        var departements = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Length; r++)
        {
            var (axisScores, total) = Aggregate(scores[r]);
            // Rows are in code order, so the IRIS of a commune follow each other: reuse the previous commune string.
            var commune = r > 0 && result[r - 1].Commune is { } previous && rows[r].Commune is null && rows[r].Code.Length == 9
                && rows[r].Code.StartsWith(previous, StringComparison.Ordinal) && IrisCode.TryParse(rows[r].Code, out _)
                ? previous
                : IndexResult.CommuneOf(rows[r]);
            var departement = rows[r].Departement?.ToString();
            if (departement is null && commune is not null && !departements.TryGetValue(commune, out departement))
            {
                departements[commune] = departement = IndexResult.DepartementOf(rows[r], commune);
            }

            result[r] = new IndexScore(rows[r].Code, rows[r].Name, rows[r].Population, scores[r], axisScores, total,
                commune, rows[r].Epci?.ToString(), departement);
        }

        return new IndexResult(this, result, null);
    }

    /// <summary>Axis scores (weighted mean of the indicator scores) and total (mean of the axes).</summary>
    internal (double?[] Axes, double? Total) Aggregate(double?[] scores)
    {
        Span<double> sums = stackalloc double[axes.Length];
        Span<double> weights = stackalloc double[axes.Length];
        Span<bool> incomplete = stackalloc bool[axes.Length];
        for (var i = 0; i < specs.Length; i++)
        {
            if (scores[i] is { } s)
            {
                sums[axisOf[i]] += specs[i].Weight * s;
                weights[axisOf[i]] += specs[i].Weight;
            }
            else
            {
                incomplete[axisOf[i]] = true;
            }
        }

        var axisScores = new double?[axes.Length];
        double total = 0;
        var count = 0;
        var anyMissing = false;
        for (var a = 0; a < axes.Length; a++)
        {
            if (weights[a] > 0 && !(RequireAllIndicators && incomplete[a]))
            {
                axisScores[a] = sums[a] / weights[a];
                total += axisScores[a]!.Value;
                count++;
            }
            else
            {
                anyMissing = true;
            }
        }

        return (axisScores, count == 0 || (RequireAllIndicators && anyMissing) ? null : total / count);
    }
}

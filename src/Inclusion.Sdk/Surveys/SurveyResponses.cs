using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Surveys;

/// <summary>
/// Survey responses in dense columns: one activity mask (bit i = activity i of <see cref="Catalogue"/>), one
/// internet-use recency and one design weight per respondent, plus optional grouping columns (age band, sex,
/// territory…) stored as small integer codes.
/// </summary>
/// <remarks>About 20 bytes per respondent plus 4 per grouping column. This type is immutable and thread-safe.</remarks>
public sealed class SurveyResponses
{
    private readonly ulong[] activities;
    private readonly InternetUse[] internetUse;
    private readonly double[]? weights;
    private readonly string[] groupColumns;
    private readonly int[][] groupCodes;
    private readonly string[][] groupLabels;

    internal SurveyResponses(DsiActivityCatalogue catalogue, ulong[] activities, InternetUse[] internetUse, double[]? weights, string[] groupColumns, int[][] groupCodes, string[][] groupLabels)
    {
        Catalogue = catalogue;
        this.activities = activities;
        this.internetUse = internetUse;
        this.weights = weights;
        this.groupColumns = groupColumns;
        this.groupCodes = groupCodes;
        this.groupLabels = groupLabels;
    }

    /// <summary>The activity catalogue that gives the meaning of the mask bits.</summary>
    public DsiActivityCatalogue Catalogue { get; }

    /// <summary>The number of respondents.</summary>
    public int Count => activities.Length;

    /// <summary>True when the responses carry design weights (otherwise every weight is 1).</summary>
    public bool IsWeighted => weights is not null;

    /// <summary>The names of the grouping columns kept, in file order.</summary>
    public IReadOnlyList<string> GroupColumns => groupColumns;

    internal ReadOnlySpan<ulong> Activities => activities;

    internal ReadOnlySpan<InternetUse> InternetUses => internetUse;

    internal ReadOnlySpan<double> Weights => weights;

    /// <summary>Creates responses from arrays (copied).</summary>
    /// <param name="catalogue">The catalogue of the activity masks.</param>
    /// <param name="activities">One activity mask per respondent.</param>
    /// <param name="internetUse">One internet-use recency per respondent.</param>
    /// <param name="weights">One design weight per respondent (finite, zero or more), or empty for unweighted data.</param>
    /// <param name="groups">Optional grouping columns: name → one value per respondent.</param>
    /// <returns>The responses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    /// <exception cref="ArgumentException">Lengths differ, a weight is negative or not finite, or a mask uses bits
    /// beyond the catalogue.</exception>
    public static SurveyResponses Create(
        DsiActivityCatalogue catalogue,
        ReadOnlySpan<ulong> activities,
        ReadOnlySpan<InternetUse> internetUse,
        ReadOnlySpan<double> weights,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? groups = null)
    {
        Preconditions.CheckNotNull(catalogue);
        Preconditions.CheckArgument(internetUse.Length == activities.Length, nameof(internetUse), "Expected one internet use per respondent.");
        Preconditions.CheckArgument(weights.IsEmpty || weights.Length == activities.Length, nameof(weights), "Expected one weight per respondent, or none.");
        var valid = catalogue.Activities.Count == 64 ? ulong.MaxValue : (1UL << catalogue.Activities.Count) - 1;
        foreach (var mask in activities)
        {
            Preconditions.CheckArgument((mask & ~valid) == 0, nameof(activities), "A mask uses bits beyond the catalogue's activities.");
        }

        foreach (var use in internetUse)
        {
            Preconditions.CheckArgument(Enum.IsDefined(use), nameof(internetUse), "Not an internet-use recency.");
        }

        foreach (var w in weights)
        {
            Preconditions.CheckArgument(w >= 0 && !double.IsInfinity(w), nameof(weights), "A weight is negative or not finite.");
        }

        var names = new List<string>();
        var codes = new List<int[]>();
        var labels = new List<string[]>();
        foreach (var (name, values) in groups ?? new Dictionary<string, IReadOnlyList<string>>())
        {
            Preconditions.CheckArgument(values.Count == activities.Length, nameof(groups), $"Group column '{name}' needs one value per respondent.");
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            var column = new int[values.Count];
            for (var i = 0; i < values.Count; i++)
            {
                var value = values[i] ?? string.Empty;
                if (!index.TryGetValue(value, out var code))
                {
                    code = index.Count;
                    index.Add(value, code);
                }

                column[i] = code;
            }

            names.Add(name);
            codes.Add(column);
            labels.Add([.. index.OrderBy(p => p.Value).Select(p => p.Key)]);
        }

        return new SurveyResponses(catalogue, activities.ToArray(), internetUse.ToArray(), weights.IsEmpty ? null : weights.ToArray(), [.. names], [.. codes], [.. labels]);
    }

    /// <summary>The activity mask of respondent <paramref name="index"/>.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The mask.</returns>
    public ulong ActivitiesOf(int index) => activities[index];

    /// <summary>The internet-use recency of respondent <paramref name="index"/>.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The recency.</returns>
    public InternetUse InternetUseOf(int index) => internetUse[index];

    /// <summary>The design weight of respondent <paramref name="index"/> (1 for unweighted data).</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The weight.</returns>
    public double WeightOf(int index) => weights is null ? 1 : weights[index];

    /// <summary>The value of a grouping column for respondent <paramref name="index"/>.</summary>
    /// <param name="column">One of <see cref="GroupColumns"/>.</param>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The value as read (empty when the cell was empty).</returns>
    /// <exception cref="ArgumentException"><paramref name="column"/> is not a grouping column.</exception>
    public string GroupOf(string column, int index)
    {
        var c = ColumnIndex(column);
        return groupLabels[c][groupCodes[c][index]];
    }

    /// <summary>The DSI level of every respondent.</summary>
    /// <returns>One level per respondent.</returns>
    public DsiOverallLevel[] Classify()
    {
        var levels = new DsiOverallLevel[Count];
        Catalogue.ClassifyAll(activities, internetUse, levels);
        return levels;
    }

    internal (int[] Codes, string[] Labels) Group(string column)
    {
        var c = ColumnIndex(column);
        return (groupCodes[c], groupLabels[c]);
    }

    private int ColumnIndex(string column)
    {
        var c = Array.FindIndex(groupColumns, n => string.Equals(n, column, StringComparison.OrdinalIgnoreCase));
        Preconditions.CheckArgument(c >= 0, nameof(column), $"'{column}' is not a grouping column of these responses.");
        return c;
    }
}

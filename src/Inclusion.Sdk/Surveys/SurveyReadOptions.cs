namespace Inclusion.Sdk.Surveys;

/// <summary>How <see cref="SurveyFile.Read"/> reads a survey-response file.</summary>
/// <remarks>This type is immutable once built and thread-safe.</remarks>
public sealed class SurveyReadOptions
{
    /// <summary>The default options: default catalogue, column <c>IU</c>, unweighted, grouping by <c>age_band</c>,
    /// <c>sex</c> and <c>territory</c> when present.</summary>
    public static SurveyReadOptions Default { get; } = new();

    /// <summary>The activity catalogue (its variables are the activity columns).</summary>
    public DsiActivityCatalogue Catalogue { get; init; } = DsiActivityCatalogue.Default;

    /// <summary>The column of the internet-use recency code (1–4); <c>IU</c> by default.</summary>
    public string InternetUseColumn { get; init; } = "IU";

    /// <summary>The column of design weights, or null for unweighted data.</summary>
    public string? WeightColumn { get; init; }

    /// <summary>Grouping columns that must exist (for breakdowns).</summary>
    public IReadOnlyList<string> GroupColumns { get; init; } = [];

    /// <summary>Grouping columns kept when present: <c>age_band</c>, <c>sex</c>, <c>territory</c>.</summary>
    public IReadOnlyList<string> OptionalGroupColumns { get; init; } = ["age_band", "sex", "territory"];

    /// <summary>How many issues of each rule the report stores (all are counted); 100 by default.</summary>
    public int MaxStoredIssuesPerRule { get; init; } = 100;
}

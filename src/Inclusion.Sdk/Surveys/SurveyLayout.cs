using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Surveys;

/// <summary>
/// The layout of a survey-response file: which activity catalogue gives the activity columns, and which columns hold
/// the internet-use recency, the design weights and the groups of breakdowns. Reading options that are not about the
/// survey (source name, issue caps) are <c>Inclusion.Sdk.Files.ReadOptions</c>.
/// </summary>
/// <remarks>Column names are matched case-insensitively. This type is immutable once built and thread-safe.</remarks>
public sealed class SurveyLayout
{
    private readonly DsiActivityCatalogue catalogue = DsiActivityCatalogue.Default;
    private readonly string internetUseColumn = "IU";
    private readonly string? weightColumn;
    private readonly IReadOnlyList<string> groupColumns = [];
    private readonly IReadOnlyList<string> optionalGroupColumns = ["age_band", "sex", "territory"];
    private readonly BlankActivityTreatment blankActivities = BlankActivityTreatment.CountAsNotDone;

    /// <summary>The default layout: default catalogue, column <c>IU</c>, unweighted, grouping by <c>age_band</c>,
    /// <c>sex</c> and <c>territory</c> when present.</summary>
    public static SurveyLayout Default { get; } = new();

    /// <summary>The activity catalogue (its variables are the activity columns).</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public DsiActivityCatalogue Catalogue
    {
        get => catalogue;
        init => catalogue = Preconditions.CheckNotNull(value);
    }

    /// <summary>The column of the internet-use recency code (1–4); <c>IU</c> by default.</summary>
    /// <exception cref="ArgumentException">The value is null or blank.</exception>
    public string InternetUseColumn
    {
        get => internetUseColumn;
        init => internetUseColumn = Preconditions.CheckNotBlank(value).Trim();
    }

    /// <summary>The column of design weights (finite numbers, zero or more), or null for unweighted data.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string? WeightColumn
    {
        get => weightColumn;
        init => weightColumn = value is null ? null : Preconditions.CheckNotBlank(value).Trim();
    }

    /// <summary>Grouping columns that must exist (for breakdowns); a missing one is an error.</summary>
    /// <exception cref="ArgumentException">The list is null or holds a blank name.</exception>
    public IReadOnlyList<string> GroupColumns
    {
        get => groupColumns;
        init => groupColumns = Names(value);
    }

    /// <summary>Grouping columns kept when present: <c>age_band</c>, <c>sex</c>, <c>territory</c> by default.</summary>
    /// <exception cref="ArgumentException">The list is null or holds a blank name.</exception>
    public IReadOnlyList<string> OptionalGroupColumns
    {
        get => optionalGroupColumns;
        init => optionalGroupColumns = Names(value);
    }

    /// <summary>What to do with an internet user whose activity cells are all empty (answered no activity question):
    /// <see cref="BlankActivityTreatment.CountAsNotDone"/> by default. Each such row is reported with its line.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined treatment.</exception>
    public BlankActivityTreatment BlankActivities
    {
        get => blankActivities;
        init => blankActivities = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a blank-activity treatment.");
    }

    private static string[] Names(IReadOnlyList<string> names)
    {
        Preconditions.CheckNotNull(names);
        return [.. names.Select(n => Preconditions.CheckNotBlank(n, nameof(names)).Trim())];
    }
}

namespace Inclusion.Sdk.Surveys;

/// <summary>The weighted share of one DSI level.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DsiLevelShare
{
    internal DsiLevelShare(DsiOverallLevel level, WeightedProportion proportion)
    {
        Level = level;
        Proportion = proportion;
    }

    /// <summary>The level.</summary>
    public DsiOverallLevel Level { get; }

    /// <summary>The Eurostat code, for example <c>I_DSK2_LW</c>.</summary>
    public string Code => DsiLevels.CodeOf(Level);

    /// <summary>The share of the level among all respondents (non-users included), with its intervals.</summary>
    public WeightedProportion Proportion { get; }
}

using System.Text.Json.Serialization;

namespace Inclusion.Sdk.Strategy;

/// <summary>The horizon of an objective: the seed asks to define objectives « à long, moyen et court termes ».</summary>
public enum ObjectiveTerm
{
    /// <summary>Short term (typically within the year of an annual plan).</summary>
    [JsonStringEnumMemberName("short")]
    ShortTerm = 0,

    /// <summary>Medium term (typically the multi-year plan).</summary>
    [JsonStringEnumMemberName("medium")]
    MediumTerm = 1,

    /// <summary>Long term (beyond the current plan).</summary>
    [JsonStringEnumMemberName("long")]
    LongTerm = 2,
}

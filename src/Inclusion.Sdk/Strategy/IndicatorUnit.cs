using System.Text.Json.Serialization;

namespace Inclusion.Sdk.Strategy;

/// <summary>The unit of an indicator's values.</summary>
public enum IndicatorUnit
{
    /// <summary>A plain number without unit (an index, a score).</summary>
    [JsonStringEnumMemberName("value")]
    Value = 0,

    /// <summary>A share in percent (0–100).</summary>
    [JsonStringEnumMemberName("percent")]
    Percent = 1,

    /// <summary>A count (people, places, activities).</summary>
    [JsonStringEnumMemberName("count")]
    Count = 2,

    /// <summary>An amount in euros.</summary>
    [JsonStringEnumMemberName("euros")]
    Euros = 3,
}

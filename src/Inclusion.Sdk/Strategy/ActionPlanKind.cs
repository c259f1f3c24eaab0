using System.Text.Json.Serialization;

namespace Inclusion.Sdk.Strategy;

/// <summary>The seed's two forms of action plan: « annuel ou pluri-annuel ».</summary>
public enum ActionPlanKind
{
    /// <summary>An annual plan: its period is at most one year.</summary>
    [JsonStringEnumMemberName("annual")]
    Annual = 0,

    /// <summary>A multi-year plan.</summary>
    [JsonStringEnumMemberName("multi-year")]
    MultiYear = 1,
}

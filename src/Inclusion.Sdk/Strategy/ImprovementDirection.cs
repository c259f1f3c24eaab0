using System.Text.Json.Serialization;

namespace Inclusion.Sdk.Strategy;

/// <summary>Which way an indicator improves.</summary>
public enum ImprovementDirection
{
    /// <summary>Higher is better (a participation share, a number of people trained).</summary>
    [JsonStringEnumMemberName("increase")]
    Increase = 0,

    /// <summary>Lower is better (a share of people unable to do procedures online).</summary>
    [JsonStringEnumMemberName("decrease")]
    Decrease = 1,
}

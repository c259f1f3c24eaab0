using System.Text.Json.Serialization;

namespace Inclusion.Sdk.Strategy;

/// <summary>The status of an objective against the linear trajectory from its baseline to its target.</summary>
public enum ObjectiveStatus
{
    /// <summary>No measurement on or before the evaluation date: the status cannot be assessed.</summary>
    [JsonStringEnumMemberName("not-measured")]
    NotMeasured = 0,

    /// <summary>The latest measurement is on the trajectory, ahead of it, or behind by at most the at-risk threshold.</summary>
    [JsonStringEnumMemberName("on-track")]
    OnTrack = 1,

    /// <summary>Behind the trajectory by more than the at-risk threshold and at most the off-track threshold.</summary>
    [JsonStringEnumMemberName("at-risk")]
    AtRisk = 2,

    /// <summary>Behind the trajectory by more than the off-track threshold.</summary>
    [JsonStringEnumMemberName("off-track")]
    OffTrack = 3,
}

using System.Text.Json.Serialization;

namespace Inclusion.Sdk.Reporting;

/// <summary>How serious a <see cref="ValidationIssue"/> is.</summary>
/// <remarks>
/// The numeric order is meaningful: <see cref="Info"/> &lt; <see cref="Warning"/> &lt; <see cref="Error"/>.
/// In JSON the values are written in lower case (<c>"info"</c>, <c>"warning"</c>, <c>"error"</c>).
/// </remarks>
public enum Severity
{
    /// <summary>A remark that needs no action (for example a value that was normalised).</summary>
    [JsonStringEnumMemberName("info")]
    Info = 0,

    /// <summary>A value that is accepted but should be corrected or checked.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning = 1,

    /// <summary>A value that breaks a rule: the record or value is rejected.</summary>
    [JsonStringEnumMemberName("error")]
    Error = 2,
}

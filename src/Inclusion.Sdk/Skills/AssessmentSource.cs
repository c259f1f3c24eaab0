namespace Inclusion.Sdk.Skills;

/// <summary>How a skills assessment was obtained.</summary>
public enum AssessmentSource
{
    /// <summary>The person's own assessment.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("self")]
    SelfAssessment = 0,

    /// <summary>A diagnostic by a digital mediator.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("mediator")]
    MediatorDiagnostic = 1,

    /// <summary>A Pix result (CRCN levels mapped to DigComp).</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("pix")]
    PixResult = 2,
}

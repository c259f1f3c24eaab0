namespace Inclusion.Sdk.Skills;

/// <summary>How a skills assessment was obtained.</summary>
public enum AssessmentSource
{
    /// <summary>The person's own assessment.</summary>
    SelfAssessment = 0,

    /// <summary>A diagnostic by a digital mediator.</summary>
    MediatorDiagnostic = 1,

    /// <summary>A Pix result (CRCN levels mapped to DigComp).</summary>
    PixResult = 2,
}

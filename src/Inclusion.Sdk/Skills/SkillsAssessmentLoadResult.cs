using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Skills;

/// <summary>The outcome of <see cref="SkillsAssessmentFile.Read"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SkillsAssessmentLoadResult
{
    internal SkillsAssessmentLoadResult(IReadOnlyList<SkillsAssessment> assessments, ValidationReport report)
    {
        Assessments = assessments;
        Report = report;
    }

    /// <summary>The valid assessments.</summary>
    public IReadOnlyList<SkillsAssessment> Assessments { get; }

    /// <summary>The issues found, located.</summary>
    public ValidationReport Report { get; }
}

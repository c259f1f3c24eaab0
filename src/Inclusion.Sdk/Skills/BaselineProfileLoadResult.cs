using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Skills;

/// <summary>The outcome of <see cref="BaselineProfile.Load"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class BaselineProfileLoadResult
{
    internal BaselineProfileLoadResult(BaselineProfile? profile, ValidationReport report)
    {
        Profile = profile;
        Report = report;
    }

    /// <summary>The profile, or null when the report has errors.</summary>
    public BaselineProfile? Profile { get; }

    /// <summary>The issues found, located.</summary>
    public ValidationReport Report { get; }
}

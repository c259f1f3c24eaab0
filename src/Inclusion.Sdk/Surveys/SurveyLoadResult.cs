using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Surveys;

/// <summary>The outcome of <see cref="SurveyFile.Read"/>: the valid responses and the report of every problem.</summary>
/// <remarks>Rows with errors are skipped and reported; valid rows are never lost. This type is immutable and thread-safe.</remarks>
public sealed class SurveyLoadResult
{
    internal SurveyLoadResult(SurveyResponses responses, ValidationReport report)
    {
        Responses = responses;
        Report = report;
    }

    /// <summary>The valid responses (possibly none).</summary>
    public SurveyResponses Responses { get; }

    /// <summary>The issues, located by source, row (header = row 1), column and field.</summary>
    public ValidationReport Report { get; }
}

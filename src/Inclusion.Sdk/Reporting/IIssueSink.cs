namespace Inclusion.Sdk.Reporting;

/// <summary>
/// Receives the <see cref="ValidationIssue"/> values of a reading or a validation as they are found.
/// </summary>
/// <remarks>
/// <para>Streaming readers take a sink instead of returning a report so that issues can be counted, kept
/// (<see cref="ValidationReportBuilder"/>) or written out at once (the streaming report writers) without being
/// accumulated. A sink sees every issue: nothing is capped or skipped before it.</para>
/// </remarks>
public interface IIssueSink
{
    /// <summary>Receives one issue.</summary>
    /// <param name="issue">The issue, never <see langword="null"/>.</param>
    void Add(ValidationIssue issue);
}

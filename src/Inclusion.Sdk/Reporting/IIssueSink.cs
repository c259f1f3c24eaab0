namespace Inclusion.Sdk.Reporting;

/// <summary>
/// Receives validation issues one at a time, as they are found: a report being built (<see cref="ValidationReportBuilder"/>),
/// or a report streamed to a file (<see cref="CsvIssueWriter"/>, <see cref="JsonReportWriter"/>).
/// </summary>
public interface IIssueSink
{
    /// <summary>Receives one issue.</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    void Add(ValidationIssue issue);
}

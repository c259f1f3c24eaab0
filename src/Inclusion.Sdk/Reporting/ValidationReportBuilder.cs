using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Reporting;

/// <summary>
/// Collects <see cref="ValidationIssue"/> values while a file is read and builds a <see cref="ValidationReport"/>.
/// </summary>
/// <remarks>
/// Memory stays bounded on huge inputs when a cap is given: every issue is counted, but only the first
/// <c>maxStoredIssuesPerRule</c> issues of each rule are kept. This type is mutable and not thread-safe.
/// </remarks>
public sealed class ValidationReportBuilder : IIssueSink
{
    private readonly int maxStoredIssuesPerRule;
    private readonly List<ValidationIssue> issues = [];
    private readonly Dictionary<(string Rule, Severity Severity), long> counts = [];
    private readonly Dictionary<string, int> storedPerRule = new(StringComparer.Ordinal);

    /// <summary>Creates a builder that stores every issue.</summary>
    public ValidationReportBuilder()
        : this(int.MaxValue)
    {
    }

    /// <summary>Creates a builder that stores at most <paramref name="maxStoredIssuesPerRule"/> issues of each rule.</summary>
    /// <param name="maxStoredIssuesPerRule">The cap, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxStoredIssuesPerRule"/> is less than 1.</exception>
    public ValidationReportBuilder(int maxStoredIssuesPerRule)
    {
        Preconditions.CheckArgumentRange(nameof(maxStoredIssuesPerRule), maxStoredIssuesPerRule, 1, int.MaxValue);
        this.maxStoredIssuesPerRule = maxStoredIssuesPerRule;
    }

    /// <summary>The number of errors counted so far.</summary>
    public long ErrorCount { get; private set; }

    /// <summary>The number of issues counted so far, all severities.</summary>
    public long TotalCount { get; private set; }

    /// <summary>Counts an issue and stores it unless its rule reached the cap.</summary>
    /// <param name="issue">The issue.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issue"/> is <see langword="null"/>.</exception>
    public void Add(ValidationIssue issue)
    {
        Preconditions.CheckNotNull(issue);
        var key = (issue.RuleCode, issue.Severity);
        counts[key] = counts.GetValueOrDefault(key) + 1;
        TotalCount++;
        if (issue.Severity == Severity.Error)
        {
            ErrorCount++;
        }

        var stored = storedPerRule.GetValueOrDefault(issue.RuleCode);
        if (stored < maxStoredIssuesPerRule)
        {
            storedPerRule[issue.RuleCode] = stored + 1;
            issues.Add(issue);
        }
    }

    /// <summary>Adds every issue of another report (its stored issues, and its counts beyond them).</summary>
    /// <param name="report">The report to merge.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is <see langword="null"/>.</exception>
    public void AddReport(ValidationReport report)
    {
        Preconditions.CheckNotNull(report);
        var storedCounts = new Dictionary<(string, Severity), long>();
        foreach (var issue in report.Issues)
        {
            Add(issue);
            var key = (issue.RuleCode, issue.Severity);
            storedCounts[key] = storedCounts.GetValueOrDefault(key) + 1;
        }

        foreach (var count in report.Counts)
        {
            var key = (count.RuleCode, count.Severity);
            var extra = count.Count - storedCounts.GetValueOrDefault(key);
            if (extra > 0)
            {
                counts[key] = counts.GetValueOrDefault(key) + extra;
                TotalCount += extra;
                if (count.Severity == Severity.Error)
                {
                    ErrorCount += extra;
                }
            }
        }
    }

    /// <summary>Builds the report from what was collected so far.</summary>
    /// <param name="source">The validated file or logical source, if any.</param>
    /// <param name="generatedAt">When the report was produced, if it should be recorded.</param>
    /// <returns>The report.</returns>
    public ValidationReport Build(string? source = null, Instant? generatedAt = null) =>
        new(issues, counts.Select(c => new RuleCount(c.Key.Rule, c.Key.Severity, c.Value)).ToArray(), source, generatedAt);
}

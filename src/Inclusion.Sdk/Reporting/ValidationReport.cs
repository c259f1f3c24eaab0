using System.Text.Json.Serialization;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Reporting;

/// <summary>
/// The result of validating a value or a data file: the issues found, with counts per rule and severity.
/// </summary>
/// <remarks>
/// <para>Counts always cover every issue found. A report built with a cap on stored issues
/// (<see cref="ValidationReportBuilder(int)"/>) keeps only the first issues of each rule; <see cref="IsTruncated"/>
/// then says so, and the counts still give the totals.</para>
/// <para>Serialise it with <see cref="Files.InclusionJson"/>. This type is immutable and thread-safe.</para>
/// </remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ValidationReport : IHtmlRenderable
{
    /// <summary>A report with no issue and no source.</summary>
    public static ValidationReport Empty { get; } = new([], []);

    /// <summary>Creates a report. Prefer <see cref="Create"/> or <see cref="ValidationReportBuilder"/>.</summary>
    /// <param name="issues">The stored issues, in the order found.</param>
    /// <param name="counts">The counts per rule and severity; each must be at least the number of stored issues of that rule and severity.</param>
    /// <param name="source">The validated file or logical source, if any.</param>
    /// <param name="generatedAt">When the report was produced, if the caller wants it recorded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="issues"/> or <paramref name="counts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A count is smaller than the number of stored issues it covers, or a rule and severity pair is counted twice.</exception>
    [JsonConstructor]
    public ValidationReport(IReadOnlyList<ValidationIssue> issues, IReadOnlyList<RuleCount> counts, string? source = null, Instant? generatedAt = null)
    {
        Preconditions.CheckNotNull(issues);
        Preconditions.CheckNotNull(counts);
        var issueArray = issues.ToArray();
        var byKey = new Dictionary<(string, Severity), long>();
        foreach (var count in counts)
        {
            Preconditions.CheckArgument(byKey.TryAdd((count.RuleCode, count.Severity), count.Count), nameof(counts), $"Rule '{count.RuleCode}' with severity {count.Severity} is counted twice.");
        }

        foreach (var group in issueArray.GroupBy(i => (i.RuleCode, i.Severity)))
        {
            Preconditions.CheckArgument(
                byKey.TryGetValue(group.Key, out var n) && n >= group.LongCount(),
                nameof(counts),
                $"Rule '{group.Key.RuleCode}' with severity {group.Key.Severity} has more stored issues than its count.");
        }

        Source = string.IsNullOrEmpty(source) ? null : source;
        GeneratedAt = generatedAt;
        Issues = issueArray;
        Counts = counts
            .Where(c => c.Count > 0)
            .OrderByDescending(c => c.Severity)
            .ThenBy(c => c.RuleCode, StringComparer.Ordinal)
            .ToArray();
        foreach (var count in Counts)
        {
            switch (count.Severity)
            {
                case Severity.Error: ErrorCount += count.Count; break;
                case Severity.Warning: WarningCount += count.Count; break;
                default: InfoCount += count.Count; break;
            }
        }
    }

    /// <summary>The validated file or logical source, if any.</summary>
    public string? Source { get; }

    /// <summary>When the report was produced, if recorded.</summary>
    public Instant? GeneratedAt { get; }

    /// <summary>The stored issues, in the order found.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>The number of issues per rule and severity, errors first, then by rule code.</summary>
    public IReadOnlyList<RuleCount> Counts { get; }

    /// <summary>The total number of errors.</summary>
    [JsonIgnore]
    public long ErrorCount { get; }

    /// <summary>The total number of warnings.</summary>
    [JsonIgnore]
    public long WarningCount { get; }

    /// <summary>The total number of informational issues.</summary>
    [JsonIgnore]
    public long InfoCount { get; }

    /// <summary>True when the report has no error (warnings and infos allowed).</summary>
    [JsonIgnore]
    public bool IsValid => ErrorCount == 0;

    /// <summary>True when some issues were counted but not stored.</summary>
    [JsonIgnore]
    public bool IsTruncated => ErrorCount + WarningCount + InfoCount > Issues.Count;

    /// <summary>Creates a report that stores and counts every issue given.</summary>
    /// <param name="issues">The issues.</param>
    /// <param name="source">The validated file or logical source, if any.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issues"/> is <see langword="null"/>.</exception>
    public static ValidationReport Create(IEnumerable<ValidationIssue> issues, string? source = null)
    {
        Preconditions.CheckNotNull(issues);
        var builder = new ValidationReportBuilder();
        foreach (var issue in issues)
        {
            builder.Add(issue);
        }

        return builder.Build(source);
    }

    /// <summary>The number of issues of one rule, all severities together.</summary>
    /// <param name="ruleCode">The rule code.</param>
    /// <returns>The count, zero when the rule was not met.</returns>
    public long CountOf(string ruleCode)
    {
        long total = 0;
        foreach (var count in Counts)
        {
            if (count.RuleCode == ruleCode)
            {
                total += count.Count;
            }
        }

        return total;
    }

    /// <summary>Returns a copy of this report that records the source and the time it was produced.</summary>
    /// <param name="source">The source.</param>
    /// <param name="generatedAt">The time, or <see langword="null"/>.</param>
    /// <returns>A new report with the same issues and counts.</returns>
    public ValidationReport With(string? source, Instant? generatedAt) => new(Issues, Counts, source, generatedAt);
}

using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Reporting;

public class ValidationReportTests
{
    private static ValidationIssue Issue(string code, Severity severity, int row = 2) =>
        new(code, severity, "message", "message", "v", new IssueLocation("f.csv", row, 1, "c"));

    [Fact]
    public void Create_counts_per_rule_and_severity_errors_first()
    {
        var report = ValidationReport.Create(
        [
            Issue("b.rule", Severity.Warning),
            Issue("a.rule", Severity.Error),
            Issue("b.rule", Severity.Warning),
            Issue("c.rule", Severity.Info),
            Issue("b.rule", Severity.Error),
        ], "f.csv");

        Assert.Equal(2, report.ErrorCount);
        Assert.Equal(2, report.WarningCount);
        Assert.Equal(1, report.InfoCount);
        Assert.False(report.IsValid);
        Assert.False(report.IsTruncated);
        Assert.Equal(3, report.CountOf("b.rule"));
        Assert.Equal(0, report.CountOf("z.rule"));
        Assert.Equal(
            [new RuleCount("a.rule", Severity.Error, 1), new RuleCount("b.rule", Severity.Error, 1), new RuleCount("b.rule", Severity.Warning, 2), new RuleCount("c.rule", Severity.Info, 1)],
            report.Counts);
        Assert.Equal("f.csv", report.Source);
    }

    [Fact]
    public void Warnings_only_is_valid()
    {
        var report = ValidationReport.Create([Issue("a.rule", Severity.Warning)]);
        Assert.True(report.IsValid);
        Assert.True(ValidationReport.Empty.IsValid);
        Assert.Empty(ValidationReport.Empty.Issues);
    }

    [Fact]
    public void Builder_cap_keeps_first_issues_per_rule_and_counts_all()
    {
        var builder = new ValidationReportBuilder(maxStoredIssuesPerRule: 2);
        for (var row = 2; row < 12; row++)
        {
            builder.Add(Issue("a.rule", Severity.Error, row));
        }

        builder.Add(Issue("b.rule", Severity.Warning));
        var report = builder.Build("f.csv");
        Assert.Equal(10, report.ErrorCount);
        Assert.Equal(1, report.WarningCount);
        Assert.Equal(3, report.Issues.Count);
        Assert.Equal([2L, 3L], report.Issues.Where(i => i.RuleCode == "a.rule").Select(i => i.Location.Row!.Value));
        Assert.True(report.IsTruncated);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationReportBuilder(0));
    }

    [Fact]
    public void Constructor_rejects_inconsistent_counts()
    {
        Assert.Throws<ArgumentException>(() => new ValidationReport([Issue("a.rule", Severity.Error)], []));
        Assert.Throws<ArgumentException>(() => new ValidationReport([], [new RuleCount("a.rule", Severity.Error, 1), new RuleCount("a.rule", Severity.Error, 2)]));
    }

    [Fact]
    public void AddReport_merges_stored_issues_and_counts_beyond_them()
    {
        var capped = new ValidationReportBuilder(1);
        capped.Add(Issue("a.rule", Severity.Error, 2));
        capped.Add(Issue("a.rule", Severity.Error, 3));
        var first = capped.Build();

        var merged = new ValidationReportBuilder();
        merged.AddReport(first);
        merged.Add(Issue("b.rule", Severity.Warning));
        var report = merged.Build();
        Assert.Equal(2, report.ErrorCount);
        Assert.Equal(1, report.WarningCount);
        Assert.Equal(2, report.Issues.Count);
        Assert.Equal(3, merged.TotalCount);
    }

    [Fact]
    public void Counts_always_equal_the_issues_added_whatever_the_cap()
    {
        var severities = Gen.Elements(Severity.Info, Severity.Warning, Severity.Error);
        var rules = Gen.Elements("a.one", "b.two", "c.three");
        var issues = Gen.Zip(rules, severities).ListOf();
        Prop.ForAll(issues.ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), (list, cap) =>
        {
            var builder = new ValidationReportBuilder(cap);
            foreach (var (rule, severity) in list)
            {
                builder.Add(Issue(rule, severity));
            }

            var report = builder.Build();
            return report.ErrorCount == list.Count(i => i.Item2 == Severity.Error)
                && report.WarningCount == list.Count(i => i.Item2 == Severity.Warning)
                && report.InfoCount == list.Count(i => i.Item2 == Severity.Info)
                && report.Counts.Sum(c => c.Count) == list.Count
                && report.Issues.GroupBy(i => i.RuleCode).All(g => g.Count() <= cap)
                && report.IsTruncated == (report.Issues.Count < list.Count);
        }).QuickCheckThrowOnFailure();
    }
}

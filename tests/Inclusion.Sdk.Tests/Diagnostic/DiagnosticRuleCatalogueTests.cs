using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Diagnostic;

/// <summary>Every rule of the diagnostic catalogues is documented once in docs/rules.md (## Diagnostic) with its
/// severity, every documented rule exists, and messages are bilingual.</summary>
public class DiagnosticRuleCatalogueTests
{
    private static readonly RuleDefinition[] Rules = RuleTopics.Named("Diagnostic");

    private static List<(string Code, string Severity)> DocumentedRows()
    {
        var lines = File.ReadAllLines(RepoFiles.RepoPath("docs/rules.md"));
        var start = Array.IndexOf(lines, "## Diagnostic");
        Assert.True(start >= 0, "docs/rules.md has no '## Diagnostic' section");
        return [.. lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => (c[0].Trim('`'), c[1]))];
    }

    [Fact]
    public void Every_rule_is_documented_once_with_its_severity()
    {
        var documented = DocumentedRows();
        Assert.Equal(documented.Count, documented.Select(d => d.Code).Distinct().Count());
        Assert.Equal(Rules.Select(r => r.Code).Order(StringComparer.Ordinal), documented.Select(d => d.Code).Order(StringComparer.Ordinal));
        foreach (var (code, severity) in documented)
        {
            Assert.Equal(Rules.Single(r => r.Code == code).Severity.ToString().ToLowerInvariant(), severity);
        }

        Assert.True(Rules.Length >= 30, $"only {Rules.Length} rules found by reflection"); // file-level rules are file.* (FileRules)
    }

    [Fact]
    public void Messages_are_bilingual_and_codes_prefixed()
    {
        foreach (var rule in Rules)
        {
            Assert.Matches("^(activity|index|ifn|offer)\\.[a-z-]+$", rule.Code);
            var issue = rule.Issue("VALUE", extra: ["X", "Y"]);
            Assert.NotEqual(issue.MessageEn, issue.MessageFr);
            Assert.DoesNotContain("{", issue.MessageEn, StringComparison.Ordinal);
            Assert.DoesNotContain("{", issue.MessageFr, StringComparison.Ordinal);
        }
    }
}

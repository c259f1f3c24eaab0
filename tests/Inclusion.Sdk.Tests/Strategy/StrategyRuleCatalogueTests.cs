using Inclusion.Sdk.Strategy;

namespace Inclusion.Sdk.Tests.Strategy;

/// <summary>The strategy rule catalogue matches docs/rules.md (§ Strategy) and every message exists in both languages.</summary>
public class StrategyRuleCatalogueTests
{
    private static IEnumerable<(string Code, string Severity)> Documented()
    {
        var lines = File.ReadAllLines(RepoFiles.RepoPath("docs/rules.md"));
        var start = Array.IndexOf(lines, "## Strategy");
        Assert.True(start >= 0, "docs/rules.md has no '## Strategy' section");
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            if (line.StartsWith("| `", StringComparison.Ordinal))
            {
                var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
                yield return (cells[0].Trim('`'), cells[1]);
            }
        }
    }

    [Fact]
    public void Every_rule_is_documented_once_with_its_severity()
    {
        var documented = Documented().ToList();
        Assert.Equal(documented.Count, documented.Select(d => d.Code).Distinct().Count());
        Assert.Equal(
            StrategyRules.All.Select(r => (r.Code, r.Severity.ToString().ToLowerInvariant())).OrderBy(r => r.Code, StringComparer.Ordinal),
            documented.OrderBy(r => r.Code, StringComparer.Ordinal));
        Assert.True(documented.Count >= 40);
    }

    [Fact]
    public void Codes_are_prefixed_and_messages_bilingual()
    {
        foreach (var rule in StrategyRules.All)
        {
            Assert.Matches("^(strategy|plan|measurement)\\.", rule.Code);
            var issue = rule.Issue("V", extra: ["a", "b", "c", "d"]);
            Assert.NotEqual(issue.MessageEn, issue.MessageFr);
            Assert.DoesNotContain("{", issue.MessageEn + issue.MessageFr, StringComparison.Ordinal);
        }
    }
}

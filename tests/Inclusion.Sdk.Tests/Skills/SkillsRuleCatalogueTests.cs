using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Skills;
using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Skills;

/// <summary>Every rule of <see cref="SurveyRules"/> and <see cref="SkillsRules"/> is documented once in the
/// "## Skills" section of docs/rules.md with its severity, and every documented code exists.</summary>
public class SkillsRuleCatalogueTests
{
    [Fact]
    public void Every_rule_is_listed_and_documented_with_its_severity()
    {
        var declared = RuleTopics.Named("Skills");

        var text = File.ReadAllText(RepoFiles.RepoPath("docs/rules.md"));
        var section = text[text.IndexOf("\n## Skills", StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", 3, StringComparison.Ordinal);
        section = next > 0 ? section[..next] : section;
        var rows = section.Split('\n')
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(cells => (Code: cells[1].Trim('`'), Severity: cells[2]))
            .ToArray();
        Assert.Equal(rows.Length, rows.Select(r => r.Code).Distinct().Count());
        Assert.Equal(declared.Select(r => r.Code).Order(), rows.Select(r => r.Code).Order());
        foreach (var rule in declared)
        {
            Assert.Equal(rule.Severity.ToString().ToLowerInvariant(), rows.Single(r => r.Code == rule.Code).Severity);
            Assert.Equal(rule.MessageEnTemplate.Count(c => c == '{'), rule.MessageFrTemplate.Count(c => c == '{'));
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Docs;

/// <summary>
/// docs/rules.md: its complete catalogue (below the <c>rule-catalogue</c> marker) is generated from
/// <see cref="RuleCatalogue"/>, and every code its hand-written sections name is a rule of the catalogue.
/// </summary>
public partial class RuleCatalogueDocsTests
{
    private const string Page = "docs/rules.md";
    private const string Marker = "<!-- rule-catalogue: generated from RuleCatalogue by tests/Inclusion.Sdk.Tests/Docs/RuleCatalogueDocsTests.cs; do not edit below this line -->";

    [Fact]
    public void The_complete_catalogue_is_generated_from_the_rule_catalogue()
    {
        var committed = File.ReadAllText(RepoFiles.RepoPath(Page)).ReplaceLineEndings("\n");
        var at = committed.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0, Page + " has no rule-catalogue marker");
        GeneratedDocs.AssertUpToDate(Page, committed[..(at + Marker.Length)] + "\n\n" + Render());
    }

    [Fact]
    public void Every_code_of_a_hand_written_table_is_a_rule_of_the_catalogue()
    {
        var lines = File.ReadAllLines(RepoFiles.RepoPath(Page));
        var handWritten = lines.TakeWhile(l => l != Marker).Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(handWritten);
        var unknown = new List<string>();
        foreach (var line in handWritten)
        {
            var firstCell = line.Split('|')[1];
            string? family = null;
            foreach (Match quoted in Code().Matches(firstCell))
            {
                var code = quoted.Groups[1].Value;
                if (code.StartsWith('.'))
                {
                    code = family + code;   // `territory-file.missing-header`, `.bad-code`: same family
                }
                else
                {
                    family = code[..code.LastIndexOf('.')];
                }

                if (code != "cli.usage" && !RuleCatalogue.TryFind(code, out _))
                {
                    unknown.Add(code);
                }
            }
        }

        Assert.Empty(unknown);
    }

    [Fact]
    public void The_catalogue_is_complete_and_each_code_is_unique_and_well_formed()
    {
        Assert.Equal(RuleCatalogue.Topics.Sum(t => t.Rules.Count), RuleCatalogue.All.Count);
        Assert.Equal(RuleCatalogue.All.Count, RuleCatalogue.All.Select(r => r.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RuleCatalogue.All, rule =>
        {
            Assert.Matches("^[a-z0-9-]+(\\.[a-z0-9<>-]+)+$", rule.Code);
            Assert.False(string.IsNullOrWhiteSpace(rule.MessageEnTemplate));
            Assert.NotEqual(rule.MessageEnTemplate, rule.MessageFrTemplate);
            Assert.True(RuleCatalogue.TryFind(rule.Code, out var found));
            Assert.Same(rule, found);
        });
        Assert.True(RuleCatalogue.TryFind("places.code-postal.required", out var generic));
        Assert.Equal("places.<field>.required", generic.Code);
        Assert.False(RuleCatalogue.TryFind("places.code-postal.no-such-rule", out _));
        Assert.False(RuleCatalogue.TryFind("no.such-rule", out _));
    }

    [Fact]
    public void Every_issue_code_the_library_writes_in_a_rule_definition_is_in_the_catalogue()
    {
        // A rule defined in a class the catalogue does not list would be missing from docs/rules.md: every
        // "static readonly RuleDefinition" of the SDK's sources must be reachable from the catalogue.
        var sources = Directory.EnumerateFiles(RepoFiles.RepoPath("src/Inclusion.Sdk"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var defined = new List<string>();
        foreach (var file in sources)
        {
            var text = File.ReadAllText(file);
            foreach (Match definition in Definition().Matches(text))
            {
                defined.Add(definition.Groups[1].Value);
            }
        }

        Assert.True(defined.Count > 250, "the source scan found " + defined.Count + " rule definitions");
        Assert.All(defined, code => Assert.True(RuleCatalogue.TryFind(code, out _), code + " is defined but not in the catalogue"));
    }

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"## Complete catalogue\n\n")
            .Append(CultureInfo.InvariantCulture, $"Every rule of `RuleCatalogue` ({RuleCatalogue.All.Count} rules), by area: its default severity and its message templates. ")
            .Append("`{0}` is the offending value; further numbers are details the message names. ")
            .Append("A generic places rule is listed once with `<field>` for the column.\n");
        foreach (var topic in RuleCatalogue.Topics)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n### {topic.Name} ({topic.Rules.Count})\n\n")
                .Append("| Code | Severity | Message | Message (français) |\n|---|---|---|---|\n");
            foreach (var rule in topic.Rules)
            {
                text.Append("| `").Append(rule.Code).Append("` | ")
                    .Append(rule.Severity.ToString().ToLowerInvariant()).Append(" | ")
                    .Append(Cell(rule.MessageEnTemplate)).Append(" | ")
                    .Append(Cell(rule.MessageFrTemplate)).Append(" |\n");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex("`([a-z0-9<>.-]+)`")]
    private static partial Regex Code();

    [GeneratedRegex("static readonly RuleDefinition \\w+ = new(?:RuleDefinition)?\\(\\s*\"([^\"]+)\"")]
    private static partial Regex Definition();
}

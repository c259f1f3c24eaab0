using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Identifiers;

/// <summary>
/// The rule catalogue: every rule of <see cref="IdentifierRules"/> is documented in docs/rules.md, and the example value
/// of every row really produces that rule, severity and suggestion.
/// </summary>
public class RuleCatalogueTests
{
    private static readonly RuleDefinition[] Rules = RuleTopics.Named("Identifiers");

    public static TheoryData<string, string, string, string?> DocumentedRows()
    {
        var data = new TheoryData<string, string, string, string?>();
        foreach (var row in ReadRows())
        {
            data.Add(row.Code, row.Severity, row.Example, row.Suggestion);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentedRows))]
    public void The_example_of_each_documented_rule_produces_it(string code, string severity, string example, string? suggestion)
    {
        var issues = ParseIssues(code[..code.IndexOf('.', StringComparison.Ordinal)], example);
        var issue = Assert.Single(issues, i => i.RuleCode == code);
        Assert.Equal(severity, issue.Severity.ToString().ToLowerInvariant());
        Assert.Equal(example, issue.Value);
        Assert.Equal(suggestion, issue.Suggestion);
        Assert.Equal(Rules.Single(r => r.Code == code).Severity, issue.Severity);
    }

    [Fact]
    public void Every_rule_is_documented_once_and_every_documented_rule_exists()
    {
        var documented = ReadRows().Select(r => r.Code).ToList();
        Assert.Equal(documented.Distinct().Count(), documented.Count);
        Assert.Equal(Rules.Select(r => r.Code).Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
        Assert.True(Rules.Length >= 60, $"only {Rules.Length} rules found by reflection");
    }

    [Fact]
    public void Rule_codes_are_unique_prefixed_and_messages_are_bilingual()
    {
        string[] prefixes = ["siret", "siren", "rna", "ridet", "commune-code", "postal-code", "departement-code", "region-code", "epci-code", "iris-code", "qpv-code"];
        Assert.Equal(Rules.Length, Rules.Select(r => r.Code).Distinct().Count());
        foreach (var rule in Rules)
        {
            Assert.Contains(rule.Code[..rule.Code.IndexOf('.', StringComparison.Ordinal)], prefixes);
            var issue = rule.Issue("VALUE");
            Assert.Equal(rule.Code, issue.RuleCode);
            Assert.NotEqual(issue.MessageEn, issue.MessageFr);
            if (!rule.Code.EndsWith(".empty", StringComparison.Ordinal))
            {
                Assert.Contains("'VALUE'", issue.MessageEn, StringComparison.Ordinal);
                Assert.Contains("«\u00A0VALUE\u00A0»", issue.MessageFr, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("siret", "732 829 320 00079")]
    [InlineData("commune-code", "  20004 ")]
    public void Issues_carry_the_raw_value_as_read(string prefix, string text) =>
        Assert.Equal(text, ParseIssues(prefix, text).Single().Value);

    [Fact]
    public void Very_long_values_are_cut_in_issues()
    {
        string text = new('1', 10_000);
        var issue = Siret.Parse(text).Error!;
        Assert.Equal("siret.length", issue.RuleCode);
        Assert.Equal(101, issue.Value!.Length);
        Assert.EndsWith("…", issue.Value, StringComparison.Ordinal);
    }

    private static IReadOnlyList<ValidationIssue> ParseIssues(string prefix, string text) => prefix switch
    {
        "commune-code" => CommuneCode.Parse(text).Issues,
        "postal-code" => PostalCode.Parse(text).Issues,
        "departement-code" => DepartementCode.Parse(text).Issues,
        "region-code" => RegionCode.Parse(text).Issues,
        "epci-code" => EpciCode.Parse(text).Issues,
        "iris-code" => IrisCode.Parse(text).Issues,
        "qpv-code" => QpvCode.Parse(text).Issues,
        "siren" => Siren.Parse(text).Issues,
        "siret" => Siret.Parse(text).Issues,
        "rna" => Rna.Parse(text).Issues,
        "ridet" => Ridet.Parse(text).Issues,
        _ => throw new ArgumentOutOfRangeException(nameof(prefix), prefix, null),
    };

    private static IEnumerable<(string Code, string Severity, string Example, string? Suggestion)> ReadRows()
    {
        var lines = File.ReadAllLines(RepoFiles.RepoPath("docs/rules.md"));
        int start = Array.IndexOf(lines, "## Identifiers");
        Assert.True(start >= 0, "docs/rules.md has no '## Identifiers' section");
        foreach (string line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            if (!line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(5, cells.Length);
            string example = Unquote(cells[3]);
            yield return (Unquote(cells[0]), cells[1], example == "\"\"" ? string.Empty : example, cells[4] == "—" ? null : Unquote(cells[4]));
        }
    }

    private static string Unquote(string cell) => cell.Trim('`');
}

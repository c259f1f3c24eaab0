using Inclusion.Sdk.Files;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Places;

/// <summary>docs/rules.md "## Places": every example row produces its rule, and every rule of the catalogue is documented.</summary>
public class PlacesRuleCatalogueTests
{
    /// <summary>The places rules of the catalogue, the generic per-column ones excluded.</summary>
    private static readonly RuleDefinition[] Explicit = [.. RuleTopics.Named("Places").Where(r => !r.Code.Contains('<', StringComparison.Ordinal))];

    public static TheoryData<string, string, string, string, string?> ExampleRows()
    {
        var data = new TheoryData<string, string, string, string, string?>();
        foreach (var row in ReadTables().Where(r => r.Length == 6))
        {
            data.Add(Unquote(row[0]), row[1], row[3], Example(row[4]), row[5] == "—" ? null : Unquote(row[5]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleRows))]
    public void The_example_of_each_documented_rule_produces_it(string code, string severity, string column, string example, string? suggestion)
    {
        var cells = PlacesTestData.OfficialCells();
        var names = PlacesVocabulary.Columns(PlacesSchemaVersion.V1).ToList();
        if (column != "id")
        {
            cells[0] = "structure-2";
        }

        var columns = column.Split(',');
        var values = columns.Length == 1 ? [example] : example.Split(',');
        for (var i = 0; i < columns.Length; i++)
        {
            cells[names.IndexOf(columns[i])] = values[i];
        }

        var text = PlacesTestData.Header + "\n" + PlacesTestData.RowWith("id", "structure-1") + "\n" + string.Join(',', cells.Select(PlacesTestData.Quote)) + "\n";
        var result = PlacesTestData.Validate(text);
        var issue = Assert.Single(result.Report.Issues, i => i.RuleCode == code && i.Location.Row == 3);
        Assert.Equal(severity, issue.Severity.ToString().ToLowerInvariant());
        Assert.Equal(suggestion, issue.Suggestion);
        Assert.Equal(columns[0], issue.Location.Field);
        if (example.Length is > 0 and <= 80 && columns.Length == 1)
        {
            Assert.Contains(issue.Value ?? string.Empty, example, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(result.Report.Issues, i => i.Location.Row == 2);
    }

    [Fact]
    public void Every_explicit_rule_is_documented_and_every_documented_code_exists()
    {
        var documented = ReadTables().Select(r => Unquote(r[0])).Where(c => !c.Contains('<', StringComparison.Ordinal)).ToHashSet();
        foreach (var rule in Explicit)
        {
            Assert.Contains(rule.Code, documented);
        }

        var families = Enum.GetValues<PlacesRules.FieldRule>().Select(r => PlacesRules.Field("nom", r).Code["places.nom.".Length..]).ToHashSet();
        foreach (var code in documented)
        {
            var isExplicit = Explicit.Concat(RuleTopics.Named("Files")).Any(r => r.Code == code);
            var isGeneric = code.StartsWith("places.", StringComparison.Ordinal) && families.Contains(code[(code.LastIndexOf('.') + 1)..]);
            Assert.True(isExplicit || isGeneric, code + " is documented but does not exist");
        }

        var genericDocumented = ReadTables().Select(r => Unquote(r[0])).Where(c => c.StartsWith("places.<field>.", StringComparison.Ordinal)).Select(c => c["places.<field>.".Length..]);
        Assert.Equal(families.Order(), genericDocumented.Order());
    }

    [Fact]
    public void Messages_are_bilingual_and_codes_are_valid()
    {
        foreach (var rule in Explicit.Concat(Enum.GetValues<PlacesRules.FieldRule>().Select(r => PlacesRules.Field("code_postal", r))))
        {
            var issue = rule.Issue("VALUE", extra: ["A", "B", "C"]);
            Assert.NotEqual(issue.MessageEn, issue.MessageFr);
            Assert.StartsWith(rule.Code.StartsWith("file.", StringComparison.Ordinal) ? "file." : "places.", issue.RuleCode, StringComparison.Ordinal);
        }
    }

    private static string Example(string cell)
    {
        var text = Unquote(cell).Replace("\\|", "|", StringComparison.Ordinal);
        if (text == "\"\"")
        {
            return string.Empty;
        }

        var times = text.IndexOf('×', StringComparison.Ordinal);
        return times > 0 && int.TryParse(text[(times + 1)..], out var n) ? string.Concat(Enumerable.Repeat(text[..times], n)) : text;
    }

    private static IEnumerable<string[]> ReadTables()
    {
        var lines = File.ReadAllLines(RepoFiles.RepoPath("docs/rules.md"));
        var start = Array.IndexOf(lines, "## Places");
        Assert.True(start >= 0, "docs/rules.md has no '## Places' section");
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)))
        {
            if (!line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = System.Text.RegularExpressions.Regex.Split(line.Trim()[1..^1], @"(?<!\\)\|").Select(c => c.Trim()).ToArray();
            yield return cells;
        }
    }

    private static string Unquote(string cell) => cell.Length >= 2 && cell[0] == '`' && cell[^1] == '`' ? cell[1..^1] : cell;
}

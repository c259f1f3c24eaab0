using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Reporting;

public class ValidationIssueTests
{
    private static ValidationIssue Sample(Severity severity = Severity.Error, IssueLocation? location = null) =>
        new("siret.checksum", severity, "The check digit is wrong.", "La clé de contrôle est fausse.", "73282932000079", location, ["a", "b"], "73282932000074");

    [Fact]
    public void Constructor_keeps_every_part()
    {
        var location = new IssueLocation("places.csv", 3, 2, "pivot");
        var issue = Sample(location: location);
        Assert.Equal("siret.checksum", issue.RuleCode);
        Assert.Equal(Severity.Error, issue.Severity);
        Assert.Equal("73282932000079", issue.Value);
        Assert.Equal(location, issue.Location);
        Assert.Equal(["a", "b"], issue.AllowedValues);
        Assert.Equal("73282932000074", issue.Suggestion);
        Assert.Equal("La clé de contrôle est fausse.", issue.GetMessage(MessageLanguage.French));
        Assert.Equal("The check digit is wrong.", issue.GetMessage(MessageLanguage.English));
    }

    [Theory]
    [InlineData("Siret.checksum")]
    [InlineData("siret")]
    [InlineData("siret..checksum")]
    [InlineData("siret.check sum")]
    [InlineData(".siret")]
    [InlineData("siret.")]
    [InlineData("")]
    public void Constructor_rejects_a_rule_code_that_is_not_lower_case_dotted(string code) =>
        Assert.Throws<ArgumentException>(() => new ValidationIssue(code, Severity.Error, "m", "m"));

    [Theory]
    [InlineData("siret.checksum")]
    [InlineData("postal-code.leading-zero")]
    [InlineData("territory-file.header.unknown-column")]
    public void Constructor_accepts_dotted_codes(string code) =>
        Assert.Equal(code, new ValidationIssue(code, Severity.Info, "m", "m").RuleCode);

    [Fact]
    public void Constructor_guards_messages_and_severity()
    {
        Assert.Throws<ArgumentNullException>(() => new ValidationIssue(null!, Severity.Error, "m", "m"));
        Assert.Throws<ArgumentException>(() => new ValidationIssue("a.b", Severity.Error, " ", "m"));
        Assert.Throws<ArgumentNullException>(() => new ValidationIssue("a.b", Severity.Error, "m", null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationIssue("a.b", (Severity)7, "m", "m"));
    }

    [Fact]
    public void Missing_location_is_None_and_blank_suggestion_is_null()
    {
        var issue = new ValidationIssue("a.b", Severity.Warning, "m", "m", suggestion: "");
        Assert.Same(IssueLocation.None, issue.Location);
        Assert.Null(issue.Suggestion);
        Assert.Empty(issue.AllowedValues);
    }

    [Fact]
    public void WithLocation_changes_only_the_location()
    {
        var issue = Sample();
        var moved = issue.WithLocation(new IssueLocation("b.csv", 9, null, "siret"));
        Assert.Equal(9, moved.Location.Row);
        Assert.Equal(issue.RuleCode, moved.RuleCode);
        Assert.Equal(issue.Value, moved.Value);
        Assert.Equal(issue.Suggestion, moved.Suggestion);
        Assert.True(issue.Location.IsNone);
    }

    [Fact]
    public void ToString_puts_location_severity_rule_message_and_suggestion_on_one_line()
    {
        var issue = Sample(location: new IssueLocation("places.csv", 3, 2, "pivot"));
        Assert.Equal(
            "places.csv:3:2 (pivot) error siret.checksum: The check digit is wrong. Suggestion: 73282932000074",
            issue.ToString());
        Assert.Equal(
            "places.csv:3:2 (pivot) error siret.checksum: La clé de contrôle est fausse. Suggestion : 73282932000074",
            issue.ToString(MessageLanguage.French));
    }

    [Fact]
    public void IssueLocation_formats_known_parts_only()
    {
        Assert.Equal(string.Empty, IssueLocation.None.ToString());
        Assert.Equal("a.csv", new IssueLocation("a.csv", null, null, null).ToString());
        Assert.Equal("a.csv:4", new IssueLocation("a.csv", 4, null, null).ToString());
        Assert.Equal("12 (nom)", new IssueLocation(null, 12, null, "nom").ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new IssueLocation(null, 0, null, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new IssueLocation(null, null, 0, null));
        Assert.Equal(new IssueLocation("a", 1, 2, "f"), new IssueLocation("a", 1, 2, "f"));
        Assert.NotEqual(new IssueLocation("a", 1, 2, "f"), new IssueLocation("a", 1, 3, "f"));
    }
}

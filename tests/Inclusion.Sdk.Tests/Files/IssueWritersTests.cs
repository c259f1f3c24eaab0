using Inclusion.Sdk.Files;
using System.Text;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using NodaTime;

namespace Inclusion.Sdk.Tests.Files;

public class IssueWritersTests
{
    private static readonly string Defective = RepoFiles.RepoPath("docs/samples/lieux-a-corriger.csv");

    private static ValidationIssue Issue(string code, Severity severity, long row, string? value = null, string? suggestion = null) =>
        new(code, severity, "Message, with \"quotes\"", "Message é, avec « guillemets »", value, new IssueLocation("f.csv", row, 3, "nom"), suggestion: suggestion);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Json_writer_writes_the_document_of_InclusionJson_Serialize(bool indented)
    {
        var report = MediationPlaceFile.Load(Defective).Report.With("lieux-a-corriger.csv", Instant.FromUtc(2026, 3, 1, 12, 30));
        using var output = new StringWriter();
        using (var writer = new JsonReportWriter(output, report.Source, report.GeneratedAt, indented))
        {
            foreach (var issue in report.Issues)
            {
                writer.Add(issue);
            }

            writer.Complete();
            Assert.Equal(report.Issues.Count, writer.Count);
            Assert.Throws<InvalidOperationException>(() => writer.Add(report.Issues[0]));
        }

        Assert.Equal(InclusionJson.Serialize(report, indented), output.ToString());
        Assert.Equal(report.Counts, InclusionJson.DeserializeValidationReport(output.ToString()).Counts);
    }

    [Fact]
    public void Json_writer_to_a_stream_writes_issues_before_the_end_and_an_empty_report_reads_back()
    {
        using var stream = new MemoryStream();
        using (var writer = new JsonReportWriter(stream, null, null, indented: false))
        {
            for (var row = 2; row < 2002; row++)
            {
                writer.Add(Issue("a.rule", Severity.Warning, row));
            }

            Assert.True(stream.Length > 100_000, "issues are written as they come, not kept until Complete");
            writer.Complete();
        }

        var report = InclusionJson.DeserializeValidationReport(Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(2000, report.Issues.Count);
        Assert.Equal([new RuleCount("a.rule", Severity.Warning, 2000)], report.Counts);

        using var empty = new StringWriter();
        using (var writer = new JsonReportWriter(empty, null, null, indented: true))
        {
            writer.Complete();
        }

        Assert.Equal(InclusionJson.Serialize(ValidationReport.Empty, indented: true), empty.ToString());
    }

    [Fact]
    public void Csv_writer_keeps_the_report_layout_and_quotes_as_rfc_4180()
    {
        using var output = new StringWriter();
        using (var writer = new CsvIssueWriter(output))
        {
            writer.Add(Issue("a.rule", Severity.Error, 2, "x,y", "z"));
            writer.Add(new ValidationIssue("b.rule", Severity.Info, "Two\nlines", "Deux\nlignes"));
            Assert.Equal(2, writer.Count);
        }

        Assert.Equal(
            "row,column,rule,severity,value,message,suggestion\r\n"
            + "2,nom,a.rule,error,\"x,y\",\"Message, with \"\"quotes\"\"\",z\r\n"
            + ",,b.rule,info,,\"Two\nlines\",\r\n",
            output.ToString());
    }

    [Fact]
    public void Csv_writer_neutralises_cells_a_spreadsheet_would_run_as_formulas()
    {
        using var output = new StringWriter();
        using (var writer = new CsvIssueWriter(output))
        {
            writer.Add(Issue("a.rule", Severity.Error, 2, "=1+2", "+33180059880"));
            writer.Add(Issue("a.rule", Severity.Error, 3, "-4.5", "@SUM(A1)"));
            writer.Add(Issue("a.rule", Severity.Error, 4, "\tx", "\ry"));
            writer.Add(Issue("a.rule", Severity.Error, 5, "a=b", "1+2"));
        }

        var lines = output.ToString().Split("\r\n");
        Assert.Equal("2,nom,a.rule,error,'=1+2,\"Message, with \"\"quotes\"\"\",'+33180059880", lines[1]);
        Assert.Equal("3,nom,a.rule,error,'-4.5,\"Message, with \"\"quotes\"\"\",'@SUM(A1)", lines[2]);
        Assert.Equal("4,nom,a.rule,error,'\tx,\"Message, with \"\"quotes\"\"\",\"'\ry\"", lines[3]);
        Assert.Equal("5,nom,a.rule,error,a=b,\"Message, with \"\"quotes\"\"\",1+2", lines[4]);
    }

    [Fact]
    public void The_issue_sink_receives_every_issue_whatever_the_cap_of_a_loaded_report()
    {
        var all = new ValidationReportBuilder();
        MediationPlaceFile.Validate(Defective, all);
        var capped = MediationPlaceFile.Load(Defective, new ReadOptions { MaxStoredIssuesPerRule = 1 }).Report;
        var complete = all.Build();
        Assert.True(capped.IsTruncated);
        Assert.False(complete.IsTruncated);
        Assert.Equal(capped.Counts, complete.Counts);
    }

    [Fact]
    public void Text_report_says_exactly_how_many_issues_it_leaves_out()
    {
        var builder = new ValidationReportBuilder(maxStoredIssuesPerRule: 2);
        for (var row = 2; row < 12_347 + 2; row++)
        {
            builder.Add(Issue("a.rule", Severity.Error, row));
        }

        var report = builder.Build();
        using var text = new StringWriter();
        ValidationReportWriter.WriteText(report, text, examplesPerRule: 3);
        Assert.Contains("  … and 12,345 more (not shown)", text.ToString(), StringComparison.Ordinal);

        using var texte = new StringWriter();
        ValidationReportWriter.WriteText(report, texte, MessageLanguage.French, examplesPerRule: 1);
        Assert.Contains("  … et 12\u00A0346 de plus (non affichées)", texte.ToString(), StringComparison.Ordinal);

        using var markdown = new StringWriter();
        ValidationReportWriter.WriteMarkdown(report, markdown);
        Assert.Contains("| `a.rule` |  | … and 12,345 more (not shown) |", markdown.ToString(), StringComparison.Ordinal);
    }
}

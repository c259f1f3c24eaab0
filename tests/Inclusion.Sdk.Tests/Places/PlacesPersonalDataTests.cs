using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Places;

/// <summary>E-mails and telephone numbers are not repeated in reports unless asked for; the data itself is never masked.</summary>
public class PlacesPersonalDataTests
{
    private static ValidationReport Report(string column, string value, bool show)
    {
        var report = new ValidationReportBuilder();
        var settings = new PlacesValidationSettings { Clock = PlacesTestData.Clock, ShowPersonalData = show };
        MediationPlaceFile.Validate(new MemoryStream(Encoding.UTF8.GetBytes(PlacesTestData.FileWith(column, value))), report, PlacesTestData.Source, settings);
        return report.Build();
    }

    [Theory]
    [InlineData("01 23 45 67 89", "01 ** ** ** 89")]
    [InlineData("+33 1 23 45 67 89", "+33 1 ** ** ** 89")]
    [InlineData("+33180059880", "+331******80")]
    [InlineData("jean.dupont@example.org", "j***@example.org")]
    [InlineData("écrire à jean@example.org ou au 01.23.45.67.89", "écrire à j***@example.org ou au 01.**.**.**.89")]
    [InlineData("Mo-Fr 09:00-12:00", "Mo-Fr 09:00-12:00")]
    public void Masking_keeps_the_shape_and_hides_the_middle(string text, string masked) =>
        Assert.Equal(masked, PlacesPersonalData.MaskText(text));

    /// <summary>The expression the telephone masker scans as (the masker itself has no regular expression, for speed).</summary>
    private static readonly Regex PhoneRun = new(@"\+?\(?\d[\d\s.\-()\u00A0\u202F]{4,}\d", RegexOptions.CultureInvariant);

    [Fact]
    public void The_telephone_masker_finds_the_runs_the_regular_expression_finds()
    {
        // Strings of the characters that matter (digits, Arabic-Indic digits, separators, + and parentheses, letters):
        // the hand-written scanner must replace exactly the matches of the expression, by the same masked text.
        var alphabet = "0123456789٣+() .-\u00A0\u202F\tab@,;".ToCharArray();
        var gen = Gen.ArrayOf(Gen.Elements(alphabet)).Select(chars => new string(chars));
        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            var expected = PhoneRun.Replace(text, m => PlacesPersonalData.MaskPhone(m.Value));
            return PlacesPersonalData.MaskPhones(text) == expected;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Theory]
    [InlineData("+33 (0)1 23 45 67 89", "+33 (0)* ** ** ** 89")]
    [InlineData("tel 0123", "tel 0123")]
    [InlineData("(01) 23 45", "(01) ** 45")]
    [InlineData("1-2-3-4-5-6 and 07 08 09 10 11", "1-2-*-*-5-6 and 07 ** ** ** 11")]
    public void Telephone_runs_are_masked_where_they_are(string text, string masked) =>
        Assert.Equal(masked, PlacesPersonalData.MaskPhones(text));

    [Fact]
    public void Phone_issues_are_masked_by_default_and_shown_when_asked()
    {
        var masked = Assert.Single(Report("telephone", "01 80 05 98 80", show: false).Issues);
        Assert.Equal("01 ** ** ** 80", masked.Value);
        Assert.Equal("+331******80", masked.Suggestion);
        Assert.DoesNotContain("05 98", masked.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain("05 98", masked.MessageFr, StringComparison.Ordinal);

        var shown = Assert.Single(Report("telephone", "01 80 05 98 80", show: true).Issues);
        Assert.Equal("01 80 05 98 80", shown.Value);
        Assert.Equal("+33180059880", shown.Suggestion);
    }

    [Fact]
    public void Email_issues_are_masked_by_default_and_shown_when_asked()
    {
        var masked = Report("courriels", "contact@exemple.fr|contact@exemple.fr", show: false).Issues;
        Assert.NotEmpty(masked);
        Assert.All(masked, i => Assert.DoesNotContain("contact@", i.ToString(), StringComparison.Ordinal));
        Assert.Contains(masked, i => i.Value == "c***@exemple.fr");
        Assert.Contains(Report("courriels", "contact@exemple.fr|contact@exemple.fr", show: true).Issues, i => i.Value == "contact@exemple.fr");
    }

    [Fact]
    public void The_places_read_and_the_fixed_file_keep_the_real_values()
    {
        var text = PlacesTestData.FileWith("telephone", "01 80 05 98 80");
        var place = MediationPlaceFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), new ValidationReportBuilder()).Single().Place!;
        Assert.Equal("+33180059880", place.Telephone);
        var output = new StringWriter();
        MediationPlaceFile.Fix(new MemoryStream(Encoding.UTF8.GetBytes(text)), output, new ValidationReportBuilder());
        Assert.Contains(",+33180059880,", output.ToString(), StringComparison.Ordinal);
    }
}

/// <summary>The reader shape of <see cref="MediationPlaceFile"/>: streamed records, a summary without issues, faithful fixed data.</summary>
public class MediationPlaceFileShapeTests
{
    [Fact]
    public void Read_yields_each_row_and_the_sink_gets_every_issue()
    {
        var text = PlacesTestData.Header + "\n" + PlacesTestData.RowWith("id", "a") + "\n" + PlacesTestData.RowWith("pivot", "123").Replace("structure-1", "b", StringComparison.Ordinal) + "\n";
        var sink = new ValidationReportBuilder();
        var records = MediationPlaceFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), sink, PlacesTestData.Source, PlacesTestData.Options()).ToList();
        Assert.Equal([2L, 3L], records.Select(r => r.Row));
        Assert.False(records[0].HasErrors);
        Assert.True(records[1].HasErrors);
        Assert.Equal(records[1].Issues, sink.Build().Issues);
        Assert.All(sink.Build().Issues, i => Assert.Equal("test.csv", i.Location.Source));
    }

    [Fact]
    public void Validate_returns_the_figures_and_gives_the_issues_to_the_sink()
    {
        var sink = new ValidationReportBuilder();
        var summary = MediationPlaceFile.Validate(RepoFiles.RepoPath("docs/samples/lieux-a-corriger.csv"), sink);
        var report = sink.Build();
        Assert.True(summary.IsReadable);
        Assert.False(summary.IsValid);
        Assert.Equal(report.ErrorCount, summary.ErrorCount);
        Assert.Equal(report.WarningCount, summary.WarningCount);
        Assert.Equal(PlacesSchemaVersion.V1, summary.Schema);
        Assert.All(report.Issues, i => Assert.Equal("lieux-a-corriger.csv", i.Location.Source));
        Assert.StartsWith("lieux-a-corriger.csv: INVALID — schema v1.0.2", summary.Describe("lieux-a-corriger.csv"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_input_has_no_value_and_says_why()
    {
        var result = MediationPlaceFile.Load(new MemoryStream([0, 1, 2, 3, 4, 5]), PlacesTestData.Source);
        Assert.False(result.HasValue);
        Assert.Equal("file.binary", Assert.Single(result.Report.Issues).RuleCode);
    }

    [Theory]
    [InlineData("'=SUM(A1)")]
    [InlineData("'+33 protected")]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("Café, \"le lieu\"")]
    public void Fixed_data_is_written_faithfully_and_keeps_an_existing_protection(string name)
    {
        var output = new StringWriter();
        MediationPlaceFile.Fix(new MemoryStream(Encoding.UTF8.GetBytes(PlacesTestData.FileWith("nom", name))), output, new ValidationReportBuilder(), null, PlacesTestData.Options());
        var reread = PlacesTestData.Validate(output.ToString(), onRecord: r => Assert.Equal(name, r.Place!.Name));
        Assert.Equal(1, reread.RowCount);
        Assert.EndsWith("\r\n", output.ToString(), StringComparison.Ordinal);
    }
}

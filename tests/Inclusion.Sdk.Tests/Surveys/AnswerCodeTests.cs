using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Surveys;

/// <summary>What the survey reader accepts is what the classifier counts (issue 14): answer codes are integers, read
/// once at the boundary, so every accepted spelling of a code counts like its canonical form.</summary>
public class AnswerCodeTests
{
    private static readonly string[] Variables = [.. DsiActivityCatalogue.Default.Activities.SelectMany(a => a.Variables)];

    [Fact]
    public void Leading_zeros_and_plus_signs_count_like_the_canonical_code()
    {
        // One activity per area (IUIF, IUEM, CWRD1, PCOOK1 and IBUY = 2, "purchase in the last 12 months"): basic,
        // whether the codes are written 1/1/1/1/2 or 01/+1/001/+01/02 (definitions-confirmed.md §A.3).
        const string Header = "IU,IUIF,IUEM,CWRD1,PCOOK1,IBUY\n";
        var canonical = SurveyFileTests.Read(Header + "1,1,1,1,1,2\n");
        var spelled = SurveyFileTests.Read(Header + "1,01,+1,001,+01,02\n");
        Assert.Equal(0, spelled.Report.ErrorCount);
        Assert.Equal([DsiOverallLevel.Basic], canonical.Value!.Classify());
        Assert.Equal([DsiOverallLevel.Basic], spelled.Value!.Classify());
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("1e0")]
    [InlineData("oui")]
    [InlineData("１")] // a full-width digit
    [InlineData("99999999999")]
    public void Other_spellings_are_rejected_with_their_location(string cell)
    {
        var result = SurveyFileTests.Read($"IU,IUIF,IUEM\n1,1,1\n1,{cell},1\n");
        var issue = Assert.Single(result.Report.Issues, i => i.RuleCode == "survey-file.activity-value");
        Assert.Equal((3L, "IUIF"), (issue.Location!.Row!.Value, issue.Location.Field));
        Assert.Equal(1, result.Value!.Count);
    }

    [Property(MaxTest = 300)]
    public Property Every_accepted_spelling_classifies_like_its_canonical_form(PositiveInt seed)
    {
        // Random answers (blank, 0, 1, 2, 3, 9, -1) for every catalogue variable; each written once canonically and
        // once with leading zeros, a plus sign, a minus before zeros and surrounding spaces.
        var random = new Random(seed.Get);
        int?[] codes = [null, 0, 1, 2, 3, 9, -1];
        var rows = Enumerable.Range(0, 5).Select(_ => Variables.Select(_ => codes[random.Next(codes.Length)]).ToArray()).ToArray();
        string Spell(int? code)
        {
            if (code is null)
            {
                return random.Next(2) == 0 ? string.Empty : "  ";
            }

            var zeros = new string('0', random.Next(4));
            var digits = Math.Abs(code.Value).ToString(CultureInfo.InvariantCulture);
            var sign = code < 0 ? "-" : random.Next(2) == 0 ? "+" : string.Empty;
            var pad = random.Next(3) == 0 ? " " : string.Empty;
            return pad + sign + zeros + digits + pad;
        }

        var header = "IU," + string.Join(',', Variables) + "\n";
        var canonical = SurveyFileTests.Read(header + string.Concat(rows.Select(r => "1," + string.Join(',', r.Select(c => c?.ToString(CultureInfo.InvariantCulture) ?? string.Empty)) + "\n")));
        var spelledText = header + string.Concat(rows.Select(r => "1," + string.Join(',', r.Select(Spell)) + "\n"));
        var spelled = SurveyFileTests.Read(spelledText);
        var same = spelled.Report.ErrorCount == 0 && canonical.Value!.Classify().SequenceEqual(spelled.Value!.Classify());
        return same.Label(spelledText);
    }

    [Fact]
    public void An_internet_user_with_every_activity_blank_is_reported_with_its_line()
    {
        // Row 3 answers no activity question although IU = 1: counted as doing none (no skills, in illectronisme)
        // and said so; the non-user of row 4 (activities not asked) is not reported.
        var result = SurveyFileTests.Read("IU,IUIF,IUEM\n1,1,1\n1,,\n4,,\n1,0,0\n");
        var issue = Assert.Single(result.Report.Issues, i => i.RuleCode == "survey-file.blank-activities");
        Assert.Equal(Inclusion.Sdk.Reporting.Severity.Warning, issue.Severity);
        Assert.Equal(3L, issue.Location!.Row);
        Assert.Equal(DsiOverallLevel.NoSkills, result.Value!.Classify()[1]);
    }

    [Fact]
    public void The_did_you_mean_of_a_missing_weight_column_names_a_column_of_the_file()
    {
        var result = SurveyFileTests.Read("IU,IUEM,poid\n1,1,1\n", new SurveyLayout { WeightColumn = "poids" });
        var issue = Assert.Single(result.Report.Issues, i => i.RuleCode == "file.header.missing");
        Assert.Equal("poid", issue.Suggestion);
        Assert.Equal((3, "poid"), (issue.Location!.Column!.Value, issue.Location.Field));
    }

    [Fact]
    public void Blank_activity_rows_can_be_left_out_of_every_indicator()
    {
        var layout = new SurveyLayout { BlankActivities = BlankActivityTreatment.Skip };
        var result = SurveyFileTests.Read("IU,IUIF,IUEM\n1,1,1\n1,,\n4,,\n", layout);
        var issue = Assert.Single(result.Report.Issues, i => i.RuleCode == "survey-file.blank-activities-skipped");
        Assert.Equal(3L, issue.Location!.Row);
        Assert.Equal([DsiOverallLevel.Limited, DsiOverallLevel.NotAssessed], result.Value!.Classify());
        Assert.Equal(0, result.Report.CountOf("survey-file.blank-activities"));
        Assert.Equal(BlankActivityTreatment.CountAsNotDone, SurveyLayout.Default.BlankActivities);
    }

    [Fact]
    public void Catalogue_yes_values_are_integers_read_like_the_answers()
    {
        // A catalogue that writes its "yes" code 01 counts the answer 1 (and +1); a non-integer one is a located error.
        var catalogue = Inclusion.Sdk.Files.DsiActivityCatalogueFile.Load(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes("area,activity,variables,yes_values,label\nIL,a,V1,01,x\nCC,b,V2,1,y\nDCC,c,V3,1,z\nSF,d,V4,1,t\nPS,e,V5,1,u\n"))).Value!;
        var layout = new SurveyLayout { Catalogue = catalogue };
        var responses = SurveyFileTests.Read("IU,V1,V2,V3,V4,V5\n1,+1,1,1,1,1\n", layout).Value!;
        Assert.Equal(5, responses.Catalogue.AreasWithActivity(responses.ActivitiesOf(0)));
        var bad = Inclusion.Sdk.Files.DsiActivityCatalogueFile.Load(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes("area,activity,variables,yes_values,label\nIL,a,V1,oui,x\n")));
        var issue = Assert.Single(bad.Report.Issues, i => i.RuleCode == "dsi-catalogue.yes-value");
        Assert.Equal(2L, issue.Location!.Row);
    }
}

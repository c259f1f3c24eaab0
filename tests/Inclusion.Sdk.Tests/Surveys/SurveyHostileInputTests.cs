using System.Text;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Skills;
using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Surveys;

/// <summary>Hostile inputs of the skills and survey readers: nothing silently resolved, nothing thrown, each input read once.</summary>
public class SurveyHostileInputTests
{
    private static LoadResult<SurveyResponses> Read(byte[] bytes, SurveyLayout? layout = null) =>
        SurveyFile.Load(new OneWayStream(bytes), layout, new ReadOptions { Source = "survey.csv" });

    [Fact]
    public void A_duplicate_column_is_reported_and_nothing_is_read()
    {
        var result = Read("IU,IUEM,w,iuem\n1,1,1,0\n"u8.ToArray());
        var issue = Assert.Single(result.Report.Issues, i => i.RuleCode == "file.header.duplicate");
        Assert.Equal((1L, 4, "iuem"), (issue.Location!.Row!.Value, issue.Location.Column!.Value, issue.Location.Field));
        Assert.False(result.HasValue);

        var json = Read("[{\"IU\":1,\"IUEM\":1,\"IUEM\":0}]"u8.ToArray());
        Assert.Equal(1, json.Report.CountOf("file.json.duplicate-key"));
        Assert.False(json.IsValid);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("-1")]
    [InlineData("1e400")]
    [InlineData("")]
    public void Non_finite_or_negative_weights_are_errors(string weight)
    {
        var result = Read(Encoding.UTF8.GetBytes($"IU,IUEM,w\n1,1,2\n1,1,{weight}\n"), new SurveyLayout { WeightColumn = "w" });
        var issue = Assert.Single(result.Report.Issues, i => i.RuleCode == "survey-file.weight");
        Assert.Equal((3L, "w"), (issue.Location!.Row!.Value, issue.Location.Field));
        Assert.Equal(1, result.Value!.Count);
        Assert.Equal(2, result.Value.WeightOf(0));
    }

    [Fact]
    public void Windows_1252_input_is_decoded_and_reported()
    {
        var bytes = Encoding.Latin1.GetBytes("IU,IUEM,territory\n1,1,Orléans\n1,0,Besançon\n");
        var result = Read(bytes);
        var issue = Assert.Single(result.Report.Issues, i => i.RuleCode == "file.encoding");
        Assert.Contains("Windows-1252", issue.MessageEn, StringComparison.Ordinal);
        Assert.Equal("Orléans", result.Value!.GroupOf("territory", 0));
        Assert.Equal("Besançon", result.Value.GroupOf("territory", 1));

        var assessments = SkillsAssessmentFile.Load(new OneWayStream(Encoding.Latin1.GetBytes("person,date,source,competence,level\nRené,2026-01-01,self,2.1,3\n")));
        Assert.Equal(1, assessments.Report.CountOf("file.encoding"));
        Assert.Equal("René", Assert.Single(assessments.Value!).PersonId);
    }

    [Fact]
    public void A_lone_surrogate_in_json_is_an_issue_and_earlier_objects_are_kept()
    {
        var skills = SkillsAssessmentFile.Load(new OneWayStream(Encoding.UTF8.GetBytes(
            "[{\"personId\":\"P1\",\"date\":\"2026-01-01\",\"source\":\"self\",\"levels\":{\"2.1\":1}},\n"
            + "{\"personId\":\"\\ud800\",\"date\":\"2026-01-01\",\"source\":\"self\",\"levels\":{\"2.1\":1}}]")), new ReadOptions { Source = "a.json" });
        Assert.Equal("P1", Assert.Single(skills.Value!).PersonId);
        var issue = Assert.Single(skills.Report.Issues);
        Assert.StartsWith("file.json", issue.RuleCode, StringComparison.Ordinal);
        Assert.Equal(("a.json", 3L), (issue.Location!.Source, issue.Location.Row!.Value));

        var survey = Read(Encoding.UTF8.GetBytes("[{\"IU\":1,\"IUEM\":1,\"sex\":\"F\"},{\"IU\":1,\"IUEM\":1,\"sex\":\"\\udc00\"}]"));
        Assert.Contains(survey.Report.Issues, i => i.RuleCode.StartsWith("file.json", StringComparison.Ordinal) && i.Location!.Row == 3);
        Assert.Equal(1, survey.Value!.Count);
    }

    [Fact]
    public void Each_input_is_read_once_from_a_non_seekable_stream()
    {
        var csv = new OneWayStream(File.ReadAllBytes(RepoFiles.RepoPath("docs/samples/skills/survey-synthetic.csv")));
        Assert.Equal(400, SurveyFile.Load(csv, new SurveyLayout { WeightColumn = "weight" }).Value!.Count);
        Assert.True(csv.AtEnd);

        var json = new OneWayStream(Encoding.UTF8.GetBytes(InclusionJson.SerializeSkillsAssessments(
            [new SkillsAssessment("P1", new NodaTime.LocalDate(2026, 1, 2), AssessmentSource.PixResult, new Dictionary<string, int> { ["2.1"] = 2 })])));
        Assert.True(SkillsAssessmentFile.Load(json).IsValid);
        Assert.True(json.AtEnd);

        var profile = new OneWayStream("competence,minimum_level,savoir\n2.1,2,mail\n"u8.ToArray());
        Assert.True(BaselineProfileFile.Load(profile).IsValid);
        var catalogue = new OneWayStream("area,activity,variables,yes_values,label\nIL,a,V1,,x\n"u8.ToArray());
        Assert.True(DsiActivityCatalogueFile.Load(catalogue).IsValid);
    }

    [Fact]
    public void Control_characters_and_impossible_dates_are_issues()
    {
        var result = SkillsAssessmentFile.Load(new OneWayStream(Encoding.UTF8.GetBytes(
            "person,date,source,competence,level\nP\u0007,2026-01-01,self,2.1,1\nP,0000-01-01,self,2.1,1\nP,9999-12-31,self,2.1,1\nP,2026-02-30,self,2.1,1\nP,2026-01-01,self,2.1,1\n")));
        Assert.Equal(1, result.Report.CountOf("assessment-file.person"));
        Assert.Equal(3, result.Report.CountOf("assessment-file.date"));
        Assert.Single(result.Value!);
    }

    [Fact]
    public void A_single_small_group_is_protected_by_suppressing_the_next_smallest()
    {
        var n = 38;
        var groups = Enumerable.Range(0, n).Select(i => i < 20 ? "a" : i < 35 ? "b" : "c").ToArray();
        var responses = SurveyResponses.Create(
            DsiActivityCatalogue.Default,
            [.. Enumerable.Range(0, n).Select(i => (ulong)i % 7)],
            [.. Enumerable.Repeat(InternetUse.LastThreeMonths, n)],
            [],
            new Dictionary<string, IReadOnlyList<string>> { ["g"] = groups });
        var estimate = DsiEstimator.Estimate(responses, by: "g", minimumGroupSize: 10);
        Assert.Equal([CellStatus.Published, CellStatus.Secondary, CellStatus.Primary], estimate.Groups.Select(g => g.Status));
        Assert.Equal([false, true, true], estimate.Groups.Select(g => g.IsSuppressed));

        var text = new StringWriter();
        DsiEstimateWriter.WriteText(estimate, text, "s.csv", language: Inclusion.Sdk.Reporting.MessageLanguage.French);
        Assert.Contains("masqué (protège un petit groupe)", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("masqué (petit groupe)", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("38 répondants, non pondéré", text.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A stream that can be read once, forward only: seeking or asking for the length fails the test.</summary>
    internal sealed class OneWayStream(byte[] bytes) : Stream
    {
        private int position;

        internal bool AtEnd => position == bytes.Length;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException("read once");

        public override long Position { get => throw new NotSupportedException("read once"); set => throw new NotSupportedException("read once"); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, Math.Min(bytes.Length - position, 1000)); // short reads, as a pipe gives
            Array.Copy(bytes, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("read once");

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Skills;
using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Surveys;

/// <summary>FsCheck: the skills and survey readers never throw on random bytes or truncated samples, every issue is
/// located, and the valid rows before a fault are kept.</summary>
public class SkillsFileProperties
{
    private static readonly byte[] Survey = File.ReadAllBytes(RepoFiles.RepoPath("docs/samples/skills/survey-synthetic.csv"));
    private static readonly byte[] Assessments = File.ReadAllBytes(RepoFiles.RepoPath("docs/samples/skills/assessments-synthetic.csv"));
    private static readonly byte[] AssessmentsJson = Encoding.UTF8.GetBytes(InclusionJson.SerializeSkillsAssessments(
        SkillsAssessmentFile.Load(new MemoryStream(Assessments)).Value!, indented: true));

    private static readonly SurveyLayout Weighted = new() { WeightColumn = "weight" };

    private static ReadOptions Options => new() { Source = "x" };

    private static bool Located(ValidationReport report) =>
        report.Issues.All(i => i.Location?.Source == "x"
            && (i.RuleCode.StartsWith("file.", StringComparison.Ordinal) || i.RuleCode.EndsWith(".empty", StringComparison.Ordinal) || i.Location.Row is >= 1));

    private static IEnumerable<ValidationReport> ReadAll(byte[] bytes)
    {
        yield return SurveyFile.Load(new MemoryStream(bytes), Weighted, Options).Report;
        yield return SkillsAssessmentFile.Load(new MemoryStream(bytes), Options).Report;
        yield return BaselineProfileFile.Load(new MemoryStream(bytes), Options).Report;
        yield return DsiActivityCatalogueFile.Load(new MemoryStream(bytes), Options).Report;
    }

    [Property(MaxTest = 300)]
    public Property Random_bytes_never_throw_and_every_issue_is_located(byte[] bytes, bool withHeader)
    {
        var input = withHeader ? [.. "IU,IUEM,weight,person,date,source,competence,level\n"u8, .. bytes] : bytes;
        return ReadAll(input).All(Located).Label(Convert.ToHexString(input.AsSpan(0, Math.Min(input.Length, 40))));
    }

    [Property(MaxTest = 200)]
    public Property Truncated_surveys_keep_every_complete_row(PositiveInt cut)
    {
        var length = cut.Get % (Survey.Length + 1);
        var result = SurveyFile.Load(new MemoryStream(Survey, 0, length), Weighted, Options);
        var complete = Survey.AsSpan(0, length).Count((byte)'\n') - 1; // rows ended before the cut, header excluded
        var ok = Located(result.Report)
            && (complete < 0 ? !result.HasValue || result.Value.Count == 0 : result.Value!.Count >= complete && result.Value.Count <= complete + 1);
        return ok.Label($"cut {length}: {complete} complete rows, {(result.HasValue ? result.Value.Count : -1)} read");
    }

    [Property(MaxTest = 200)]
    public Property Truncated_assessments_keep_the_assessments_before_the_cut(PositiveInt cut, bool json)
    {
        var sample = json ? AssessmentsJson : Assessments;
        var length = cut.Get % (sample.Length + 1);
        var result = SkillsAssessmentFile.Load(new MemoryStream(sample, 0, length), Options);
        var all = SkillsAssessmentFile.Load(new MemoryStream(sample), Options).Value!;
        var read = result.HasValue ? result.Value : [];
        // Every assessment read is one of the sample's (none invented), and a JSON cut keeps the objects before it.
        var text = Encoding.UTF8.GetString(sample, 0, length);
        var closedObjects = json ? CountClosedObjects(text) : 0;
        var ok = Located(result.Report)
            && read.All(a => all.Any(b => b.PersonId == a.PersonId && b.Date == a.Date && b.Source == a.Source))
            && (!json || read.Count >= closedObjects);
        return ok.Label($"cut {length}: {read.Count} read, {closedObjects} closed objects");
    }

    /// <summary>The number of top-level objects of the array that are closed in <paramref name="text"/>.</summary>
    private static int CountClosedObjects(string text)
    {
        int depth = 0, closed = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"': inString = true; break;
                case '[' or '{': depth++; break;
                case ']' or '}':
                    depth--;
                    closed += depth == 1 && c == '}' ? 1 : 0;
                    break;
            }
        }

        return closed;
    }
}

using System.Text.Json;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Skills;
using Inclusion.Sdk.Surveys;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>Skills assessments, cohort statistics and DSI estimates.</summary>
public static partial class InclusionJson
{
    /// <summary>Serialises a DSI estimate (levels, intervals, breakdown, comparisons).</summary>
    /// <param name="estimate">The estimate.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimate"/> is <see langword="null"/>.</exception>
    public static string SerializeDsiEstimate(DsiEstimate estimate, bool indented = false)
    {
        Preconditions.CheckNotNull(estimate);
        return JsonSerializer.Serialize(estimate, Context(indented).DsiEstimate);
    }

    /// <summary>Serialises cohort statistics.</summary>
    /// <param name="statistics">The statistics.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statistics"/> is <see langword="null"/>.</exception>
    public static string SerializeCohortStatistics(CohortStatistics statistics, bool indented = false)
    {
        Preconditions.CheckNotNull(statistics);
        return JsonSerializer.Serialize(statistics, Context(indented).CohortStatistics);
    }

    /// <summary>Serialises skills assessments as a JSON array.</summary>
    /// <param name="assessments">The assessments.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> is <see langword="null"/>.</exception>
    public static string SerializeSkillsAssessments(IEnumerable<SkillsAssessment> assessments, bool indented = false)
    {
        Preconditions.CheckNotNull(assessments);
        return JsonSerializer.Serialize([.. assessments], Context(indented).SkillsAssessmentArray);
    }

    /// <summary>Reads a JSON array of skills assessments (strict: unknown or missing members are errors). Never throws
    /// on bad input: a problem becomes one located <c>skills-file.json</c> issue (line as row, JSON path as field) and
    /// no assessment is returned.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name for issue locations.</param>
    /// <returns>The assessments and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static SkillsAssessmentLoadResult ReadSkillsAssessments(string json, string? source = null)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            var assessments = JsonSerializer.Deserialize(json, InclusionJsonContext.Default.SkillsAssessmentArray);
            if (assessments is null || assessments.Any(a => a is null))
            {
                return Failed("null", null, "$", source);
            }

            return new SkillsAssessmentLoadResult(assessments, ValidationReport.Empty.With(source, null));
        }
        catch (JsonException e)
        {
            return Failed(e.Message, e.LineNumber + 1, e.Path, source);
        }
        catch (ArgumentException e)
        {
            return Failed(e.Message, null, null, source);
        }
    }

    private static SkillsAssessmentLoadResult Failed(string message, long? line, string? path, string? source) =>
        new([], ValidationReport.Create([SkillsRules.Json.Issue(message, location: new IssueLocation(source, line, null, path))], source));
}

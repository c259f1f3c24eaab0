using System.Text.Json;
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

    /// <summary>Serialises skills assessments as a JSON array (read back with <see cref="SkillsAssessmentFile.Load(Stream, ReadOptions?)"/>).</summary>
    /// <param name="assessments">The assessments.</param>
    /// <param name="indented">Whether to indent the output.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> is <see langword="null"/>.</exception>
    public static string SerializeSkillsAssessments(IEnumerable<SkillsAssessment> assessments, bool indented = false)
    {
        Preconditions.CheckNotNull(assessments);
        return JsonSerializer.Serialize([.. assessments], Context(indented).SkillsAssessmentArray);
    }
}

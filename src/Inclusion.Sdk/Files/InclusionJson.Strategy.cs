using System.Text.Json;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>Plan files and strategy evaluations.</summary>
public static partial class InclusionJson
{
    /// <summary>Reads a plan file (JSON, schema in docs/programme-managers.md) into a <see cref="TerritorialStrategy"/>.
    /// Never throws on bad input: syntax, schema and model problems are located issues (line, column, JSON path).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The file name, used in locations, or <see langword="null"/>.</param>
    /// <returns>The strategy when valid, and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public static StrategyLoadResult ReadStrategy(string json, string? source)
    {
        Preconditions.CheckNotNull(json);
        return StrategyJsonReader.Read(System.Text.Encoding.UTF8.GetBytes(json), source);
    }

    /// <summary>Reads a plan file from a UTF-8 stream (a byte-order mark is accepted). Never throws on bad input; an
    /// unreadable stream is reported with the rule <c>plan.unreadable</c>.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="source">The file name, used in locations, or <see langword="null"/>.</param>
    /// <returns>The strategy when valid, and the report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static StrategyLoadResult ReadStrategy(Stream utf8Json, string? source)
    {
        Preconditions.CheckNotNull(utf8Json);
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            utf8Json.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        catch (IOException e)
        {
            var issue = StrategyRules.PlanUnreadable.Issue(e.Message, location: new IssueLocation(source, null, null, null));
            return new StrategyLoadResult(null, ValidationReport.Create([issue], source));
        }

        return StrategyJsonReader.Read(bytes, source);
    }

    /// <summary>Serialises a strategy evaluation (amounts as numbers of euros, dates ISO, enumerations in kebab case).</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is <see langword="null"/>.</exception>
    public static string SerializeEvaluation(StrategyEvaluation evaluation, bool indented = false)
    {
        Preconditions.CheckNotNull(evaluation);
        return JsonSerializer.Serialize(evaluation, Context(indented).StrategyEvaluation);
    }
}

using System.Text.Json;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Files;

/// <summary>Strategy evaluations (plan files are read by <see cref="PlanFile"/>).</summary>
public static partial class InclusionJson
{
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

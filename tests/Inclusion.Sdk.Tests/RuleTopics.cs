using Inclusion.Sdk.Files;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests;

/// <summary>The rules of one area of the public <see cref="RuleCatalogue"/>, for the per-area documentation tests.</summary>
internal static class RuleTopics
{
    internal static RuleDefinition[] Named(string name) =>
        [.. RuleCatalogue.Topics.Single(t => t.Name == name).Rules];
}

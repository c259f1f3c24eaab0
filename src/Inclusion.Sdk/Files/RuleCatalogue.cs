using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Hours;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Skills;
using Inclusion.Sdk.Strategy;
using Inclusion.Sdk.Surveys;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Vouchers;

namespace Inclusion.Sdk.Files;

/// <summary>
/// Every rule the library can report, by area: the single source of the rule codes, severities and message templates
/// (<c>docs/rules.md</c> renders it, and a test fails when that page is stale).
/// </summary>
/// <remarks>
/// The generic rules of the places standard exist for every column: they are listed once with the column written
/// <c>&lt;field&gt;</c> (<c>places.&lt;field&gt;.required</c>). The command-line tool adds one code of its own,
/// <c>cli.usage</c>, for a refused command line reported as JSON.
/// </remarks>
public static class RuleCatalogue
{
    private static readonly Lazy<Catalogue> Instance = new(Build);

    /// <summary>The areas, in the order of <c>docs/rules.md</c>, each with its rules ordered by code.</summary>
    public static IReadOnlyList<RuleTopic> Topics => Instance.Value.Topics;

    /// <summary>Every rule, ordered by code (ordinal); a code appears once.</summary>
    public static IReadOnlyList<RuleDefinition> All => Instance.Value.All;

    /// <summary>Finds the rule of a code, such as the <see cref="ValidationIssue.RuleCode"/> of an issue.</summary>
    /// <param name="code">The rule code (exact, lower case); a generic places rule is found by its
    /// <c>places.&lt;field&gt;.…</c> form and by any column's code (<c>places.code-postal.required</c>).</param>
    /// <param name="rule">The rule when found.</param>
    /// <returns><see langword="true"/> when the code is a rule of the catalogue.</returns>
    public static bool TryFind(string code, [NotNullWhen(true)] out RuleDefinition? rule)
    {
        ArgumentNullException.ThrowIfNull(code);
        var byCode = Instance.Value.ByCode;
        if (byCode.TryGetValue(code, out rule))
        {
            return true;
        }

        // places.<column>.<generic rule>: the column part is any field code.
        var parts = code.Split('.');
        return parts.Length == 3 && parts[0] == "places" && parts[1].Length > 0
            && byCode.TryGetValue("places." + GenericField + "." + parts[2], out rule);
    }

    private const string GenericField = "<field>";

    private sealed record Catalogue(
        IReadOnlyList<RuleTopic> Topics,
        IReadOnlyList<RuleDefinition> All,
        IReadOnlyDictionary<string, RuleDefinition> ByCode);

    private static Catalogue Build()
    {
        RuleTopic[] topics =
        [
            Topic("Identifiers", Fields(typeof(IdentifierRules))),
            Topic("Territories and actors", Fields(typeof(TerritoryRules)), Fields(typeof(ActorRules))),
            Topic("Opening hours", Fields(typeof(OpeningHoursRules))),
            Topic("Skills", Fields(typeof(SkillsRules)), Fields(typeof(SurveyRules))),
            Topic("Vouchers", Fields(typeof(VoucherRules))),
            Topic("Strategy", Fields(typeof(StrategyRules))),
            Topic("Places", Fields(typeof(PlacesRules)), PlacesRules.Generic(GenericField)),
            Topic("Files", Fields(typeof(FileRules))),
            Topic("Diagnostic", Fields(typeof(ActivityRules)), Fields(typeof(IndicatorRules)), Fields(typeof(OfferRules))),
            Topic("Territorial report", Fields(typeof(ReportRules))),
        ];
        var all = topics.SelectMany(t => t.Rules).OrderBy(r => r.Code, StringComparer.Ordinal).ToArray();
        var byCode = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        foreach (var rule in all)
        {
            if (!byCode.TryAdd(rule.Code, rule))
            {
                throw new InvalidOperationException($"Rule code {rule.Code} is defined twice.");
            }
        }

        return new Catalogue(topics, all, byCode);
    }

    private static RuleTopic Topic(string name, params IEnumerable<RuleDefinition>[] parts) =>
        new(name, parts.SelectMany(p => p).OrderBy(r => r.Code, StringComparer.Ordinal).ToArray());

    private static RuleDefinition[] Fields(
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.NonPublicFields)] Type rules) =>
        rules.GetFields(BindingFlags.Static | BindingFlags.NonPublic)
            .Where(f => f.FieldType == typeof(RuleDefinition))
            .Select(f => (RuleDefinition)f.GetValue(null)!)
            .ToArray();
}

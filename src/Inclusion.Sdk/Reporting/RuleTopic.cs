namespace Inclusion.Sdk.Reporting;

/// <summary>A group of the rule catalogue: the rules of one area of the library (a section of <c>docs/rules.md</c>).</summary>
public sealed class RuleTopic
{
    internal RuleTopic(string name, IReadOnlyList<RuleDefinition> rules)
    {
        Name = name;
        Rules = rules;
    }

    /// <summary>The name of the area, such as <c>Identifiers</c> or <c>Vouchers</c>.</summary>
    public string Name { get; }

    /// <summary>The rules of the area, ordered by code (ordinal).</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>The name of the area.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}

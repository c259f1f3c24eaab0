namespace Inclusion.Sdk.Strategy;

/// <summary>How an actor is engaged in the strategy: actions led and partnered, funding lines, governance roles,
/// and whether it has signed a commitment in force.</summary>
/// <remarks>Plain immutable data about organisations (no personal data).</remarks>
public sealed class ActorEngagement
{
    internal ActorEngagement(string id, string name, int actionsLed, int actionsPartnered, int fundingLines, IReadOnlyList<GovernanceRole> roles, bool hasCommitment)
    {
        Id = id;
        Name = name;
        ActionsLed = actionsLed;
        ActionsPartnered = actionsPartnered;
        FundingLines = fundingLines;
        GovernanceRoles = roles;
        HasCommitmentInForce = hasCommitment;
    }

    /// <summary>The actor identifier.</summary>
    public string Id { get; }

    /// <summary>The actor name.</summary>
    public string Name { get; }

    /// <summary>The number of actions the actor leads.</summary>
    public int ActionsLed { get; }

    /// <summary>The number of actions the actor is a partner of.</summary>
    public int ActionsPartnered { get; }

    /// <summary>The number of funding lines the actor funds.</summary>
    public int FundingLines { get; }

    /// <summary>The roles in the governance (coordination first when the actor coordinates).</summary>
    public IReadOnlyList<GovernanceRole> GovernanceRoles { get; }

    /// <summary>Whether the actor has a commitment in force at the evaluation date.</summary>
    public bool HasCommitmentInForce { get; }
}

using System.Text.Json.Serialization;

namespace Inclusion.Sdk.Strategy;

/// <summary>How an actor formalises its commitment (seed: « sous forme de charte, contrat territorial… »).</summary>
public enum CommitmentKind
{
    /// <summary>A charter signed by the actors.</summary>
    [JsonStringEnumMemberName("charter")]
    Charter = 0,

    /// <summary>A territorial contract (contrat de ville, contrat territorial).</summary>
    [JsonStringEnumMemberName("territorial-contract")]
    TerritorialContract = 1,

    /// <summary>A bilateral convention (for example a funding convention or a convention numérique).</summary>
    [JsonStringEnumMemberName("convention")]
    Convention = 2,

    /// <summary>Another written commitment.</summary>
    [JsonStringEnumMemberName("other")]
    Other = 3,
}

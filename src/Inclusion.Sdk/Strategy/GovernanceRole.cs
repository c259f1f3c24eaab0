using System.Text.Json.Serialization;

namespace Inclusion.Sdk.Strategy;

/// <summary>The role of a member in the governance of a strategy (seed: « Définir la gouvernance… et ses outils »).</summary>
public enum GovernanceRole
{
    /// <summary>Coordinates and animates the action plan.</summary>
    [JsonStringEnumMemberName("coordination")]
    Coordination = 0,

    /// <summary>Member of the steering committee (decision makers).</summary>
    [JsonStringEnumMemberName("steering")]
    Steering = 1,

    /// <summary>Member of the technical committee or working group.</summary>
    [JsonStringEnumMemberName("technical")]
    Technical = 2,

    /// <summary>Brings funding.</summary>
    [JsonStringEnumMemberName("funding")]
    Funding = 3,

    /// <summary>Animates the evaluation of the plan.</summary>
    [JsonStringEnumMemberName("evaluation")]
    Evaluation = 4,

    /// <summary>Organises watch and documentation (« la veille et la recherche documentaire »).</summary>
    [JsonStringEnumMemberName("watch")]
    Watch = 5,

    /// <summary>Brings internal or external expertise, or a network of actors (resource centre, regional network).</summary>
    [JsonStringEnumMemberName("expertise")]
    Expertise = 6,
}

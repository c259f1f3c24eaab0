using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// The governance of a strategy and its tools: the coordination, the members and their roles, the meetings, the
/// training of partners, and the watch and documentation (seed: « Définir la gouvernance… et ses outils »).
/// </summary>
/// <remarks>Invariant (guarded): an actor appears at most once per role. This type is immutable and thread-safe.</remarks>
public sealed class Governance
{
    /// <summary>Creates a governance.</summary>
    /// <param name="coordinator">The actor that coordinates and animates the plan.</param>
    /// <param name="members">The members and their roles, or <see langword="null"/>.</param>
    /// <param name="meetings">The meetings, or <see langword="null"/>.</param>
    /// <param name="trainings">The training sessions of partners, or <see langword="null"/>.</param>
    /// <param name="watch">The watch and documentation resources, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="coordinator"/> or an item is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An actor is listed twice with the same role.</exception>
    public Governance(
        Actor coordinator,
        IEnumerable<GovernanceMember>? members = null,
        IEnumerable<GovernanceMeeting>? meetings = null,
        IEnumerable<PartnerTraining>? trainings = null,
        IEnumerable<WatchResource>? watch = null)
    {
        Coordinator = Preconditions.CheckNotNull(coordinator);
        Members = members?.Select(m => Preconditions.CheckNotNull(m)).ToArray() ?? [];
        var seen = new HashSet<(string, GovernanceRole)>();
        foreach (var member in Members)
        {
            Preconditions.CheckArgument(seen.Add((member.Actor.Id, member.Role)), nameof(members), $"The actor '{member.Actor.Id}' is listed twice with the role {member.Role}.");
        }

        Meetings = meetings?.Select(m => Preconditions.CheckNotNull(m)).OrderBy(m => m.Date).ToArray() ?? [];
        Trainings = trainings?.Select(t => Preconditions.CheckNotNull(t)).OrderBy(t => t.Date).ToArray() ?? [];
        Watch = watch?.Select(w => Preconditions.CheckNotNull(w)).ToArray() ?? [];
    }

    /// <summary>The coordinating actor.</summary>
    public Actor Coordinator { get; }

    /// <summary>The members and their roles.</summary>
    public IReadOnlyList<GovernanceMember> Members { get; }

    /// <summary>The meetings, by date.</summary>
    public IReadOnlyList<GovernanceMeeting> Meetings { get; }

    /// <summary>The training sessions of partners, by date.</summary>
    public IReadOnlyList<PartnerTraining> Trainings { get; }

    /// <summary>The watch and documentation resources.</summary>
    public IReadOnlyList<WatchResource> Watch { get; }
}

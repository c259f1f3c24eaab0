using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Strategy;

/// <summary>A member of the governance and its role.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class GovernanceMember
{
    /// <summary>Creates a member.</summary>
    /// <param name="actor">The actor.</param>
    /// <param name="role">The role.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="role"/> is undefined.</exception>
    public GovernanceMember(Actor actor, GovernanceRole role)
    {
        Actor = Preconditions.CheckNotNull(actor);
        Preconditions.CheckArgument(Enum.IsDefined(role), nameof(role), $"Undefined role {(int)role}.");
        Role = role;
    }

    /// <summary>The actor.</summary>
    public Actor Actor { get; }

    /// <summary>The role.</summary>
    public GovernanceRole Role { get; }
}

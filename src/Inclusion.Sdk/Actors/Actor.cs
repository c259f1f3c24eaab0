using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Actors;

/// <summary>
/// An actor of a digital-inclusion programme — a funder, a distributor of vouchers, a mediation provider, a network, a
/// local authority… — as vouchers, places and action plans refer to it.
/// </summary>
/// <remarks>
/// <para>The type is deliberately small: a local identifier, a name, an optional <see cref="PivotIdentifier"/>
/// (SIRET, RNA or RIDET), the structure typologies, the roles and the territories served. Addresses, contacts and
/// services belong to the types that describe places.</para>
/// <para>Equality is by reference; compare <see cref="Id"/> to match actors of one data set. This type is immutable
/// and thread-safe.</para>
/// </remarks>
public sealed class Actor
{
    /// <summary>Creates an actor.</summary>
    /// <param name="id">The identifier of the actor in its data set (not blank); surrounding white space is removed.</param>
    /// <param name="name">The name (not blank); surrounding white space is removed.</param>
    /// <param name="roles">The roles: at least one defined flag.</param>
    /// <param name="pivot">The SIRET, RNA number or RIDET, when known.</param>
    /// <param name="typologies">The structure typologies, or <see langword="null"/> for none; duplicates are removed.</param>
    /// <param name="territoriesServed">The territories served, or <see langword="null"/> for none; duplicates are removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="name"/> is blank;
    /// <paramref name="roles"/> is <see cref="ActorRoles.None"/> or has undefined flags; <paramref name="pivot"/>,
    /// a typology or a territory is a default value.</exception>
    public Actor(
        string id,
        string name,
        ActorRoles roles,
        PivotIdentifier? pivot = null,
        IEnumerable<StructureTypology>? typologies = null,
        IEnumerable<TerritoryId>? territoriesServed = null)
    {
        Id = Preconditions.CheckNotBlank(id).Trim();
        Name = Preconditions.CheckNotBlank(name).Trim();
        Preconditions.CheckArgument(roles != ActorRoles.None, nameof(roles), "An actor has at least one role.");
        Preconditions.CheckArgument((roles & ~AllRoles) == 0, nameof(roles), $"Undefined role flags: {(int)(roles & ~AllRoles)}.");
        Preconditions.CheckArgument(pivot is not { Kind: PivotKind.None }, nameof(pivot), "The pivot is the default value; pass null when there is none.");
        Roles = roles;
        Pivot = pivot;
        Typologies = Distinct(typologies, static t => t.Code.Length > 0, nameof(typologies), "A typology is the default value.");
        TerritoriesServed = Distinct(territoriesServed, static t => t.Code.Length > 0, nameof(territoriesServed), "A territory is the default value.");
    }

    private const ActorRoles AllRoles = ActorRoles.Funder | ActorRoles.Distributor | ActorRoles.MediationProvider
        | ActorRoles.ResourceCentre | ActorRoles.Network | ActorRoles.LocalAuthority | ActorRoles.Operator | ActorRoles.Commanditaire;

    /// <summary>The identifier of the actor in its data set, for example <c>mednum-42</c>.</summary>
    public string Id { get; }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The SIRET, RNA number or RIDET, when known.</summary>
    public PivotIdentifier? Pivot { get; }

    /// <summary>The structure typologies (possibly empty), in the order given.</summary>
    public IReadOnlyList<StructureTypology> Typologies { get; }

    /// <summary>The roles (at least one).</summary>
    public ActorRoles Roles { get; }

    /// <summary>The territories served (possibly empty), in the order given.</summary>
    public IReadOnlyList<TerritoryId> TerritoriesServed { get; }

    /// <summary>Whether the actor has every role of <paramref name="roles"/>.</summary>
    /// <param name="roles">One or more roles.</param>
    /// <returns><see langword="true"/> when all the given flags are set.</returns>
    public bool Has(ActorRoles roles) => roles != ActorRoles.None && (Roles & roles) == roles;

    /// <summary>Formats the actor as <c>name (id)</c>.</summary>
    /// <returns>The formatted actor.</returns>
    public override string ToString() => $"{Name} ({Id})";

    private static T[] Distinct<T>(IEnumerable<T>? items, Func<T, bool> isValid, string paramName, string message)
        where T : IEquatable<T>
    {
        if (items is null)
        {
            return [];
        }

        var list = new List<T>();
        foreach (var item in items)
        {
            Preconditions.CheckArgument(isValid(item), paramName, message);
            if (!list.Contains(item))
            {
                list.Add(item);
            }
        }

        return [.. list];
    }
}

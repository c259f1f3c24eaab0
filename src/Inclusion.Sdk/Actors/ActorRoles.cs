namespace Inclusion.Sdk.Actors;

/// <summary>
/// What an <see cref="Actor"/> does in a digital-inclusion programme. An actor often has several roles: a
/// département can be <see cref="Funder"/>, <see cref="Commanditaire"/> and <see cref="LocalAuthority"/> at once.
/// </summary>
/// <remarks>Combine values with <c>|</c>; <see cref="None"/> is never a valid set of roles for an <see cref="Actor"/>.</remarks>
[Flags]
public enum ActorRoles
{
    /// <summary>No role (invalid for an <see cref="Actor"/>).</summary>
    None = 0,

    /// <summary>Finances a programme or a structure (État, collectivité, foundation, company…).</summary>
    Funder = 1 << 0,

    /// <summary>
    /// Hands vouchers or information to beneficiaries: « aiguilleur », « distributeur » or « prescripteur »
    /// (France Travail adviser, social worker, mairie, CAF, association…).
    /// </summary>
    Distributor = 1 << 1,

    /// <summary>Delivers digital mediation to people (a qualified provider that may accept vouchers).</summary>
    MediationProvider = 1 << 2,

    /// <summary>A resource or coordination centre for other actors (hub, regional pole, « centre de ressources »).</summary>
    ResourceCentre = 1 << 3,

    /// <summary>A network or federation of actors (La MedNum, Ligue de l'enseignement, PIMMS…).</summary>
    Network = 1 << 4,

    /// <summary>A local authority (commune, EPCI, département, région) acting as such.</summary>
    LocalAuthority = 1 << 5,

    /// <summary>Issues, sells and counter-pays vouchers: the voucher programme's « opérateur » or « émetteur ».</summary>
    Operator = 1 << 6,

    /// <summary>Orders vouchers and sets their perimeter and eligibility criteria: the « commanditaire ».</summary>
    Commanditaire = 1 << 7,
}

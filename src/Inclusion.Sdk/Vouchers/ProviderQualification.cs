using Inclusion.Sdk.Actors;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The qualification of a mediation provider in a voucher programme: which <see cref="Actor"/> (a
/// <see cref="ActorRoles.MediationProvider"/> identified by its SIRET, affiliated to the territories it serves) may
/// accept passes, and from when to when.
/// </summary>
/// <remarks>The provider itself is an <see cref="Actor"/> (the one home of name, SIRET and territories); this type adds
/// only what the programme decides. Immutable and thread-safe.</remarks>
public sealed class ProviderQualification
{
    /// <summary>Qualifies a provider.</summary>
    /// <param name="provider">The provider: an actor with the <see cref="ActorRoles.MediationProvider"/> role, a SIRET
    /// as pivot (the SIRET receiving the counter-payments) and at least one territory served (its affiliation).</param>
    /// <param name="qualifiedFrom">First day of qualification.</param>
    /// <param name="qualifiedUntil">Last day of qualification, or <see langword="null"/> while qualified.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">The actor is not a mediation provider, has no SIRET or no territory, or the
    /// qualification ends before it starts.</exception>
    public ProviderQualification(Actor provider, LocalDate qualifiedFrom, LocalDate? qualifiedUntil = null)
    {
        Provider = Preconditions.CheckNotNull(provider);
        Preconditions.CheckArgument(provider.Has(ActorRoles.MediationProvider), nameof(provider), VoucherRules.ProgrammeProviderRole.MessageFor(provider.Id));
        Preconditions.CheckArgument(provider.Pivot?.Siret is not null, nameof(provider), VoucherRules.ProgrammeSiret.MessageFor(provider.Pivot?.ToString(), "a qualified provider is identified by its SIRET"));
        Preconditions.CheckArgument(provider.TerritoriesServed.Count > 0, nameof(provider), VoucherRules.ProgrammeNoTerritory.MessageFor(provider.Id));
        Preconditions.CheckArgument(qualifiedUntil is null || qualifiedUntil >= qualifiedFrom, nameof(qualifiedUntil), VoucherRules.ProgrammeQualificationPeriod.MessageFor(qualifiedUntil?.ToString("uuuu-MM-dd", null), qualifiedFrom.ToString("uuuu-MM-dd", null)));
        Siret = provider.Pivot!.Value.Siret!.Value;
        QualifiedFrom = qualifiedFrom;
        QualifiedUntil = qualifiedUntil;
    }

    /// <summary>Gets the provider.</summary>
    public Actor Provider { get; }

    /// <summary>Gets the provider's SIRET (its pivot identifier).</summary>
    public Siret Siret { get; }

    /// <summary>Gets the provider's name.</summary>
    public string Name => Provider.Name;

    /// <summary>Gets the territories the provider is affiliated to (the territories it serves).</summary>
    public IReadOnlyList<TerritoryId> Territories => Provider.TerritoriesServed;

    /// <summary>Gets the first day of qualification.</summary>
    public LocalDate QualifiedFrom { get; }

    /// <summary>Gets the last day of qualification, if any.</summary>
    public LocalDate? QualifiedUntil { get; }

    /// <summary>Whether the provider is qualified on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether qualified.</returns>
    public bool IsQualifiedOn(LocalDate date) => date >= QualifiedFrom && (QualifiedUntil is null || date <= QualifiedUntil);
}

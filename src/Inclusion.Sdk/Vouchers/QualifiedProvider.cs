using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Territories;
using Inclusion.Sdk.Utility;
using NodaTime;

namespace Inclusion.Sdk.Vouchers;

/// <summary>A mediation provider qualified to accept passes: SIRET (one qualification per SIRET), qualification period, affiliated territories.</summary>
public sealed class QualifiedProvider
{
    /// <summary>Creates a provider.</summary>
    /// <param name="siret">The SIRET receiving the counter-payments.</param>
    /// <param name="name">The name.</param>
    /// <param name="qualifiedFrom">First day of qualification.</param>
    /// <param name="qualifiedUntil">Last day of qualification, or <see langword="null"/> while qualified.</param>
    /// <param name="territories">The territories the provider is affiliated to (at least one).</param>
    /// <exception cref="ArgumentException">The name is empty, the period inverted or no territory given.</exception>
    public QualifiedProvider(Siret siret, string name, LocalDate qualifiedFrom, LocalDate? qualifiedUntil, IEnumerable<TerritoryId> territories)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "The name is required.");
        Preconditions.CheckArgument(qualifiedUntil is null || qualifiedUntil >= qualifiedFrom, nameof(qualifiedUntil), "The qualification ends before it starts.");
        Territories = [.. Preconditions.CheckNotNull(territories).Distinct()];
        Preconditions.CheckArgument(Territories.Count > 0, nameof(territories), "A provider is affiliated to at least one territory.");
        Siret = siret;
        Name = name;
        QualifiedFrom = qualifiedFrom;
        QualifiedUntil = qualifiedUntil;
    }

    /// <summary>Gets the SIRET.</summary>
    public Siret Siret { get; }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the first day of qualification.</summary>
    public LocalDate QualifiedFrom { get; }

    /// <summary>Gets the last day of qualification, if any.</summary>
    public LocalDate? QualifiedUntil { get; }

    /// <summary>Gets the affiliated territories.</summary>
    public IReadOnlyList<TerritoryId> Territories { get; }

    /// <summary>Whether the provider is qualified on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether qualified.</returns>
    public bool IsQualifiedOn(LocalDate date) => date >= QualifiedFrom && (QualifiedUntil is null || date <= QualifiedUntil);
}

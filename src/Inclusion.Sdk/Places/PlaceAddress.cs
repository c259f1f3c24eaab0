using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Places;

/// <summary>The postal address of a mediation place (columns <c>adresse</c>, <c>complement_adresse</c>, <c>code_postal</c>, <c>commune</c>, <c>code_insee</c>).</summary>
public sealed class PlaceAddress
{
    /// <summary>Creates an address.</summary>
    /// <param name="street">Street line (<c>adresse</c>: number, suffix, street type and name); not blank.</param>
    /// <param name="postalCode">Postal code (<c>code_postal</c>).</param>
    /// <param name="communeName">Commune name (<c>commune</c>); not blank.</param>
    /// <param name="communeCode">INSEE commune code (<c>code_insee</c>), when known.</param>
    /// <param name="complement">Address complement (<c>complement_adresse</c>), when any.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A required text is blank.</exception>
    public PlaceAddress(string street, PostalCode postalCode, string communeName, CommuneCode? communeCode = null, string? complement = null)
    {
        Street = Preconditions.CheckNotBlank(street);
        PostalCode = postalCode;
        CommuneName = Preconditions.CheckNotBlank(communeName);
        CommuneCode = communeCode;
        Complement = string.IsNullOrWhiteSpace(complement) ? null : complement;
    }

    /// <summary>Street line (<c>adresse</c>).</summary>
    public string Street { get; }

    /// <summary>Address complement (<c>complement_adresse</c>), or <see langword="null"/>.</summary>
    public string? Complement { get; }

    /// <summary>Postal code (<c>code_postal</c>).</summary>
    public PostalCode PostalCode { get; }

    /// <summary>Commune name (<c>commune</c>).</summary>
    public string CommuneName { get; }

    /// <summary>INSEE commune code (<c>code_insee</c>), or <see langword="null"/> when absent or invalid.</summary>
    public CommuneCode? CommuneCode { get; }

    /// <summary>Returns the address on one line.</summary>
    /// <returns>Street, complement, postal code and commune.</returns>
    public override string ToString() =>
        Complement is null ? $"{Street}, {PostalCode} {CommuneName}" : $"{Street}, {Complement}, {PostalCode} {CommuneName}";
}

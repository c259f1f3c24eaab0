namespace Inclusion.Sdk.Actors;

/// <summary>The kind of a <see cref="PivotIdentifier"/>.</summary>
public enum PivotKind
{
    /// <summary>No identifier: the default value of <see cref="PivotIdentifier"/>, never produced by parsing.</summary>
    None = 0,

    /// <summary>A SIRET (14 digits): the establishment of a company, association or public body.</summary>
    Siret = 1,

    /// <summary>An RNA number (W + 9 characters): an association without SIRET.</summary>
    Rna = 2,

    /// <summary>A RIDET (10 digits): an establishment registered in Nouvelle-Calédonie.</summary>
    Ridet = 3,
}

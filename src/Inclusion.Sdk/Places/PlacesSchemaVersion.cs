namespace Inclusion.Sdk.Places;

/// <summary>Version of the national standard "lieux de médiation numérique" a file follows.</summary>
public enum PlacesSchemaVersion
{
    /// <summary>v1.0.2 (2024-04-11): multi-values separated by <c>|</c>; the current version.</summary>
    V1 = 1,

    /// <summary>v0.1.1 (2022-11-14, legacy): multi-values separated by <c>;</c>, fields <c>publics_accueillis</c>, <c>conditions_acces</c>, <c>labels_nationaux</c>…</summary>
    V0 = 2,
}

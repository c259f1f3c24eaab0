using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Territories;

/// <summary>The rules of territory references and commune tables (file-level problems are <c>file.*</c> rules).</summary>
internal static class TerritoryRules
{
    internal static readonly RuleDefinition Country = new(
        "territory.country",
        Severity.Error,
        "'{0}' is not a country code this SDK knows: only FR (France) is supported.",
        "« {0} » n'est pas un code pays connu du SDK : seul FR (France) est accepté.");

    internal static readonly RuleDefinition Level = new(
        "territory.level",
        Severity.Error,
        "'{0}' is not a territory level.",
        "« {0} » n'est pas un niveau de territoire.");

    internal static readonly RuleDefinition MissingHeader = new(
        "territory-file.missing-header",
        Severity.Error,
        "The first row '{0}' is data, not a header; the rows were read as code_insee,nom,code_postal.",
        "La première ligne « {0} » contient des données et non un en-tête ; les lignes ont été lues comme code_insee,nom,code_postal.");

    internal static readonly RuleDefinition BadCode = new(
        "territory-file.bad-code",
        Severity.Error,
        "'{0}' is not a valid INSEE commune code ({1}); the row was skipped.",
        "« {0} » n'est pas un code commune INSEE valide ({1}) ; la ligne a été ignorée.");

    internal static readonly RuleDefinition MissingName = new(
        "territory-file.missing-name",
        Severity.Error,
        "The commune {0} has no name; the row was skipped.",
        "La commune {0} n'a pas de nom ; la ligne a été ignorée.");

    internal static readonly RuleDefinition BadPostalCode = new(
        "territory-file.bad-postal-code",
        Severity.Error,
        "'{0}' is not a valid postal code ({1}); the row was skipped.",
        "« {0} » n'est pas un code postal valide ({1}) ; la ligne a été ignorée.");

    internal static readonly RuleDefinition BadPopulation = new(
        "territory-file.bad-population",
        Severity.Warning,
        "'{0}' is not a population (a whole number, zero or more); the commune was kept without population.",
        "« {0} » n'est pas une population (un nombre entier positif ou nul) ; la commune a été gardée sans population.");

    internal static readonly RuleDefinition DuplicateCode = new(
        "territory-file.duplicate-code",
        Severity.Error,
        "The commune {0} was already read on row {1}; this row was skipped.",
        "La commune {0} a déjà été lue à la ligne {1} ; cette ligne a été ignorée.");

    internal static readonly RuleDefinition Coordinates = new(
        "territory-file.coordinates",
        Severity.Warning,
        "'{0}' is not a latitude/longitude pair in degrees; the commune was kept without location (no distance is computed for it).",
        "« {0} » n'est pas un couple latitude/longitude en degrés ; la commune a été gardée sans position (aucune distance n'est calculée pour elle).");

    internal static readonly RuleDefinition BadEpci = new(
        "territory-file.bad-epci",
        Severity.Warning,
        "'{0}' is not an EPCI SIREN (9 digits); the commune was kept without EPCI.",
        "« {0} » n'est pas un SIREN d'EPCI (9 chiffres) ; la commune a été gardée sans EPCI.");

    internal static readonly RuleDefinition ParentCommuneAdded = new(
        "territory-file.parent-commune-added",
        Severity.Info,
        "The file has arrondissements of {1} but not the commune {0}; it was added as their parent.",
        "Le fichier contient des arrondissements de {1} mais pas la commune {0} ; elle a été ajoutée comme leur parent.");
}

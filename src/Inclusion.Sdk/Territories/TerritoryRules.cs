using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Territories;

/// <summary>The rules of territory references and commune files.</summary>
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

    internal static readonly RuleDefinition FileEmpty = new(
        "territory-file.empty",
        Severity.Error,
        "The commune file is empty: expected a header such as code_insee,nom,code_postal.",
        "Le fichier des communes est vide : un en-tête tel que code_insee,nom,code_postal est attendu.");

    internal static readonly RuleDefinition MissingHeader = new(
        "territory-file.missing-header",
        Severity.Error,
        "The first row '{0}' is data, not a header; the rows were read as code_insee,nom,code_postal.",
        "La première ligne « {0} » contient des données et non un en-tête ; les lignes ont été lues comme code_insee,nom,code_postal.");

    internal static readonly RuleDefinition MissingColumn = new(
        "territory-file.missing-column",
        Severity.Error,
        "The header has no column '{1}' ({2}); no row was read.",
        "L'en-tête n'a pas de colonne « {1} » ({2}) ; aucune ligne n'a été lue.");

    internal static readonly RuleDefinition RaggedRow = new(
        "territory-file.ragged-row",
        Severity.Error,
        "The row has {1} columns where the header has {2}; the row was skipped.",
        "La ligne a {1} colonnes alors que l'en-tête en a {2} ; la ligne a été ignorée.");

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

    internal static readonly RuleDefinition Unreadable = new(
        "territory-file.unreadable",
        Severity.Error,
        "The file could not be read as CSV after this point: {0}",
        "Le fichier n'a pas pu être lu comme un CSV à partir d'ici : {0}");

    internal static readonly RuleDefinition ParentCommuneAdded = new(
        "territory-file.parent-commune-added",
        Severity.Info,
        "The file has arrondissements of {1} but not the commune {0}; it was added as their parent.",
        "Le fichier contient des arrondissements de {1} mais pas la commune {0} ; elle a été ajoutée comme leur parent.");
}

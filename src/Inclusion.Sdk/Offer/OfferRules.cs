using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Offer;

/// <summary>The rule catalogue of commune geography files. <c>{0}</c> is the value as read.</summary>
internal static class OfferRules
{
    internal static readonly RuleDefinition FileEmpty = new("offer.file-empty", Severity.Error,
        "The territory file is empty.", "Le fichier des territoires est vide.");

    internal static readonly RuleDefinition MissingColumn = new("offer.missing-column", Severity.Error,
        "Required column \"{1}\" is missing (header: {0}).", "La colonne obligatoire « {1} » est absente (en-tête : {0}).");

    internal static readonly RuleDefinition Unreadable = new("offer.unreadable", Severity.Error,
        "The file cannot be read: {0}.", "Le fichier est illisible : {0}.");

    internal static readonly RuleDefinition Commune = new("offer.commune", Severity.Error,
        "\"{0}\" is not a commune INSEE code; the row is ignored.", "« {0} » n'est pas un code INSEE de commune ; la ligne est ignorée.");

    internal static readonly RuleDefinition Duplicate = new("offer.duplicate", Severity.Error,
        "Commune \"{0}\" appears again; the repeated row is ignored.", "La commune « {0} » apparaît de nouveau ; la ligne répétée est ignorée.");

    internal static readonly RuleDefinition Population = new("offer.population", Severity.Error,
        "\"{0}\" is not a population (a whole number, zero or more); the row is ignored.",
        "« {0} » n'est pas une population (entier positif ou nul) ; la ligne est ignorée.");

    internal static readonly RuleDefinition Coordinates = new("offer.coordinates", Severity.Warning,
        "\"{0}\" is not a latitude/longitude pair in degrees; no distance is computed for this commune.",
        "« {0} » n'est pas un couple latitude/longitude en degrés ; aucune distance n'est calculée pour cette commune.");
}

using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Files;

/// <summary>The rules of the territorial report's settings file and of building the report (<c>report.*</c>).</summary>
internal static class ReportRules
{
    internal static readonly RuleDefinition Schema = new(
        "report.schema", Severity.Error,
        "The report settings do not follow the schema: {0}",
        "Le fichier de réglages du rapport ne suit pas le schéma : {0}");

    internal static readonly RuleDefinition Blank = new(
        "report.blank", Severity.Error,
        "'{0}' is empty.",
        "« {0} » est vide.");

    internal static readonly RuleDefinition UnknownValue = new(
        "report.unknown-value", Severity.Error,
        "'{0}' is not an allowed value here.",
        "« {0} » n'est pas une valeur admise ici.");

    internal static readonly RuleDefinition NoSection = new(
        "report.no-section", Severity.Error,
        "The report names no section: give at least one of fragilityIndex, offer, activities, skills, vouchers, plan, dataQuality.",
        "Le rapport ne nomme aucune section : donnez au moins l'une de fragilityIndex, offer, activities, skills, vouchers, plan, dataQuality.");

    internal static readonly RuleDefinition FileMissing = new(
        "report.file-missing", Severity.Error,
        "The file '{0}' does not exist (paths are relative to the settings file's folder).",
        "Le fichier « {0} » n'existe pas (les chemins sont relatifs au dossier du fichier de réglages).");

    internal static readonly RuleDefinition DateRange = new(
        "report.date-range", Severity.Error,
        "The date {0} is outside the years 2000 to 2199 that a report can use.",
        "La date {0} sort des années 2000 à 2199 qu'un rapport peut utiliser.");

    internal static readonly RuleDefinition SectionUnavailable = new(
        "report.section-unavailable", Severity.Warning,
        "The section '{0}' could not be computed: its files have errors (listed in the data-quality section).",
        "La section « {0} » n'a pas pu être calculée : ses fichiers comportent des erreurs (listées dans la section qualité des données).");
}

using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Skills;

/// <summary>The rules of baseline-profile and assessment files.</summary>
internal static class SkillsRules
{
    internal static readonly RuleDefinition ProfileEmpty = new(
        "baseline-profile.empty",
        Severity.Error,
        "The baseline profile has no requirement: expected the header competence,minimum_level,savoir and one row per competence.",
        "Le profil de référence n'a aucune exigence : l'en-tête competence,minimum_level,savoir et une ligne par compétence sont attendus.");

    internal static readonly RuleDefinition MissingColumn = new(
        "skills-file.missing-column",
        Severity.Error,
        "The column '{1}' is missing from the header '{0}'.",
        "La colonne « {1} » manque dans l'en-tête « {0} ».");

    internal static readonly RuleDefinition Unreadable = new(
        "skills-file.unreadable",
        Severity.Error,
        "The file could not be read: {0}",
        "Le fichier n'a pas pu être lu : {0}");

    internal static readonly RuleDefinition RaggedRow = new(
        "skills-file.ragged-row",
        Severity.Error,
        "The row has {1} cells where the header has {2}: the row is skipped.",
        "La ligne a {1} cellules alors que l'en-tête en a {2} : la ligne est ignorée.");

    internal static readonly RuleDefinition UnknownCompetence = new(
        "skills-file.competence",
        Severity.Error,
        "'{0}' is not a DigComp 2.2 competence code (1.1 to 5.4).",
        "« {0} » n'est pas un code de compétence DigComp 2.2 (1.1 à 5.4).");

    internal static readonly RuleDefinition BadLevel = new(
        "skills-file.level",
        Severity.Error,
        "'{0}' is not a proficiency level: expected an integer from {1} to 8.",
        "« {0} » n'est pas un niveau de maîtrise : un entier de {1} à 8 est attendu.");

    internal static readonly RuleDefinition DuplicateCompetence = new(
        "skills-file.duplicate",
        Severity.Error,
        "The competence '{0}' appears twice for the same profile or assessment.",
        "La compétence « {0} » figure deux fois pour le même profil ou la même évaluation.");

    internal static readonly RuleDefinition BadDate = new(
        "assessment-file.date",
        Severity.Error,
        "'{0}' is not a date: expected YYYY-MM-DD.",
        "« {0} » n'est pas une date : AAAA-MM-JJ est attendu.");

    internal static readonly RuleDefinition BadSource = new(
        "assessment-file.source",
        Severity.Error,
        "'{0}' is not an assessment source: expected self, mediator or pix.",
        "« {0} » n'est pas une source d'évaluation : self, mediator ou pix est attendu.");

    internal static readonly RuleDefinition MissingPerson = new(
        "assessment-file.person",
        Severity.Error,
        "The person identifier is empty.",
        "L'identifiant de la personne est vide.");

    internal static readonly RuleDefinition Json = new(
        "skills-file.json",
        Severity.Error,
        "The JSON file is not a valid list of assessments: {0}",
        "Le fichier JSON n'est pas une liste d'évaluations valide : {0}");

    internal static IReadOnlyList<RuleDefinition> All { get; } =
        [Json, ProfileEmpty, MissingColumn, Unreadable, RaggedRow, UnknownCompetence, BadLevel, DuplicateCompetence, BadDate, BadSource, MissingPerson];
}

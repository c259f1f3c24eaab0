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
        "'{0}' is not a date from 1900 to 2199: expected YYYY-MM-DD.",
        "« {0} » n'est pas une date de 1900 à 2199 : AAAA-MM-JJ est attendu.");

    internal static readonly RuleDefinition BadSource = new(
        "assessment-file.source",
        Severity.Error,
        "'{0}' is not an assessment source: expected self, mediator or pix.",
        "« {0} » n'est pas une source d'évaluation : self, mediator ou pix est attendu.");

    internal static readonly RuleDefinition MissingPerson = new(
        "assessment-file.person",
        Severity.Error,
        "The person identifier is empty or holds control characters.",
        "L'identifiant de la personne est vide ou contient des caractères de contrôle.");

    internal static readonly RuleDefinition UnknownMember = new(
        "assessment-file.member",
        Severity.Error,
        "The member '{0}' is not expected: an assessment has personId, date, source and levels (an object of DigComp code → level).",
        "Le membre « {0} » n'est pas attendu : une évaluation a personId, date, source et levels (un objet code DigComp → niveau).");
}

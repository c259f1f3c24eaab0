using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Activities;

/// <summary>The rule catalogue of mediation activities (file-level problems are <c>file.*</c> rules). <c>{0}</c> is the value as read.</summary>
internal static class ActivityRules
{
    internal static readonly RuleDefinition Id = new("activity.id", Severity.Error,
        "The activity id is empty.", "L'identifiant de l'activité est vide.");

    internal static readonly RuleDefinition Type = new("activity.type", Severity.Error,
        "Unknown activity type \"{0}\".", "Type d'activité inconnu « {0} ».");

    internal static readonly RuleDefinition Date = new("activity.date", Severity.Error,
        "\"{0}\" is not a date (expected YYYY-MM-DD).", "« {0} » n'est pas une date (attendu AAAA-MM-JJ).");

    internal static readonly RuleDefinition Duration = new("activity.duration", Severity.Error,
        "\"{0}\" is not a duration in minutes between 1 and 1439.", "« {0} » n'est pas une durée en minutes entre 1 et 1439.");

    internal static readonly RuleDefinition PlaceType = new("activity.place-type", Severity.Error,
        "Unknown place type \"{0}\".", "Type de lieu inconnu « {0} ».");

    internal static readonly RuleDefinition Commune = new("activity.commune", Severity.Error,
        "\"{0}\" is not a commune INSEE code.", "« {0} » n'est pas un code INSEE de commune.");

    internal static readonly RuleDefinition Thematique = new("activity.thematique", Severity.Error,
        "Unknown thématique \"{0}\".", "Thématique inconnue « {0} ».");

    internal static readonly RuleDefinition NoThematique = new("activity.no-thematique", Severity.Error,
        "An activity needs at least one thématique.", "Une activité doit avoir au moins une thématique.");

    internal static readonly RuleDefinition AdministrativeWithoutDemarches = new("activity.administrative-without-demarches", Severity.Error,
        "Administrative thématique \"{0}\" requires \"aide_aux_demarches_administratives\".",
        "La thématique administrative « {0} » exige « aide_aux_demarches_administratives ».");

    internal static readonly RuleDefinition Equipment = new("activity.equipment", Severity.Error,
        "Unknown equipment \"{0}\".", "Matériel inconnu « {0} ».");

    internal static readonly RuleDefinition Autonomy = new("activity.autonomy", Severity.Error,
        "Unknown autonomy \"{0}\".", "Autonomie inconnue « {0} ».");

    internal static readonly RuleDefinition Redirection = new("activity.redirection", Severity.Error,
        "Unknown redirection structure \"{0}\".", "Structure de redirection inconnue « {0} ».");

    internal static readonly RuleDefinition IndividualOnly = new("activity.individual-only", Severity.Error,
        "\"{0}\" is only recorded for individual activities.", "« {0} » ne se renseigne que pour un accompagnement individuel.");

    internal static readonly RuleDefinition Participants = new("activity.participants", Severity.Error,
        "{0} participants: an individual activity has exactly one beneficiary, a workshop at least one.",
        "{0} participants : un accompagnement individuel a exactement un bénéficiaire, un atelier au moins un.");

    internal static readonly RuleDefinition Genre = new("activity.genre", Severity.Error,
        "Unknown genre \"{0}\".", "Genre inconnu « {0} ».");

    internal static readonly RuleDefinition SocialStatus = new("activity.social-status", Severity.Error,
        "Unknown social status \"{0}\".", "Statut social inconnu « {0} ».");

    internal static readonly RuleDefinition AgeBracket = new("activity.age-bracket", Severity.Error,
        "Unknown age bracket \"{0}\".", "Tranche d'âge inconnue « {0} ».");

    internal static readonly RuleDefinition BirthYear = new("activity.birth-year", Severity.Error,
        "\"{0}\" is not a birth year.", "« {0} » n'est pas une année de naissance.");

    internal static readonly RuleDefinition Flag = new("activity.flag", Severity.Error,
        "\"{0}\" is not a yes/no value (true, false, oui, non, 1, 0).", "« {0} » n'est pas une valeur oui/non (true, false, oui, non, 1, 0).");

    internal static readonly RuleDefinition Count = new("activity.count", Severity.Error,
        "\"{0}\" is not a count (a whole number, zero or more).", "« {0} » n'est pas un effectif (entier positif ou nul).");

    internal static readonly RuleDefinition LegacyCanal = new("activity.legacy-canal", Severity.Error,
        "Unknown v1 channel \"{0}\" (rattachement, distance, domicile or autre).", "Canal v1 inconnu « {0} » (rattachement, distance, domicile ou autre).");

    internal static readonly RuleDefinition LegacyActivite = new("activity.legacy-activite", Severity.Error,
        "Unknown v1 activity kind \"{0}\" (individuel, collectif, ponctuel).", "Type d'activité v1 inconnu « {0} » (individuel, collectif, ponctuel).");
}

using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Surveys;

/// <summary>The rules of survey-response files and DSI activity catalogues.</summary>
internal static class SurveyRules
{
    internal static readonly RuleDefinition NoActivityColumn = new(
        "survey-file.no-activity-column",
        Severity.Warning,
        "No column records the activity '{0}' ({1}): every respondent is counted as not doing it.",
        "Aucune colonne ne renseigne l'activité « {0} » ({1}) : elle est comptée comme non pratiquée par tous les répondants.");

    internal static readonly RuleDefinition BadInternetUse = new(
        "survey-file.internet-use",
        Severity.Error,
        "'{0}' is not an internet-use recency code: expected 1 (last 3 months), 2 (3-12 months), 3 (more than a year) or 4 (never). The row is skipped.",
        "« {0} » n'est pas un code d'usage d'internet : 1 (3 derniers mois), 2 (3 à 12 mois), 3 (plus d'un an) ou 4 (jamais) est attendu. La ligne est ignorée.");

    internal static readonly RuleDefinition BadActivityValue = new(
        "survey-file.activity-value",
        Severity.Error,
        "'{0}' is not an answer code (an integer such as 0, 1 or 2 — 01 and +1 read as 1 — or empty when not asked). The row is skipped.",
        "« {0} » n'est pas un code de réponse (un entier comme 0, 1 ou 2 — 01 et +1 valent 1 —, ou vide si la question n'a pas été posée). La ligne est ignorée.");

    internal static readonly RuleDefinition BadWeight = new(
        "survey-file.weight",
        Severity.Error,
        "'{0}' is not a weight: expected a finite number, zero or more, with a dot for decimals. The row is skipped.",
        "« {0} » n'est pas un poids : un nombre fini, positif ou nul, avec un point décimal, est attendu. La ligne est ignorée.");

    internal static readonly RuleDefinition BlankActivities = new(
        "survey-file.blank-activities",
        Severity.Warning,
        "This internet user (IU = {0}) answered no activity question (every activity cell is empty): counted as doing none of the activities, so classified 'no skills' (I_DSK2_X) and counted in illectronisme. Check the export, or leave such rows out (SurveyLayout.BlankActivities = Skip).",
        "Cet internaute (IU = {0}) n'a répondu à aucune question d'activité (toutes les cellules d'activité sont vides) : compté comme ne pratiquant aucune activité, donc classé « aucune compétence » (I_DSK2_X) et compté dans l'illectronisme. Vérifiez l'export, ou écartez ces lignes (SurveyLayout.BlankActivities = Skip).");

    internal static readonly RuleDefinition BlankActivitiesSkipped = new(
        "survey-file.blank-activities-skipped",
        Severity.Warning,
        "This internet user (IU = {0}) answered no activity question (every activity cell is empty): the row is left out of every indicator, numerators and denominators (SurveyLayout.BlankActivities = Skip).",
        "Cet internaute (IU = {0}) n'a répondu à aucune question d'activité (toutes les cellules d'activité sont vides) : la ligne est écartée de tous les indicateurs, numérateurs et dénominateurs (SurveyLayout.BlankActivities = Skip).");

    internal static readonly RuleDefinition ActivityWithoutUse = new(
        "survey-file.activity-without-use",
        Severity.Warning,
        "The respondent reports activities but no internet use in the last 3 months (IU = {0}): classified as not assessed.",
        "Le répondant déclare des activités mais pas d'usage d'internet dans les 3 derniers mois (IU = {0}) : classé non évaluable.");

    internal static readonly RuleDefinition CatalogueEmpty = new(
        "dsi-catalogue.empty",
        Severity.Error,
        "The activity catalogue has no activity: expected the header area,activity,variables,yes_values,label and one row per activity.",
        "Le catalogue d'activités est vide : l'en-tête area,activity,variables,yes_values,label et une ligne par activité sont attendus.");

    internal static readonly RuleDefinition CatalogueArea = new(
        "dsi-catalogue.area",
        Severity.Error,
        "'{0}' is not a DSI area: expected IL, CC, DCC, SF or PS.",
        "« {0} » n'est pas un domaine du DSI : IL, CC, DCC, SF ou PS est attendu.");

    internal static readonly RuleDefinition CatalogueRow = new(
        "dsi-catalogue.row",
        Severity.Error,
        "The catalogue row '{0}' lacks an activity code or a variable.",
        "La ligne du catalogue « {0} » n'a pas de code d'activité ou de variable.");

    internal static readonly RuleDefinition CatalogueYesValue = new(
        "dsi-catalogue.yes-value",
        Severity.Error,
        "'{0}' is not an answer code: the yes values of an activity are integers (for example 1, or 1|2).",
        "« {0} » n'est pas un code de réponse : les valeurs « oui » d'une activité sont des entiers (par exemple 1, ou 1|2).");

    internal static readonly RuleDefinition CatalogueDuplicate = new(
        "dsi-catalogue.duplicate",
        Severity.Error,
        "The activity or variable '{0}' appears twice in the catalogue.",
        "L'activité ou la variable « {0} » figure deux fois dans le catalogue.");

    internal static readonly RuleDefinition CatalogueTooLarge = new(
        "dsi-catalogue.too-large",
        Severity.Error,
        "The catalogue has {0} activities; at most 64 are supported.",
        "Le catalogue compte {0} activités ; 64 au plus sont acceptées.");
}

using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// The rules of the strategy area: findings of an evaluation (<c>strategy.*</c>), problems of a plan file
/// (<c>plan.*</c>, checked by the plan document's validator in Inclusion.Sdk.Files) and of the cells of a measurements
/// file (<c>measurement.*</c>); file-level problems are <c>file.*</c> rules. Each rule is defined once here: the
/// validator reports it and the constructor guard that enforces the same invariant takes its English message.
/// </summary>
internal static class StrategyRules
{
    // Evaluation findings.
    internal static readonly RuleDefinition ObjectiveNotMeasured = new(
        "strategy.objective.not-measured", Severity.Warning,
        "Objective '{0}' has no measurement of '{1}' on or before {2}: its status cannot be assessed.",
        "L'objectif « {0} » n'a aucune mesure de « {1} » au {2} ou avant : son état ne peut pas être évalué.");

    internal static readonly RuleDefinition ObjectiveStale = new(
        "strategy.objective.stale", Severity.Warning,
        "The latest measurement of objective '{0}' dates from {1}, {2} days before the evaluation (more than {3}).",
        "La dernière mesure de l'objectif « {0} » date du {1}, {2} jours avant l'évaluation (plus de {3}).");

    internal static readonly RuleDefinition ObjectiveAtRisk = new(
        "strategy.objective.at-risk", Severity.Info,
        "Objective '{0}' is at risk: {1} % of the planned change achieved where the trajectory expects {2} %.",
        "L'objectif « {0} » est à risque : {1} % de l'évolution prévue atteints quand la trajectoire en attend {2} %.");

    internal static readonly RuleDefinition ObjectiveOffTrack = new(
        "strategy.objective.off-track", Severity.Warning,
        "Objective '{0}' is off track: {1} % of the planned change achieved where the trajectory expects {2} %.",
        "L'objectif « {0} » décroche : {1} % de l'évolution prévue atteints quand la trajectoire en attend {2} %.");

    internal static readonly RuleDefinition ObjectiveDeadlinePassed = new(
        "strategy.objective.deadline-passed", Severity.Warning,
        "The deadline {1} of objective '{0}' has passed and its target is not reached.",
        "L'échéance du {1} de l'objectif « {0} » est passée et sa cible n'est pas atteinte.");

    internal static readonly RuleDefinition ObjectiveNoAction = new(
        "strategy.objective.no-action", Severity.Info,
        "No action of the plan serves objective '{0}'.",
        "Aucune action du plan ne sert l'objectif « {0} ».");

    internal static readonly RuleDefinition MeasurementOutOfRange = new(
        "strategy.measurement.out-of-range", Severity.Warning,
        "The value {1} of '{0}' on {2} is out of range for a {3} indicator; it was ignored.",
        "La valeur {1} de « {0} » au {2} est hors bornes pour un indicateur en {3} ; elle a été ignorée.");

    internal static readonly RuleDefinition MeasurementConflict = new(
        "strategy.measurement.conflict", Severity.Warning,
        "'{0}' has {1} different values on {2} (from {3} to {4}); their mean was used.",
        "« {0} » a {1} valeurs différentes au {2} (de {3} à {4}) ; leur moyenne a été retenue.");

    internal static readonly RuleDefinition MeasurementUnused = new(
        "strategy.measurement.unused", Severity.Info,
        "{1} measurement(s) of '{0}' are not used: no objective and no reference of the plan uses this indicator.",
        "{1} mesure(s) de « {0} » ne sont pas utilisées : aucun objectif ni aucune référence du plan n'utilise cet indicateur.");

    internal static readonly RuleDefinition ActionUnbalanced = new(
        "strategy.action.unbalanced", Severity.Warning,
        "The funding lines of action '{0}' plan {1} € for a budget of {2} € (difference {3} €).",
        "Les lignes de financement de l'action « {0} » prévoient {1} € pour un budget de {2} € (écart {3} €).");

    internal static readonly RuleDefinition ActionOutsidePlan = new(
        "strategy.action.outside-plan", Severity.Warning,
        "The schedule of action '{0}' ({1}) is not within the plan's period ({2}).",
        "Le calendrier de l'action « {0} » ({1}) sort de la période du plan ({2}).");

    internal static readonly RuleDefinition FundingOverCommitted = new(
        "strategy.funding.over-committed", Severity.Warning,
        "Funding line {1} of action '{0}' commits {2} € for {3} € planned.",
        "La ligne de financement {1} de l'action « {0} » engage {2} € pour {3} € prévus.");

    internal static readonly RuleDefinition FundingOverSpent = new(
        "strategy.funding.over-spent", Severity.Warning,
        "Funding line {1} of action '{0}' has spent {2} € for {3} € committed.",
        "La ligne de financement {1} de l'action « {0} » a dépensé {2} € pour {3} € engagés.");

    internal static readonly RuleDefinition AxisUncovered = new(
        "strategy.axis.uncovered", Severity.Warning,
        "Axis '{0}' has {1} objective(s) and {2} action(s): an axis needs both.",
        "L'axe « {0} » a {1} objectif(s) et {2} action(s) : un axe a besoin des deux.");

    internal static readonly RuleDefinition ActorNoCommitment = new(
        "strategy.actor.no-commitment", Severity.Info,
        "Actor '{0}' leads actions but has no commitment (charter, contract) in force on {1}.",
        "L'acteur « {0} » porte des actions mais n'a aucun engagement (charte, contrat) en vigueur au {1}.");

    internal static readonly RuleDefinition GovernanceNoRecentMeeting = new(
        "strategy.governance.no-recent-meeting", Severity.Warning,
        "The governance has not met in the {0} days before {1}.",
        "La gouvernance ne s'est pas réunie dans les {0} jours précédant le {1}.");

    internal static readonly RuleDefinition PlanOutsidePeriod = new(
        "strategy.plan.outside-period", Severity.Warning,
        "The action plan's period ({0}) is not within the strategy's period ({1}).",
        "La période du plan d'action ({0}) sort de celle de la stratégie ({1}).");

    internal static readonly RuleDefinition BelowReference = new(
        "strategy.reference.below", Severity.Info,
        "'{0}' is {1} %, below the seed text's reference of {2} %.",
        "« {0} » vaut {1} %, sous la référence de {2} % du texte fondateur.");

    // Plan file problems.
    internal static readonly RuleDefinition PlanDateRange = new(
        "plan.date-range", Severity.Error,
        "The date {0} is outside the years 1900 to 2199 that a plan can use.",
        "La date {0} sort des années 1900 à 2199 qu'un plan peut utiliser.");

    internal static readonly RuleDefinition PlanSchema = new(
        "plan.schema", Severity.Error,
        "The plan file does not follow the schema: {0}",
        "Le fichier de plan ne suit pas le schéma : {0}");

    internal static readonly RuleDefinition PlanBlank = new(
        "plan.blank", Severity.Error,
        "'{0}' is empty.",
        "« {0} » est vide.");

    internal static readonly RuleDefinition PlanUnknownValue = new(
        "plan.unknown-value", Severity.Error,
        "'{0}' is not an allowed value here.",
        "« {0} » n'est pas une valeur admise ici.");

    internal static readonly RuleDefinition PlanDuplicateId = new(
        "plan.duplicate-id", Severity.Error,
        "The identifier '{0}' is used twice.",
        "L'identifiant « {0} » est utilisé deux fois.");

    internal static readonly RuleDefinition PlanUnknownReference = new(
        "plan.unknown-reference", Severity.Error,
        "'{0}' does not refer to any {1} of the plan.",
        "« {0} » ne désigne aucun(e) {1} du plan.");

    internal static readonly RuleDefinition PlanTerritory = new(
        "plan.territory", Severity.Error,
        "'{0}' is not a valid territory: {1}",
        "« {0} » n'est pas un territoire valide : {1}");

    internal static readonly RuleDefinition PlanPeriod = new(
        "plan.period", Severity.Error,
        "The period ends on {1}, before it starts on {0}.",
        "La période se termine le {1}, avant son début le {0}.");

    internal static readonly RuleDefinition PlanAmount = new(
        "plan.amount", Severity.Error,
        "The amount {0} is negative or not in whole cents.",
        "Le montant {0} est négatif ou n'est pas en centimes entiers.");

    internal static readonly RuleDefinition PlanCount = new(
        "plan.count", Severity.Error,
        "The count {0} is negative.",
        "Le nombre {0} est négatif.");

    internal static readonly RuleDefinition PlanDeadline = new(
        "plan.objective-deadline", Severity.Error,
        "The deadline {0} is not after the baseline date {1}.",
        "L'échéance {0} n'est pas postérieure à la date de référence {1}.");

    internal static readonly RuleDefinition PlanDirection = new(
        "plan.objective-direction", Severity.Error,
        "The target {0} is worse than the baseline {1} for an indicator that should {2}.",
        "La cible {0} est moins bonne que la valeur de référence {1} pour un indicateur qui doit {2}.");

    internal static readonly RuleDefinition PlanValueRange = new(
        "plan.value-range", Severity.Error,
        "The value {0} is out of range for a {1} indicator.",
        "La valeur {0} est hors bornes pour un indicateur en {1}.");

    internal static readonly RuleDefinition PlanUnitMismatch = new(
        "plan.unit-mismatch", Severity.Error,
        "Indicator '{0}' is in {1}, not {2}.",
        "L'indicateur « {0} » est en {1}, pas en {2}.");

    internal static readonly RuleDefinition PlanAnnualTooLong = new(
        "plan.annual-too-long", Severity.Error,
        "An annual plan covers at most 366 days; this one covers {0}.",
        "Un plan annuel couvre au plus 366 jours ; celui-ci en couvre {0}.");

    internal static readonly RuleDefinition PlanAxisParent = new(
        "plan.axis-parent", Severity.Error,
        "The sub-axis '{0}' is retained without its parent '{1}'.",
        "Le sous-axe « {0} » est retenu sans son axe parent « {1} ».");

    internal static readonly RuleDefinition PlanAxisNotRetained = new(
        "plan.axis-not-retained", Severity.Error,
        "The axis '{0}' is not among the axes the strategy retains.",
        "L'axe « {0} » ne fait pas partie des axes retenus par la stratégie.");

    internal static readonly RuleDefinition PlanInvalidCode = new(
        "plan.invalid-code", Severity.Error,
        "'{0}' is not a code of lower-case words joined by hyphens and dots (such as 'insertion.acces-aux-droits').",
        "« {0} » n'est pas un code en minuscules avec tirets et points (comme « insertion.acces-aux-droits »).");

    internal static readonly RuleDefinition PlanActorMismatch = new(
        "plan.actor-conflict", Severity.Error,
        "The partner '{0}' is the lead of the action or is listed twice.",
        "Le partenaire « {0} » est le porteur de l'action ou figure deux fois.");

    internal static readonly RuleDefinition PlanCommitmentEnd = new(
        "plan.commitment-end", Severity.Error,
        "The end {0} of the commitment is not after its signature {1}.",
        "La fin {0} de l'engagement n'est pas postérieure à sa signature {1}.");

    internal static readonly RuleDefinition PlanActorRole = new(
        "plan.actor-invalid", Severity.Error,
        "The actor '{0}' is invalid: {1}",
        "L'acteur « {0} » est invalide : {1}");

    // Measurement file problems.
    internal static readonly RuleDefinition MeasurementBlankIndicator = new(
        "measurement.indicator-blank", Severity.Error,
        "The indicator is empty.",
        "L'indicateur est vide.");

    internal static readonly RuleDefinition MeasurementDate = new(
        "measurement.date", Severity.Error,
        "'{0}' is not a date in the form yyyy-MM-dd.",
        "« {0} » n'est pas une date au format aaaa-MM-jj.");

    internal static readonly RuleDefinition MeasurementValue = new(
        "measurement.value", Severity.Error,
        "'{0}' is not a number (use a dot as decimal separator).",
        "« {0} » n'est pas un nombre (utilisez le point comme séparateur décimal).");


    internal static IEnumerable<RuleDefinition> All { get; } =
    [
        ObjectiveNotMeasured, ObjectiveStale, ObjectiveAtRisk, ObjectiveOffTrack, ObjectiveDeadlinePassed, ObjectiveNoAction,
        MeasurementOutOfRange, MeasurementConflict, MeasurementUnused, ActionUnbalanced, ActionOutsidePlan,
        FundingOverCommitted, FundingOverSpent, AxisUncovered, ActorNoCommitment, GovernanceNoRecentMeeting,
        PlanOutsidePeriod, BelowReference,
        PlanSchema, PlanDateRange, PlanBlank, PlanUnknownValue, PlanDuplicateId, PlanUnknownReference,
        PlanTerritory, PlanPeriod, PlanAmount, PlanCount, PlanDeadline, PlanDirection, PlanValueRange, PlanUnitMismatch,
        PlanAnnualTooLong, PlanAxisParent, PlanAxisNotRetained, PlanInvalidCode, PlanActorMismatch, PlanCommitmentEnd,
        PlanActorRole,
        MeasurementBlankIndicator, MeasurementDate, MeasurementValue,
    ];
}

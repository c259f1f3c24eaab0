using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Vouchers;

/// <summary>The rule catalogue of voucher programmes (docs/rules.md, "Vouchers"). <c>{0}</c> is the offending value.</summary>
internal static class VoucherRules
{
    internal static readonly RuleDefinition SerialEmpty = new("pass-serial.empty", Severity.Error, "The pass serial is empty.", "Le numéro de pass est vide.");

    internal static readonly RuleDefinition SerialFormat = new("pass-serial.format", Severity.Error, "\"{0}\" is not a pass serial: 10 digits expected (9 digits of the number and a check digit).", "« {0} » n'est pas un numéro de pass : 10 chiffres attendus (9 chiffres du numéro et une clé).");

    internal static readonly RuleDefinition SerialCheckDigit = new("pass-serial.check-digit", Severity.Error, "The check digit of pass serial {0} is wrong: a digit was probably mistyped or two digits swapped.", "La clé du numéro de pass {0} est fausse : un chiffre a probablement été mal saisi ou deux chiffres inversés.");

    internal static readonly RuleDefinition OrderDuplicate = new("order.duplicate", Severity.Error, "Order {0} already exists.", "La commande {0} existe déjà.");

    internal static readonly RuleDefinition OrderUnknown = new("order.unknown", Severity.Error, "Order {0} does not exist.", "La commande {0} n'existe pas.");

    internal static readonly RuleDefinition OrderPassCount = new("order.pass-count", Severity.Error, "Order {0}: the number of passes must be positive and a multiple of the booklet size.", "Commande {0} : le nombre de pass doit être positif et multiple de la taille du carnet.");

    internal static readonly RuleDefinition OrderAlreadyConfirmed = new("order.already-confirmed", Severity.Error, "Order {0} is already confirmed.", "La commande {0} est déjà confirmée.");

    internal static readonly RuleDefinition OrderNotConfirmed = new("order.not-confirmed", Severity.Error, "Order {0} is not confirmed: its devis must be signed first.", "La commande {0} n'est pas confirmée : le devis doit d'abord être signé.");

    internal static readonly RuleDefinition OrderAlreadyIssued = new("order.already-issued", Severity.Error, "The booklets of order {0} are already issued.", "Les carnets de la commande {0} sont déjà émis.");

    internal static readonly RuleDefinition OrderOutsidePerimeter = new("order.outside-perimeter", Severity.Error, "Territory {0} is outside the programme's geographic perimeter.", "Le territoire {0} est hors du périmètre géographique du programme.");

    internal static readonly RuleDefinition OrderDistributionBlocked = new("order.distribution-blocked", Severity.Error, "Distribution of order {0} is blocked (J-15): booklets and passes may no longer be injected or handed out.", "La distribution de la commande {0} est bloquée (J-15) : carnets et pass ne peuvent plus être injectés ni remis.");

    internal static readonly RuleDefinition OrderAlreadyBlocked = new("order.already-blocked", Severity.Error, "Distribution of order {0} is already blocked: a blocking is recorded once.", "La distribution de la commande {0} est déjà bloquée : un blocage n'est enregistré qu'une fois.");

    internal static readonly RuleDefinition OrderNotEnded = new("order.not-ended", Severity.Error, "Order {0} cannot expire before the end of its grace period.", "La commande {0} ne peut pas expirer avant la fin de sa période de tolérance.");

    internal static readonly RuleDefinition OrderAlreadyExpired = new("order.already-expired", Severity.Error, "Order {0} has already expired.", "La commande {0} a déjà expiré.");

    internal static readonly RuleDefinition BookletFormatNotAllowed = new("booklet.format-not-allowed", Severity.Error, "Booklets of {0} passes need an order of at least {1} passes; order booklets of 10.", "Les carnets de {0} pass exigent une commande d'au moins {1} pass ; commandez des carnets de 10.");

    internal static readonly RuleDefinition BookletFormatUnknown = new("booklet.format-unknown", Severity.Error, "Booklets of {0} passes are not a format of this programme.", "Les carnets de {0} pass ne sont pas un format de ce programme.");

    internal static readonly RuleDefinition BookletUnknown = new("booklet.unknown", Severity.Error, "Booklet {0} has not been issued.", "Le carnet {0} n'a pas été émis.");

    internal static readonly RuleDefinition BookletAlreadyInjected = new("booklet.already-injected", Severity.Error, "Booklet {0} has already been injected.", "Le carnet {0} a déjà été injecté.");

    internal static readonly RuleDefinition DistributorUnknown = new("distributor.unknown", Severity.Error, "Distributor {0} is not a distributor of the programme.", "Le distributeur {0} n'est pas un distributeur du programme.");

    internal static readonly RuleDefinition DistributorNotHolder = new("distributor.not-holder", Severity.Error, "Pass {0} was not injected to this distributor.", "Le pass {0} n'a pas été injecté chez ce distributeur.");

    internal static readonly RuleDefinition BeneficiaryNotEligible = new("beneficiary.not-eligible", Severity.Error, "Public \"{0}\" is not a target public of the order.", "Le public « {0} » n'est pas un public cible de la commande.");

    internal static readonly RuleDefinition PassUnknown = new("pass.unknown", Severity.Error, "Pass {0} has not been issued in this programme.", "Le pass {0} n'a pas été émis dans ce programme.");

    internal static readonly RuleDefinition PassAlreadyRedeemed = new("pass.already-redeemed", Severity.Error, "Pass {0} has already been redeemed.", "Le pass {0} a déjà été encaissé.");

    internal static readonly RuleDefinition PassCancelled = new("pass.cancelled", Severity.Error, "Pass {0} is cancelled.", "Le pass {0} est annulé.");

    internal static readonly RuleDefinition PassExpired = new("pass.expired", Severity.Error, "Pass {0} has expired.", "Le pass {0} a expiré.");

    internal static readonly RuleDefinition PassNotInjected = new("pass.not-injected", Severity.Error, "Pass {0} is not in circulation: its booklet has not been injected.", "Le pass {0} n'est pas en circulation : son carnet n'a pas été injecté.");

    internal static readonly RuleDefinition PassAlreadyHanded = new("pass.already-handed", Severity.Error, "Pass {0} has already been handed to a beneficiary.", "Le pass {0} a déjà été remis à un bénéficiaire.");

    internal static readonly RuleDefinition ProviderUnknown = new("provider.unknown", Severity.Error, "{0} is not a qualified provider of the programme.", "{0} n'est pas un acteur qualifié du programme.");

    internal static readonly RuleDefinition ProviderNotQualified = new("provider.not-qualified", Severity.Error, "Provider {0} is not qualified on the scan date.", "L'acteur {0} n'est pas qualifié à la date du scan.");

    internal static readonly RuleDefinition ProviderOutsidePerimeter = new("provider.outside-perimeter", Severity.Error, "Provider {0} is not affiliated to a territory of the pass's perimeter.", "L'acteur {0} n'est rattaché à aucun territoire du périmètre du pass.");

    internal static readonly RuleDefinition RedemptionEmpty = new("redemption.empty", Severity.Error, "A redemption needs at least one pass.", "Un encaissement demande au moins un pass.");

    internal static readonly RuleDefinition RedemptionDuplicatePass = new("redemption.duplicate-pass", Severity.Error, "Pass {0} appears twice in the same redemption.", "Le pass {0} figure deux fois dans le même encaissement.");

    internal static readonly RuleDefinition RedemptionMixedOrders = new("redemption.mixed-orders", Severity.Error, "Pass {0} belongs to another order than the other passes of the redemption.", "Le pass {0} appartient à une autre commande que les autres pass de l'encaissement.");

    internal static readonly RuleDefinition RedemptionTooManyPasses = new("redemption.too-many-passes", Severity.Error, "{0} passes exceed the price of the service: no change is given.", "{0} pass dépassent le prix du service : aucune monnaie n'est rendue.");

    internal static readonly RuleDefinition RedemptionNumber = new("redemption.number", Severity.Error, "Redemption number {0} is not the next number of the programme's series.", "Le numéro d'encaissement {0} n'est pas le suivant de la série du programme.");

    internal static readonly RuleDefinition ExpiredCount = new("order.expired-count", Severity.Error, "The expiry of order {0} does not state its number of outstanding passes.", "L'expiration de la commande {0} n'indique pas son nombre de pass en circulation.");

    internal static readonly RuleDefinition SettlementMonthNotEnded = new("settlement.month-not-ended", Severity.Error, "Month {0} has not ended (Europe/Paris): it cannot be settled yet.", "Le mois {0} n'est pas terminé (Europe/Paris) : il ne peut pas encore être réglé.");

    internal static readonly RuleDefinition SettlementAlreadySettled = new("settlement.already-settled", Severity.Error, "Month {0} is already settled.", "Le mois {0} est déjà réglé.");

    internal static readonly RuleDefinition ProgrammeClosed = new("programme.closed", Severity.Error, "Programme {0} is closed.", "Le programme {0} est clos.");

    internal static readonly RuleDefinition ProgrammeOpenPasses = new("programme.open-passes", Severity.Error, "Order {0}: {1} passes are still outstanding: expire or cancel them before closing.", "Commande {0} : {1} pass sont encore en circulation : faites-les expirer ou annulez-les avant la clôture.");

    internal static readonly RuleDefinition ProgrammeOrderNotIssued = new("programme.order-not-issued", Severity.Error, "Order {0} is confirmed (its face value received) but was never issued: expire it so that its face value is credited back before closing.", "La commande {0} est confirmée (sa valeur faciale reçue) mais n'a jamais été émise : faites-la expirer pour que sa valeur faciale soit remboursée avant la clôture.");

    internal static readonly RuleDefinition PassesHandedAfterBlock = new("passes.handed-after-block", Severity.Warning, "Passes {0} were handed out after the distribution block of order {1}: they are at the commanditaire's charge and will not be credited back.", "Les pass {0} ont été remis après le blocage de la distribution de la commande {1} : ils sont à la charge du commanditaire et ne seront pas remboursés.");

    internal static readonly RuleDefinition SettlementAmounts = new("settlement.amounts", Severity.Error, "The statement of month {0} does not match its scans (providers, redemptions, passes, gross value) or the arithmetic of its stated rates.", "Le relevé du mois {0} ne correspond pas à ses scans (acteurs, encaissements, pass, valeur brute) ou au calcul de ses taux déclarés.");

    internal static readonly RuleDefinition FeesRetroactive = new("fees.retroactive", Severity.Error, "A fee change recorded on {0} must take effect after that day: settled months and confirmed orders keep the rates they used.", "Un changement de frais enregistré le {0} doit prendre effet après ce jour : les mois réglés et les commandes confirmées gardent leurs taux.");

    internal static readonly RuleDefinition ProgrammeUnsettledMonths = new("programme.unsettled-months", Severity.Error, "Month {0} has scans and is not settled.", "Le mois {0} a des scans et n'est pas réglé.");

    internal static readonly RuleDefinition LedgerConflict = new("ledger.concurrency-conflict", Severity.Error, "The event stream moved on (expected version {0}): another writer appended first.", "Le flux d'événements a avancé (version attendue {0}) : un autre rédacteur a écrit avant.");

    internal static readonly RuleDefinition LedgerTimeOrder = new("ledger.time-order", Severity.Error, "Event time {0} is before the previous event of the ledger.", "L'heure {0} de l'événement précède celle de l'événement précédent.");

    internal static readonly RuleDefinition FileField = new("voucher-file.field", Severity.Error, "Invalid or missing value: {0}", "Valeur invalide ou manquante : {0}");

    internal static readonly RuleDefinition FileSchemaVersion = new("voucher-file.schema-version", Severity.Error, "Event schema version {0} is not supported (this SDK reads version 1).", "La version de schéma {0} n'est pas prise en charge (ce SDK lit la version 1).");

    internal static readonly RuleDefinition FileDateRange = new("voucher-file.date-range", Severity.Error, "The time {0} is outside the years 1900 to 2199 that a programme can use.", "L'instant {0} sort des années 1900 à 2199 qu'un programme peut utiliser.");

    internal static readonly RuleDefinition FileRepeatedScan = new("voucher-file.repeated-scan", Severity.Error, "This line repeats redemption {0} of line {1} (the same passes, provider and service): an event log records each scan once.", "Cette ligne répète l'encaissement {0} de la ligne {1} (mêmes pass, acteur et service) : un journal d'événements n'enregistre chaque scan qu'une fois.");

    internal static readonly RuleDefinition FileDateWindow = new("voucher-file.date-window", Severity.Error, "The time {0} is outside the programme window widened by its import margin: {1}.", "L'instant {0} sort de la fenêtre du programme élargie de sa marge d'import : {1}.");

    // Settings of programme.json: checked by the programme document's validator (Inclusion.Sdk.Files) and, with the same
    // messages, by the constructor guards of VoucherProgramme and ProviderQualification.
    internal static readonly RuleDefinition ProgrammeBlank = new("programme.blank", Severity.Error, "\"{0}\" is empty.", "« {0} » est vide.");

    internal static readonly RuleDefinition ProgrammeTerritory = new("programme.territory", Severity.Error, "\"{0}\" is not a territory written level:code (departement:33, commune:33063…).", "« {0} » n'est pas un territoire écrit niveau:code (departement:33, commune:33063…).");

    internal static readonly RuleDefinition ProgrammeNoTerritory = new("programme.no-territory", Severity.Error, "{0} has no territory: at least one is needed.", "{0} n'a aucun territoire : il en faut au moins un.");

    internal static readonly RuleDefinition ProgrammeSiret = new("programme.siret", Severity.Error, "\"{0}\" is not a valid SIRET: {1}", "« {0} » n'est pas un SIRET valide : {1}");

    internal static readonly RuleDefinition ProgrammeProviderRole = new("programme.provider-role", Severity.Error, "Actor {0} is not a mediation provider: only mediation providers are qualified.", "L'acteur {0} n'est pas un acteur de médiation : seuls ceux-ci sont qualifiés.");

    internal static readonly RuleDefinition ProgrammeDistributorRole = new("programme.distributor-role", Severity.Error, "Actor {0} is not a distributor.", "L'acteur {0} n'est pas un distributeur.");

    internal static readonly RuleDefinition ProgrammeQualificationPeriod = new("programme.qualification-period", Severity.Error, "The qualification ends on {0}, before it starts on {1}.", "La qualification se termine le {0}, avant son début le {1}.");

    internal static readonly RuleDefinition ProgrammeDuplicateProvider = new("programme.duplicate-provider", Severity.Error, "SIRET {0} is qualified twice: a SIRET can be used for only one qualification.", "Le SIRET {0} est qualifié deux fois : un SIRET ne sert qu'à une qualification.");

    internal static readonly RuleDefinition ProgrammeDuplicateDistributor = new("programme.duplicate-distributor", Severity.Error, "Distributor id {0} is used twice.", "L'identifiant de distributeur {0} est utilisé deux fois.");

    internal static readonly RuleDefinition ProgrammeFaceValue = new("programme.face-value", Severity.Error, "The face value {0} € is below 10 €, above 1,000,000,000,000 € or not in whole cents.", "La valeur faciale {0} € est inférieure à 10 €, supérieure à 1 000 000 000 000 € ou n'est pas en centimes entiers.");

    internal static readonly RuleDefinition ProgrammeBookletFormats = new("programme.booklet-formats", Severity.Error, "Booklet formats are 1 to 100 passes, at least one; {0} is not.", "Les formats de carnet vont de 1 à 100 pass, au moins un ; {0} n'en est pas un.");

    internal static readonly RuleDefinition ProgrammeMinimumOrder = new("programme.minimum-order", Severity.Error, "The minimum order {0} is negative.", "La commande minimale {0} est négative.");

    internal static readonly RuleDefinition ProgrammeGracePeriod = new("programme.grace-period", Severity.Error, "The grace period of {0} months is outside 0 to 120 months.", "La période de tolérance de {0} mois sort de 0 à 120 mois.");

    internal static readonly RuleDefinition ProgrammeRate = new("programme.rate", Severity.Error, "The rate {0} is outside 0 to 1.", "Le taux {0} sort de 0 à 1.");

    internal static readonly RuleDefinition ProgrammeCoFinancing = new("programme.co-financing", Severity.Error, "The order ceiling {0} € is below the minimum order {1} €, or the minimum order is negative.", "Le plafond de commande {0} € est inférieur à la commande minimale {1} €, ou celle-ci est négative.");

    internal static readonly RuleDefinition ProgrammeAmount = new("programme.amount", Severity.Error, "The amount {0} € exceeds the 1,000,000,000,000 € that a programme can hold.", "Le montant {0} € dépasse les 1 000 000 000 000 € qu'un programme peut contenir.");

    internal static readonly RuleDefinition ProgrammeImportMargin = new("programme.import-margin", Severity.Error, "The import margin of {0} months is outside 0 to 120 months.", "La marge d'import de {0} mois sort de 0 à 120 mois.");

    internal static readonly RuleDefinition ProgrammeDateRange = new("programme.date-range", Severity.Error, "The date {0} is outside the years 1900 to 2199 that a programme can use.", "La date {0} sort des années 1900 à 2199 qu'un programme peut utiliser.");
}

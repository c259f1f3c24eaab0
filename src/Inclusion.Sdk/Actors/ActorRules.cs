using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Actors;

/// <summary>The rules of the actor vocabulary: structure typologies and pivot identifiers.</summary>
internal static class ActorRules
{
    internal static readonly RuleDefinition TypologyEmpty = new(
        "typologie.empty",
        Severity.Error,
        "The structure typology is empty.",
        "La typologie de structure est vide.");

    internal static readonly RuleDefinition TypologyUnknown = new(
        "typologie.unknown",
        Severity.Error,
        "'{0}' is not a data·inclusion v0 structure typology.",
        "« {0} » n'est pas une typologie de structure data·inclusion v0.");

    internal static readonly RuleDefinition TypologyNotInVocabulary = new(
        "typologie.not-in-vocabulary",
        Severity.Warning,
        "'{0}' is used by the ANCT lieux de médiation numérique library but is not in the data·inclusion v0 vocabulary.",
        "« {0} » est utilisé par la bibliothèque lieux de médiation numérique de l'ANCT mais n'est pas dans le vocabulaire data·inclusion v0.");

    internal static readonly RuleDefinition TypologyCase = new(
        "typologie.case",
        Severity.Warning,
        "'{0}' differs from the code '{1}' only by case; it was normalised.",
        "« {0} » ne diffère du code « {1} » que par la casse ; il a été normalisé.");

    internal static readonly RuleDefinition PivotEmpty = new(
        "pivot.empty",
        Severity.Error,
        "The pivot identifier is empty.",
        "L'identifiant pivot est vide.");

    internal static readonly RuleDefinition PivotUnknownKind = new(
        "pivot.unknown-kind",
        Severity.Error,
        "'{0}' is neither a SIRET (14 digits), an RNA number (W + 9 characters) nor a RIDET (10 digits).",
        "« {0} » n'est ni un SIRET (14 chiffres), ni un numéro RNA (W + 9 caractères), ni un RIDET (10 chiffres).");

    internal static readonly RuleDefinition PivotSiren = new(
        "pivot.siren",
        Severity.Error,
        "'{0}' is a SIREN (9 digits), which identifies a legal unit, not an establishment: give the 14-digit SIRET of the place (SIREN + 5-digit NIC).",
        "« {0} » est un SIREN (9 chiffres), qui identifie une unité légale et non un établissement : indiquez le SIRET à 14 chiffres du lieu (SIREN + NIC à 5 chiffres).");
}

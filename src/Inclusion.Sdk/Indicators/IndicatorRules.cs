using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Indicators;

/// <summary>The rule catalogue of indicator tables and published IFN files. <c>{0}</c> is the value as read.</summary>
internal static class IndicatorRules
{
    internal static readonly RuleDefinition Code = new("index.code", Severity.Error,
        "The territory code is empty.", "Le code du territoire est vide.");

    internal static readonly RuleDefinition Duplicate = new("index.duplicate", Severity.Error,
        "Territory \"{0}\" appears again (first at row {1}); the repeated row is ignored.",
        "Le territoire « {0} » apparaît de nouveau (première fois ligne {1}) ; la ligne répétée est ignorée.");

    internal static readonly RuleDefinition Value = new("index.value", Severity.Error,
        "\"{0}\" is not a number; the value is treated as missing.", "« {0} » n'est pas un nombre ; la valeur est traitée comme manquante.");

    internal static readonly RuleDefinition Population = new("index.population", Severity.Error,
        "\"{0}\" is not a population (a number, zero or more); the population is treated as unknown.",
        "« {0} » n'est pas une population (nombre positif ou nul) ; la population est traitée comme inconnue.");

    internal static readonly RuleDefinition Parent = new("index.parent", Severity.Error,
        "\"{0}\" is not a valid {1} code; the parent is treated as unknown.", "« {0} » n'est pas un code {1} valide ; le parent est traité comme inconnu.");

    internal static readonly RuleDefinition NoData = new("ifn.no-data", Severity.Info,
        "Every criterion is 0.0: the published \"no data\" sentinel, read as missing (not a score).",
        "Tous les critères valent 0.0 : la valeur « pas de données » publiée, lue comme manquante (pas un score).");

    internal static readonly RuleDefinition EmptyRow = new("ifn.empty-row", Severity.Info,
        "The row has no score (published empty row); read as missing.", "La ligne n'a pas de score (ligne vide publiée) ; lue comme manquante.");

    internal static readonly RuleDefinition OutOfRange = new("ifn.out-of-range", Severity.Error,
        "Score {0} is outside the 1–10 scale; treated as missing.", "Le score {0} est hors de l'échelle 1–10 ; traité comme manquant.");

    internal static readonly RuleDefinition TotalMismatch = new("ifn.total-mismatch", Severity.Warning,
        "Published total {0} differs from the mean of the five criteria {1}.", "Le total publié {0} diffère de la moyenne des cinq critères {1}.");
}

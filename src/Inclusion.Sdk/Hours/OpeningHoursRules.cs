using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Hours;

/// <summary>
/// The rule catalogue of the opening-hours parser. In every template <c>{0}</c> is the offending text and <c>{1}</c>
/// its 1-based character position; <c>{2}</c> (English) and <c>{3}</c> (French) are details.
/// </summary>
internal static class OpeningHoursRules
{
    internal static readonly RuleDefinition Empty = new(
        "opening-hours.empty",
        Severity.Error,
        "The opening hours value is empty.",
        "La valeur des horaires est vide.");

    internal static readonly RuleDefinition Syntax = new(
        "opening-hours.syntax",
        Severity.Error,
        "Unexpected \"{0}\" at position {1}: expected {2}.",
        "« {0} » inattendu à la position {1} : attendu {3}.");

    internal static readonly RuleDefinition InvalidTime = new(
        "opening-hours.invalid-time",
        Severity.Error,
        "Invalid time \"{0}\" at position {1}: {2}.",
        "Heure invalide « {0} » à la position {1} : {3}.");

    internal static readonly RuleDefinition InvalidDate = new(
        "opening-hours.invalid-date",
        Severity.Error,
        "Invalid date \"{0}\" at position {1}: {2}.",
        "Date invalide « {0} » à la position {1} : {3}.");

    internal static readonly RuleDefinition InvalidYear = new(
        "opening-hours.invalid-year",
        Severity.Error,
        "Invalid year \"{0}\" at position {1}: {2}.",
        "Année invalide « {0} » à la position {1} : {3}.");

    internal static readonly RuleDefinition InvalidWeek = new(
        "opening-hours.invalid-week",
        Severity.Error,
        "Invalid week \"{0}\" at position {1}: weeks are numbered 1 to 53 and a step is at least 1.",
        "Semaine invalide « {0} » à la position {1} : les semaines vont de 1 à 53 et un pas vaut au moins 1.");

    internal static readonly RuleDefinition InvalidNth = new(
        "opening-hours.invalid-nth",
        Severity.Error,
        "Invalid nth weekday \"{0}\" at position {1}: {2}.",
        "N-ième jour de la semaine invalide « {0} » à la position {1} : {3}.");

    internal static readonly RuleDefinition InvalidOffset = new(
        "opening-hours.invalid-offset",
        Severity.Error,
        "Invalid day offset \"{0}\" at position {1}: {2}.",
        "Décalage de jours invalide « {0} » à la position {1} : {3}.");

    internal static readonly RuleDefinition CommaBeforeRule = new(
        "opening-hours.comma-before-rule",
        Severity.Error,
        "\"{0}\" at position {1} follows a \",\" after days or dates only: {2}.",
        "« {0} » à la position {1} suit une « , » placée après des jours ou des dates seuls : {3}.");

    internal static readonly RuleDefinition InvalidWeekRange = new(
        "opening-hours.invalid-week-range",
        Severity.Error,
        "Impossible week range \"{0}\" at position {1}: {2}.",
        "Intervalle de semaines impossible « {0} » à la position {1} : {3}.");

    internal static readonly RuleDefinition UnterminatedComment = new(
        "opening-hours.unterminated-comment",
        Severity.Error,
        "The comment starting at position {1} has no closing double quote.",
        "Le commentaire commençant à la position {1} n'a pas de guillemet fermant.");

    internal static readonly RuleDefinition Ambiguous = new(
        "opening-hours.ambiguous",
        Severity.Error,
        "\"{0}\" at position {1} is ambiguous: {2}.",
        "« {0} » à la position {1} est ambigu : {3}.");

    internal static readonly RuleDefinition Unsupported = new(
        "opening-hours.unsupported",
        Severity.Error,
        "\"{0}\" at position {1} is opening_hours syntax that this library does not support ({2}).",
        "« {0} » à la position {1} est une syntaxe opening_hours que cette bibliothèque ne prend pas en charge ({3}).");

    internal static readonly RuleDefinition TimeFormat = new(
        "opening-hours.time-format",
        Severity.Warning,
        "Time \"{0}\" at position {1} is not written HH:MM; read as \"{2}\".",
        "L'heure « {0} » à la position {1} n'est pas écrite HH:MM ; lue comme « {2} ».");

    internal static readonly RuleDefinition DayName = new(
        "opening-hours.day-name",
        Severity.Warning,
        "Day \"{0}\" at position {1} is not an OSM day abbreviation; read as \"{2}\".",
        "Le jour « {0} » à la position {1} n'est pas une abréviation OSM ; lu comme « {2} ».");

    internal static readonly RuleDefinition MonthName = new(
        "opening-hours.month-name",
        Severity.Warning,
        "Month \"{0}\" at position {1} is not an OSM month abbreviation; read as \"{2}\".",
        "Le mois « {0} » à la position {1} n'est pas une abréviation OSM ; lu comme « {2} ».");

    internal static readonly RuleDefinition Keyword = new(
        "opening-hours.keyword",
        Severity.Warning,
        "\"{0}\" at position {1} is not an OSM keyword; read as \"{2}\".",
        "« {0} » à la position {1} n'est pas un mot-clé OSM ; lu comme « {2} ».");

    internal static readonly RuleDefinition Dash = new(
        "opening-hours.dash",
        Severity.Warning,
        "\"{0}\" at position {1} is not a hyphen-minus; read as \"-\".",
        "« {0} » à la position {1} n'est pas un trait d'union ; lu comme « - ».");

    internal static readonly RuleDefinition Spacing = new(
        "opening-hours.spacing",
        Severity.Warning,
        "Space at position {1} inside a range; removed.",
        "Espace à la position {1} à l'intérieur d'un intervalle ; supprimée.");

    internal static readonly RuleDefinition ZeroOffset = new(
        "opening-hours.zero-offset",
        Severity.Warning,
        "\"{0}\" at position {1} adds no time to the event; read as \"{2}\".",
        "« {0} » à la position {1} n'ajoute aucune durée à l'événement ; lu comme « {2} ».");

    internal static readonly RuleDefinition UnusualSpace = new(
        "opening-hours.unusual-space",
        Severity.Warning,
        "The character {0} at position {1} is not a plain space; read as a space.",
        "Le caractère {0} à la position {1} n'est pas une espace simple ; lu comme une espace.");

    internal static readonly RuleDefinition ControlCharacter = new(
        "opening-hours.control-character",
        Severity.Error,
        "The control character {0} at position {1} is not allowed in opening hours.",
        "Le caractère de contrôle {0} à la position {1} n'est pas permis dans des horaires.");

    internal static readonly RuleDefinition TrailingSeparator = new(
        "opening-hours.trailing-separator",
        Severity.Warning,
        "The value ends with the rule separator \"{0}\" at position {1}; it is ignored.",
        "La valeur se termine par le séparateur de règles « {0} » à la position {1} ; il est ignoré.");

    internal static readonly RuleDefinition SchoolHolidaysUnknown = new(
        "opening-hours.school-holidays-unknown",
        Severity.Warning,
        "\"{0}\" at position {1} refers to school holidays, but no school-holiday calendar was given: the selector never matches.",
        "« {0} » à la position {1} désigne les vacances scolaires, mais aucun calendrier n'a été fourni : le sélecteur ne s'applique jamais.");

    internal static readonly RuleDefinition FreeTextCell = new(
        "opening-hours.free-text-cell",
        Severity.Warning,
        "The timetable \"{0}\" for {2} could not be read; it was left out.",
        "Les horaires « {0} » du {3} n'ont pas pu être lus ; ils ont été omis.");

    internal static readonly RuleDefinition FreeTextComment = new(
        "opening-hours.free-text-comment",
        Severity.Info,
        "The text \"{0}\" for {2} was kept as a comment.",
        "Le texte « {0} » du {3} a été conservé comme commentaire.");
}

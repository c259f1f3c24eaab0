using System.Collections.Concurrent;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Places;

/// <summary>
/// Rule catalogue of places files. File-level rules are <c>file.*</c>; row rules are <c>places.&lt;field&gt;.&lt;rule&gt;</c>
/// where the field is the column name with <c>_</c> written <c>-</c> (rule codes are lower-case dotted words).
/// Generic per-field rules (<see cref="Field"/>) exist for every column; <c>{0}</c> is the value.
/// </summary>
internal static class PlacesRules
{
    private static readonly ConcurrentDictionary<(string Field, FieldRule Rule), RuleDefinition> FieldRules = new();

    internal enum FieldRule
    {
        Required,
        MaxLength,
        Enum,
        EnumTolerant,
        DuplicateValue,
        EmptySegment,
        Whitespace,
        Invalid,
        Normalised,
    }

    internal static readonly RuleDefinition FileLegacySchema = new("file.legacy-schema", Severity.Info, "The header is that of the legacy schema v0.1.1 (validated against v0.1.1; use fix mode to migrate to v1.0.2).", "L'en-tête est celui du schéma historique v0.1.1 (validé selon la v0.1.1 ; le mode correction migre vers la v1.0.2).");

    internal static readonly RuleDefinition IdDuplicate = new("places.id.duplicate", Severity.Error, "The id \"{0}\" is already used at row {1}.", "L'identifiant « {0} » est déjà utilisé à la ligne {1}.");

    internal static readonly RuleDefinition IdUnchecked = new("places.id.unchecked", Severity.Warning, "The uniqueness of ids is checked up to this row only: the log of ids seen reached its limit of 4 GiB.", "L'unicité des identifiants n'est vérifiée que jusqu'à cette ligne : le journal des identifiants vus a atteint sa limite de 4 Gio.");

    internal static readonly RuleDefinition InseeUnknown = new("places.code-insee.unknown", Severity.Warning, "The INSEE code {0} is not in the communes table.", "Le code INSEE {0} n'est pas dans la table des communes.");

    internal static readonly RuleDefinition InseePostalMismatch = new("places.code-insee.postal-mismatch", Severity.Warning, "The commune {0} does not have the postal code {1} (its postal codes: {2}).", "La commune {0} n'a pas le code postal {1} (ses codes postaux : {2}).");

    internal static readonly RuleDefinition PhoneNational = new("places.telephone.national", Severity.Warning, "The telephone \"{0}\" is not in the E.164 form the schema requires.", "Le téléphone « {0} » n'est pas au format E.164 exigé par le schéma.");

    internal static readonly RuleDefinition PhoneSeveral = new("places.telephone.several", Severity.Error, "The telephone field holds several numbers; the schema allows one.", "Le champ téléphone contient plusieurs numéros ; le schéma n'en permet qu'un.");

    internal static readonly RuleDefinition CoordinatesRange = new("places.coordinates.range", Severity.Error, "The coordinates {0} are outside [−90, 90] × [−180, 180].", "Les coordonnées {0} sortent de [−90, 90] × [−180, 180].");

    internal static readonly RuleDefinition CoordinatesSwapped = new("places.coordinates.swapped", Severity.Error, "The coordinates {0} are outside France but inside it once latitude and longitude are swapped.", "Les coordonnées {0} sont hors de France mais y entrent si l'on échange latitude et longitude.");

    internal static readonly RuleDefinition CoordinatesLambert = new("places.coordinates.lambert93", Severity.Error, "The coordinates {0} look like Lambert-93 metres (EPSG:2154), not WGS84 degrees.", "Les coordonnées {0} ressemblent à des mètres Lambert-93 (EPSG:2154), pas à des degrés WGS84.");

    internal static readonly RuleDefinition CoordinatesOutside = new("places.coordinates.outside-france", Severity.Warning, "The coordinates {0} are neither in metropolitan France nor in an overseas département or collectivity.", "Les coordonnées {0} ne sont ni en France métropolitaine ni dans un département ou une collectivité d'outre-mer.");

    internal static readonly RuleDefinition CoordinatesIncomplete = new("places.coordinates.incomplete", Severity.Warning, "Only one of latitude and longitude is given; the point is ignored.", "Seule la latitude ou la longitude est renseignée ; le point est ignoré.");

    internal static readonly RuleDefinition DateFuture = new("places.date-maj.future", Severity.Error, "The update date {0} is in the future (today is {1}).", "La date de mise à jour {0} est dans le futur (aujourd'hui : {1}).");

    internal static readonly RuleDefinition DateStale = new("places.date-maj.stale", Severity.Warning, "The update date {0} is {1} days old (more than {2}): is the place still open?", "La date de mise à jour {0} date de {1} jours (plus de {2}) : le lieu est-il toujours ouvert ?");

    internal static readonly RuleDefinition MigrationNoTarget = new("places.migration.no-target", Severity.Warning, "The v0.1.1 value \"{0}\" of {1} has no equivalent in v1.0.2{2}.", "La valeur v0.1.1 « {0} » de {1} n'a pas d'équivalent en v1.0.2{3}.");

    internal static readonly RuleDefinition MigrationDropped = new("places.migration.dropped", Severity.Info, "Column \"{0}\" no longer exists in v1.0.2; its values are dropped.", "La colonne « {0} » n'existe plus en v1.0.2 ; ses valeurs sont abandonnées.");

    internal static readonly RuleDefinition FixApplied = new("places.fix.applied", Severity.Info, "\"{0}\" was rewritten as \"{1}\".", "« {0} » a été réécrit en « {1} ».");

    internal static readonly RuleDefinition FixAmbiguous = new("places.fix.ambiguous", Severity.Warning, "\"{0}\" was kept as it is: no single fix ({1}).", "« {0} » a été conservé tel quel : pas de correction unique ({2}).");

    /// <summary>The generic rules written for a placeholder column name (the rule catalogue uses <c>&lt;field&gt;</c>).</summary>
    internal static IEnumerable<RuleDefinition> Generic(string field) =>
        Enum.GetValues<FieldRule>().Select(rule => Create(field, rule));

    /// <summary>The rule-code part naming a column (<c>code_postal</c> → <c>code-postal</c>).</summary>
    internal static string FieldCode(string column) => column.Replace('_', '-').ToLowerInvariant();

    /// <summary>A generic rule for one column; <c>{1}</c> is a detail (the pattern, the limit, the canonical value, an inner message) in English and <c>{2}</c> in French.</summary>
    internal static RuleDefinition Field(string column, FieldRule rule) =>
        FieldRules.GetOrAdd((column, rule), static key => Create(key.Field, key.Rule));

    private static RuleDefinition Create(string column, FieldRule rule)
    {
        var prefix = "places." + FieldCode(column) + ".";
        return rule switch
        {
            FieldRule.Required => new(prefix + "required", Severity.Error, $"The required field {column} is empty.", $"Le champ obligatoire {column} est vide."),
            FieldRule.MaxLength => new(prefix + "max-length", Severity.Error, column + " has {1} characters; at most {2} are allowed.", column + " compte {1} caractères ; {2} au plus sont permis."),
            FieldRule.Enum => new(prefix + "enum", Severity.Error, "\"{0}\" is not an allowed value of " + column + ".", "« {0} » n'est pas une valeur permise de " + column + "."),
            FieldRule.EnumTolerant => new(prefix + "enum-tolerant", Severity.Warning, "\"{0}\" is accepted as \"{1}\" ({2}); write the canonical value.", "« {0} » est accepté comme « {1} » ({3}) ; écrivez la valeur canonique."),
            FieldRule.DuplicateValue => new(prefix + "duplicate-value", Severity.Warning, "\"{0}\" is listed twice in " + column + ".", "« {0} » figure deux fois dans " + column + "."),
            FieldRule.EmptySegment => new(prefix + "empty-segment", Severity.Error, column + " has an empty value between separators.", column + " contient une valeur vide entre deux séparateurs."),
            FieldRule.Whitespace => new(prefix + "whitespace", Severity.Warning, "\"{0}\" has spaces at its start or end.", "« {0} » a des espaces au début ou à la fin."),
            FieldRule.Invalid => new(prefix + "invalid", Severity.Error, "\"{0}\" is not a valid " + column + ": {1}", "« {0} » n'est pas un " + column + " valide : {2}"),
            FieldRule.Normalised => new(prefix + "normalised", Severity.Warning, "\"{0}\" is accepted in a non-canonical form: {1}", "« {0} » est accepté sous une forme non canonique : {2}"),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
    }
}

using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Files;

/// <summary>
/// The file-level rules shared by every reader: <c>file.*</c> codes for what concerns the file as a whole (emptiness,
/// encoding, JSON structure) or its header and row structure, whatever the document type.
/// </summary>
internal static class FileRules
{
    internal static readonly RuleDefinition Empty = new("file.empty", Severity.Error, "The file is empty.", "Le fichier est vide.");

    internal static readonly RuleDefinition Binary = new("file.binary", Severity.Error, "The file is not text (it contains NUL bytes or control characters): is it a spreadsheet or an archive?", "Le fichier n'est pas du texte (octets nuls ou caractères de contrôle) : est-ce un tableur ou une archive ?");

    internal static readonly RuleDefinition Encoding = new("file.encoding", Severity.Error, "The file is not UTF-8 (byte {0} at offset {1}); it was read as {2}. Save it as UTF-8.", "Le fichier n'est pas en UTF-8 (octet {0} à la position {1}) ; il a été lu comme du {2}. Enregistrez-le en UTF-8.");

    internal static readonly RuleDefinition InvalidUtf8 = new("file.encoding.invalid-utf8", Severity.Error, "The row holds bytes that are not UTF-8; they were replaced by \uFFFD.", "La ligne contient des octets qui ne sont pas de l'UTF-8 ; ils ont été remplacés par \uFFFD.");

    internal static readonly RuleDefinition Separator = new("file.separator", Severity.Warning, "Columns are separated by {1}; a comma is expected. The file was read with {1}.", "Les colonnes sont séparées par {1} ; la virgule est attendue. Le fichier a été lu avec {1}.");

    internal static readonly RuleDefinition Unreadable = new("file.unreadable", Severity.Error, "The file cannot be read past this point: {0}", "Le fichier ne peut pas être lu au-delà de ce point : {0}");

    internal static readonly RuleDefinition JsonMalformed = new("file.json.malformed", Severity.Error, "Malformed JSON: {0}", "JSON mal formé : {0}");

    internal static readonly RuleDefinition JsonTrailing = new("file.json.trailing-content", Severity.Error, "There is content after the end of the JSON document ({0}); only one document is read.", "Du contenu suit la fin du document JSON ({0}) ; un seul document est lu.");

    internal static readonly RuleDefinition JsonDuplicateKey = new("file.json.duplicate-key", Severity.Error, "Member \"{0}\" appears twice in the same object; only the first value is read.", "Le membre « {0} » apparaît deux fois dans le même objet ; seule la première valeur est lue.");

    internal static readonly RuleDefinition JsonNotObject = new("file.json.not-object", Severity.Error, "Element {0} of the array is not an object.", "L'élément {0} du tableau n'est pas un objet.");

    internal static readonly RuleDefinition UnclosedQuote = new("file.csv.unclosed-quote", Severity.Error, "A quoted cell opens here and is never closed ({0}…): the rest of the file cannot be split into rows.", "Une cellule entre guillemets s'ouvre ici et n'est jamais fermée ({0}…) : la suite du fichier ne peut pas être découpée en lignes.");

    internal static readonly RuleDefinition NoRows = new("file.no-rows", Severity.Warning, "The file has a header but no data row.", "Le fichier a un en-tête mais aucune ligne de données.");

    internal static readonly RuleDefinition HeaderMissing = new("file.header.missing", Severity.Error, "Column \"{0}\" is missing.", "La colonne « {0} » est absente.");

    internal static readonly RuleDefinition HeaderMisspelt = new("file.header.misspelt", Severity.Error, "Column \"{0}\" is not expected; did you mean \"{1}\"?", "La colonne « {0} » n'est pas attendue ; vouliez-vous dire « {1} » ?");

    internal static readonly RuleDefinition HeaderExtra = new("file.header.extra", Severity.Warning, "Column \"{0}\" is not expected and is ignored.", "La colonne « {0} » n'est pas attendue et est ignorée.");

    internal static readonly RuleDefinition HeaderDuplicate = new("file.header.duplicate", Severity.Error, "Column \"{0}\" appears twice; only the first is read.", "La colonne « {0} » apparaît deux fois ; seule la première est lue.");

    internal static readonly RuleDefinition HeaderOrder = new("file.header.order", Severity.Warning, "Column \"{0}\" is at position {1}; the schema puts it at position {2}.", "La colonne « {0} » est en position {1} ; le schéma la place en position {2}.");

    internal static readonly RuleDefinition HeaderBlank = new("file.header.blank", Severity.Error, "Column {1} has an empty name.", "La colonne {1} n'a pas de nom.");

    internal static readonly RuleDefinition RowRagged = new("file.row.ragged", Severity.Error, "The row has {1} cells; the header has {2}.", "La ligne a {1} cellules ; l'en-tête en a {2}.");

    internal static readonly RuleDefinition RowBlank = new("file.row.blank", Severity.Warning, "The row is blank.", "La ligne est vide.");
}

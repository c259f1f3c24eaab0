using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// The rule catalogue of the identifier parsers: one stable <c>&lt;identifier&gt;.&lt;rule&gt;</c> code per way an
/// identifier can be rejected or normalised, with English and French messages (<c>{0}</c> is the value as read).
/// </summary>
/// <remarks>Every code is listed in <c>docs/rules.md</c>, section "Identifiers".</remarks>
internal static class IdentifierRules
{
    // ---- commune-code (identifiers.md §5) ----
    internal static readonly RuleDefinition CommuneCodeEmpty = new(
        "commune-code.empty", Severity.Error,
        "The INSEE commune code is empty.",
        "Le code commune INSEE est vide.");

    internal static readonly RuleDefinition CommuneCodeFormat = new(
        "commune-code.format", Severity.Error,
        "'{0}' is not an INSEE commune code: expected a département part and a commune number, such as 01001, 2A004 or 97611.",
        "«\u00A0{0}\u00A0» n'est pas un code commune INSEE : on attend une partie département et un numéro de commune, par exemple 01001, 2A004 ou 97611.");

    internal static readonly RuleDefinition CommuneCodeLength = new(
        "commune-code.length", Severity.Error,
        "'{0}' does not have 5 characters: an INSEE commune code has exactly 5.",
        "«\u00A0{0}\u00A0» n'a pas 5 caractères : un code commune INSEE en compte exactement 5.");

    internal static readonly RuleDefinition CommuneCodeLeadingZero = new(
        "commune-code.leading-zero", Severity.Error,
        "'{0}' has 4 digits: the leading zero of the commune code was probably lost (for example by a spreadsheet). It is not added automatically; check the suggestion.",
        "«\u00A0{0}\u00A0» a 4 chiffres : le zéro initial du code commune a sans doute été perdu (par exemple par un tableur). Il n'est pas ajouté automatiquement ; vérifiez la suggestion.");

    internal static readonly RuleDefinition CommuneCodeCorsica = new(
        "commune-code.corsica", Severity.Error,
        "'{0}' starts with 20: since 1976 Corsican commune codes start with 2A (Corse-du-Sud) or 2B (Haute-Corse).",
        "«\u00A0{0}\u00A0» commence par 20 : depuis 1976, les codes des communes corses commencent par 2A (Corse-du-Sud) ou 2B (Haute-Corse).");

    internal static readonly RuleDefinition CommuneCodeForeign = new(
        "commune-code.foreign", Severity.Error,
        "'{0}' starts with 99: INSEE uses 99xxx codes for foreign countries, not for communes.",
        "«\u00A0{0}\u00A0» commence par 99 : l'Insee réserve les codes 99xxx aux pays étrangers, pas aux communes.");

    internal static readonly RuleDefinition CommuneCodeLowercase = new(
        "commune-code.lowercase", Severity.Warning,
        "'{0}' was written in lower case; the commune code was normalised to upper case.",
        "«\u00A0{0}\u00A0» était écrit en minuscules ; le code commune a été mis en majuscules.");

    // ---- postal-code (identifiers.md §11) ----
    internal static readonly RuleDefinition PostalCodeEmpty = new(
        "postal-code.empty", Severity.Error,
        "The postal code is empty.",
        "Le code postal est vide.");

    internal static readonly RuleDefinition PostalCodeFormat = new(
        "postal-code.format", Severity.Error,
        "'{0}' is not a postal code: a postal code is 5 digits and nothing else (CEDEX and the locality belong to another field).",
        "«\u00A0{0}\u00A0» n'est pas un code postal : un code postal compte 5 chiffres et rien d'autre (CEDEX et la localité vont dans un autre champ).");

    internal static readonly RuleDefinition PostalCodeLength = new(
        "postal-code.length", Severity.Error,
        "'{0}' does not have 5 digits: a postal code has exactly 5.",
        "«\u00A0{0}\u00A0» n'a pas 5 chiffres : un code postal en compte exactement 5.");

    internal static readonly RuleDefinition PostalCodeLeadingZero = new(
        "postal-code.leading-zero", Severity.Error,
        "'{0}' has 4 digits: the leading zero of the postal code was probably lost (for example by a spreadsheet). It is not added automatically; check the suggestion.",
        "«\u00A0{0}\u00A0» a 4 chiffres : le zéro initial du code postal a sans doute été perdu (par exemple par un tableur). Il n'est pas ajouté automatiquement ; vérifiez la suggestion.");

    internal static readonly RuleDefinition PostalCodeCorsica = new(
        "postal-code.corsica", Severity.Error,
        "'{0}' contains 2A or 2B, which are INSEE codes: Corsican postal codes start with 20. Was an INSEE commune code entered instead of the postal code?",
        "«\u00A0{0}\u00A0» contient 2A ou 2B, qui sont des codes Insee : les codes postaux corses commencent par 20. Un code commune INSEE a-t-il été saisi à la place du code postal ?");

    // ---- departement-code (identifiers.md §6) ----
    internal static readonly RuleDefinition DepartementCodeEmpty = new(
        "departement-code.empty", Severity.Error,
        "The département code is empty.",
        "Le code département est vide.");

    internal static readonly RuleDefinition DepartementCodeFormat = new(
        "departement-code.format", Severity.Error,
        "'{0}' is not a département code: expected 01 to 95, 2A, 2B, 971, 972, 973, 974 or 976.",
        "«\u00A0{0}\u00A0» n'est pas un code département : on attend 01 à 95, 2A, 2B, 971, 972, 973, 974 ou 976.");

    internal static readonly RuleDefinition DepartementCodeLeadingZero = new(
        "departement-code.leading-zero", Severity.Error,
        "'{0}' has one digit: the leading zero of the département code was probably lost (for example by a spreadsheet). It is not added automatically; check the suggestion.",
        "«\u00A0{0}\u00A0» n'a qu'un chiffre : le zéro initial du code département a sans doute été perdu (par exemple par un tableur). Il n'est pas ajouté automatiquement ; vérifiez la suggestion.");

    internal static readonly RuleDefinition DepartementCodeCorsica = new(
        "departement-code.corsica", Severity.Error,
        "'{0}' is the former département of Corsica: since 1976 Corsica is split into 2A (Corse-du-Sud) and 2B (Haute-Corse).",
        "«\u00A0{0}\u00A0» est l'ancien département de Corse : depuis 1976, la Corse est divisée en 2A (Corse-du-Sud) et 2B (Haute-Corse).");

    internal static readonly RuleDefinition DepartementCodeCollectivity = new(
        "departement-code.collectivity", Severity.Error,
        "'{0}' is the code of an overseas collectivity, not of a département.",
        "«\u00A0{0}\u00A0» est le code d'une collectivité d'outre-mer, pas d'un département.");

    internal static readonly RuleDefinition DepartementCodeUnknown = new(
        "departement-code.unknown", Severity.Error,
        "'{0}' is not one of the 101 département codes.",
        "«\u00A0{0}\u00A0» ne fait pas partie des 101 codes département.");

    internal static readonly RuleDefinition DepartementCodeLowercase = new(
        "departement-code.lowercase", Severity.Warning,
        "'{0}' was written in lower case; the département code was normalised to upper case.",
        "«\u00A0{0}\u00A0» était écrit en minuscules ; le code département a été mis en majuscules.");

    // ---- region-code (identifiers.md §7) ----
    internal static readonly RuleDefinition RegionCodeEmpty = new(
        "region-code.empty", Severity.Error,
        "The région code is empty.",
        "Le code région est vide.");

    internal static readonly RuleDefinition RegionCodeFormat = new(
        "region-code.format", Severity.Error,
        "'{0}' is not a région code: a région code is 2 digits, such as 11 or 84.",
        "«\u00A0{0}\u00A0» n'est pas un code région : un code région compte 2 chiffres, par exemple 11 ou 84.");

    internal static readonly RuleDefinition RegionCodeLeadingZero = new(
        "region-code.leading-zero", Severity.Error,
        "'{0}' has one digit: the leading zero of the région code was probably lost (for example by a spreadsheet). It is not added automatically; check the suggestion.",
        "«\u00A0{0}\u00A0» n'a qu'un chiffre : le zéro initial du code région a sans doute été perdu (par exemple par un tableur). Il n'est pas ajouté automatiquement ; vérifiez la suggestion.");

    internal static readonly RuleDefinition RegionCodeObsolete = new(
        "region-code.obsolete", Severity.Error,
        "'{0}' is the code of a région that was merged on 1 January 2016; the suggestion is the code of the current région.",
        "«\u00A0{0}\u00A0» est le code d'une région fusionnée le 1er janvier 2016 ; la suggestion est le code de la région actuelle.");

    internal static readonly RuleDefinition RegionCodeUnknown = new(
        "region-code.unknown", Severity.Error,
        "'{0}' is not one of the 18 current région codes.",
        "«\u00A0{0}\u00A0» ne fait pas partie des 18 codes région actuels.");

    // ---- epci-code (identifiers.md §8) ----
    internal static readonly RuleDefinition EpciCodeEmpty = new(
        "epci-code.empty", Severity.Error,
        "The EPCI code (SIREN) is empty.",
        "Le code EPCI (SIREN) est vide.");

    internal static readonly RuleDefinition EpciCodeFormat = new(
        "epci-code.format", Severity.Error,
        "'{0}' is not an EPCI code: an EPCI is identified by its SIREN, 9 digits.",
        "«\u00A0{0}\u00A0» n'est pas un code EPCI : un EPCI est identifié par son SIREN, 9 chiffres.");

    internal static readonly RuleDefinition EpciCodeLength = new(
        "epci-code.length", Severity.Error,
        "'{0}' does not have 9 digits: an EPCI code (SIREN) has exactly 9.",
        "«\u00A0{0}\u00A0» n'a pas 9 chiffres : un code EPCI (SIREN) en compte exactement 9.");

    internal static readonly RuleDefinition EpciCodeChecksum = new(
        "epci-code.checksum", Severity.Error,
        "'{0}' fails the Luhn check of a SIREN: a digit is wrong or two digits are swapped.",
        "«\u00A0{0}\u00A0» ne respecte pas la clé de Luhn d'un SIREN : un chiffre est faux ou deux chiffres sont inversés.");

    internal static readonly RuleDefinition EpciCodePlaceholder = new(
        "epci-code.placeholder", Severity.Error,
        "'{0}' is a placeholder (all zeros), not the SIREN of an EPCI.",
        "«\u00A0{0}\u00A0» est une valeur de remplissage (que des zéros), pas le SIREN d'un EPCI.");

    // ---- iris-code (identifiers.md §9) ----
    internal static readonly RuleDefinition IrisCodeEmpty = new(
        "iris-code.empty", Severity.Error,
        "The IRIS code is empty.",
        "Le code IRIS est vide.");

    internal static readonly RuleDefinition IrisCodeFormat = new(
        "iris-code.format", Severity.Error,
        "'{0}' is not an IRIS code: expected a 5-character commune code followed by a 4-digit IRIS number, such as 751010101.",
        "«\u00A0{0}\u00A0» n'est pas un code IRIS : on attend un code commune de 5 caractères suivi d'un numéro d'IRIS de 4 chiffres, par exemple 751010101.");

    internal static readonly RuleDefinition IrisCodeLength = new(
        "iris-code.length", Severity.Error,
        "'{0}' does not have 9 characters: an IRIS code has exactly 9 (the IRIS type H, A, D or Z is a separate field).",
        "«\u00A0{0}\u00A0» n'a pas 9 caractères : un code IRIS en compte exactement 9 (le type d'IRIS H, A, D ou Z est un champ distinct).");

    internal static readonly RuleDefinition IrisCodeLeadingZero = new(
        "iris-code.leading-zero", Severity.Error,
        "'{0}' has 8 digits: the leading zero of the IRIS code was probably lost (for example by a spreadsheet). It is not added automatically; check the suggestion.",
        "«\u00A0{0}\u00A0» a 8 chiffres : le zéro initial du code IRIS a sans doute été perdu (par exemple par un tableur). Il n'est pas ajouté automatiquement ; vérifiez la suggestion.");

    internal static readonly RuleDefinition IrisCodeCorsica = new(
        "iris-code.corsica", Severity.Error,
        "'{0}' starts with 20: since 1976 Corsican commune codes, and so IRIS codes, start with 2A or 2B.",
        "«\u00A0{0}\u00A0» commence par 20 : depuis 1976, les codes des communes corses, et donc des IRIS, commencent par 2A ou 2B.");

    internal static readonly RuleDefinition IrisCodeLowercase = new(
        "iris-code.lowercase", Severity.Warning,
        "'{0}' was written in lower case; the IRIS code was normalised to upper case.",
        "«\u00A0{0}\u00A0» était écrit en minuscules ; le code IRIS a été mis en majuscules.");

    // ---- qpv-code (identifiers.md §10) ----
    internal static readonly RuleDefinition QpvCodeEmpty = new(
        "qpv-code.empty", Severity.Error,
        "The QPV code is empty.",
        "Le code QPV est vide.");

    internal static readonly RuleDefinition QpvCodeFormat = new(
        "qpv-code.format", Severity.Error,
        "'{0}' is not a QPV code: expected QP + département + 3 digits (2015, such as QP093028) or QN + département + 2 digits + N, M or I (2024, such as QN07511M).",
        "«\u00A0{0}\u00A0» n'est pas un code QPV : on attend QP + département + 3 chiffres (2015, par exemple QP093028) ou QN + département + 2 chiffres + N, M ou I (2024, par exemple QN07511M).");

    internal static readonly RuleDefinition QpvCodeLength = new(
        "qpv-code.length", Severity.Error,
        "'{0}' does not have 8 characters: a QPV code has exactly 8.",
        "«\u00A0{0}\u00A0» n'a pas 8 caractères : un code QPV en compte exactement 8.");

    internal static readonly RuleDefinition QpvCodeLetter = new(
        "qpv-code.letter", Severity.Error,
        "'{0}' ends with an unknown letter: a 2024 QPV code ends with N (new), M (modified contour) or I (unchanged contour).",
        "«\u00A0{0}\u00A0» se termine par une lettre inconnue : un code QPV 2024 se termine par N (nouveau), M (contour modifié) ou I (contour inchangé).");

    internal static readonly RuleDefinition QpvCodeLowercase = new(
        "qpv-code.lowercase", Severity.Warning,
        "'{0}' was written in lower case; the QPV code was normalised to upper case.",
        "«\u00A0{0}\u00A0» était écrit en minuscules ; le code QPV a été mis en majuscules.");

    // ---- siren (identifiers.md §1) ----
    internal static readonly RuleDefinition SirenEmpty = new(
        "siren.empty", Severity.Error,
        "The SIREN is empty.",
        "Le SIREN est vide.");

    internal static readonly RuleDefinition SirenFormat = new(
        "siren.format", Severity.Error,
        "'{0}' is not a SIREN: a SIREN is made of 9 digits.",
        "«\u00A0{0}\u00A0» n'est pas un SIREN : un SIREN se compose de 9 chiffres.");

    internal static readonly RuleDefinition SirenLength = new(
        "siren.length", Severity.Error,
        "'{0}' does not have 9 digits: a SIREN has exactly 9 (a SIRET has 14 and starts with the SIREN).",
        "«\u00A0{0}\u00A0» n'a pas 9 chiffres : un SIREN en compte exactement 9 (un SIRET en compte 14 et commence par le SIREN).");

    internal static readonly RuleDefinition SirenChecksum = new(
        "siren.checksum", Severity.Error,
        "'{0}' fails the Luhn check of a SIREN: a digit is wrong or two digits are swapped.",
        "«\u00A0{0}\u00A0» ne respecte pas la clé de Luhn du SIREN : un chiffre est faux ou deux chiffres sont inversés.");

    internal static readonly RuleDefinition SirenPlaceholder = new(
        "siren.placeholder", Severity.Error,
        "'{0}' is a placeholder (all zeros): it passes the Luhn check but is not a SIREN.",
        "«\u00A0{0}\u00A0» est une valeur de remplissage (que des zéros) : elle respecte la clé de Luhn mais n'est pas un SIREN.");

    // ---- siret (identifiers.md §2) ----
    internal static readonly RuleDefinition SiretEmpty = new(
        "siret.empty", Severity.Error,
        "The SIRET is empty.",
        "Le SIRET est vide.");

    internal static readonly RuleDefinition SiretFormat = new(
        "siret.format", Severity.Error,
        "'{0}' is not a SIRET: a SIRET is made of 14 digits.",
        "«\u00A0{0}\u00A0» n'est pas un SIRET : un SIRET se compose de 14 chiffres.");

    internal static readonly RuleDefinition SiretLength = new(
        "siret.length", Severity.Error,
        "'{0}' does not have 14 digits: a SIRET has exactly 14 (SIREN 9 + NIC 5).",
        "«\u00A0{0}\u00A0» n'a pas 14 chiffres : un SIRET en compte exactement 14 (SIREN 9 + NIC 5).");

    internal static readonly RuleDefinition SiretChecksum = new(
        "siret.checksum", Severity.Error,
        "'{0}' fails the Luhn check of a SIRET: a digit is wrong or two digits are swapped.",
        "«\u00A0{0}\u00A0» ne respecte pas la clé de Luhn du SIRET : un chiffre est faux ou deux chiffres sont inversés.");

    internal static readonly RuleDefinition SiretSirenChecksum = new(
        "siret.siren-checksum", Severity.Error,
        "'{0}' passes the Luhn check on 14 digits but its first 9 digits are not a valid SIREN.",
        "«\u00A0{0}\u00A0» respecte la clé de Luhn sur 14 chiffres, mais ses 9 premiers chiffres ne forment pas un SIREN valide.");

    internal static readonly RuleDefinition SiretLaPosteChecksum = new(
        "siret.la-poste-checksum", Severity.Error,
        "'{0}' is a La Poste establishment (SIREN 356000000): its 14 digits must add up to a multiple of 5.",
        "«\u00A0{0}\u00A0» est un établissement de La Poste (SIREN 356000000) : la somme de ses 14 chiffres doit être un multiple de 5.");

    internal static readonly RuleDefinition SiretPlaceholder = new(
        "siret.placeholder", Severity.Error,
        "'{0}' is a placeholder (all zeros): it passes the Luhn check but is not a SIRET.",
        "«\u00A0{0}\u00A0» est une valeur de remplissage (que des zéros) : elle respecte la clé de Luhn mais n'est pas un SIRET.");

    internal static readonly RuleDefinition SiretForeign = new(
        "siret.foreign", Severity.Error,
        "'{0}' is a foreign (Monaco) registration code, not a SIRET.",
        "«\u00A0{0}\u00A0» est un identifiant étranger (Monaco), pas un SIRET.");

    // ---- rna (identifiers.md §3) ----
    internal static readonly RuleDefinition RnaEmpty = new(
        "rna.empty", Severity.Error,
        "The RNA number is empty.",
        "Le numéro RNA est vide.");

    internal static readonly RuleDefinition RnaFormat = new(
        "rna.format", Severity.Error,
        "'{0}' is not an RNA number: expected the letter W followed by 9 digits (or upper-case letters), such as W931012663.",
        "«\u00A0{0}\u00A0» n'est pas un numéro RNA : on attend la lettre W suivie de 9 chiffres (ou lettres majuscules), par exemple W931012663.");

    internal static readonly RuleDefinition RnaLength = new(
        "rna.length", Severity.Error,
        "'{0}' does not have 9 characters after the W: an RNA number has exactly 10 characters.",
        "«\u00A0{0}\u00A0» n'a pas 9 caractères après le W : un numéro RNA en compte exactement 10.");

    internal static readonly RuleDefinition RnaLowercase = new(
        "rna.lowercase", Severity.Warning,
        "'{0}' was written in lower case; the RNA number was normalised to upper case.",
        "«\u00A0{0}\u00A0» était écrit en minuscules ; le numéro RNA a été mis en majuscules.");

    internal static readonly RuleDefinition RnaLetters = new(
        "rna.letters", Severity.Warning,
        "'{0}' has letters after the W: the official form is W followed by 9 digits, but some registered numbers (Guyane) contain letters; check it.",
        "«\u00A0{0}\u00A0» contient des lettres après le W : la forme officielle est W suivi de 9 chiffres, mais certains numéros (Guyane) contiennent des lettres ; vérifiez-le.");

    // ---- ridet (identifiers.md §4) ----
    internal static readonly RuleDefinition RidetEmpty = new(
        "ridet.empty", Severity.Error,
        "The RIDET is empty.",
        "Le RIDET est vide.");

    internal static readonly RuleDefinition RidetFormat = new(
        "ridet.format", Severity.Error,
        "'{0}' is not a RIDET: a RIDET is 10 digits, the 7-digit RID followed by the 3-digit establishment rank.",
        "«\u00A0{0}\u00A0» n'est pas un RIDET : un RIDET compte 10 chiffres, le RID de 7 chiffres suivi du rang d'établissement de 3 chiffres.");

    internal static readonly RuleDefinition RidetLength = new(
        "ridet.length", Severity.Error,
        "'{0}' does not have 10 digits: a RIDET has exactly 10 (a 7-digit RID alone identifies the enterprise, not the establishment).",
        "«\u00A0{0}\u00A0» n'a pas 10 chiffres : un RIDET en compte exactement 10 (un RID de 7 chiffres seul identifie l'entreprise, pas l'établissement).");

    internal static readonly RuleDefinition RidetAmbiguous = new(
        "ridet.ambiguous", Severity.Error,
        "'{0}' has 9 digits: it may be a RIDET whose leading zero was lost, or a N° TAHITI (French Polynesia); it is not padded automatically.",
        "«\u00A0{0}\u00A0» a 9 chiffres : ce peut être un RIDET dont le zéro initial a été perdu, ou un N° TAHITI (Polynésie française) ; il n'est pas complété automatiquement.");

    internal static readonly RuleDefinition RidetLowercase = new(
        "ridet.lowercase", Severity.Warning,
        "'{0}' was written in lower case; the NC…XX form was normalised to upper case.",
        "«\u00A0{0}\u00A0» était écrit en minuscules ; la forme NC…XX a été mise en majuscules.");
}

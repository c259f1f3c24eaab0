using static Inclusion.Sdk.Places.PlacesRules;

namespace Inclusion.Sdk.Places;

/// <summary>
/// v0.1.1 → v1.0.2 value map of the enumerations (docs/integrators.md, "Migrating a v0.1.1 file"). The column map is the
/// standard's `descriptif-des-evolutions`; no official value-level map exists: this one follows the shared domain notes
/// (standards.md §1.7), which take conditions_acces from the ANCT library's data·inclusion map.
/// </summary>
internal static class PlacesMigration
{
    /// <summary>v0 field → (v0 label before " :" or " (" → (v1 field, v1 value)); a null target means no equivalent.</summary>
    private static readonly Dictionary<string, Dictionary<string, (string Field, string Value)?>> Map = new(StringComparer.Ordinal)
    {
        ["services"] = new(StringComparer.Ordinal)
        {
            ["Devenir autonome dans les démarches administratives"] = ("services", "Aide aux démarches administratives"),
            ["Réaliser des démarches administratives avec un accompagnement"] = ("services", "Aide aux démarches administratives"),
            ["Accompagner les démarches de santé"] = ("services", "Aide aux démarches administratives"),
            ["Prendre en main un smartphone ou une tablette"] = ("services", "Maîtrise des outils numériques du quotidien"),
            ["Prendre en main un ordinateur"] = ("services", "Maîtrise des outils numériques du quotidien"),
            ["Utiliser le numérique au quotidien"] = ("services", "Maîtrise des outils numériques du quotidien"),
            ["Approfondir ma culture numérique"] = ("services", "Compréhension du monde numérique"),
            ["Promouvoir la citoyenneté numérique"] = ("services", "Compréhension du monde numérique"),
            ["Favoriser mon insertion professionnelle"] = ("services", "Insertion professionnelle via le numérique"),
            ["Créer et développer mon entreprise"] = ("services", "Insertion professionnelle via le numérique"),
            ["Accéder à une connexion internet"] = ("services", "Accès internet et matériel informatique"),
            ["Accéder à du matériel"] = ("services", "Accès internet et matériel informatique"),
            ["S'équiper en matériel informatique"] = ("services", "Acquisition de matériel informatique à prix solidaire"),
            ["Créer avec le numérique"] = ("services", "Loisirs et créations numériques"),
            ["Soutenir la parentalité et l'éducation avec le numérique"] = ("services", "Parentalité et éducation avec le numérique"),
        },
        ["publics_accueillis"] = new(StringComparer.Ordinal)
        {
            ["Seniors"] = ("publics_specifiquement_adresses", "Seniors"),
            ["Familles/enfants"] = ("publics_specifiquement_adresses", "Familles et/ou enfants"),
            ["Jeunes"] = ("publics_specifiquement_adresses", "Jeunes"),
            ["Uniquement femmes"] = ("publics_specifiquement_adresses", "Femmes"),
            ["Déficience visuelle"] = ("prise_en_charge_specifique", "Déficience visuelle"),
            ["Surdité"] = ("prise_en_charge_specifique", "Surdité"),
            ["Handicaps mentaux"] = ("prise_en_charge_specifique", "Handicaps mentaux"),
            ["Personnes en situation d'illettrisme"] = ("prise_en_charge_specifique", "Illettrisme"),
            ["Public langues étrangères"] = ("prise_en_charge_specifique", "Langues étrangères (autres)"),
            ["Adultes"] = null,
            ["Handicaps psychiques"] = null,
        },
        ["conditions_acces"] = new(StringComparer.Ordinal)
        {
            ["Gratuit"] = ("frais_a_charge", "Gratuit"),
            ["Gratuit sous condition"] = ("frais_a_charge", "Gratuit sous condition"),
            ["Payant"] = ("frais_a_charge", "Payant"),
            ["Adhésion"] = ("frais_a_charge", "Payant"),
            ["Accepte le Pass numérique"] = ("frais_a_charge", "Gratuit sous condition"),
        },
        ["labels_nationaux"] = new(StringComparer.Ordinal)
        {
            ["France Services"] = ("dispositif_programmes_nationaux", "France Services"),
            ["CNFS"] = ("dispositif_programmes_nationaux", "Conseillers numériques"),
            ["Aidants Connect"] = ("dispositif_programmes_nationaux", "Aidants Connect"),
            ["Grandes écoles du numérique"] = ("dispositif_programmes_nationaux", "Grande école du numérique"),
            ["Point relais CAF"] = ("dispositif_programmes_nationaux", "Point d'accès numérique CAF"),
            ["Point numérique CAF"] = ("dispositif_programmes_nationaux", "Point d'accès numérique CAF"),
            ["Fabriques de Territoire"] = ("formations_labels", "Fabriques de Territoire"),
            ["APTIC"] = ("autres_formations_labels", "APTIC"),
            ["Relais pôle emploi"] = ("autres_formations_labels", "Relais pôle emploi"),
            ["French Tech"] = ("autres_formations_labels", "French Tech"),
            ["Campus connecté"] = ("autres_formations_labels", "Campus connecté"),
        },
        ["modalites_accompagnement"] = new(StringComparer.Ordinal)
        {
            ["Seul"] = ("modalites_accompagnement", "En autonomie"),
            ["Avec de l'aide"] = ("modalites_accompagnement", "Accompagnement individuel"),
            ["Dans un atelier"] = ("modalites_accompagnement", "Dans un atelier collectif"),
            ["A ma place"] = null,
        },
    };

    /// <summary>The v1 fields a migration writes, in schema order.</summary>
    private static readonly string[] Targets =
        ["services", "publics_specifiquement_adresses", "prise_en_charge_specifique", "frais_a_charge", "dispositif_programmes_nationaux", "formations_labels", "modalites_accompagnement"];

    /// <summary>The short key of a v0 label: the text before " : " or " (".</summary>
    internal static string KeyOf(string label)
    {
        var colon = label.IndexOf(" :", StringComparison.Ordinal);
        var paren = label.IndexOf(" (", StringComparison.Ordinal);
        var cut = colon > 0 && (paren < 0 || colon < paren) ? colon : paren;
        return cut > 0 ? label[..cut] : label;
    }

    /// <summary>Maps a checked v0 row to v1 values; when <paramref name="write"/>, writes the v1 output and records every change.</summary>
    internal static Dictionary<string, List<string>> Migrate(PlaceRowValidator.RowContext row, bool write)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var others = new List<string>();
        foreach (var (v0Field, map) in Map)
        {
            foreach (var value in row.ListOf(v0Field))
            {
                if (!row.IsAllowed(v0Field, value))
                {
                    continue; // already reported as places.<field>.enum
                }

                if (map.TryGetValue(KeyOf(value), out var target) && target is { } t)
                {
                    if (t.Field == "autres_formations_labels")
                    {
                        others.Add(t.Value);
                        continue;
                    }

                    var list = result.TryGetValue(t.Field, out var l) ? l : result[t.Field] = [];
                    if (!list.Contains(t.Value))
                    {
                        list.Add(t.Value);
                    }
                }
                else if (write)
                {
                    row.AddFor(v0Field, MigrationNoTarget.Issue(value, extra: [v0Field, "; it is dropped", "; elle est abandonnée"]));
                }
            }
        }

        if (write)
        {
            foreach (var field in Targets)
            {
                if (result.TryGetValue(field, out var values))
                {
                    row.SetMigrated(field, string.Join('|', values), "v0.1.1");
                }
            }

            var labelsAutres = row.ValueOf("labels_autres").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var free = string.Join('|', others.Concat(labelsAutres));
            row.SetMigrated("autres_formations_labels", free, "v0.1.1");
        }

        return result;
    }
}

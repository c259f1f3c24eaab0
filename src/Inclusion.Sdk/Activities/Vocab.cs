namespace Inclusion.Sdk.Activities;

/// <summary>API values and labels of the activity vocabularies, indexed by enum value. Source: La Coop de la médiation
/// numérique @ 46aa33b, <c>features/activites/use-cases/cra/fields/*.ts</c> and <c>features/beneficiaire/domain/*.ts</c>
/// (indicators.md §7.1–7.5).</summary>
internal static class Vocab
{
    internal static readonly (string Api, string Label)[] ActivityTypes =
        [("individuel", "Accompagnement individuel"), ("collectif", "Atelier collectif")];

    internal static readonly (string Api, string Label)[] PlaceTypes =
        [("lieu_activite", "Lieu d'activité"), ("domicile", "À domicile"), ("a_distance", "À distance"), ("autre", "Autre lieu")];

    internal static readonly (string Api, string Label)[] Equipments =
        [("ordinateur", "Ordinateur"), ("telephone", "Téléphone"), ("tablette", "Tablette"), ("autre", "Autre matériel"), ("aucun", "Pas de matériel")];

    internal static readonly (string Api, string Label)[] Autonomies =
        [("entierement_accompagne", "Avec guidage"), ("partiellement_autonome", "Autonome avec guidage en cas de besoin"), ("autonome", "Autonome")];

    internal static readonly (string Api, string Label)[] Redirections =
    [
        ("administration", "Administration"), ("mediation_numerique", "Médiation numérique"),
        ("operateur_ou_organisme_en_charge", "Opérateur ou organisme en charge"), ("aide_sociale", "Aide sociale"),
        ("insertion_professionnelle", "Insertion professionnelle"),
        ("aide_aux_demarches_administratives", "Aide aux démarches administratives"), ("autre", "Autre"),
    ];

    internal static readonly (string Api, string Label)[] Genres =
        [("non_communique", "Non communiqué"), ("masculin", "Masculin"), ("feminin", "Féminin")];

    internal static readonly (string Api, string Label)[] SocialStatuses =
    [
        ("non_communique", "Non communiqué ou hétérogène"), ("scolarise", "Scolarisé"), ("sans_emploi", "Sans emploi"),
        ("en_emploi", "En emploi"), ("retraite", "Retraité"),
    ];

    internal static readonly (string Api, string Label)[] AgeBrackets =
    [
        ("non_communique", "Non communiqué"), ("moins_de_douze", "Moins de 12 ans"), ("douze_dix_huit", "12 - 17 ans"),
        ("dix_huit_vingt_quatre", "18 - 24 ans"), ("vingt_cinq_trente_neuf", "25 - 39 ans"),
        ("quarante_cinquante_neuf", "40 - 59 ans"), ("soixante_soixante_neuf", "60 - 69 ans"), ("soixante_dix_plus", "70 ans et plus"),
    ];

    internal static readonly (string Api, string Label)[] DurationBuckets =
        [("moins_de_30_min", "Moins de 30 min"), ("30_min_a_1_h", "30min à 1 h"), ("1_h_a_2_h", "1 h à 2 h"), ("2_h_et_plus", "2 h et plus")];

    internal static readonly (string Api, string Label)[] Thematiques =
    [
        ("diagnostic_numerique", "Diagnostic numérique"), ("prendre_en_main_du_materiel", "Prendre en main du matériel"),
        ("maintenance_de_materiel", "Maintenance de matériel"), ("gere_ses_contenus_numeriques", "Gérer ses contenus numériques"),
        ("navigation_sur_internet", "Navigation sur internet"), ("email", "E-mail"), ("bureautique", "Bureautique"),
        ("reseaux_sociaux", "Réseaux sociaux communication"), ("sante", "Santé"),
        ("banque_et_achats_en_ligne", "Banque et achats en ligne"), ("entrepreneuriat", "Accompagner un professionnel"),
        ("insertion_professionnelle", "Insertion professionnelle"), ("securite_numerique", "Prévention en sécurité numérique"),
        ("parentalite", "Parentalité"), ("scolarite_et_numerique", "Scolarité et numérique"),
        ("creer_avec_le_numerique", "Créer avec le numérique"), ("culture_numerique", "Culture numérique"),
        ("intelligence_artificielle", "Intelligence artificielle (IA)"),
        ("aide_aux_demarches_administratives", "Aide aux démarches administratives"),
        ("papiers_elections_citoyennete", "Papiers - Élections - Citoyenneté"), ("famille_scolarite", "Famille - Scolarité"),
        ("social_sante", "Social - Santé"), ("travail_formation", "Travail - Formation - Entreprise"), ("logement", "Logement"),
        ("transports_mobilite", "Transports - Mobilité"), ("argent_impots", "Argent - Impôts"), ("justice", "Justice"),
        ("etrangers_europe", "Étrangers - Europe"), ("loisirs_sports_culture", "Loisirs - Sports - Culture"),
        ("associations", "Associations"),
    ];

    internal const int FirstAdministrative = (int)Thematique.PapiersElectionsCitoyennete;

    internal static int Find((string Api, string Label)[] table, ReadOnlySpan<char> value)
    {
        value = value.Trim();
        for (var i = 0; i < table.Length; i++)
        {
            if (value.Equals(table[i].Api, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    internal static string[] Allowed((string Api, string Label)[] table) => Array.ConvertAll(table, t => t.Api);
}

namespace Inclusion.Sdk.Activities;

/// <summary>The 30 thématiques of the national activity report: 19 of digital mediation then 11 administrative ones
/// (<see cref="ActivityVocabulary.IsAdministrative"/>), allowed only together with
/// <see cref="AideAuxDemarchesAdministratives"/>. Labels: <see cref="ActivityVocabulary.Label(Thematique)"/>.</summary>
public enum Thematique
{
    /// <summary><c>diagnostic_numerique</c>.</summary>
    DiagnosticNumerique = 0,

    /// <summary><c>prendre_en_main_du_materiel</c>.</summary>
    PrendreEnMainDuMateriel,

    /// <summary><c>maintenance_de_materiel</c>.</summary>
    MaintenanceDeMateriel,

    /// <summary><c>gere_ses_contenus_numeriques</c>.</summary>
    GereSesContenusNumeriques,

    /// <summary><c>navigation_sur_internet</c>.</summary>
    NavigationSurInternet,

    /// <summary><c>email</c>.</summary>
    Email,

    /// <summary><c>bureautique</c>.</summary>
    Bureautique,

    /// <summary><c>reseaux_sociaux</c>.</summary>
    ReseauxSociaux,

    /// <summary><c>sante</c>.</summary>
    Sante,

    /// <summary><c>banque_et_achats_en_ligne</c>.</summary>
    BanqueEtAchatsEnLigne,

    /// <summary><c>entrepreneuriat</c>.</summary>
    Entrepreneuriat,

    /// <summary><c>insertion_professionnelle</c>.</summary>
    InsertionProfessionnelle,

    /// <summary><c>securite_numerique</c>.</summary>
    SecuriteNumerique,

    /// <summary><c>parentalite</c>.</summary>
    Parentalite,

    /// <summary><c>scolarite_et_numerique</c>.</summary>
    ScolariteEtNumerique,

    /// <summary><c>creer_avec_le_numerique</c>.</summary>
    CreerAvecLeNumerique,

    /// <summary><c>culture_numerique</c>.</summary>
    CultureNumerique,

    /// <summary><c>intelligence_artificielle</c>.</summary>
    IntelligenceArtificielle,

    /// <summary><c>aide_aux_demarches_administratives</c>.</summary>
    AideAuxDemarchesAdministratives,

    /// <summary><c>papiers_elections_citoyennete</c> (administrative).</summary>
    PapiersElectionsCitoyennete,

    /// <summary><c>famille_scolarite</c> (administrative).</summary>
    FamilleScolarite,

    /// <summary><c>social_sante</c> (administrative).</summary>
    SocialSante,

    /// <summary><c>travail_formation</c> (administrative).</summary>
    TravailFormation,

    /// <summary><c>logement</c> (administrative).</summary>
    Logement,

    /// <summary><c>transports_mobilite</c> (administrative).</summary>
    TransportsMobilite,

    /// <summary><c>argent_impots</c> (administrative).</summary>
    ArgentImpots,

    /// <summary><c>justice</c> (administrative).</summary>
    Justice,

    /// <summary><c>etrangers_europe</c> (administrative).</summary>
    EtrangersEurope,

    /// <summary><c>loisirs_sports_culture</c> (administrative).</summary>
    LoisirsSportsCulture,

    /// <summary><c>associations</c> (administrative).</summary>
    Associations,
}

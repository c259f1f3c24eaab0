namespace Inclusion.Sdk.Activities;

/// <summary>The kind of structure an individual beneficiary was redirected to (field <c>structureDeRedirection</c>).</summary>
public enum Redirection
{
    /// <summary><c>administration</c> — "Administration".</summary>
    Administration = 0,

    /// <summary><c>mediation_numerique</c> — "Médiation numérique".</summary>
    MediationNumerique = 1,

    /// <summary><c>operateur_ou_organisme_en_charge</c> — "Opérateur ou organisme en charge".</summary>
    OperateurOuOrganismeEnCharge = 2,

    /// <summary><c>aide_sociale</c> — "Aide sociale".</summary>
    AideSociale = 3,

    /// <summary><c>insertion_professionnelle</c> — "Insertion professionnelle".</summary>
    InsertionProfessionnelle = 4,

    /// <summary><c>aide_aux_demarches_administratives</c> — "Aide aux démarches administratives".</summary>
    AideAuxDemarchesAdministratives = 5,

    /// <summary><c>autre</c> — "Autre".</summary>
    Autre = 6,
}

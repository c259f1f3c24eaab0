namespace Inclusion.Sdk.Activities;

/// <summary>A beneficiary's social status (field <c>statutSocial</c>); "non communiqué" is a real category.</summary>
public enum SocialStatus
{
    /// <summary><c>non_communique</c> — "Non communiqué ou hétérogène".</summary>
    NonCommunique = 0,

    /// <summary><c>scolarise</c> — "Scolarisé".</summary>
    Scolarise = 1,

    /// <summary><c>sans_emploi</c> — "Sans emploi".</summary>
    SansEmploi = 2,

    /// <summary><c>en_emploi</c> — "En emploi".</summary>
    EnEmploi = 3,

    /// <summary><c>retraite</c> — "Retraité".</summary>
    Retraite = 4,
}

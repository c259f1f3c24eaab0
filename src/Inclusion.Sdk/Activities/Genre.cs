namespace Inclusion.Sdk.Activities;

/// <summary>A beneficiary's genre (field <c>genre</c>); "non communiqué" is a real category.</summary>
public enum Genre
{
    /// <summary><c>non_communique</c> — "Non communiqué".</summary>
    NonCommunique = 0,

    /// <summary><c>masculin</c> — "Masculin".</summary>
    Masculin = 1,

    /// <summary><c>feminin</c> — "Féminin".</summary>
    Feminin = 2,
}

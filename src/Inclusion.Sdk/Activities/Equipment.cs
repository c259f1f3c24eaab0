namespace Inclusion.Sdk.Activities;

/// <summary>Equipment used during an activity (field <c>materiel</c>, several values allowed).</summary>
public enum Equipment
{
    /// <summary><c>ordinateur</c> — "Ordinateur".</summary>
    Ordinateur = 0,

    /// <summary><c>telephone</c> — "Téléphone".</summary>
    Telephone = 1,

    /// <summary><c>tablette</c> — "Tablette".</summary>
    Tablette = 2,

    /// <summary><c>autre</c> — "Autre matériel".</summary>
    Autre = 3,

    /// <summary><c>aucun</c> — "Pas de matériel".</summary>
    Aucun = 4,
}

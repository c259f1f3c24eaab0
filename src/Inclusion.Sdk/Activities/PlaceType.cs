namespace Inclusion.Sdk.Activities;

/// <summary>Where a mediation activity took place (field <c>typeLieu</c>).</summary>
public enum PlaceType
{
    /// <summary><c>lieu_activite</c> — "Lieu d'activité" (the mediator's structure).</summary>
    LieuActivite = 0,

    /// <summary><c>domicile</c> — "À domicile".</summary>
    Domicile = 1,

    /// <summary><c>a_distance</c> — "À distance".</summary>
    ADistance = 2,

    /// <summary><c>autre</c> — "Autre lieu".</summary>
    Autre = 3,
}

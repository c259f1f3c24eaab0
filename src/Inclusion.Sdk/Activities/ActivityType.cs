namespace Inclusion.Sdk.Activities;

/// <summary>The kind of a mediation activity (national activity report "CRA v2", field <c>type</c>).</summary>
public enum ActivityType
{
    /// <summary><c>individuel</c> — "Accompagnement individuel": one beneficiary, one accompaniment.</summary>
    Individuel = 0,

    /// <summary><c>collectif</c> — "Atelier collectif": one accompaniment per participant.</summary>
    Collectif = 1,
}

namespace Inclusion.Sdk.Activities;

/// <summary>The kind of a legacy v1 report (Conseillers numériques France Services, 2021–2024, field <c>Activite</c>).</summary>
public enum LegacyActivityKind
{
    /// <summary><c>individuel</c>.</summary>
    Individuel = 0,

    /// <summary><c>collectif</c>.</summary>
    Collectif = 1,

    /// <summary><c>ponctuel</c>.</summary>
    Ponctuel = 2,
}

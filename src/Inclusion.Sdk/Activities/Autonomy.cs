namespace Inclusion.Sdk.Activities;

/// <summary>The beneficiary's autonomy during an individual activity (field <c>autonomie</c>).</summary>
public enum Autonomy
{
    /// <summary><c>entierement_accompagne</c> — "Avec guidage".</summary>
    EntierementAccompagne = 0,

    /// <summary><c>partiellement_autonome</c> — "Autonome avec guidage en cas de besoin".</summary>
    PartiellementAutonome = 1,

    /// <summary><c>autonome</c> — "Autonome".</summary>
    Autonome = 2,
}

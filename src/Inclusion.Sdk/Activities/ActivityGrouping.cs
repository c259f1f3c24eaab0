namespace Inclusion.Sdk.Activities;

/// <summary>How <see cref="ActivityStatistics.ComputeBy"/> groups activities.</summary>
public enum ActivityGrouping
{
    /// <summary>By département, from the commune INSEE code (2A/2B and overseas included).</summary>
    Departement = 0,

    /// <summary>By commune INSEE code.</summary>
    Commune = 1,

    /// <summary>By calendar month of the activity date.</summary>
    Month = 2,
}

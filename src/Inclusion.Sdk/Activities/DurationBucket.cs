namespace Inclusion.Sdk.Activities;

/// <summary>The duration buckets of the national statistics, in minutes.</summary>
public enum DurationBucket
{
    /// <summary>[0, 30) — "Moins de 30 min".</summary>
    MoinsDe30 = 0,

    /// <summary>[30, 60) — "30min à 1 h".</summary>
    De30A60 = 1,

    /// <summary>[60, 120) — "1 h à 2 h".</summary>
    De60A120 = 2,

    /// <summary>[120, ∞) — "2 h et plus".</summary>
    PlusDe120 = 3,
}

namespace Inclusion.Sdk.Surveys;

/// <summary>
/// The overall level of the Eurostat Digital Skills Indicator 2.0 (<c>indic_is</c> codes <c>I_DSK2_*</c>), with n the
/// number of areas at basic or above. The seven values partition the population aged 16–74.
/// </summary>
public enum DsiOverallLevel
{
    /// <summary><c>I_DSK2_NA</c>: could not be assessed — no internet use in the last 3 months; stays in the denominator.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("not-assessed")]
    NotAssessed = 0,

    /// <summary><c>I_DSK2_X</c>: no overall digital skills — an internet user with n ≤ 1.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("no-skills")]
    NoSkills = 1,

    /// <summary><c>I_DSK2_LM</c>: limited — n = 2.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("limited")]
    Limited = 2,

    /// <summary><c>I_DSK2_N</c>: narrow — n = 3.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("narrow")]
    Narrow = 3,

    /// <summary><c>I_DSK2_LW</c>: low — n = 4.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("low")]
    Low = 4,

    /// <summary><c>I_DSK2_B</c>: basic — n = 5, not every area above basic.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("basic")]
    Basic = 5,

    /// <summary><c>I_DSK2_AB</c>: above basic — every area above basic.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("above-basic")]
    AboveBasic = 6,
}

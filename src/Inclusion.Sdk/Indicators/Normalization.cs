namespace Inclusion.Sdk.Indicators;

/// <summary>How a raw indicator becomes a score, computed over the rows of the input table.</summary>
public enum Normalization
{
    /// <summary>The raw value, unchanged.</summary>
    None = 0,

    /// <summary><c>100 × x / reference</c> (IFN v1, 2019): 100 = the reference territory; missing when the reference
    /// is 0 or missing. The reference is the population-weighted mean of the rows, or the indicator's fixed
    /// reference value.</summary>
    RatioToReference = 1,

    /// <summary><c>(x − mean) / standard deviation</c> over the rows (population standard deviation; 0 when all values
    /// are equal).</summary>
    ZScore = 2,

    /// <summary><c>(x − min) / (max − min)</c> over the rows, in [0, 1] (0 when all values are equal).</summary>
    MinMax = 3,

    /// <summary>Decile rank on a 1–10 scale: <c>ceil(10 × (number of rows with a value ≤ x) / number of rows with a
    /// value)</c>, so ties share the upper decile and the largest value scores 10. Our reconstruction of the IFN v3
    /// scale (unpublished method, see <see cref="IndexDefinition.Ifn2023"/>).</summary>
    DecileRank = 4,
}

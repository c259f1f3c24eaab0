using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Skills;

/// <summary>
/// The Pix scoring rule (<c>1024pix/pix: api/src/evaluation/domain/services/scoring/scoring-service.js</c>): competence
/// pix = floor(earned), capped at the maximum reachable level × 8; level = floor(earned ÷ 8) computed on the unfloored,
/// uncapped sum, capped at the maximum reachable level; global score = Σ capped competence pix (1,024 at most: 16
/// competences × 8 levels × 8 pix).
/// </summary>
/// <remarks>
/// <para><b>How the pix values are summed.</b> Pix adds the pix values of the validated skills as JavaScript numbers
/// (<c>_(knowledgeElements).sumBy('earnedPix')</c>: IEEE-754 doubles, left to right) and floors the result.
/// <see cref="ScoreValidatedSkills"/> and <see cref="SumPixValues"/> do exactly that, so seven skills of 8/7 pix give
/// 7.999999999999998 → 7 pix, level 0, as at Pix. <see cref="ScoreCompetence"/> takes a sum already made: an exact
/// (decimal) sum of the same values is 8 → 8 pix, level 1, which Pix never shows; pass it the double sum, or the
/// values to <see cref="ScoreValidatedSkills"/>.</para>
/// <para>
/// Examples (indicators.md §10 row 11, maximum reachable level 5): earned 39.9 → 39 pix, level 4, 7 ahead; 43.7 → 40
/// pix, level 5; 15.9 → 15 pix, level 1. The maximum reachable level is configuration at Pix (5 by default in its
/// code). This class is stateless and thread-safe.</para>
/// </remarks>
public static class PixScoring
{
    /// <summary>Pix per level: 8.</summary>
    public const int PixPerLevel = 8;

    /// <summary>The number of CRCN competences scored: 16.</summary>
    public const int CompetenceCount = 16;

    /// <summary>Pix's default maximum reachable level: 5.</summary>
    public const int DefaultMaxReachableLevel = 5;

    /// <summary>Scores one competence from the sum of its pix values, already made.</summary>
    /// <param name="earnedPix">The sum of the pix values of the validated skills, zero or more, summed as Pix sums them
    /// (<see cref="SumPixValues"/>); with the values themselves, use <see cref="ScoreValidatedSkills"/>.</param>
    /// <param name="maxReachableLevel">The maximum reachable level, 1 to 8.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public static PixCompetenceScore ScoreCompetence(decimal earnedPix, int maxReachableLevel = DefaultMaxReachableLevel)
    {
        Preconditions.CheckArgumentRange(nameof(earnedPix), earnedPix, 0m, decimal.MaxValue);
        Preconditions.CheckArgumentRange(nameof(maxReachableLevel), maxReachableLevel, 1, 8);
        var cap = maxReachableLevel * PixPerLevel;
        var pix = (int)Math.Min(Math.Floor(earnedPix), cap);
        var level = (int)Math.Min(Math.Floor(earnedPix / PixPerLevel), maxReachableLevel);
        return new PixCompetenceScore(pix, level);
    }

    /// <summary>The sum of the pix values of validated skills as Pix makes it: IEEE-754 double additions, left to right
    /// (lodash <c>sumBy</c>), without rounding.</summary>
    /// <param name="pixValues">The pix value of each validated skill, finite and zero or more, in Pix's order.</param>
    /// <returns>The sum (0 for no skill).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite.</exception>
    public static double SumPixValues(ReadOnlySpan<double> pixValues)
    {
        var total = 0.0;
        foreach (var value in pixValues)
        {
            if (!(value >= 0) || double.IsInfinity(value))
            {
                throw new ArgumentOutOfRangeException(nameof(pixValues), value, "Expected finite pix values, zero or more.");
            }

            total += value;
        }

        return total;
    }

    /// <summary>Scores one competence from the pix values of its validated skills, summed as Pix sums them
    /// (<see cref="SumPixValues"/>): pix = floor(sum) capped at the maximum reachable level × 8; level = floor(sum ÷ 8)
    /// capped at the maximum reachable level.</summary>
    /// <param name="pixValues">The pix value of each validated skill, finite and zero or more.</param>
    /// <param name="maxReachableLevel">The maximum reachable level, 1 to 8.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative or not finite, or the level is outside 1–8.</exception>
    public static PixCompetenceScore ScoreValidatedSkills(ReadOnlySpan<double> pixValues, int maxReachableLevel = DefaultMaxReachableLevel)
    {
        Preconditions.CheckArgumentRange(nameof(maxReachableLevel), maxReachableLevel, 1, 8);
        var sum = SumPixValues(pixValues);
        var cap = maxReachableLevel * PixPerLevel;
        var pix = (int)Math.Min(Math.Floor(sum), cap);
        var level = (int)Math.Min(Math.Floor(sum / PixPerLevel), maxReachableLevel);
        return new PixCompetenceScore(pix, level);
    }

    /// <summary>The global score from the pix values of the validated skills of each competence: the sum of the capped
    /// competence pix of <see cref="ScoreValidatedSkills"/>.</summary>
    /// <param name="pixValuesPerCompetence">For each competence (at most 16), the pix values of its validated skills.</param>
    /// <param name="maxReachableLevel">The maximum reachable level, 1 to 8.</param>
    /// <returns>The global score, at most 16 × 8 × <paramref name="maxReachableLevel"/>.</returns>
    /// <exception cref="ArgumentNullException">The list or one of its items is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">More than 16 competences, or a value outside its range.</exception>
    public static int GlobalScoreOfValidatedSkills(IReadOnlyList<IReadOnlyList<double>> pixValuesPerCompetence, int maxReachableLevel = DefaultMaxReachableLevel)
    {
        Preconditions.CheckNotNull(pixValuesPerCompetence);
        Preconditions.CheckArgumentRange(nameof(pixValuesPerCompetence), pixValuesPerCompetence.Count, 0, CompetenceCount);
        var total = 0;
        foreach (var values in pixValuesPerCompetence)
        {
            total += ScoreValidatedSkills([.. Preconditions.CheckNotNull(values)], maxReachableLevel).Pix;
        }

        return total;
    }

    /// <summary>The global score: the sum of the capped competence pix.</summary>
    /// <param name="earnedPixPerCompetence">The earned pix of each competence (at most 16).</param>
    /// <param name="maxReachableLevel">The maximum reachable level, 1 to 8.</param>
    /// <returns>The global score, at most 16 × 8 × <paramref name="maxReachableLevel"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">More than 16 competences, or an argument outside its range.</exception>
    public static int GlobalScore(ReadOnlySpan<decimal> earnedPixPerCompetence, int maxReachableLevel = DefaultMaxReachableLevel)
    {
        Preconditions.CheckArgumentRange(nameof(earnedPixPerCompetence), earnedPixPerCompetence.Length, 0, CompetenceCount);
        var total = 0;
        foreach (var earned in earnedPixPerCompetence)
        {
            total += ScoreCompetence(earned, maxReachableLevel).Pix;
        }

        return total;
    }
}

using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Skills;

/// <summary>
/// The Pix scoring rule (<c>1024pix/pix: api/src/evaluation/domain/services/scoring/scoring-service.js</c>): competence
/// pix = floor(earned), capped at the maximum reachable level × 8; level = floor(earned ÷ 8) computed on the unfloored,
/// uncapped sum, capped at the maximum reachable level; global score = Σ capped competence pix (1,024 at most: 16
/// competences × 8 levels × 8 pix).
/// </summary>
/// <remarks>
/// Examples (indicators.md §10 row 11, maximum reachable level 5): earned 39.9 → 39 pix, level 4, 7 ahead; 43.7 → 40
/// pix, level 5; 15.9 → 15 pix, level 1. The maximum reachable level is configuration at Pix (5 by default in its
/// code). This class is stateless and thread-safe.
/// </remarks>
public static class PixScoring
{
    /// <summary>Pix per level: 8.</summary>
    public const int PixPerLevel = 8;

    /// <summary>The number of CRCN competences scored: 16.</summary>
    public const int CompetenceCount = 16;

    /// <summary>Pix's default maximum reachable level: 5.</summary>
    public const int DefaultMaxReachableLevel = 5;

    /// <summary>Scores one competence.</summary>
    /// <param name="earnedPix">The sum of the pix values of the validated skills, zero or more.</param>
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

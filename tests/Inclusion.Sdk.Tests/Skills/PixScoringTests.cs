using Inclusion.Sdk.Skills;

namespace Inclusion.Sdk.Tests.Skills;

public class PixScoringTests
{
    [Theory]
    // indicators.md §10 row 11 (1024pix/pix scoring-service.js, MAX_REACHABLE_LEVEL = 5, cap 40 pix).
    [InlineData("39.9", 39, 4, 7)]
    [InlineData("43.7", 40, 5, 0)]
    [InlineData("15.9", 15, 1, 7)]
    [InlineData("0", 0, 0, 0)]
    [InlineData("8", 8, 1, 0)]
    public void Competence_scores_match_the_worked_examples(string earned, int pix, int level, int ahead)
    {
        var score = PixScoring.ScoreCompetence(decimal.Parse(earned, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(pix, score.Pix);
        Assert.Equal(level, score.Level);
        Assert.Equal(ahead, score.PixAheadForNextLevel);
    }

    [Fact]
    public void Global_score_is_at_most_1024_with_level_8_reachable()
    {
        // 16 competences × 8 levels × 8 pix = 1024 (reseau-figure.fr, indicators.md §6).
        var earned = Enumerable.Repeat(100m, 16).ToArray();
        Assert.Equal(1024, PixScoring.GlobalScore(earned, maxReachableLevel: 8));
        Assert.Equal(640, PixScoring.GlobalScore(earned));
        Assert.Equal(39 + 40 + 15, PixScoring.GlobalScore([39.9m, 43.7m, 15.9m]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PixScoring.GlobalScore(new decimal[17]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PixScoring.ScoreCompetence(-1m));
    }

    [Fact]
    public void Level_uses_the_uncapped_sum_but_is_capped()
    {
        // 47.9 pix with cap 5: pix 40, level floor(5.99) = 5; with cap 8: pix 47, level 5.
        Assert.Equal(new PixCompetenceScore(40, 5), PixScoring.ScoreCompetence(47.9m));
        Assert.Equal(new PixCompetenceScore(47, 5), PixScoring.ScoreCompetence(47.9m, 8));
    }
}

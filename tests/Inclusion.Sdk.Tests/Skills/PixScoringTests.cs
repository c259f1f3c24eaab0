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

    [Fact]
    public void Validated_skills_are_summed_as_pix_sums_them()
    {
        // 1024pix/pix scoring-service.js: `_(knowledgeElements).sumBy('earnedPix')` adds JavaScript numbers (IEEE-754
        // doubles) left to right, then floors. Seven skills of 8/7 pix sum to 7.999999999999998 there: 7 pix, level 0
        // — not the 8 pix and level 1 of an exact (decimal) sum.
        var values = Enumerable.Repeat(8.0 / 7, 7).ToArray();
        Assert.Equal(7.999999999999998, PixScoring.SumPixValues(values));
        Assert.Equal(new PixCompetenceScore(7, 0), PixScoring.ScoreValidatedSkills(values));
        Assert.Equal(new PixCompetenceScore(8, 1), PixScoring.ScoreCompetence(Enumerable.Repeat(8m / 7, 7).Sum()));
    }

    [Fact]
    public void Validated_skills_follow_the_worked_examples_and_the_cap()
    {
        Assert.Equal(new PixCompetenceScore(15, 1), PixScoring.ScoreValidatedSkills([8, 4, 3.9]));
        Assert.Equal(new PixCompetenceScore(40, 5), PixScoring.ScoreValidatedSkills([24, 23.9]));
        Assert.Equal(new PixCompetenceScore(47, 5), PixScoring.ScoreValidatedSkills([24, 23.9], 8));
        Assert.Equal(new PixCompetenceScore(0, 0), PixScoring.ScoreValidatedSkills([]));
        Assert.Equal(7 + 40, PixScoring.GlobalScoreOfValidatedSkills([Enumerable.Repeat(8.0 / 7, 7).ToArray(), [24, 23.9]]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PixScoring.ScoreValidatedSkills([1, -0.5]));
        Assert.Throws<ArgumentOutOfRangeException>(() => PixScoring.ScoreValidatedSkills([double.NaN]));
    }
}

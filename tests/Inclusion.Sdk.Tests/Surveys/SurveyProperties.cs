using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Surveys;

public class SurveyProperties
{
    private static readonly DsiActivityCatalogue Catalogue = DsiActivityCatalogue.Default;
    private static readonly ulong All = (1UL << 30) - 1;

    [Property(MaxTest = 500)]
    public Property Adding_an_activity_never_lowers_a_level(ulong mask, byte activity)
    {
        var before = mask & All;
        var after = before | (1UL << (activity % 30));
        var overall = Catalogue.Classify(after, InternetUse.LastThreeMonths) >= Catalogue.Classify(before, InternetUse.LastThreeMonths);
        var areas = Enum.GetValues<DsiArea>().All(a => Catalogue.AreaLevelOf(after, a) >= Catalogue.AreaLevelOf(before, a));
        return (overall && areas).Label($"{before:X} + {activity % 30}");
    }

    [Property(MaxTest = 200)]
    public Property Scaling_every_weight_leaves_every_estimate_unchanged(ulong[] masks, PositiveInt seed, PositiveInt factorTenths)
    {
        if (masks.Length == 0)
        {
            return true.ToProperty();
        }

        var random = new Random(seed.Get);
        var activities = masks.Select(m => m & All).ToArray();
        var uses = masks.Select(_ => (InternetUse)random.Next(1, 5)).ToArray();
        var weights = masks.Select(_ => random.NextDouble() * 10).ToArray();
        var factor = factorTenths.Get / 10.0;
        var a = DsiEstimator.Estimate(SurveyResponses.Create(Catalogue, activities, uses, weights), minimumGroupSize: 1);
        var b = DsiEstimator.Estimate(SurveyResponses.Create(Catalogue, activities, uses, [.. weights.Select(w => w * factor)]), minimumGroupSize: 1);
        static bool Close(double x, double y) => Math.Abs(x - y) < 1e-9;
        static bool Same(WeightedProportion x, WeightedProportion y) =>
            Close(x.Estimate, y.Estimate) && Close(x.EffectiveSampleSize, y.EffectiveSampleSize)
            && Close(x.Wilson.Lower, y.Wilson.Lower) && Close(x.Wilson.Upper, y.Wilson.Upper)
            && Close(x.ClopperPearson.Lower, y.ClopperPearson.Lower) && Close(x.ClopperPearson.Upper, y.ClopperPearson.Upper);
        var same = a.Levels.Zip(b.Levels).All(p => Same(p.First.Proportion, p.Second.Proportion))
            && Same(a.AtLeastBasic, b.AtLeastBasic) && Same(a.Illectronisme, b.Illectronisme);
        return same.Label($"factor {factor}");
    }

    [Property(MaxTest = 300)]
    public Property An_interval_contains_its_estimate_and_narrows_as_the_sample_grows(PositiveInt n, NonNegativeInt x, PositiveInt growth)
    {
        var size = Math.Min(n.Get, 100_000);
        var successes = x.Get % (size + 1);
        var p = (double)successes / size;
        var bigger = size * (1 + (growth.Get % 10));
        var wilson = BinomialInterval.Wilson(p, size);
        var clopper = BinomialInterval.ClopperPearson(successes, size);
        var wilsonBig = BinomialInterval.Wilson(p, bigger);
        var clopperBig = BinomialInterval.ClopperPearson(p * bigger, bigger);
        return (wilson.Contains(p) && clopper.Contains(p)
                && wilsonBig.Width <= wilson.Width + 1e-12
                && clopperBig.Width <= clopper.Width + 1e-9)
            .Label($"x={successes} n={size} → n={bigger}: W {wilson} / {wilsonBig}; CP {clopper} / {clopperBig}");
    }

    [Property(MaxTest = 200)]
    public Property Every_share_lies_between_0_and_1_and_levels_sum_to_1(ulong[] masks, PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var activities = masks.Select(m => m & All).ToArray();
        var uses = masks.Select(_ => (InternetUse)random.Next(1, 5)).ToArray();
        var weights = masks.Select(_ => random.Next(3) == 0 ? 0 : random.NextDouble() * 100).ToArray();
        var e = DsiEstimator.Estimate(SurveyResponses.Create(Catalogue, activities, uses, weights), minimumGroupSize: 1);
        var all = e.Levels.Select(l => l.Proportion).Append(e.AtLeastBasic).Append(e.Illectronisme).ToArray();
        var bounded = all.All(s => s.Estimate is >= 0 and <= 1 && s.Wilson.Lower >= 0 && s.Wilson.Upper <= 1
            && s.ClopperPearson.Lower >= 0 && s.ClopperPearson.Upper <= 1 && s.Wilson.Contains(s.Estimate) && s.ClopperPearson.Contains(s.Estimate));
        var sum = e.Levels.Sum(l => l.Proportion.Estimate);
        return (bounded && (e.WeightTotal == 0 || Math.Abs(sum - 1) < 1e-9)).Label($"sum {sum}");
    }
}

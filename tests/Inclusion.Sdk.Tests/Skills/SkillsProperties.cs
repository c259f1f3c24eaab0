using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Skills;
using Inclusion.Sdk.Surveys;
using NodaTime;

namespace Inclusion.Sdk.Tests.Skills;

public class SkillsProperties
{
    [Property(MaxTest = 500)]
    public Property Pix_score_is_bounded_and_monotone(NonNegativeInt hundredths, NonNegativeInt extra, PositiveInt cap)
    {
        var maxLevel = 1 + (cap.Get % 8);
        var earned = hundredths.Get / 100m;
        var more = earned + (extra.Get / 100m);
        var a = PixScoring.ScoreCompetence(earned, maxLevel);
        var b = PixScoring.ScoreCompetence(more, maxLevel);
        return (a.Pix <= maxLevel * 8 && a.Level <= maxLevel && a.Pix <= earned && a.Level * 8 <= Math.Max(a.Pix, earned)
                && b.Pix >= a.Pix && b.Level >= a.Level && a.PixAheadForNextLevel is >= 0 and < 8)
            .Label($"{earned} → {a}; {more} → {b}; cap {maxLevel}");
    }

    [Property(MaxTest = 300)]
    public Property Illectronisme_never_worsens_with_more_domains(PositiveInt use, NonNegativeInt domains)
    {
        var internetUse = (InternetUse)(1 + (use.Get % 4));
        var ok = true;
        foreach (var definition in new[] { IllectronismeDefinition.Insee2019, IllectronismeDefinition.Insee2021 })
        {
            var n = domains.Get % Illectronisme.DomainCount(definition);
            ok &= Illectronisme.Classify(definition, internetUse, n + 1) >= Illectronisme.Classify(definition, internetUse, n);
        }

        return ok.ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property Progress_mean_gain_is_the_mean_of_competence_gains(byte[] before, byte[] after)
    {
        var codes = CompetenceFramework.DigComp22.Competences.Select(c => c.Code).ToArray();
        var first = new SkillsAssessment("P", new LocalDate(2026, 1, 1), AssessmentSource.SelfAssessment, before.Take(21).Select((l, i) => (codes[i], l % 9)).ToDictionary(p => p.Item1, p => p.Item2));
        var second = new SkillsAssessment("P", new LocalDate(2026, 6, 1), AssessmentSource.SelfAssessment, after.Take(21).Select((l, i) => (codes[i], l % 9)).ToDictionary(p => p.Item1, p => p.Item2));
        var progress = SkillsProgress.Between(first, second);
        var expected = progress.Competences.Count == 0 ? 0 : progress.Competences.Sum(c => c.Gain) / (double)progress.Competences.Count;
        return (progress.Competences.Count == Math.Min(Math.Min(before.Length, after.Length), 21) && Math.Abs(progress.MeanGain - expected) < 1e-12)
            .Label($"{progress.Competences.Count} compared, mean {progress.MeanGain}");
    }
}

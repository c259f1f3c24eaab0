using Inclusion.Sdk.Files;
using Inclusion.Sdk.Skills;
using NodaTime;

namespace Inclusion.Sdk.Tests.Skills;

public class AssessmentTests
{
    internal static MemoryStream Utf8(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    internal static LoadResult<IReadOnlyList<SkillsAssessment>> Read(string text, string source = "a.csv") =>
        SkillsAssessmentFile.Load(Utf8(text), new ReadOptions { Source = source });

    private static SkillsAssessment Assess(string person, int day, params (string Code, int Level)[] levels) =>
        new(person, new LocalDate(2026, 1, day), AssessmentSource.MediatorDiagnostic, levels.ToDictionary(l => l.Code, l => l.Level));

    [Fact]
    public void Savoirs_de_base_profile_has_the_five_savoirs_of_the_seed_text()
    {
        var profile = BaselineProfile.SavoirsDeBase;
        Assert.Equal(["2.1", "4.1", "3.1", "2.6", "2.3"], profile.Requirements.Select(r => r.Competence.Code));
        Assert.All(profile.Requirements, r => Assert.Equal(2, r.MinimumLevel));
        Assert.Contains("mots de passe", profile.Requirements[1].Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_is_met_only_when_every_minimum_is_reached_and_unassessed_counts_as_a_gap()
    {
        var profile = BaselineProfile.SavoirsDeBase;
        var full = Assess("P1", 1, ("2.1", 2), ("4.1", 3), ("3.1", 2), ("2.6", 2), ("2.3", 5));
        Assert.True(profile.IsMetBy(full));
        var partial = Assess("P1", 1, ("2.1", 2), ("4.1", 1), ("3.1", 2), ("2.6", 2));
        Assert.Equal(["4.1", "2.3"], profile.Gaps(partial).Select(g => g.Competence.Code));
    }

    [Fact]
    public void A_user_profile_loads_and_its_errors_are_located()
    {
        static LoadResult<BaselineProfile> Load(string text) => BaselineProfileFile.Load(Utf8(text), new ReadOptions { Source = "mine.csv" });
        var ok = Load("competence,minimum_level,savoir\n1.1,3,search\n");
        Assert.Equal(3, ok.Value!.Requirements[0].MinimumLevel);
        Assert.Equal("mine", ok.Value.Name);
        Assert.Equal("renamed", ok.Value.WithName("renamed").Name);
        var bad = Load("competence,minimum_level,savoir\n9.9,3,x\n1.1,0,y\n1.2,2,z\n1.2,3,w\n");
        Assert.False(bad.HasValue);
        Assert.Equal(2, Assert.Single(bad.Report.Issues, i => i.RuleCode == "skills-file.competence").Location!.Row);
        Assert.Equal(3, Assert.Single(bad.Report.Issues, i => i.RuleCode == "skills-file.level").Location!.Row);
        Assert.Equal(1, bad.Report.CountOf("skills-file.duplicate"));
        Assert.Equal(1, Load("competence,minimum_level,savoir\n").Report.CountOf("baseline-profile.empty"));
        Assert.Equal(2, Load("competence,level\n").Report.CountOf("file.header.missing"));
    }

    [Fact]
    public void Assessment_guards()
    {
        Assert.Throws<ArgumentException>(() => Assess("P", 1, ("2", 1)));
        Assert.Throws<ArgumentException>(() => Assess("P", 1, ("2.1", 9)));
        Assert.Throws<ArgumentException>(() => Assess(" ", 1, ("2.1", 1)));
    }

    [Fact]
    public void Progress_per_competence_area_and_person()
    {
        var before = Assess("P1", 1, ("2.1", 1), ("2.3", 0), ("4.1", 2), ("5.1", 3));
        var after = Assess("P1", 20, ("2.1", 3), ("2.3", 2), ("4.1", 1));
        var progress = SkillsProgress.Between(before, after);
        Assert.Equal(["2.1", "2.3", "4.1"], progress.Competences.Select(c => c.CompetenceCode));
        Assert.Equal([2, 2, -1], progress.Competences.Select(c => c.Gain));
        Assert.Equal(1.0, progress.MeanGain, 12);
        Assert.Equal(2.0, progress.AreaMeanGains["2"]);
        Assert.Equal(-1.0, progress.AreaMeanGains["4"]);
        Assert.Throws<ArgumentException>(() => SkillsProgress.Between(before, Assess("P2", 2, ("2.1", 1))));
    }

    [Fact]
    public void Cohort_statistics_of_the_synthetic_sample()
    {
        var loaded = SkillsAssessmentFile.Load(RepoFiles.RepoPath("docs/samples/skills/assessments-synthetic.csv"));
        Assert.True(loaded.IsValid);
        Assert.Equal("assessments-synthetic.csv", loaded.Report.Source);
        Assert.Equal(5, loaded.Value.Count);
        var cohort = CohortStatistics.Compute(loaded.Value);
        Assert.Equal(3, cohort.PersonCount);
        Assert.Equal(2, cohort.Waves.Count);
        // Baseline: only P-002 meets the savoirs de base (all five at 2); follow-up: P-001 and P-002 both do.
        Assert.Equal(1.0 / 3, cohort.Waves[0].MeetingBaseline.Estimate, 12);
        Assert.Null(cohort.Waves[0].MeanGainFromBaseline);
        Assert.Equal(1.0, cohort.Waves[1].MeetingBaseline.Estimate, 12);
        // Gains: P-001 (2 + 2 + 1 + 1 + 2) / 5 = 1.6; P-002 (0 + 1 + 0 + 0 + 1) / 5 = 0.4 → mean 1.0.
        Assert.Equal(1.0, cohort.Waves[1].MeanGainFromBaseline!.Value, 12);
        Assert.Equal(13, cohort.Waves[0].LevelDistribution.Sum());
        Assert.Equal(3, cohort.Waves[0].LevelDistribution[0]);
    }

    [Fact]
    public void Assessment_file_errors_are_located()
    {
        var text = "person,date,source,competence,level\n,2026-01-01,self,2.1,1\nP,2026-13-01,self,2.1,1\nP,2026-01-01,robot,2.1,1\nP,2026-01-01,self,2.1,1\nP,2026-01-01,self,2.1,2\n";
        var result = Read(text);
        Assert.Single(result.Value!);
        Assert.Equal(2, Assert.Single(result.Report.Issues, i => i.RuleCode == "assessment-file.person").Location!.Row);
        Assert.Equal(3, Assert.Single(result.Report.Issues, i => i.RuleCode == "assessment-file.date").Location!.Row);
        Assert.Equal(4, Assert.Single(result.Report.Issues, i => i.RuleCode == "assessment-file.source").Location!.Row);
        Assert.Equal(6, Assert.Single(result.Report.Issues, i => i.RuleCode == "skills-file.duplicate").Location!.Row);
    }

    [Fact]
    public void Assessments_round_trip_through_json_and_bad_json_is_a_located_issue()
    {
        var assessments = new[] { Assess("P1", 3, ("2.1", 2), ("4.2", 1)) };
        var json = InclusionJson.SerializeSkillsAssessments(assessments);
        var back = Read(json, "a.json");
        Assert.True(back.IsValid);
        Assert.Equal(2, back.Value[0].LevelOf("2.1"));
        Assert.Equal(new LocalDate(2026, 1, 3), back.Value[0].Date);

        var unknown = Read("[\n{\"personId\":\"P\",\"date\":\"2026-01-01\",\"source\":\"self\",\"levels\":{},\"extra\":1}]", "a.json");
        var issue = Assert.Single(unknown.Report.Issues);
        Assert.Equal("assessment-file.member", issue.RuleCode);
        Assert.Equal((2L, "extra"), (issue.Location!.Row!.Value, issue.Location.Field));
        Assert.Empty(unknown.Value!);
        var badLevel = Read("[{\"personId\":\"P\",\"date\":\"2026-01-01\",\"source\":\"self\",\"levels\":{\"2.1\":12}}]", "a.json");
        Assert.Equal(("skills-file.level", "levels.2.1"), (Assert.Single(badLevel.Report.Issues).RuleCode, badLevel.Report.Issues[0].Location!.Field));
        var nope = Read("nope", "a.json");
        Assert.False(nope.HasValue);
        Assert.Equal("file.header.missing", nope.Report.Issues[0].RuleCode);
        Assert.Equal("file.json.malformed", Assert.Single(Read("{\"personId\":\"P\"}", "a.json").Report.Issues).RuleCode);
        Assert.False(Read("{}", "a.json").HasValue);
    }
}

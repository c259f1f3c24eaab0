using Inclusion.Sdk.Files;
using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Tests.Surveys;

public class DsiClassificationTests
{
    private static readonly DsiActivityCatalogue Catalogue = DsiActivityCatalogue.Default;

    /// <summary>A mask with the first <paramref name="counts"/>[a] activities of each area.</summary>
    internal static ulong Mask(DsiActivityCatalogue catalogue, params int[] counts)
    {
        ulong mask = 0;
        var taken = new int[5];
        for (var i = 0; i < catalogue.Activities.Count; i++)
        {
            var area = (int)catalogue.Activities[i].Area;
            if (taken[area] < counts[area])
            {
                mask |= 1UL << i;
                taken[area]++;
            }
        }

        Assert.Equal(counts, taken);
        return mask;
    }

    [Fact]
    public void Default_catalogue_has_the_commission_activity_counts()
    {
        // definitions-confirmed.md §A.3: IL 4, CC 6, DCC 7, SF 6, PS 7 (Commission metadata, i_dsk2_*).
        Assert.Equal(30, Catalogue.Activities.Count);
        int[] expected = [4, 6, 7, 6, 7];
        for (var a = 0; a < 5; a++)
        {
            Assert.Equal(expected[a], Catalogue.Activities.Count(x => (int)x.Area == a));
        }

        var copying = Catalogue.Activities.Single(a => a.Variables.Contains("CXFER1"));
        Assert.Equal(DsiArea.DigitalContentCreation, copying.Area);
        Assert.Equal(["1", "2"], Catalogue.Activities.Single(a => a.Code == "online-purchases").YesValues);
        Assert.Equal(["TICCSFOI", "TICIDIS", "TICNIDIS", "TICXND"], Catalogue.Activities.Single(a => a.Code == "fact-checking").Variables);
    }

    [Fact]
    public void Variants_change_the_open_points_only()
    {
        var split = DsiActivityCatalogue.Create(DsiCatalogueVariant.FactCheckingTwoItems);
        Assert.Equal(5, split.Activities.Count(a => a.Area == DsiArea.InformationAndDataLiteracy));
        var merged = DsiActivityCatalogue.Create(DsiCatalogueVariant.WordProcessingOrSpreadsheetMerged);
        Assert.Equal(6, merged.Activities.Count(a => a.Area == DsiArea.DigitalContentCreation));
        Assert.Equal(["CWRD1", "CXLS1"], merged.Activities.Single(a => a.Code == "word-processing-or-spreadsheet").Variables);

        // TICCSFOI + TICXND: one IL activity by default (basic), two when split (above basic).
        var info = Catalogue.MaskOf("fact-checking");
        Assert.Equal(AreaSkillLevel.Basic, Catalogue.AreaLevelOf(info, DsiArea.InformationAndDataLiteracy));
        var both = split.MaskOf("fact-checking", "fact-checking-xnd");
        Assert.Equal(AreaSkillLevel.AboveBasic, split.AreaLevelOf(both, DsiArea.InformationAndDataLiteracy));
    }

    [Fact]
    public void Worked_example_5_is_basic_and_at_least_basic()
    {
        // indicators.md §10 row 5: IL 1, CC 3, DCC 2, SF 3, PS 4 → basic.
        var mask = Mask(Catalogue, 1, 3, 2, 3, 4);
        Assert.Equal(AreaSkillLevel.Basic, Catalogue.AreaLevelOf(mask, DsiArea.InformationAndDataLiteracy));
        Assert.Equal(AreaSkillLevel.AboveBasic, Catalogue.AreaLevelOf(mask, DsiArea.CommunicationAndCollaboration));
        Assert.Equal(AreaSkillLevel.Basic, Catalogue.AreaLevelOf(mask, DsiArea.DigitalContentCreation));
        Assert.Equal(AreaSkillLevel.AboveBasic, Catalogue.AreaLevelOf(mask, DsiArea.Safety));
        Assert.Equal(AreaSkillLevel.AboveBasic, Catalogue.AreaLevelOf(mask, DsiArea.ProblemSolving));
        var level = Catalogue.Classify(mask, InternetUse.LastThreeMonths);
        Assert.Equal(DsiOverallLevel.Basic, level);
        Assert.True(DsiLevels.IsAtLeastBasic(level));
        Assert.Equal("I_DSK2_B", DsiLevels.CodeOf(level));
    }

    [Fact]
    public void Worked_example_6_without_safety_is_low()
    {
        // indicators.md §10 row 6: the same person with SF = 0 → low, not at least basic.
        var level = Catalogue.Classify(Mask(Catalogue, 1, 3, 2, 0, 4), InternetUse.LastThreeMonths);
        Assert.Equal(DsiOverallLevel.Low, level);
        Assert.False(DsiLevels.IsAtLeastBasic(level));
        Assert.Equal("I_DSK2_LW", DsiLevels.CodeOf(level));
    }

    [Theory]
    [InlineData(InternetUse.ThreeToTwelveMonths)]
    [InlineData(InternetUse.MoreThanAYear)]
    [InlineData(InternetUse.Never)]
    public void Worked_example_7_non_users_are_not_assessed(InternetUse use)
    {
        // indicators.md §10 row 7: no internet use in 3 months → could not be assessed (stays in the denominator).
        Assert.Equal(DsiOverallLevel.NotAssessed, Catalogue.Classify(Mask(Catalogue, 4, 6, 7, 6, 7), use));
        Assert.Equal("I_DSK2_NA", DsiLevels.CodeOf(DsiOverallLevel.NotAssessed));
    }

    [Fact]
    public void The_243_area_combinations_partition_into_1_31_80_80_40_11()
    {
        // definitions-confirmed.md §A.4 [V]: AB 1, B 31, LW 80, N 80, LM 40, X 11.
        var counts = new Dictionary<DsiOverallLevel, int>();
        Span<AreaSkillLevel> areas = stackalloc AreaSkillLevel[5];
        for (var combination = 0; combination < 243; combination++)
        {
            var c = combination;
            var activityCounts = new int[5];
            for (var a = 0; a < 5; a++)
            {
                areas[a] = (AreaSkillLevel)(c % 3);
                c /= 3;
                var (basic, above) = DsiLevels.Thresholds((DsiArea)a);
                activityCounts[a] = areas[a] switch { AreaSkillLevel.None => 0, AreaSkillLevel.Basic => basic, _ => above };
            }

            var level = DsiLevels.Combine(areas, internetUser: true);
            Assert.Equal(level, Catalogue.Classify(Mask(Catalogue, activityCounts), InternetUse.LastThreeMonths));
            counts[level] = counts.GetValueOrDefault(level) + 1;
        }

        Assert.Equal(1, counts[DsiOverallLevel.AboveBasic]);
        Assert.Equal(31, counts[DsiOverallLevel.Basic]);
        Assert.Equal(80, counts[DsiOverallLevel.Low]);
        Assert.Equal(80, counts[DsiOverallLevel.Narrow]);
        Assert.Equal(40, counts[DsiOverallLevel.Limited]);
        Assert.Equal(11, counts[DsiOverallLevel.NoSkills]);
        Assert.False(counts.ContainsKey(DsiOverallLevel.NotAssessed));
    }

    [Fact]
    public void Thresholds_follow_the_per_area_rule()
    {
        // IL/CC: basic exactly 1, above ≥ 2; DCC/SF/PS: basic 1–2, above ≥ 3 (Commission metadata; CBS).
        Assert.Equal(AreaSkillLevel.AboveBasic, Catalogue.AreaLevelOf(Mask(Catalogue, 2, 0, 0, 0, 0), DsiArea.InformationAndDataLiteracy));
        Assert.Equal(AreaSkillLevel.Basic, Catalogue.AreaLevelOf(Mask(Catalogue, 0, 0, 2, 0, 0), DsiArea.DigitalContentCreation));
        Assert.Equal(AreaSkillLevel.AboveBasic, Catalogue.AreaLevelOf(Mask(Catalogue, 0, 0, 0, 3, 0), DsiArea.Safety));
        Assert.Equal(AreaSkillLevel.None, Catalogue.AreaLevelOf(0, DsiArea.ProblemSolving));
    }

    [Fact]
    public void ClassifyAll_matches_Classify_and_MaskOf_rejects_unknown_codes()
    {
        ulong[] masks = [0, Mask(Catalogue, 1, 1, 0, 0, 0), Mask(Catalogue, 4, 6, 7, 6, 7)];
        InternetUse[] uses = [InternetUse.LastThreeMonths, InternetUse.LastThreeMonths, InternetUse.LastThreeMonths];
        var levels = new DsiOverallLevel[3];
        Catalogue.ClassifyAll(masks, uses, levels);
        Assert.Equal([DsiOverallLevel.NoSkills, DsiOverallLevel.Limited, DsiOverallLevel.AboveBasic], levels);
        Assert.Throws<ArgumentException>(() => Catalogue.MaskOf("nope"));
    }

    [Fact]
    public void A_custom_catalogue_loads_and_bad_rows_are_located()
    {
        static LoadResult<DsiActivityCatalogue> Load(string text) =>
            DsiActivityCatalogueFile.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new ReadOptions { Source = "c.csv" });
        var ok = Load("area,activity,variables,yes_values,label\nIL,a,V1,,x\nCC,b,V2|V3,1|2,y\n");
        Assert.True(ok.IsValid);
        Assert.Equal(2, ok.Value.Activities.Count);
        Assert.Equal("c.csv", ok.Value.Name);
        Assert.Equal(["1"], ok.Value.Activities[0].YesValues);

        var bad = Load("area,activity,variables,yes_values,label\nXX,a,V1,,x\nIL,b,V1,,y\nCC,c,V1,,z\n");
        Assert.False(bad.HasValue);
        var area = Assert.Single(bad.Report.Issues, i => i.RuleCode == "dsi-catalogue.area");
        Assert.Equal(2, area.Location!.Row);
        Assert.Equal(1, bad.Report.CountOf("dsi-catalogue.duplicate"));
        Assert.Equal(1, Load("").Report.CountOf("file.empty"));
        Assert.Equal(1, Load("area,activity,variables,yes_values,label\n").Report.CountOf("dsi-catalogue.empty"));
        Assert.Equal(1, Load("area,activity,variables,label\nIL,a,V1,x\n").Report.CountOf("file.header.missing"));
    }
}

using Inclusion.Sdk.Files;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Identifiers;
using Inclusion.Sdk.Indicators;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Territories;

namespace Inclusion.Sdk.Tests.Indicators;

public class IndexTests
{
    private const string ExportHeader = "name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,poverty_rate,older_65_rate,nscol15p_rate,total\n";

    private static (IReadOnlyList<IfnExportRow> Rows, ValidationReport Report) ReadExport(string body)
    {
        var report = new ValidationReportBuilder();
        var rows = IfnExportFile.Load(TextStreams.Utf8(ExportHeader + body), TextStreams.Source("ifn.csv")).Into(report);
        return (rows, report.Build());
    }

    [Fact]
    public void WorkedExample1_TotalIsTheUnweightedMeanOfTheFiveCriteria()
    {
        // indicators.md §10 #1 (IFN v3, total = unweighted mean, checked on the MedNum export): 4, 6, 8, 2, 5 → 25 / 5 = 5.0;
        // display "5/10" (FNE formatIfnScore); MIN colour class ceil(3.5) = 4.
        var (rows, report) = ReadExport("Exempleville,city,99001,4,6,8,2,5,5\n");
        Assert.Equal(5.0, rows[0].RecomputedTotal);
        Assert.True(rows[0].TotalMatches);
        Assert.Empty(report.Issues);
        Assert.Equal("5/10", IfnDisplay.Format(rows[0].RecomputedTotal));
        Assert.Equal(4, IfnDisplay.ColourClass(rows[0].RecomputedTotal));
    }

    [Fact]
    public void WorkedExample2_AllZeroRowIsNoData_NotAScore()
    {
        // indicators.md §10 #2 and §1.5 (e.g. 55039 Beaumont-en-Verdunois): every criterion 0.0 and total 0.0 → no data.
        var (rows, report) = ReadExport("Beaumont-en-Verdunois,city,55039,0.0,0.0,0.0,0.0,0.0,0.0\n");
        Assert.True(rows[0].IsNoData);
        Assert.All(rows[0].Scores, s => Assert.Null(s));
        Assert.Null(rows[0].PublishedTotal);
        Assert.Null(rows[0].RecomputedTotal);
        Assert.Null(IfnDisplay.ColourClass(rows[0].PublishedTotal));
        Assert.Equal("ifn.no-data", Assert.Single(report.Issues).RuleCode);
    }

    [Fact]
    public void EmptyRow_IsMissing()
    {
        // indicators.md §1.5: 13055 Marseille has empty values (scored by arrondissement).
        var (rows, report) = ReadExport("Marseille,city,13055,,,,,,\n");
        Assert.Null(rows[0].RecomputedTotal);
        Assert.False(rows[0].IsNoData);
        Assert.Equal("ifn.empty-row", Assert.Single(report.Issues).RuleCode);
    }

    [Fact]
    public void TotalMismatch_AndOutOfRangeScores_AreReported()
    {
        var (rows, report) = ReadExport("A,city,99001,4,6,8,2,5,5.2\nB,city,99002,4,6,11,2,5,5.6\n");
        var mismatch = Assert.Single(report.Issues, i => i.RuleCode == "ifn.total-mismatch");
        Assert.Equal(new IssueLocation("ifn.csv", 2, 9, "total"), mismatch.Location);
        var range = Assert.Single(report.Issues, i => i.RuleCode == "ifn.out-of-range");
        Assert.Equal(3, range.Location.Row);
        Assert.Null(rows[1].RecomputedTotal);
    }

    [Fact]
    public void DisplayRules_SyntheticExamples()
    {
        // indicators.md §1.5 display rules, synthetic examples: 3.0 → "3/10"; 5.27 → "5.3/10"; classes 4.3 → 4, 10 → 7, 0.5 → 1.
        Assert.Equal("3/10", IfnDisplay.Format(3.0));
        Assert.Equal("5.3/10", IfnDisplay.Format(5.27));
        Assert.Equal(4, IfnDisplay.ColourClass(4.3));
        Assert.Equal(7, IfnDisplay.ColourClass(10));
        Assert.Equal(1, IfnDisplay.ColourClass(0.5));
        Assert.Null(IfnDisplay.ColourClass(0.0));
        Assert.Null(IfnDisplay.Format(0.0));
    }

    [Fact]
    public void WorkedExample3_Ifn2019PointsAndAxis()
    {
        // indicators.md §10 #3 (IFN v1, points = 100 × x / reference, axis = mean of points): 65+ 30 % vs 20 % → 150;
        // non-graduates 40 % vs 40 % → 100; axis "compétences numériques" = 125.
        var definition = new IndexDefinition("v1 excerpt",
        [
            new IndicatorSpec("older_65_rate", "competences_numeriques", Normalization.RatioToReference, referenceValue: 20),
            new IndicatorSpec("nscol15p_rate", "competences_numeriques", Normalization.RatioToReference, referenceValue: 40),
        ], requireAllIndicators: false);
        var table = new IndicatorTable(["older_65_rate", "nscol15p_rate"], [new IndicatorRow("31555", "T", 1000, [30, 40])]);
        var score = definition.Compute(table).Rows[0];
        Assert.Equal([150.0, 100.0], score.Indicators);
        Assert.Equal(125.0, score.Axes[0]);
        Assert.Equal(125.0, score.Total);
    }

    [Fact]
    public void Ifn2019_ReferenceIsThePopulationWeightedMean_AndMissingAxesAreSkipped()
    {
        // Two territories: 65+ shares 30 % (pop 1000) and 10 % (pop 1000) → reference 20 → points 150 and 50.
        var names = IndexDefinition.Ifn2019.IndicatorNames;
        double?[] Row(double? older) => [.. names.Select(n => n == "older_65_rate" ? older : (double?)null)];
        var table = new IndicatorTable(names, [new IndicatorRow("01001", null, 1000, Row(30)), new IndicatorRow("01002", null, 1000, Row(10))]);
        var result = IndexDefinition.Ifn2019.Compute(table);
        Assert.Equal(150.0, result.Rows[0].Total);   // the only non-empty axis
        Assert.Equal(50.0, result.Rows[1].Total);
        Assert.Null(result.Rows[0].Axes[0]);
        Assert.Contains("[S/I]", IndexDefinition.Ifn2019.Reconstruction, StringComparison.Ordinal);
    }

    [Fact]
    public void DecileRank_TiesShareTheUpperDecile()
    {
        var definition = new IndexDefinition("d", [new IndicatorSpec("x", "a", Normalization.DecileRank)], true);
        var table = new IndicatorTable(["x"], Enumerable.Range(0, 10).Select(i => new IndicatorRow($"R{i}", null, 1, [i < 6 ? 0 : i])));
        Assert.Equal([6.0, 6, 6, 6, 6, 6, 7, 8, 9, 10], definition.Compute(table).Rows.Select(r => r.Total!.Value));
        var spread = new IndicatorTable(["x"], Enumerable.Range(1, 20).Select(i => new IndicatorRow($"R{i:00}", null, 1, [i])));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => (double)((i + 1) / 2)), definition.Compute(spread).Rows.Select(r => r.Total!.Value));
    }

    [Fact]
    public void OtherNormalisations()
    {
        var names = new[] { "x" };
        var rows = new[] { new IndicatorRow("A", null, 1, [2.0]), new IndicatorRow("B", null, 1, [4.0]), new IndicatorRow("C", null, 1, [6.0]) };
        double? Score(Normalization n, bool worse = true) =>
            new IndexDefinition("n", [new IndicatorSpec("x", "a", n, higherIsWorse: worse)], true).Compute(new IndicatorTable(names, rows)).Rows[2].Total;
        Assert.Equal(1.0, Score(Normalization.MinMax));
        Assert.Equal(0.0, Score(Normalization.MinMax, worse: false));
        Assert.Equal(Math.Sqrt(1.5), Score(Normalization.ZScore)!.Value, 12);
        Assert.Equal(150.0, Score(Normalization.RatioToReference));
        Assert.Equal(6.0, Score(Normalization.None));
    }

    [Fact]
    public void Ifn2023_RollsUpIrisToCommuneEpciAndDepartement_AndTotalStaysTheMeanOfTheCriteria()
    {
        var names = IndexDefinition.Ifn2023.IndicatorNames;
        var rows = new List<IndicatorRow>();
        var random = new Random(7);
        for (var i = 0; i < 40; i++)
        {
            var commune = i < 20 ? "2A004" : i < 30 ? "2A041" : "97105";
            rows.Add(new IndicatorRow($"{commune}{i:0000}", null, 100 + i, [.. names.Select(_ => (double?)random.Next(0, 50))],
                epci: EpciCode.Parse(commune == "97105" ? "200018653" : "242010056").Value));
        }

        var result = IndexDefinition.Ifn2023.Compute(new IndicatorTable(names, rows));
        var communes = result.RollUp(TerritoryLevel.Commune);
        Assert.Equal(["2A004", "2A041", "97105"], communes.Rows.Select(r => r.Code));
        Assert.All(communes.Rows, r => Assert.Equal(r.Indicators.Sum(s => s!.Value) / 5, r.Total!.Value, 12));
        Assert.Equal(["2A", "971"], result.RollUp(TerritoryLevel.Departement).Rows.Select(r => r.Code));
        var epci = result.RollUp(TerritoryLevel.Epci);
        Assert.Equal(2, epci.Rows.Count);
        Assert.Equal(rows.Take(30).Sum(r => r.Population), epci.Rows.Single(r => r.Code == "242010056").Population);
    }

    [Fact]
    public void MissingValues_StayMissing_NeverZero()
    {
        var names = IndexDefinition.Ifn2023.IndicatorNames;
        var table = new IndicatorTable(names, [new IndicatorRow("01001", null, 10, [1, 2, null, 4, 5]), new IndicatorRow("01002", null, 10, [2, 3, 4, 5, 6])]);
        var result = IndexDefinition.Ifn2023.Compute(table);
        Assert.Null(result.Rows[0].Indicators[2]);
        Assert.Null(result.Rows[0].Total);
        Assert.NotNull(result.Rows[1].Total);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Tables)])]
    public bool RollUpOfASingleChildEqualsTheChild(double?[] values, int population)
    {
        var names = IndexDefinition.Ifn2023.IndicatorNames;
        var child = new IndicatorRow("2A0040101", null, Math.Abs(population % 5000), values);
        var other = new IndicatorRow("971050101", null, 100, [1, 2, 3, 4, 5]);
        var result = IndexDefinition.Ifn2023.Compute(new IndicatorTable(names, [child, other]));
        var parent = result.RollUp(TerritoryLevel.Commune).Rows.Single(r => r.Code == "2A004");
        var original = result.Rows.Single(r => r.Code == child.Code);
        return parent.Indicators.SequenceEqual(original.Indicators) && parent.Total == original.Total && parent.Axes.SequenceEqual(original.Axes);
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(Tables)])]
    public bool ResultsDoNotDependOnRowOrder(IndicatorRow[] rows, int seed)
    {
        var names = IndexDefinition.Ifn2023.IndicatorNames;
        var shuffled = (IndicatorRow[])rows.Clone();
        new Random(seed).Shuffle(shuffled);
        foreach (var definition in new[] { IndexDefinition.Ifn2023, IndexDefinition.Ifn2019 })
        {
            var columns = definition.IndicatorNames;
            IndicatorRow Project(IndicatorRow r) => new(r.Code, null, r.Population, [.. columns.Select((_, i) => r.Values[i % 5])], epci: r.Epci);
            var a = definition.Compute(new IndicatorTable(columns, rows.Select(Project)));
            var b = definition.Compute(new IndicatorTable(columns, shuffled.Select(Project)));
            foreach (var level in new[] { (TerritoryLevel?)null, TerritoryLevel.Commune, TerritoryLevel.Epci, TerritoryLevel.Departement })
            {
                var x = level is { } l ? a.RollUp(l) : a;
                var y = level is { } m ? b.RollUp(m) : b;
                if (Fingerprint(x) != Fingerprint(y))
                {
                    return false;
                }
            }
        }

        return names.Count == 5;
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(Tables)])]
    public bool DecileScoresAreWithin1And10(IndicatorRow[] rows) =>
        IndexDefinition.Ifn2023.Compute(new IndicatorTable(IndexDefinition.Ifn2023.IndicatorNames, rows)).Rows
            .All(r => r.Indicators.All(s => s is null || s is >= 1 and <= 10) && (r.Total is null || r.Total is >= 1 and <= 10));

    private static string Fingerprint(IndexResult result) => string.Join("\n", result.Rows.Select(r =>
        $"{r.Code}|{r.Population}|{string.Join(",", r.Indicators.Select(v => v?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}|{r.Total?.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}"));

    public static class Tables
    {
        private static readonly Gen<double?> Value = Gen.Frequency(
            (1, Gen.Constant<double?>(null)),
            (6, Gen.Choose(0, 40).Select(i => (double?)(i / 2.0))));

        public static Arbitrary<double?[]> Values() => Value.ArrayOf(5).ToArbitrary();

        public static Arbitrary<IndicatorRow[]> Rows() =>
            (from n in Gen.Choose(1, 30)
             from rows in (from commune in Gen.Elements("2A004", "2B033", "97105", "75101", "01001")
                           from iris in Gen.Choose(1, 9999)
                           from pop in Gen.Choose(0, 3000)
                           from values in Value.ArrayOf(5)
                           from epci in Gen.Elements<EpciCode?>(null, EpciCode.Parse("200018653").Value, EpciCode.Parse("242010056").Value)
                           select new IndicatorRow($"{commune}{iris:0000}", null, pop, values, epci: epci)).ArrayOf(n)
             select rows.DistinctBy(r => r.Code).ToArray()).ToArbitrary();
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using System.Text;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Strategy;
using NodaTime;

namespace Inclusion.Sdk.Tests.Strategy;

/// <summary>Reading measurements from CSV: located issues, valid rows kept, no crash.</summary>
public class MeasurementFileTests
{
    private static LoadResult<IReadOnlyList<Measurement>> Read(string text) =>
        MeasurementFile.Load(new MemoryStream(Encoding.UTF8.GetBytes(text)), new ReadOptions { Source = "m.csv" });

    [Fact]
    public void The_sample_measurements_are_read_in_order()
    {
        var measurements = StrategySamples.LoadMeasurements();
        Assert.Equal(10, measurements.Count);
        Assert.Equal(new Measurement("qpv.incapables-demarches-share", new LocalDate(2025, 12, 31), 28m).ToString(), measurements[0].ToString());
        Assert.Equal("enquête habitants 2025", measurements[0].Source);
    }

    [Fact]
    public void Columns_in_any_order_semicolons_and_no_source_column()
    {
        var result = Read("Value;Date;Indicator\n12.5;2026-01-31;x.y\n");
        Assert.True(result.Report.IsValid);
        var m = Assert.Single(result.Value!);
        Assert.Equal((12.5m, new LocalDate(2026, 1, 31), "x.y"), (m.Value, m.Date, m.IndicatorId));
        Assert.Null(m.Source);
    }

    [Fact]
    public void Bad_rows_are_located_and_valid_rows_kept()
    {
        var result = Read("indicator,date,value\nx,2026-01-31,1\n,2026-01-31,2\nx,31/01/2026,3\nx,2026-01-31,\"4,5\"\nx,2026-02-28,5\n");
        Assert.Equal(2, result.Value!.Count);
        var blank = Assert.Single(result.Report.Issues, i => i.RuleCode == "measurement.indicator-blank");
        Assert.Equal((3L, 1), (blank.Location.Row!.Value, blank.Location.Column!.Value));
        var date = Assert.Single(result.Report.Issues, i => i.RuleCode == "measurement.date");
        Assert.Equal((4L, "date"), (date.Location.Row!.Value, date.Location.Field));
        var value = Assert.Single(result.Report.Issues, i => i.RuleCode == "measurement.value");
        Assert.Equal("4.5", value.Suggestion);
        Assert.Equal(5L, value.Location.Row);
    }

    [Fact]
    public void A_missing_column_or_an_empty_file_is_reported()
    {
        var missing = Read("indicateur,date,value\nx,2026-01-31,1\n");
        var issue = Assert.Single(missing.Report.Issues);
        Assert.Equal("file.header.missing", issue.RuleCode);
        Assert.Equal("indicateur", issue.Location.Field);
        Assert.Equal("indicator", issue.Suggestion);
        Assert.Empty(missing.Value!);
        Assert.Equal("file.empty", Assert.Single(Read("").Report.Issues).RuleCode);
    }

    [Property(MaxTest = 200)]
    public Property Random_text_never_throws() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Elements('a', 'x', ',', ';', '"', '\n', '\r', '1', '.', '-', '2', '0', ' ', 'é', '\0')).Select(c => "indicator,date,value\n" + new string(c)).ToArbitrary(),
            text =>
            {
                var result = Read(text);
                return result.Value!.Count <= text.Count(c => c == '\n') + 1;
            });
}

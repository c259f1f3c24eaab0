using System.Text;
using System.Text.Json;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Files;
using NodaTime;

namespace Inclusion.Sdk.Tests.Files;

public class InclusionJsonTests
{
    private static ValidationReport SampleReport() =>
        ValidationReport.Create(
        [
            new ValidationIssue("postal-code.leading-zero", Severity.Error, "Leading zero lost.", "Zéro initial perdu.", "1000", new IssueLocation("a.csv", 2, 5, "code_postal"), null, "01000"),
            new ValidationIssue("typologie.unknown", Severity.Warning, "Unknown.", "Inconnue.", "TIER", null, ["TIERS_LIEUX", "ASSO"]),
        ], "a.csv").With("a.csv", Instant.FromUtc(2026, 3, 1, 12, 30));

    [Fact]
    public void Report_serialises_to_camel_case_with_lower_case_enums_and_iso_instants()
    {
        var json = InclusionJson.Serialize(SampleReport());
        Assert.StartsWith("{\"source\":\"a.csv\",\"generatedAt\":\"2026-03-01T12:30:00Z\",\"issues\":[{\"ruleCode\":\"postal-code.leading-zero\",\"severity\":\"error\"", json, StringComparison.Ordinal);
        Assert.Contains("\"location\":{\"source\":\"a.csv\",\"row\":2,\"column\":5,\"field\":\"code_postal\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"suggestion\":\"01000\"", json, StringComparison.Ordinal);
        Assert.Contains("\"allowedValues\":[\"TIERS_LIEUX\",\"ASSO\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"counts\":[{\"ruleCode\":\"postal-code.leading-zero\",\"severity\":\"error\",\"count\":1}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("errorCount", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_round_trips()
    {
        var report = SampleReport();
        var back = InclusionJson.DeserializeValidationReport(InclusionJson.Serialize(report, indented: true));
        Assert.Equal(report.Source, back.Source);
        Assert.Equal(report.GeneratedAt, back.GeneratedAt);
        Assert.Equal(report.Counts, back.Counts);
        Assert.Equal(report.Issues.Count, back.Issues.Count);
        for (var i = 0; i < report.Issues.Count; i++)
        {
            Assert.Equal(report.Issues[i].ToString(), back.Issues[i].ToString());
            Assert.Equal(report.Issues[i].Location, back.Issues[i].Location);
            Assert.Equal(report.Issues[i].AllowedValues, back.Issues[i].AllowedValues);
            Assert.Equal(report.Issues[i].MessageFr, back.Issues[i].MessageFr);
        }
    }

    [Fact]
    public void Write_to_stream_gives_the_same_text()
    {
        using var stream = new MemoryStream();
        InclusionJson.Write(SampleReport(), stream);
        Assert.Equal(InclusionJson.Serialize(SampleReport()), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Theory]
    [InlineData("{\"issues\":[],\"counts\":[],\"unexpected\":1}")]
    [InlineData("{\"counts\":[]}")]
    [InlineData("{\"issues\":[],\"counts\":[],\"generatedAt\":\"2026-02-30T00:00:00Z\"}")]
    [InlineData("{\"issues\":[],\"counts\":[],\"generatedAt\":12}")]
    [InlineData("null")]
    public void Reading_is_strict(string json) =>
        Assert.ThrowsAny<JsonException>(() => InclusionJson.DeserializeValidationReport(json));

    [Fact]
    public void NodaTime_converters_write_iso_and_reject_bad_text()
    {
        var options = new JsonSerializerOptions { Converters = { new LocalDateJsonConverter(), new YearMonthJsonConverter(), new InstantJsonConverter() } };
        Assert.Equal("\"2026-03-01\"", JsonSerializer.Serialize(new LocalDate(2026, 3, 1), options));
        Assert.Equal(new LocalDate(2024, 2, 29), JsonSerializer.Deserialize<LocalDate>("\"2024-02-29\"", options));
        Assert.Equal("\"2025-03\"", JsonSerializer.Serialize(new YearMonth(2025, 3), options));
        Assert.Equal(new YearMonth(2025, 12), JsonSerializer.Deserialize<YearMonth>("\"2025-12\"", options));
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<LocalDate>("\"2026-02-30\"", options));
        Assert.Contains("2026-02-30", error.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Instant>("\"2026-03-01 12:00\"", options));
    }
}

using System.Text;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using NodaTime;
using NodaTime.Testing;

namespace Inclusion.Sdk.Tests.Places;

/// <summary>Helpers: the official samples, a fixed clock, and validation of in-memory CSV text.</summary>
internal static class PlacesTestData
{
    /// <summary>The v1.0.2 header, as the official exemple-valide.csv orders it.</summary>
    internal static readonly string Header = string.Join(',', PlacesVocabulary.Columns(PlacesSchemaVersion.V1));

    internal static string OfficialV1 => RepoFiles.TestData("standard-mediation-num/exemple-valide.csv");

    internal static string OfficialV0 => RepoFiles.TestData("standard-mediation-num/exemple-valide-v0.1.1.csv");

    /// <summary>2024-05-01 noon in Paris: the official sample (date_maj 2024-04-02) is then recent.</summary>
    internal static readonly IClock Clock = new FakeClock(Instant.FromUtc(2024, 5, 1, 10, 0));

    /// <summary>The source name of the in-memory files.</summary>
    internal static readonly ReadOptions Source = new() { Source = "test.csv" };

    /// <summary>Settings of the tests: the fixed clock, and personal data shown (masking has its own tests).</summary>
    internal static PlacesValidationSettings Options(PlacesSchemaVersion? schema = null) => new() { Clock = Clock, Schema = schema, ShowPersonalData = true };

    internal static PlacesRun Validate(string text, PlacesValidationSettings? settings = null, Action<PlaceRecord>? onRecord = null) =>
        Validate(new MemoryStream(Encoding.UTF8.GetBytes(text)), settings, onRecord);

    /// <summary>Reads a whole file, giving every record to <paramref name="onRecord"/>, and returns its summary with the report of its issues.</summary>
    internal static PlacesRun Validate(Stream input, PlacesValidationSettings? settings = null, Action<PlaceRecord>? onRecord = null)
    {
        var report = new ValidationReportBuilder();
        var processor = new PlacesFileProcessor(report, Source, settings ?? Options(), null);
        foreach (var record in processor.Records(input, buildRecords: onRecord is not null))
        {
            onRecord!(record);
        }

        return new PlacesRun(processor.Summary(), report.Build("test.csv"));
    }

    /// <summary>Fixes a file through the public API and returns its summary with the report of its issues.</summary>
    internal static PlacesRun Fix(Stream input, TextWriter output, PlacesValidationSettings? settings = null)
    {
        var report = new ValidationReportBuilder();
        var summary = MediationPlaceFile.Fix(input, output, report, Source, settings ?? Options());
        return new PlacesRun(summary, report.Build("test.csv"));
    }

    /// <summary>The official valid row with one column replaced.</summary>
    internal static string RowWith(string column, string value)
    {
        var cells = OfficialCells();
        cells[PlacesVocabulary.Columns(PlacesSchemaVersion.V1).ToList().IndexOf(column)] = value;
        return string.Join(',', cells.Select(Quote));
    }

    internal static string[] OfficialCells()
    {
        var line = File.ReadAllLines(OfficialV1)[1];
        var cells = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        cells.Add(current.ToString());
        return cells.ToArray();
    }

    internal static string Quote(string cell) => "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>A one-row file: the official row with one column replaced.</summary>
    internal static string FileWith(string column, string value) => Header + "\n" + RowWith(column, value) + "\n";
}

/// <summary>What a test read: the summary of <see cref="MediationPlaceFile"/> and the report of the issues its sink received.</summary>
internal sealed record PlacesRun(PlacesFileSummary Summary, ValidationReport Report)
{
    internal PlacesSchemaVersion? Schema => Summary.Schema;

    internal long RowCount => Summary.RowCount;

    internal long RowsWithErrors => Summary.RowsWithErrors;

    internal bool IsReadable => Summary.IsReadable;

    internal long ChangeCount => Summary.ChangeCount;

    internal bool IsValid => Summary.IsValid;
}

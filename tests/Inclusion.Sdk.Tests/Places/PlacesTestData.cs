using System.Text;
using Inclusion.Sdk.Places;
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

    internal static PlacesValidationOptions Options(PlacesSchemaVersion? schema = null) => new() { Clock = Clock, Schema = schema, SourceName = "test.csv" };

    internal static PlacesValidationResult Validate(string text, PlacesValidationOptions? options = null, Action<PlaceRecord>? onRecord = null) =>
        MediationPlaceFile.Validate(new MemoryStream(Encoding.UTF8.GetBytes(text)), options ?? Options(), onRecord);

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

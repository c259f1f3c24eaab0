using Inclusion.Sdk.Files;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Territories;

namespace Inclusion.Sdk.Tests.Territories;

public class CommuneFileProperties
{
    private static readonly string[] Fragments =
    [
        "code_insee", "nom", "code_postal", "population", "TYPECOM", "COM", "ARM", "COMD", "LIBELLE", "COMPARENT",
        "01053", "2A004", "75101", "97502", "20004", "00000", "01000", "20000, 20167", "Bourg-en-Bresse", "Ajaccio",
        ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", " ", "\t", "|", "\uFEFF", "é", "-1", "9999999999999999999999",
    ];

    public static Arbitrary<string> CsvLikeText() =>
        Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 300)]
    public bool LoadCommunes_NeverThrowsOnArbitraryText(string? text)
    {
        var result = TerritoryRegistryFile.Load(TextStreams.Utf8(text ?? string.Empty), TextStreams.Source("random.csv"));
        return result.Value!.Count >= TerritoryRegistry.Reference.Count;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(CommuneFileProperties)])]
    public Property LoadCommunes_NeverThrowsOnCsvLikeText(string text)
    {
        var result = TerritoryRegistryFile.Load(TextStreams.Utf8(text), TextStreams.Source("random.csv"));
        var consistent = result.Value!.Count >= TerritoryRegistry.Reference.Count + result.Value!.CommunesRead;
        return consistent.Label($"count {result.Value!.Count}, read {result.Value!.CommunesRead}");
    }
}

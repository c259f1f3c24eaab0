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
        var result = TerritoryRegistry.LoadCommunes(new StringReader(text ?? string.Empty), "random.csv");
        return result.Registry.Count >= TerritoryRegistry.Reference.Count;
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(CommuneFileProperties)])]
    public Property LoadCommunes_NeverThrowsOnCsvLikeText(string text)
    {
        var result = TerritoryRegistry.LoadCommunes(new StringReader(text), "random.csv");
        var consistent = result.Registry.Count >= TerritoryRegistry.Reference.Count + result.CommunesRead;
        return consistent.Label($"count {result.Registry.Count}, read {result.CommunesRead}");
    }
}

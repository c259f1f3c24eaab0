using Inclusion.Sdk.Utility;
using nietras.SeparatedValues;

namespace Inclusion.Sdk.Territories;

/// <summary>
/// The régions, départements and overseas collectivities of the COG 2026, read once from the embedded files under
/// <c>Resources/cog/</c> (see the README there for their origin).
/// </summary>
internal sealed class CogReferenceData
{
    private static readonly Lazy<CogReferenceData> Instance = new(Load);

    private CogReferenceData(Row[] regions, Row[] departements, Row[] collectivities)
    {
        Regions = regions;
        Departements = departements;
        Collectivities = collectivities;
        CollectivityCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var collectivity in collectivities)
        {
            CollectivityCodes.Add(collectivity.Code);
        }
    }

    internal static CogReferenceData Current => Instance.Value;

    /// <summary>The 18 régions: code, name and chef-lieu commune code (in <see cref="Row.Extra"/>).</summary>
    internal Row[] Regions { get; }

    /// <summary>The 101 départements: code, name and région code (in <see cref="Row.Extra"/>).</summary>
    internal Row[] Departements { get; }

    /// <summary>The 8 overseas collectivities (<see cref="Row.Extra"/> is empty).</summary>
    internal Row[] Collectivities { get; }

    internal HashSet<string> CollectivityCodes { get; }

    private static CogReferenceData Load() =>
        new(Read("cog/regions.csv", "chef_lieu"), Read("cog/departements.csv", "region"), Read("cog/collectivites-outremer.csv", null));

    private static Row[] Read(string resource, string? extraColumn)
    {
        using var stream = EmbeddedData.Open(resource);
        using var text = new StreamReader(stream);
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true }).From(text);
        var code = reader.Header.IndexOf("code");
        var name = reader.Header.IndexOf("nom");
        var extra = extraColumn is null ? -1 : reader.Header.IndexOf(extraColumn);
        var rows = new List<Row>();
        foreach (var row in reader)
        {
            rows.Add(new Row(row[code].ToString(), row[name].ToString(), extra < 0 ? string.Empty : row[extra].ToString()));
        }

        return [.. rows];
    }

    internal readonly record struct Row(string Code, string Name, string Extra);
}

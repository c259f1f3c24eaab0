using Inclusion.Sdk.Files;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Presentation;
using NodaTime;
using static Inclusion.Sdk.Tests.RepoFiles;

namespace Inclusion.Sdk.Tests.Presentation;

/// <summary>The offer map shows each commune's distance to the nearest place (the farthest first), and its chart.</summary>
public sealed class OfferMapHtmlTests
{
    [Fact]
    public void The_distance_of_each_commune_to_the_nearest_place_is_a_table_farthest_first()
    {
        var places = MediationPlaceFile.Load(RepoPath(Path.Combine("docs", "samples", "diagnostic", "places.csv"))).Value!;
        var communes = CommuneGeographyFile.Load(RepoPath(Path.Combine("docs", "samples", "diagnostic", "communes.csv"))).Value!;
        var map = OfferMap.Compute(places, communes, new LocalDate(2026, 3, 4));

        var root = HtmlAssert.Parse(map.ToHtml());

        var table = root.All("table").Single(t => t.Element("caption")?.Value == "Distance from each commune to the nearest place");
        var rows = table.All("tbody").Single().Elements("tr").ToList();
        Assert.Equal(map.Communes.Count, rows.Count);
        var distances = rows.Select(r => r.Elements().Last().Value).ToList();
        var expected = map.Communes.OrderByDescending(c => c.NearestKilometres ?? double.MaxValue)
            .Select(c => c.NearestKilometres is { } k ? HtmlText.Number(k, 1) : "—");
        Assert.Equal(expected, distances);
        Assert.Contains(root.All("svg"), s => s.Element(s.Name.Namespace + "title")?.Value.StartsWith("Places per 10,000 inhabitants", StringComparison.Ordinal) == true);
    }
}

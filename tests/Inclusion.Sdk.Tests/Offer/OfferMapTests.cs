using Inclusion.Sdk.Files;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Offer;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using NodaTime;

namespace Inclusion.Sdk.Tests.Offer;

public class OfferMapTests
{
    private static OfferMap Sample()
    {
        var places = MediationPlaceFile.Load(RepoFiles.RepoPath("docs/samples/diagnostic/places.csv"));
        Assert.True(places.IsValid, string.Join("\n", places.Report.Issues.Select(i => i.MessageEn)));
        var report = new ValidationReportBuilder();
        var communes = CommuneGeographyFile.Load(RepoFiles.RepoPath("docs/samples/diagnostic/communes.csv")).Into(report);
        Assert.True(report.Build().IsValid);
        return OfferMap.Compute(places.Value, communes, new LocalDate(2026, 3, 4));
    }

    [Fact]
    public void Sample_DensitiesCommunesWithoutPlaceAndDistances()
    {
        var map = Sample();
        Assert.Equal(5, map.Places);
        Assert.Equal(223_400, map.Population);
        Assert.Equal(3, map.CommunesWithoutPlace);                  // Bocognano, Les Abymes, Saint-Claude
        Assert.Equal(400 + 53_000 + 10_000, map.PopulationWithoutPlace);
        Assert.Equal(400 + 53_000, map.PopulationBeyond20Km);       // Saint-Claude is ~4 km from Basse-Terre
        var corsica = map.ByDepartement.Single(d => d.Code == "2A");
        Assert.Equal(2, corsica.Places);
        Assert.Equal(10_000.0 * 2 / 72_400, corsica.PlacesPer10000);
        Assert.Equal(["2A", "2B", "69", "971"], map.ByDepartement.Select(d => d.Code));
        Assert.Equal(1.0, map.ByCommune.Single(d => d.Code == "97105").PlacesPer10000);
        Assert.Equal(4, map.ByEpci.Count);
    }

    [Fact]
    public void Sample_OpeningOnSaturdayAndAfter18()
    {
        var map = Sample();
        // Tu-Sa 10:00-19:00 and Mo-Fr 09:00-20:00; Sa 09:00-12:00 are open on Saturday and after 18:00; one place has no hours.
        Assert.Equal(2, map.OpenOnSaturday);
        Assert.Equal(2, map.OpenAfter18);
        Assert.Equal(1, map.PlacesWithoutHours);
        Assert.Equal(2, map.ByProgramme.Single(p => p.Key == "Conseillers numériques").Value);
    }

    [Fact]
    public void GreatCircle_ParisToLyon()
    {
        // Paris (48.8566, 2.3522) to Lyon (45.7640, 4.8357): about 392 km by great circle.
        var d = NearestPlaceIndex.GreatCircleKilometres(new GeoCoordinates(48.8566, 2.3522), new GeoCoordinates(45.7640, 4.8357));
        Assert.InRange(d, 390, 394);
    }

    [Fact]
    public void CommuneFile_BadRowsAreLocated()
    {
        var report = new ValidationReportBuilder();
        var communes = CommuneGeographyFile.Load(TextStreams.Utf8(
            "code_insee,population,latitude,longitude\n2A004,100,41.9,8.7\n2A04,5,1,1\n2A041,x,1,1\n2A004,5,1,1\n69381,10,95,4\n"), TextStreams.Source("c.csv")).Into(report);
        var issues = report.Build().Issues;
        Assert.Equal(2, communes.Count);
        Assert.Equal(["territory-file.bad-code", "offer.population", "territory-file.duplicate-code", "territory-file.coordinates"], issues.Select(i => i.RuleCode));
        Assert.Equal(4, issues[1].Location.Row);
        Assert.Null(communes[1].Location);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(Points)])]
    public bool NearestNeverExceedsTheDistanceToAnyPlace(GeoCoordinates[] places, GeoCoordinates[] queries)
    {
        var index = new NearestPlaceIndex(places);
        foreach (var q in queries)
        {
            if (!index.FindNearest(q, out var at, out var km))
            {
                return places.Length == 0;
            }

            var brute = places.Min(p => NearestPlaceIndex.GreatCircleKilometres(q, p));
            if (km > brute + 1e-6 || Math.Abs(NearestPlaceIndex.GreatCircleKilometres(q, places[at]) - km) > 1e-6)
            {
                return false;
            }
        }

        return true;
    }

    public static class Points
    {
        private static readonly Gen<GeoCoordinates> Point = Gen.OneOf(
            // Metropolitan France, clustered, and anywhere on Earth (antimeridian and poles included).
            from lat in Gen.Choose(41_000, 51_000) from lon in Gen.Choose(-5_000, 9_500) select new GeoCoordinates(lat / 1000.0, lon / 1000.0),
            from lat in Gen.Choose(-90_000, 90_000) from lon in Gen.Choose(-180_000, 180_000) select new GeoCoordinates(lat / 1000.0, lon / 1000.0));

        public static Arbitrary<GeoCoordinates[]> Array() => Point.ArrayOf().ToArbitrary();
    }
}

using System.Text;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Places;
using Inclusion.Sdk.Reporting;
using NodaTime;

namespace Inclusion.Sdk.Tests.Places;

public class MediationPlaceFileTests
{
    [Fact]
    public void The_official_v1_sample_is_valid_and_builds_its_place()
    {
        // Source: LaMednum/standard-mediation-num exemple-valide.csv (commit e347ff4).
        var places = new List<MediationPlace>();
        using var stream = File.OpenRead(PlacesTestData.OfficialV1);
        var result = PlacesTestData.Validate(stream, PlacesTestData.Options(), r => places.Add(r.Place!));
        Assert.True(result.IsValid, string.Join("\n", result.Report.Issues));
        Assert.Equal(PlacesSchemaVersion.V1, result.Schema);
        Assert.Equal(1, result.RowCount);
        var place = Assert.Single(places);
        Assert.Equal("structure-1", place.Id);
        Assert.Equal("Anonymal", place.Name);
        Assert.Equal("43493312300029", place.Pivot!.Value.ToString());
        Assert.Equal("51100", place.Address.PostalCode.ToString());
        Assert.Equal("51454", place.Address.CommuneCode!.Value.ToString());
        Assert.Equal(new LocalDate(2024, 4, 2), place.UpdatedOn);
        Assert.Equal(["TIERS_LIEUX", "ASSO"], place.Typologies);
        Assert.Equal("+33180059880", place.Telephone);
        Assert.Equal(2, place.Emails.Count);
        Assert.Equal(["Aidants Connect", "Conseillers numériques", "La Croix Rouge"], place.NationalProgrammes);
        Assert.Equal(4, place.SupportModes.Count);
        Assert.NotNull(place.OpeningHours);
        Assert.Equal(new GeoCoordinates(43.52609, 5.41423), place.Coordinates);
    }

    [Fact]
    public void Sunrise_and_sunset_of_a_place_are_computed_at_its_coordinates()
    {
        // The official sample (Aix-en-Provence, 43.52609 N, 5.41423 E) with solar opening hours.
        var text = File.ReadAllText(PlacesTestData.OfficialV1).Replace("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", "sunrise-sunset", StringComparison.Ordinal);
        var places = new List<MediationPlace>();
        var result = PlacesTestData.Validate(text, PlacesTestData.Options(), r => places.Add(r.Place!));
        Assert.True(result.IsValid, string.Join("\n", result.Report.Issues));
        var hours = Assert.Single(places).OpeningHours!;
        Assert.Equal(43.52609, hours.Settings.Latitude);
        Assert.Equal(5.41423, hours.Settings.Longitude);

        // 21 December 2025: the NOAA equations put sunset at about 16:59 in Aix, 16:56 in Paris (the default location).
        var paris = Inclusion.Sdk.Hours.OpeningHours.Parse("sunrise-sunset").Value;
        var at = Instant.FromUtc(2025, 12, 21, 15, 57, 30);
        Assert.True(hours.IsOpen(at));
        Assert.False(paris.IsOpen(at));
    }

    [Fact]
    public void The_official_v0_sample_is_recognised_as_legacy_and_valid_against_v011()
    {
        using var stream = File.OpenRead(PlacesTestData.OfficialV0);
        var result = MediationPlaceFile.Load(stream, PlacesTestData.Source, PlacesTestData.Options());
        Assert.True(result.IsValid, string.Join("\n", result.Report.Issues));
        Assert.Contains(result.Report.Issues, i => i.RuleCode == "file.legacy-schema");
        var place = Assert.Single(result.Value);
        // Migrated through the evolution map: France Services, Point relais CAF → v1 programmes; APTIC has no target.
        Assert.Equal(["France Services", "Point d'accès numérique CAF"], place.NationalProgrammes);
        Assert.Contains("Aide aux démarches administratives", place.Services);
        Assert.Contains("Payant", place.Fees);
        Assert.Contains("Gratuit sous condition", place.Fees);
    }

    [Fact]
    public void Official_sample_validated_as_v0_breaks_the_v0_rules()
    {
        using var stream = File.OpenRead(PlacesTestData.OfficialV1);
        var result = PlacesTestData.Validate(stream, PlacesTestData.Options(PlacesSchemaVersion.V0));
        Assert.False(result.IsValid);
        Assert.Contains(result.Report.Issues, i => i.RuleCode == "file.header.missing" && i.Value == "publics_accueillis");
    }
}

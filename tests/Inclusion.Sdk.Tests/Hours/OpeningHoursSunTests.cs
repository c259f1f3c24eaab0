using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Hours;
using NodaTime;

namespace Inclusion.Sdk.Tests.Hours;

/// <summary>Variable times (sunrise, sunset, dawn, dusk) computed with the NOAA solar equations at the settings' coordinates.</summary>
public class OpeningHoursSunTests
{
    private static OpeningHours H(string text, OpeningHoursSettings? settings = null)
    {
        var result = OpeningHours.Parse(text, settings);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(OpeningHoursVerdict.Valid, OpeningHours.VerdictOf(result));
        return result.Value;
    }

    private static int Local(SunEvent e, int y, int m, int d) =>
        SolarTimes.Minutes(e, new LocalDate(y, m, d), OpeningHoursSettings.DefaultLatitude, OpeningHoursSettings.DefaultLongitude, Paris.Zone);

    [Theory]
    [InlineData("sunrise-sunset", "sunrise-sunset")]
    [InlineData("Mo dawn-dusk", "Mo dawn-dusk")]
    [InlineData("(sunrise+01:00)-(sunset-01:00)", "(sunrise+01:00)-(sunset-01:00)")]
    [InlineData("Mo-Fr 08:00-sunset", "Mo-Fr 08:00-sunset")]
    [InlineData("sunrise-14:00,14:00+", "sunrise-14:00,14:00+")]
    [InlineData("sunset-sunrise", "sunset-sunrise")]
    [InlineData("(sunrise+00:30)+", "(sunrise+00:30)+")]
    public void Variable_times_parse_as_valid_and_round_trip(string text, string canonical)
    {
        Assert.Equal(canonical, H(text).ToString());
        Assert.Equal(canonical, H(canonical).ToString());
    }

    // Published times for Paris, to the minute: 21 December 2025, sunrise 08:41 and sunset 16:56, 26 December 08:43 and 16:59
    // (particle.news, "Winter solstice arrives today at 4:03 PM in Paris"); 24 June 2023, sunrise 05:48 and sunset 21:58
    // (pariswerewolves.blogspot.com, "16 Hours of Daylight"). Tolerance: 2 minutes.
    [Fact]
    public void A_zero_offset_is_repaired()
    {
        var result = OpeningHours.Parse("(dawn+00:00)-dusk");
        Assert.Equal(OpeningHoursVerdict.Repaired, OpeningHours.VerdictOf(result));
        Assert.Equal("opening-hours.zero-offset", result.Warnings[0].RuleCode);
        Assert.Equal("dawn-dusk", result.Value.ToString());
    }

    [Theory]
    [InlineData(2025, 12, 21, 8, 41, 16, 56)]
    [InlineData(2025, 12, 26, 8, 43, 16, 59)]
    [InlineData(2023, 6, 24, 5, 48, 21, 58)]
    public void Paris_sunrise_and_sunset_match_published_times(int y, int m, int d, int rh, int rm, int sh, int sm)
    {
        Assert.InRange(Local(SunEvent.Sunrise, y, m, d), (rh * 60) + rm - 2, (rh * 60) + rm + 2);
        Assert.InRange(Local(SunEvent.Sunset, y, m, d), (sh * 60) + sm - 2, (sh * 60) + sm + 2);
    }

    [Fact]
    public void Evaluation_follows_the_sun_and_the_coordinates()
    {
        var hours = H("sunrise-sunset");
        Assert.False(hours.IsOpen(Paris.At(2025, 12, 21, 8, 30)));
        Assert.True(hours.IsOpen(Paris.At(2025, 12, 21, 8, 50)));
        Assert.True(hours.IsOpen(Paris.At(2025, 12, 21, 16, 50)));
        Assert.False(hours.IsOpen(Paris.At(2025, 12, 21, 17, 0)));

        // Strasbourg (48.58 N, 7.75 E) is about 21 minutes east of Paris: the sun sets earlier on the clock.
        var strasbourg = H("sunrise-sunset", new OpeningHoursSettings { Latitude = 48.5734, Longitude = 7.7521 });
        Assert.False(strasbourg.IsOpen(Paris.At(2025, 12, 21, 16, 45)));
        Assert.True(hours.IsOpen(Paris.At(2025, 12, 21, 16, 45)));

        var offset = H("(sunrise+01:00)-(sunset-01:00)");
        Assert.False(offset.IsOpen(Paris.At(2025, 12, 21, 9, 30)));
        Assert.True(offset.IsOpen(Paris.At(2025, 12, 21, 9, 50)));
    }

    [Fact]
    public void Dawn_before_sunrise_before_sunset_before_dusk_every_day_in_france()
    {
        var gen = from day in Gen.Choose(0, 365)
                  from lat in Gen.Choose(4130, 5110)
                  from lon in Gen.Choose(-480, 820)
                  select (day, lat / 100.0, lon / 100.0);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (day, lat, lon) = t;
            var date = new LocalDate(2025, 1, 1).PlusDays(day);
            int M(SunEvent e) => SolarTimes.Minutes(e, date, lat, lon, Paris.Zone);
            var (dawn, rise, set, dusk) = (M(SunEvent.Dawn), M(SunEvent.Sunrise), M(SunEvent.Sunset), M(SunEvent.Dusk));
            var dayLength = set - rise;
            return (dawn < rise && rise < set && set < dusk && rise > 4 * 60 && set < 23 * 60 && dayLength is > (7 * 60) and < (17 * 60))
                .Label($"{date} {lat} {lon}: {dawn} {rise} {set} {dusk}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }
}

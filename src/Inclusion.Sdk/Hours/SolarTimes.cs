using NodaTime;

namespace Inclusion.Sdk.Hours;

/// <summary>
/// Sunrise, sunset, civil dawn and dusk from the NOAA "General Solar Position Calculations" equations (fractional year,
/// equation of time and declination as Fourier series, then the hour angle at a given zenith): 90.833° for sunrise and
/// sunset (the 0.833° accounts for refraction and the solar disc), 96° for civil dawn and dusk. Within about a minute
/// of published tables at mid latitudes (±2 minutes is the tolerance of the tests for Paris); no elevation correction.
/// </summary>
internal static class SolarTimes
{
    private const double Deg = Math.PI / 180.0;

    /// <summary>The wall-clock time of an event on a date, in minutes from local midnight (may be negative or past 1440 in odd zones).</summary>
    internal static int Minutes(SunEvent sunEvent, LocalDate date, double latitude, double longitude, DateTimeZone zone)
    {
        var utcMinutes = UtcMinutes(sunEvent, date, latitude, longitude);
        var instant = Instant.FromUtc(date.Year, date.Month, date.Day, 0, 0).Plus(Duration.FromMinutes(Math.Round(utcMinutes)));
        var local = instant.InZone(zone).LocalDateTime;
        var days = Period.Between(date, local.Date, PeriodUnits.Days).Days;
        return (days * 1440) + (local.Hour * 60) + local.Minute;
    }

    /// <summary>The time of an event on a date in minutes from 00:00 UTC (NOAA equations).</summary>
    internal static double UtcMinutes(SunEvent sunEvent, LocalDate date, double latitude, double longitude)
    {
        var daysInYear = CalendarSystem.Iso.GetDaysInYear(date.Year);
        var gamma = 2 * Math.PI / daysInYear * (date.DayOfYear - 1);
        var eqTime = 229.18 * (0.000075 + (0.001868 * Math.Cos(gamma)) - (0.032077 * Math.Sin(gamma))
            - (0.014615 * Math.Cos(2 * gamma)) - (0.040849 * Math.Sin(2 * gamma)));
        var decl = 0.006918 - (0.399912 * Math.Cos(gamma)) + (0.070257 * Math.Sin(gamma)) - (0.006758 * Math.Cos(2 * gamma))
            + (0.000907 * Math.Sin(2 * gamma)) - (0.002697 * Math.Cos(3 * gamma)) + (0.00148 * Math.Sin(3 * gamma));
        var zenith = sunEvent is SunEvent.Dawn or SunEvent.Dusk ? 96.0 : 90.833;
        var lat = latitude * Deg;
        var cosHa = (Math.Cos(zenith * Deg) / (Math.Cos(lat) * Math.Cos(decl))) - (Math.Tan(lat) * Math.Tan(decl));
        var ha = Math.Acos(Math.Clamp(cosHa, -1.0, 1.0)) / Deg;
        var morning = sunEvent is SunEvent.Dawn or SunEvent.Sunrise;
        return 720 - (4 * (longitude + (morning ? ha : -ha))) - eqTime;
    }
}

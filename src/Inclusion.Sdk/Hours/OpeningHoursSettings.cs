using NodaTime;

namespace Inclusion.Sdk.Hours;

/// <summary>How <see cref="OpeningHours"/> values are evaluated: time zone, public holidays and school holidays.</summary>
/// <remarks>This type is immutable and thread-safe when the school-holiday calendar is.</remarks>
public sealed class OpeningHoursSettings
{
    /// <summary>Metropolitan France: Europe/Paris, national public holidays, no school-holiday calendar.</summary>
    public static OpeningHoursSettings Default { get; } = new();

    /// <summary>The time zone in which the rules are read (Europe/Paris by default).</summary>
    public DateTimeZone TimeZone { get; init; } = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    /// <summary>True to count Good Friday and 26 December as public holidays (Alsace-Moselle).</summary>
    public bool IncludeAlsaceMoselleHolidays { get; init; }

    /// <summary>
    /// The latitude in degrees (north positive) at which <c>sunrise</c>, <c>sunset</c>, <c>dawn</c> and <c>dusk</c> are
    /// computed; by default Paris (48.8566), used when a value is evaluated without the place's coordinates.
    /// </summary>
    public double Latitude { get; init; } = DefaultLatitude;

    /// <summary>The longitude in degrees (east positive) for the solar events; by default Paris (2.3522).</summary>
    public double Longitude { get; init; } = DefaultLongitude;

    /// <summary>The default latitude: Paris, Notre-Dame (48.8566° N).</summary>
    public const double DefaultLatitude = 48.8566;

    /// <summary>The default longitude: Paris, Notre-Dame (2.3522° E).</summary>
    public const double DefaultLongitude = 2.3522;

    /// <summary>The school holidays for the <c>SH</c> selector; without it, <c>SH</c> never matches (and parsing warns).</summary>
    public ISchoolHolidayCalendar? SchoolHolidays { get; init; }
}

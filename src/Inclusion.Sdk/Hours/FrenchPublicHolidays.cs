using NodaTime;

namespace Inclusion.Sdk.Hours;

/// <summary>
/// The French public holidays (jours fériés, Code du travail art. L3133-1) used by the <c>PH</c> selector of
/// <see cref="OpeningHours"/>: 1 January, Easter Monday, 1 May, 8 May, Ascension Day, Whit Monday, 14 July,
/// 15 August, 1 November, 11 November and 25 December; in Alsace-Moselle also Good Friday and 26 December.
/// </summary>
/// <remarks>
/// Easter is computed with the Gregorian computus (valid for every year of the Gregorian calendar). Overseas
/// departments' extra holidays (abolition of slavery) are not included. This type is thread-safe.
/// </remarks>
public static class FrenchPublicHolidays
{
    /// <summary>Computes Easter Sunday of a Gregorian year.</summary>
    /// <param name="year">The year, 1583 to 9999.</param>
    /// <returns>The date of Easter Sunday.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1583 to 9999.</exception>
    public static LocalDate EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return Easter(year);
    }

    /// <summary>Lists the public holidays of a year in date order.</summary>
    /// <param name="year">The year, 1583 to 9999.</param>
    /// <param name="includeAlsaceMoselle">True to add Good Friday and 26 December (Alsace-Moselle).</param>
    /// <returns>The holidays, in date order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1583 to 9999.</exception>
    public static IReadOnlyList<LocalDate> GetHolidays(int year, bool includeAlsaceMoselle = false)
    {
        var easter = EasterSunday(year);
        var list = new List<LocalDate>(13)
        {
            new(year, 1, 1),
            easter.PlusDays(1),
            new(year, 5, 1),
            new(year, 5, 8),
            easter.PlusDays(39),
            easter.PlusDays(50),
            new(year, 7, 14),
            new(year, 8, 15),
            new(year, 11, 1),
            new(year, 11, 11),
            new(year, 12, 25),
        };
        if (includeAlsaceMoselle)
        {
            list.Add(easter.PlusDays(-2));
            list.Add(new LocalDate(year, 12, 26));
        }

        list.Sort();
        return list.Distinct().ToArray();
    }

    /// <summary>Tells whether a date is a public holiday.</summary>
    /// <param name="date">The date (ISO calendar).</param>
    /// <param name="includeAlsaceMoselle">True to count Good Friday and 26 December (Alsace-Moselle).</param>
    /// <returns><see langword="true"/> for a public holiday.</returns>
    public static bool IsPublicHoliday(LocalDate date, bool includeAlsaceMoselle = false)
    {
        var month = date.Month;
        var day = date.Day;
        switch (month)
        {
            case 1 when day == 1:
            case 5 when day is 1 or 8:
            case 7 when day == 14:
            case 8 when day == 15:
            case 11 when day is 1 or 11:
            case 12 when day == 25:
                return true;
            case 12 when day == 26:
                return includeAlsaceMoselle;
            case 3 or 4 or 5 or 6:
                if (date.Year < 1583 || date.Year > 9999)
                {
                    return false;
                }

                var offset = Period.DaysBetween(Easter(date.Year), date);
                return offset is 1 or 39 or 50 || (includeAlsaceMoselle && offset == -2);
            default:
                return false;
        }
    }

    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    private static LocalDate Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}

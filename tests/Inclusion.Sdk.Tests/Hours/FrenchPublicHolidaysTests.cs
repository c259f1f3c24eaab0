using Inclusion.Sdk.Hours;
using NodaTime;

namespace Inclusion.Sdk.Tests.Hours;

public class FrenchPublicHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Easter(int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), FrenchPublicHolidays.EasterSunday(year));

    [Fact]
    public void Holidays_2025()
    {
        LocalDate[] expected =
        [
            new(2025, 1, 1), new(2025, 4, 21), new(2025, 5, 1), new(2025, 5, 8), new(2025, 5, 29), new(2025, 6, 9),
            new(2025, 7, 14), new(2025, 8, 15), new(2025, 11, 1), new(2025, 11, 11), new(2025, 12, 25),
        ];
        Assert.Equal(expected, FrenchPublicHolidays.GetHolidays(2025));
    }

    [Fact]
    public void Holidays_2026()
    {
        LocalDate[] expected =
        [
            new(2026, 1, 1), new(2026, 4, 6), new(2026, 5, 1), new(2026, 5, 8), new(2026, 5, 14), new(2026, 5, 25),
            new(2026, 7, 14), new(2026, 8, 15), new(2026, 11, 1), new(2026, 11, 11), new(2026, 12, 25),
        ];
        Assert.Equal(expected, FrenchPublicHolidays.GetHolidays(2026));
    }

    [Fact]
    public void Alsace_moselle_adds_good_friday_and_saint_stephen()
    {
        var holidays = FrenchPublicHolidays.GetHolidays(2026, includeAlsaceMoselle: true);
        Assert.Equal(13, holidays.Count);
        Assert.Contains(new LocalDate(2026, 4, 3), holidays);
        Assert.Contains(new LocalDate(2026, 12, 26), holidays);
    }

    [Fact]
    public void Is_public_holiday_agrees_with_the_list_every_day()
    {
        foreach (var year in new[] { 2024, 2025, 2026, 2027 })
        {
            foreach (var alsace in new[] { false, true })
            {
                var set = FrenchPublicHolidays.GetHolidays(year, alsace).ToHashSet();
                for (var d = new LocalDate(year, 1, 1); d.Year == year; d = d.PlusDays(1))
                {
                    Assert.Equal(set.Contains(d), FrenchPublicHolidays.IsPublicHoliday(d, alsace));
                }
            }
        }
    }

    [Fact]
    public void Out_of_range_years_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FrenchPublicHolidays.EasterSunday(1500));
        Assert.Throws<ArgumentOutOfRangeException>(() => FrenchPublicHolidays.GetHolidays(10000));
    }
}

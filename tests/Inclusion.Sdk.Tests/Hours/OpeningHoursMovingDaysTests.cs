using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Hours;
using NodaTime;

namespace Inclusion.Sdk.Tests.Hours;

/// <summary>Nth weekday of the month, day offsets, holiday offsets and Easter (OSM specification, "weekday_selector" and "moving dates").</summary>
public class OpeningHoursMovingDaysTests
{
    private static OpeningHours H(string text)
    {
        var result = OpeningHours.Parse(text);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(OpeningHoursVerdict.Valid, OpeningHours.VerdictOf(result));
        return result.Value;
    }

    [Theory]
    [InlineData("Sa[1] 10:00-12:00", "Sa[1] 10:00-12:00")]
    [InlineData("Su[-1] off", "Su[-1] off")]
    [InlineData("Sa[1,3] 09:00-12:00", "Sa[1,3] 09:00-12:00")]
    [InlineData("Sa[1-2] 09:00-12:00", "Sa[1-2] 09:00-12:00")]
    [InlineData("We[4,5] 10:00-12:00", "We[4-5] 10:00-12:00")]
    [InlineData("We[-1,-2] 10:00-12:00", "We[-1,-2] 10:00-12:00")]
    [InlineData("Sa[-1] +1 day 10:00-12:00", "Sa[-1] +1 day 10:00-12:00")]
    [InlineData("Sa[-1] +3 days 10:00-12:00", "Sa[-1] +3 days 10:00-12:00")]
    [InlineData("Sa[1] -5 days", "Sa[1] -5 days")]
    [InlineData("Mo-Fr 12:00-18:00; Th[3],Th[-1] off", "Mo-Fr 12:00-18:00; Th[3],Th[-1] off")]
    [InlineData("Mo,Th[1] 10:00-12:00", "Mo,Th[1] 10:00-12:00")]
    [InlineData("PH +1 day off", "PH +1 day off")]
    [InlineData("PH -1 day off", "PH -1 day off")]
    [InlineData("PH -1 day Mo-We", "PH -1 day Mo-We")]
    [InlineData("easter", "easter")]
    [InlineData("easter +1 day open \"Easter Monday\"", "easter +1 day open \"Easter Monday\"")]
    [InlineData("easter -2 days-easter +2 days: open", "easter -2 days-easter +2 days open")]
    [InlineData("Apr 05-easter -1 day: open", "Apr 05-easter -1 day open")]
    [InlineData("Dec 25-easter off", "Dec 25-easter off")]
    [InlineData("2013 Dec 31 off", "2013 Dec 31 off")]
    [InlineData("2012-2016", "2012-2016")]
    [InlineData("Dec 24,25 off", "Dec 24,Dec 25 off")]
    [InlineData("Jan 01-31/8 00:00-24:00", "Jan 01-31/8 00:00-24:00")]
    [InlineData("Jan Su[2]-Jan 15", "Jan Su[2]-Jan 15")]
    [InlineData("Mar Su[-1]-Oct Su[-1] -1 day open", "Mar Su[-1]-Oct Su[-1] -1 day open")]
    [InlineData("Jan Su[1] 10:00-12:00", "Jan Su[1] 10:00-12:00")]
    [InlineData("Jan 01,Dec 11,Dec 15-17,Dec 19-23/2,Dec 24-25", "Jan 01,Dec 11,Dec 15-17,Dec 19-23/2,Dec 24-25")]
    [InlineData("Jan 01,Dec 24,26-28 off", "Jan 01,Dec 24,Dec 26-28 off")]
    [InlineData("Jan 23-Feb 12: 00:00-24:00", "Jan 23-Feb 12 00:00-24:00")]
    [InlineData("easter-Apr 20: open", "easter-Apr 20 open")]
    [InlineData("2060+", "2060+")]
    [InlineData("2013,2015,2020-2029/3,2060+ Jan 01", "2013,2015,2020-2029/3,2060+ Jan 01")]
    [InlineData("2015 Mo-Su 09:00-01:00; PH 08:00-02:00", "2015 Mo-Su 09:00-01:00; PH 08:00-02:00")]
    public void Moving_days_parse_as_valid_and_round_trip(string text, string canonical)
    {
        var hours = H(text);
        Assert.Equal(canonical, hours.ToString());
        Assert.Equal(canonical, H(canonical).ToString());
    }

    [Theory]
    [InlineData("Mo - Fr 09:00-12:00", "Mo-Fr 09:00-12:00")]
    [InlineData("Mo, Tu, We, Th, Fr, Su 11:00-01:00; Sa 11:00-02:00", "Su-Fr 11:00-01:00; Sa 11:00-02:00")]
    [InlineData("Mo - We, Fr 09:00-12:00", "Mo-We,Fr 09:00-12:00")]
    public void Spaces_the_specification_tolerates_are_valid(string text, string canonical) =>
        Assert.Equal(canonical, H(text).ToString());

    [Fact]
    public void Nth_weekdays_as_date_range_end_points()
    {
        // Summer time in the EU: from the last Sunday of March to the day before the last Sunday of October
        // (2025: 30 March and 26 October, calendar).
        var hours = H("Mar Su[-1]-Oct Su[-1] -1 day 10:00-12:00");
        Assert.False(hours.IsOpenOn(new LocalDate(2025, 3, 29)));
        Assert.True(hours.IsOpenOn(new LocalDate(2025, 3, 30)));
        Assert.True(hours.IsOpenOn(new LocalDate(2025, 10, 25)));
        Assert.False(hours.IsOpenOn(new LocalDate(2025, 10, 26)));
        // The second Sunday of January 2026 is the 11th.
        var january = H("Jan Su[2]-Jan 15 10:00-12:00");
        Assert.False(january.IsOpenOn(new LocalDate(2026, 1, 10)));
        Assert.True(january.IsOpenOn(new LocalDate(2026, 1, 11)));
        Assert.True(january.IsOpenOn(new LocalDate(2026, 1, 15)));
        Assert.False(january.IsOpenOn(new LocalDate(2026, 1, 16)));
    }

    [Fact]
    public void Day_steps_select_every_nth_day_of_the_range()
    {
        var hours = H("Jan 10-31/7 10:00-12:00");
        Assert.True(hours.IsOpenOn(new LocalDate(2026, 1, 10)));
        Assert.True(hours.IsOpenOn(new LocalDate(2026, 1, 17)));
        Assert.True(hours.IsOpenOn(new LocalDate(2026, 1, 31)));
        Assert.False(hours.IsOpenOn(new LocalDate(2026, 1, 11)));
        Assert.False(hours.IsOpenOn(new LocalDate(2026, 1, 3)));
    }

    [Fact]
    public void Years_select_their_dates()
    {
        var hours = H("Mo-Fr 09:00-12:00; 2026 Dec 24 off; 2030+ off");
        Assert.False(hours.IsOpenOn(new LocalDate(2026, 12, 24)));
        Assert.True(hours.IsOpenOn(new LocalDate(2027, 12, 24)));
        Assert.False(hours.IsOpenOn(new LocalDate(2031, 3, 3)));
        var steps = H("2020-2030/5 Jan 01 10:00-12:00");
        Assert.True(steps.IsOpenOn(new LocalDate(2025, 1, 1)));
        Assert.False(steps.IsOpenOn(new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void First_and_last_saturday()
    {
        // March 2025: Saturdays 1, 8, 15, 22, 29 (calendar).
        var first = H("Sa[1] 10:00-12:00");
        Assert.True(first.IsOpenOn(new LocalDate(2025, 3, 1)));
        Assert.False(first.IsOpenOn(new LocalDate(2025, 3, 8)));
        var last = H("Sa[-1] 10:00-12:00");
        Assert.True(last.IsOpenOn(new LocalDate(2025, 3, 29)));
        Assert.False(last.IsOpenOn(new LocalDate(2025, 3, 22)));
        var range = H("Sa[1-2] 10:00-12:00");
        Assert.True(range.IsOpenOn(new LocalDate(2025, 3, 8)));
        Assert.False(range.IsOpenOn(new LocalDate(2025, 3, 15)));
    }

    [Fact]
    public void Offset_moves_the_day_even_into_the_next_month()
    {
        // Last Saturday of May 2025 is the 31st; +1 day is Sunday 1 June.
        var hours = H("Sa[-1] +1 day 10:00-12:00");
        Assert.True(hours.IsOpenOn(new LocalDate(2025, 6, 1)));
        Assert.False(hours.IsOpenOn(new LocalDate(2025, 5, 31)));
    }

    [Fact]
    public void Holiday_offsets_select_the_days_around_public_holidays()
    {
        // 14 July 2025 is a Monday (public holiday): the day before is Sunday 13, the day after Tuesday 15.
        var before = H("PH -1 day 10:00-12:00");
        Assert.True(before.IsOpenOn(new LocalDate(2025, 7, 13)));
        Assert.False(before.IsOpenOn(new LocalDate(2025, 7, 14)));
        var after = H("Mo-Fr 09:00-17:00; PH +1 day off");
        Assert.False(after.IsOpenOn(new LocalDate(2025, 7, 15)));
        Assert.True(after.IsOpenOn(new LocalDate(2025, 7, 14)));
    }

    [Fact]
    public void Easter_and_its_offsets()
    {
        // Easter Sunday: 2025-04-20, 2026-04-05 (Gregorian computus).
        var easter = H("easter 10:00-12:00");
        Assert.True(easter.IsOpenOn(new LocalDate(2025, 4, 20)));
        Assert.True(easter.IsOpenOn(new LocalDate(2026, 4, 5)));
        Assert.False(easter.IsOpenOn(new LocalDate(2025, 4, 21)));
        var goodFriday = H("Mo-Su 09:00-18:00; easter -2 days off");
        Assert.False(goodFriday.IsOpenOn(new LocalDate(2025, 4, 18)));
        Assert.True(goodFriday.IsOpenOn(new LocalDate(2025, 4, 17)));
        var around = H("easter -2 days-easter +2 days 10:00-12:00");
        Assert.True(around.IsOpenOn(new LocalDate(2026, 4, 3)));
        Assert.True(around.IsOpenOn(new LocalDate(2026, 4, 7)));
        Assert.False(around.IsOpenOn(new LocalDate(2026, 4, 8)));
    }

    [Fact]
    public void Nth_weekday_lands_in_its_month_on_its_weekday()
    {
        var names = new[] { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };
        var gen = from year in Gen.Choose(2000, 2100)
                  from month in Gen.Choose(1, 12)
                  from day in Gen.Choose(0, 6)
                  from n in Gen.Elements(1, 2, 3, 4, -1, -2)
                  select (year, month, day, n);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (year, month, day, n) = t;
            var hours = OpeningHours.Parse($"{names[day]}[{n}] 10:00-12:00").Value;
            var dates = Enumerable.Range(1, CalendarSystem.Iso.GetDaysInMonth(year, month)).Select(d => new LocalDate(year, month, d)).ToList();
            var matches = dates.Where(hours.IsOpenOn).ToList();
            var sameWeekday = dates.Where(d => (int)d.DayOfWeek - 1 == day).ToList();
            var want = n > 0 ? sameWeekday[n - 1] : sameWeekday[sameWeekday.Count + n];
            return (matches.Count == 1 && matches[0] == want).Label($"{year}-{month} {names[day]}[{n}]");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }
}

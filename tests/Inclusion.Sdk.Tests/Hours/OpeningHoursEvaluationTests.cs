using Inclusion.Sdk.Hours;
using NodaTime;

namespace Inclusion.Sdk.Tests.Hours;

public class OpeningHoursEvaluationTests
{
    private static OpeningHours H(string text, OpeningHoursSettings? settings = null)
    {
        var result = OpeningHours.Parse(text, settings);
        Assert.True(result.Success, result.ToString());
        return result.Value;
    }

    [Theory]
    [InlineData(2025, 3, 3, 8, 59, false)]
    [InlineData(2025, 3, 3, 9, 0, true)]
    [InlineData(2025, 3, 3, 11, 59, true)]
    [InlineData(2025, 3, 3, 12, 0, false)]
    [InlineData(2025, 3, 3, 14, 0, true)]
    [InlineData(2025, 3, 3, 18, 29, true)]
    [InlineData(2025, 3, 3, 18, 30, false)]
    [InlineData(2025, 3, 8, 8, 30, true)]
    [InlineData(2025, 3, 8, 12, 0, false)]
    [InlineData(2025, 3, 9, 10, 0, false)]
    public void Typical_timetable(int y, int m, int d, int h, int min, bool open) =>
        Assert.Equal(open, H("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00").IsOpen(Paris.At(y, m, d, h, min)));

    [Fact]
    public void Past_midnight_belongs_to_the_previous_day()
    {
        var hours = H("Mo 20:00-26:00");
        Assert.True(hours.IsOpen(Paris.At(2025, 3, 3, 21)));
        Assert.True(hours.IsOpen(Paris.At(2025, 3, 4, 1)));
        Assert.False(hours.IsOpen(Paris.At(2025, 3, 4, 2)));
        Assert.False(hours.IsOpen(Paris.At(2025, 3, 3, 1)));
        Assert.True(hours.IsOpenOn(new LocalDate(2025, 3, 4)));
        Assert.Equal(Duration.FromHours(6), hours.WeeklyOpenDuration(new LocalDate(2025, 3, 3)));

        var wrap = H("Fr 22:00-02:00");
        Assert.True(wrap.IsOpen(Paris.At(2025, 3, 8, 1, 30)));
        Assert.False(wrap.IsOpen(Paris.At(2025, 3, 8, 2, 0)));
    }

    [Fact]
    public void Twenty_four_seven_is_always_open_including_clock_changes()
    {
        var hours = H("24/7");
        Assert.True(hours.IsOpen(Paris.At(2025, 3, 30, 1, 59)));
        Assert.True(hours.IsOpen(Paris.At(2025, 3, 30, 3, 0)));
        Assert.True(hours.IsOpen(Instant.FromUtc(2025, 10, 26, 0, 30)));
        Assert.True(hours.IsOpen(Instant.FromUtc(2025, 10, 26, 1, 30)));
        Assert.Null(hours.NextChange(Paris.At(2025, 3, 1, 0)));
        Assert.Equal(Duration.FromHours(167), hours.WeeklyOpenDuration(new LocalDate(2025, 3, 24)));
        Assert.Equal(Duration.FromHours(169), hours.WeeklyOpenDuration(new LocalDate(2025, 10, 20)));
        Assert.Equal(Duration.FromHours(168), hours.WeeklyOpenDuration(new LocalDate(2025, 3, 3)));
    }

    [Fact]
    public void Clock_changes_in_the_night()
    {
        var hours = H("Su 01:00-04:00");
        // 2025-03-30: 02:00 CET becomes 03:00 CEST, so the span lasts two hours.
        Assert.Equal(Duration.FromHours(2), hours.WeeklyOpenDuration(new LocalDate(2025, 3, 24)));
        Assert.Equal(Duration.FromHours(4), hours.WeeklyOpenDuration(new LocalDate(2025, 10, 20)));
        Assert.True(hours.IsOpen(Paris.At(2025, 3, 30, 3, 30)));
        var close = hours.NextChange(Paris.At(2025, 3, 30, 1, 30));
        Assert.Equal(Instant.FromUtc(2025, 3, 30, 2, 0), close);
        var open = hours.NextChange(Paris.At(2025, 3, 29, 12));
        Assert.Equal(Instant.FromUtc(2025, 3, 30, 0, 0), open);
        Assert.Equal(Instant.FromUtc(2025, 10, 26, 3, 0), hours.NextChange(Instant.FromUtc(2025, 10, 26, 1, 0)));
    }

    [Fact]
    public void Next_change_steps_through_a_day()
    {
        var hours = H("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00");
        Assert.Equal(Paris.At(2025, 3, 3, 12), hours.NextChange(Paris.At(2025, 3, 3, 10)));
        Assert.Equal(Paris.At(2025, 3, 3, 14), hours.NextChange(Paris.At(2025, 3, 3, 12)));
        Assert.Equal(Paris.At(2025, 3, 8, 8, 30), hours.NextChange(Paris.At(2025, 3, 7, 19)));
        Assert.Equal(Paris.At(2025, 3, 10, 9), hours.NextChange(Paris.At(2025, 3, 8, 12)));
        Assert.Null(H("off").NextChange(Paris.At(2025, 3, 8, 12)));
    }

    [Fact]
    public void Public_holidays_off_override_earlier_rules()
    {
        var hours = H("Mo-Fr 09:00-18:00; PH off");
        Assert.False(hours.IsOpen(Paris.At(2025, 4, 21, 10)));   // Easter Monday
        Assert.True(hours.IsOpen(Paris.At(2025, 4, 22, 10)));
        Assert.False(hours.IsOpen(Paris.At(2025, 5, 29, 10)));   // Ascension
        Assert.False(hours.IsOpen(Paris.At(2025, 6, 9, 10)));    // Whit Monday
        Assert.False(hours.IsOpen(Paris.At(2025, 7, 14, 10)));
        Assert.False(hours.IsOpen(Paris.At(2026, 4, 6, 10)));    // Easter Monday 2026
        Assert.False(hours.IsOpenOn(new LocalDate(2025, 12, 25)));
        Assert.Equal(Duration.FromHours(36), hours.WeeklyOpenDuration(new LocalDate(2025, 4, 21)));
    }

    [Fact]
    public void Alsace_moselle_holidays_are_optional()
    {
        var national = H("Mo-Fr 09:00-18:00; PH off");
        var alsace = H("Mo-Fr 09:00-18:00; PH off", new OpeningHoursSettings { IncludeAlsaceMoselleHolidays = true });
        Assert.True(national.IsOpen(Paris.At(2025, 4, 18, 10)));   // Good Friday
        Assert.False(alsace.IsOpen(Paris.At(2025, 4, 18, 10)));
        Assert.True(national.IsOpen(Paris.At(2025, 12, 26, 10)));
        Assert.False(alsace.IsOpen(Paris.At(2025, 12, 26, 10)));
    }

    [Fact]
    public void Holiday_followed_by_a_day_is_an_intersection()
    {
        var hours = H("Su 10:00-12:00; PH Su off");
        Assert.False(hours.IsOpen(Paris.At(2026, 11, 1, 11)));    // All Saints' Day, a Sunday
        Assert.True(hours.IsOpen(Paris.At(2026, 11, 8, 11)));
        var union = H("Mo 10:00-12:00; PH,Su 14:00-16:00");
        Assert.True(union.IsOpen(Paris.At(2025, 3, 9, 15)));      // Sunday
        Assert.True(union.IsOpen(Paris.At(2025, 5, 1, 15)));      // Thursday, 1 May
        Assert.False(union.IsOpen(Paris.At(2025, 5, 2, 15)));
    }

    [Fact]
    public void Additional_rules_add_and_normal_rules_replace()
    {
        var additional = H("Mo-Fr 08:00-12:00, We 14:00-18:00");
        Assert.True(additional.IsOpen(Paris.At(2025, 3, 5, 10)));
        Assert.True(additional.IsOpen(Paris.At(2025, 3, 5, 15)));
        var normal = H("Mo-Fr 08:00-12:00; We 14:00-18:00");
        Assert.False(normal.IsOpen(Paris.At(2025, 3, 5, 10)));
        Assert.True(normal.IsOpen(Paris.At(2025, 3, 5, 15)));
        Assert.True(normal.IsOpen(Paris.At(2025, 3, 4, 10)));
    }

    [Fact]
    public void Off_with_times_closes_only_those_times()
    {
        var hours = H("Mo-Fr 09:00-18:00; We 12:00-14:00 off");
        Assert.True(hours.IsOpen(Paris.At(2025, 3, 5, 10)));
        Assert.False(hours.IsOpen(Paris.At(2025, 3, 5, 13)));
        Assert.True(hours.IsOpen(Paris.At(2025, 3, 5, 15)));
        Assert.True(hours.IsOpen(Paris.At(2025, 3, 4, 13)));
    }

    [Fact]
    public void Fallback_applies_where_earlier_rules_say_nothing()
    {
        var hours = H("Mo-Sa 08:00-13:00 || \"sur rendez-vous\"");
        Assert.Equal(OpeningHoursState.Open, hours.GetState(Paris.At(2025, 3, 3, 10)));
        Assert.Equal(OpeningHoursState.Unknown, hours.GetState(Paris.At(2025, 3, 3, 15)));
        Assert.Equal(OpeningHoursState.Unknown, hours.GetState(Paris.At(2025, 3, 9, 10)));
        var days = H("Mo-Fr 09:00-12:00 || Sa 10:00-11:00");
        Assert.True(days.IsOpen(Paris.At(2025, 3, 8, 10, 30)));
        Assert.False(days.IsOpen(Paris.At(2025, 3, 3, 12, 30)));
    }

    [Fact]
    public void Modifiers_and_comments()
    {
        Assert.Equal(OpeningHoursState.Unknown, H("\"sur rendez-vous\"").GetState(Paris.At(2025, 3, 3, 10)));
        Assert.Equal(OpeningHoursState.Unknown, H("Mo-Fr 09:00-12:00 unknown").GetState(Paris.At(2025, 3, 3, 10)));
        Assert.Equal(OpeningHoursState.Open, H("Mo-Fr 09:00-12:00 \"sur rendez-vous\"").GetState(Paris.At(2025, 3, 3, 10)));
        Assert.Equal(OpeningHoursState.Closed, H("Mo-Fr 09:00-12:00 \"sur rendez-vous\"").GetState(Paris.At(2025, 3, 3, 13)));
        Assert.Equal(OpeningHoursState.Closed, H("off").GetState(Paris.At(2025, 3, 3, 10)));
        Assert.Equal(OpeningHoursState.Closed, H("Mo-Fr 09:00-12:00 closed").GetState(Paris.At(2025, 3, 3, 10)));
    }

    [Fact]
    public void Open_end_is_unknown_after_the_start()
    {
        var hours = H("Sa 18:00+");
        Assert.Equal(OpeningHoursState.Closed, hours.GetState(Paris.At(2025, 3, 8, 17)));
        Assert.Equal(OpeningHoursState.Unknown, hours.GetState(Paris.At(2025, 3, 8, 19)));
        Assert.False(hours.IsOpen(Paris.At(2025, 3, 8, 19)));
        var range = H("Sa 10:00-18:00+");
        Assert.Equal(OpeningHoursState.Open, range.GetState(Paris.At(2025, 3, 8, 17)));
        Assert.Equal(OpeningHoursState.Unknown, range.GetState(Paris.At(2025, 3, 8, 19)));
    }

    [Fact]
    public void Months_dates_and_weeks()
    {
        var winter = H("Jan-Mar Mo-Fr 09:00-12:00");
        Assert.True(winter.IsOpen(Paris.At(2025, 3, 31, 10)));
        Assert.False(winter.IsOpen(Paris.At(2025, 4, 1, 10)));
        var summer = H("Mo-Fr 09:00-18:00; Jul 14-Aug 15 off");
        Assert.False(summer.IsOpen(Paris.At(2025, 8, 1, 10)));
        Assert.True(summer.IsOpen(Paris.At(2025, 8, 18, 10)));
        var christmas = H("Mo-Su 09:00-18:00; Dec 24 09:00-12:00; Dec 25 off");
        Assert.False(christmas.IsOpen(Paris.At(2025, 12, 24, 13)));
        Assert.True(christmas.IsOpen(Paris.At(2025, 12, 24, 11)));
        Assert.False(christmas.IsOpenOn(new LocalDate(2025, 12, 25)));
        var wrapping = H("Nov-Feb off");
        Assert.False(wrapping.IsOpenOn(new LocalDate(2026, 1, 10)));
        Assert.True(wrapping.IsOpenOn(new LocalDate(2025, 3, 10)) == false);
        var odd = H("week 1-53/2 Mo 09:00-12:00");
        Assert.False(odd.IsOpen(Paris.At(2025, 1, 6, 10)));   // ISO week 2
        Assert.True(odd.IsOpen(Paris.At(2025, 1, 13, 10)));   // ISO week 3
    }

    [Fact]
    public void School_holidays_need_a_calendar()
    {
        var calendar = new SchoolHolidayCalendar([new DateInterval(new LocalDate(2025, 7, 5), new LocalDate(2025, 9, 1))]);
        var with = H("Mo-Fr 09:00-18:00; SH off", new OpeningHoursSettings { SchoolHolidays = calendar });
        Assert.False(with.IsOpen(Paris.At(2025, 7, 7, 10)));
        Assert.True(with.IsOpen(Paris.At(2025, 9, 2, 10)));
        var result = OpeningHours.Parse("Mo-Fr 09:00-18:00; SH off");
        Assert.Contains(result.Warnings, w => w.RuleCode == "opening-hours.school-holidays-unknown");
        Assert.True(result.Value.IsOpen(Paris.At(2025, 7, 7, 10)));
    }

    [Fact]
    public void Diagnostic_helpers()
    {
        var hours = H("Mo-Fr 09:00-12:00,14:00-19:00; Sa 09:00-12:00");
        Assert.True(hours.IsOpenOn(new LocalDate(2025, 3, 8)));
        Assert.False(hours.IsOpenOn(new LocalDate(2025, 3, 9)));
        Assert.True(hours.IsOpenAfter(new LocalDate(2025, 3, 3), new LocalTime(18, 0)));
        Assert.False(hours.IsOpenAfter(new LocalDate(2025, 3, 3), new LocalTime(19, 0)));
        Assert.False(hours.IsOpenAfter(new LocalDate(2025, 3, 8), new LocalTime(18, 0)));
        Assert.Equal(Duration.FromHours(43), hours.WeeklyOpenDuration(new LocalDate(2025, 3, 3)));
    }
}

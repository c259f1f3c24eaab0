using Inclusion.Sdk.Hours;
using NodaTime;

namespace Inclusion.Sdk.Tests.Hours;

/// <summary>
/// Points in time, time ranges with a step, years inside date ranges, selectors written after a space and the other
/// forms added for issue 15. Sources: the OSM specification (wiki page "Key:opening_hours/specification": a
/// <c>timespan</c> is a <c>time</c>, <c>time-extended_time</c>, …, <c>time-extended_time/minute</c> or
/// <c>/hour_minutes</c>; a <c>date_from</c> may start with a year) and the test values and expected intervals of
/// opening_hours.js (commit e041cdf, test/test.js; the line is given as ojs:line, as in the conformance corpus).
/// </summary>
public class OpeningHoursPointsAndDatedRangesTests
{
    private static OpeningHours H(string text)
    {
        var result = OpeningHours.Parse(text);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(OpeningHoursVerdict.Valid, OpeningHours.VerdictOf(result));
        return result.Value;
    }

    [Theory]
    [InlineData("Mo 12:00,15:00; Tu-Fr 14:00", "Mo 12:00,15:00; Tu-Fr 14:00")] // ojs:4743
    [InlineData("Apr 08:00", "Apr 08:00")] // ojs:4765
    [InlineData("Apr: 08:00", "Apr 08:00")] // ojs:4765
    [InlineData("Mo (sunrise+01:00)", "Mo (sunrise+01:00)")] // ojs:4782
    [InlineData("Mo 13:00-14:00,12:00", "Mo 12:00,13:00-14:00")] // ojs:4789
    [InlineData("Mo-Fr 10:00-16:00/90", "Mo-Fr 10:00-16:00/01:30")] // ojs:5050
    [InlineData("Mo-Fr 10:00-16:00/01:30", "Mo-Fr 10:00-16:00/01:30")] // ojs:5050
    [InlineData("Mo-Fr 22:00-03:00/01:00", "Mo-Fr 22:00-03:00/01:00")] // ojs:5077
    [InlineData("Mo-Fr sunrise-(sunset-02:00)/120", "Mo-Fr sunrise-(sunset-02:00)/02:00")] // ojs:5090
    [InlineData("Mo 10:00-11:00/90", "Mo 10:00-11:00/01:30")] // a step larger than the range: the start only
    [InlineData("Tu 23:59-48:00", "Tu 23:59-48:00")] // ojs:450, the longest span
    [InlineData("2013 Dec 31-2014 Jan 02", "2013 Dec 31-2014 Jan 02")] // ojs:3618
    [InlineData("2013 Dec 31,2014 Jan 05", "2013 Dec 31,2014 Jan 05")] // ojs:3602
    [InlineData("2012 Jan 23-2012 Feb 12 00:00-24:00", "2012 Jan 23-Feb 12 00:00-24:00")] // ojs:3554
    [InlineData("2012 Jan 01,2012 Dec 24-25; 2012 Nov Th[4]", "2012 Jan 01,2012 Dec 24-25; 2012 Nov Th[4]")] // ojs:3531
    [InlineData("2012 easter -2 days-2012 easter +2 days: open \"Around easter\"", "2012 easter -2 days-easter +2 days open \"Around easter\"")] // ojs:4719
    [InlineData("2024 Feb 29-2024 Mar 01", "2024 Feb 29-Mar 01")] // a leap day in a leap year
    [InlineData("2026 Dec 28-2027 Jan 03 week 53 10:00-12:00", "2026 Dec 28-2027 Jan 03 week 53 10:00-12:00")]
    [InlineData("Mo 12:00-14:00 16:00-18:00 20:00-22:00", "Mo 12:00-14:00,16:00-18:00,20:00-22:00")] // ojs:5305
    [InlineData("Mo-Sa 11:00-21:00 Su off", "Mo-Sa Su 11:00-21:00 off")] // ojs:5321
    [InlineData("Jan 12:00-13:00 Mo 15:00-16:00", "Jan Mo 12:00-13:00,15:00-16:00")] // ojs:5321
    [InlineData("Jan-Feb Jan 09-Jan 15", "Jan-Feb Jan 09-15")] // ojs:3823
    [InlineData("PH -1 day SH Mo-We", "PH -1 day,SH Mo-We")] // ojs:1012
    [InlineData("SH PH -1 day Mo-We", "PH -1 day,SH Mo-We")] // ojs:1020
    [InlineData("\"testing\" \"second comment\"", "\"testing; second comment\"")] // ojs:5321
    [InlineData("Mo-Fr 10:00-20:00 unknown \"Maybe\"; \"Maybe open. Call us.\" We 10:00-16:00", "Mo-Fr 10:00-20:00 unknown \"Maybe\"; We 10:00-16:00 \"Maybe open. Call us.\"")] // ojs:3920
    [InlineData("Mo,We 24/7", "Mo,We 00:00-24:00")] // ojs:2883
    [InlineData("week 01,week 03: 00:00-24:00", "week 1,3 00:00-24:00")] // ojs:3125
    [InlineData("Jan 01,Dec 11,15-17,19-23/2,24,25", "Jan 01,Dec 11,Dec 15-17,Dec 19-23/2,Dec 24,Dec 25")] // ojs:3542
    [InlineData("Easter -7 day-Nov 01: Tu-Sa 10:00-12:00", "easter -7 days-Nov 01 Tu-Sa 10:00-12:00")] // ojs:824
    public void New_forms_are_valid_and_round_trip(string text, string canonical)
    {
        var hours = H(text);
        Assert.Equal(canonical, hours.ToString());
        Assert.Equal(canonical, H(canonical).ToString());
    }

    [Fact]
    public void A_point_in_time_is_open_for_one_minute()
    {
        // ojs:4743, "Points in time, mode 1": 2012-10-01 (a Monday) 12:00-12:01 and 15:00-15:01, Tu-Fr 14:00-14:01; 6 minutes in the week.
        var hours = H("Mo 12:00,15:00; Tu-Fr 14:00");
        Assert.True(hours.IsOpen(Paris.At(2012, 10, 1, 12, 0)));
        Assert.False(hours.IsOpen(Paris.At(2012, 10, 1, 12, 1)));
        Assert.False(hours.IsOpen(Paris.At(2012, 10, 1, 11, 59)));
        Assert.Equal(Paris.At(2012, 10, 1, 12, 0), hours.NextChange(Paris.At(2012, 10, 1, 9, 0)));
        Assert.Equal(Paris.At(2012, 10, 1, 12, 1), hours.NextChange(Paris.At(2012, 10, 1, 12, 0)));
        Assert.Equal(Duration.FromMinutes(6), hours.WeeklyOpenDuration(new LocalDate(2012, 10, 1)));
    }

    [Fact]
    public void Points_and_ranges_mix_in_one_list()
    {
        // ojs:4789: 12:00-12:01 and 13:00-14:00, 61 minutes.
        Assert.Equal(Duration.FromMinutes(61), H("Mo 12:00,13:00-14:00").WeeklyOpenDuration(new LocalDate(2012, 10, 1)));
    }

    [Fact]
    public void A_point_at_the_end_of_the_day_does_not_spill()
    {
        var hours = H("Mo 23:59");
        Assert.True(hours.IsOpen(Paris.At(2025, 3, 3, 23, 59)));
        Assert.False(hours.IsOpen(Paris.At(2025, 3, 4, 0, 0)));
        Assert.Equal(Paris.At(2025, 3, 4, 0, 0), hours.NextChange(Paris.At(2025, 3, 3, 23, 59)));
    }

    [Fact]
    public void A_variable_point_follows_the_sun()
    {
        // ojs:4782: one minute, an hour after sunrise.
        var hours = H("Mo (sunrise+01:00)");
        Assert.Equal(Duration.FromMinutes(1), hours.WeeklyOpenDuration(new LocalDate(2025, 6, 23)));
        Assert.False(hours.IsOpen(Paris.At(2025, 6, 23, 5, 0)));
    }

    [Fact]
    public void A_step_gives_points_from_the_start_to_the_end()
    {
        // ojs:5050: 10:00, 11:30, 13:00, 14:30, 16:00 on each weekday (2012-10-01 is a Monday).
        var hours = H("Mo-Fr 10:00-16:00/90");
        foreach (var (h, m) in new[] { (10, 0), (11, 30), (13, 0), (14, 30), (16, 0) })
        {
            Assert.True(hours.IsOpen(Paris.At(2012, 10, 1, h, m)), $"{h}:{m}");
            Assert.False(hours.IsOpen(Paris.At(2012, 10, 1, h, m + 1)), $"{h}:{m + 1}");
        }

        Assert.False(hours.IsOpen(Paris.At(2012, 10, 1, 10, 30)));
        Assert.Equal(Duration.FromMinutes(25), hours.WeeklyOpenDuration(new LocalDate(2012, 10, 1)));
        Assert.Equal(Paris.At(2012, 10, 1, 11, 30), hours.NextChange(Paris.At(2012, 10, 1, 10, 1)));
    }

    [Fact]
    public void A_step_over_midnight_continues_on_the_next_day()
    {
        // ojs:5077: Monday 22:00 and 23:00, then Tuesday 00:00, 01:00, 02:00 and 03:00.
        var hours = H("Mo-Fr 22:00-03:00/01:00");
        Assert.True(hours.IsOpen(Paris.At(2012, 10, 1, 22, 0)));
        Assert.True(hours.IsOpen(Paris.At(2012, 10, 2, 0, 0)));
        Assert.True(hours.IsOpen(Paris.At(2012, 10, 2, 3, 0)));
        Assert.False(hours.IsOpen(Paris.At(2012, 10, 2, 3, 1)));
        Assert.False(hours.IsOpen(Paris.At(2012, 10, 2, 4, 0)));
        // Friday's points run into Saturday 03:00; none start on Saturday or Sunday: 6 × 5 = 30 minutes.
        Assert.Equal(Duration.FromMinutes(30), hours.WeeklyOpenDuration(new LocalDate(2012, 10, 1)));
    }

    [Fact]
    public void A_step_larger_than_the_range_keeps_the_start_only()
    {
        var hours = H("Mo 10:00-11:00/90");
        Assert.Equal(Duration.FromMinutes(1), hours.WeeklyOpenDuration(new LocalDate(2025, 3, 3)));
        Assert.True(hours.IsOpen(Paris.At(2025, 3, 3, 10, 0)));
    }

    [Fact]
    public void A_step_with_variable_ends_counts_from_sunrise()
    {
        // ojs:5090: every two hours from sunrise to two hours before sunset. In Paris on 2025-06-23 sunrise is
        // about 05:47 and sunset about 21:58, so the points are 05:47 … 19:47: 8 of them.
        var hours = H("Mo-Fr sunrise-(sunset-02:00)/120");
        Assert.Equal(Duration.FromMinutes(8 * 5), hours.WeeklyOpenDuration(new LocalDate(2025, 6, 23)));
        Assert.False(hours.IsOpenOn(new LocalDate(2025, 6, 28)));
    }

    [Fact]
    public void The_longest_span_ends_two_midnights_later()
    {
        // ojs:450, "Time ranges spanning midnight (maximum supported)": Tuesday 23:59 to Thursday 00:00, 24 hours and a minute.
        var hours = H("Tu 23:59-48:00");
        Assert.True(hours.IsOpen(Paris.At(2012, 10, 3, 23, 59)));
        Assert.False(hours.IsOpen(Paris.At(2012, 10, 4, 0, 0)));
        Assert.Equal(Duration.FromMinutes((24 * 60) + 1), hours.WeeklyOpenDuration(new LocalDate(2012, 10, 1)));
    }

    [Fact]
    public void A_date_range_with_years_runs_across_new_year_once()
    {
        // ojs:3618.
        var hours = H("2013 Dec 31-2014 Jan 02");
        Assert.True(hours.IsOpenOn(new LocalDate(2013, 12, 31)));
        Assert.True(hours.IsOpenOn(new LocalDate(2014, 1, 2)));
        Assert.False(hours.IsOpenOn(new LocalDate(2014, 1, 3)));
        Assert.False(hours.IsOpenOn(new LocalDate(2012, 12, 31)));
        Assert.False(hours.IsOpenOn(new LocalDate(2014, 12, 31)));
        Assert.False(hours.IsOpenOn(new LocalDate(2015, 1, 1)));
    }

    [Fact]
    public void Dates_with_years_in_a_list_are_single_days()
    {
        // ojs:3602.
        var hours = H("2013 Dec 31,2014 Jan 05");
        Assert.True(hours.IsOpenOn(new LocalDate(2013, 12, 31)));
        Assert.True(hours.IsOpenOn(new LocalDate(2014, 1, 5)));
        Assert.False(hours.IsOpenOn(new LocalDate(2013, 1, 5)));
        Assert.False(hours.IsOpenOn(new LocalDate(2014, 12, 31)));
    }

    [Fact]
    public void Closed_between_dated_ranges()
    {
        // ojs:3618: open, except from 2010-01-01 to 2013-12-30 and from 2014-01-03 to 2016-01-01.
        var hours = H("open; 2010 Jan 01-2013 Dec 30 off; 2014 Jan 03-2016 Jan 01 off");
        Assert.True(hours.IsOpenOn(new LocalDate(2009, 12, 31)));
        Assert.False(hours.IsOpenOn(new LocalDate(2012, 6, 1)));
        Assert.True(hours.IsOpenOn(new LocalDate(2013, 12, 31)));
        Assert.True(hours.IsOpenOn(new LocalDate(2014, 1, 2)));
        Assert.False(hours.IsOpenOn(new LocalDate(2016, 1, 1)));
        Assert.True(hours.IsOpenOn(new LocalDate(2016, 1, 2)));
    }

    [Fact]
    public void Easter_with_years_in_a_range()
    {
        // ojs:4719; Easter Sunday 2012 is 8 April (Gregorian computus): open 6 to 10 April 2012.
        var hours = H("2012 easter -2 days-2012 easter +2 days: open \"Around easter\"");
        Assert.False(hours.IsOpenOn(new LocalDate(2012, 4, 5)));
        Assert.True(hours.IsOpenOn(new LocalDate(2012, 4, 6)));
        Assert.True(hours.IsOpenOn(new LocalDate(2012, 4, 10)));
        Assert.False(hours.IsOpenOn(new LocalDate(2012, 4, 11)));
        Assert.False(hours.IsOpenOn(new LocalDate(2013, 3, 31)));
    }

    [Fact]
    public void A_leap_day_with_a_year()
    {
        var hours = H("2024 Feb 29-2024 Mar 01 10:00-12:00");
        Assert.True(hours.IsOpenOn(new LocalDate(2024, 2, 29)));
        Assert.False(hours.IsOpenOn(new LocalDate(2028, 2, 29)));
        Assert.Equal(OpeningHoursVerdict.Invalid, OpeningHours.Judge("2023 Feb 29-2023 Mar 01"));
    }

    [Fact]
    public void A_dated_range_across_week_53()
    {
        // ISO week 53 of 2026 runs from Monday 28 December 2026 to Sunday 3 January 2027.
        var hours = H("2026 Dec 28-2027 Jan 03 week 53 10:00-12:00");
        Assert.Equal(Duration.FromHours(14), hours.WeeklyOpenDuration(new LocalDate(2026, 12, 28)));
        Assert.False(hours.IsOpenOn(new LocalDate(2027, 1, 4)));
    }

    [Fact]
    public void Selectors_after_a_space_must_all_match()
    {
        // ojs:3823, "Selector combination": Jan-Feb and Jan 09-15 → 9 to 15 January.
        var january = H("Jan-Feb Jan 09-Jan 15");
        Assert.False(january.IsOpenOn(new LocalDate(2012, 1, 8)));
        Assert.True(january.IsOpenOn(new LocalDate(2012, 1, 9)));
        Assert.True(january.IsOpenOn(new LocalDate(2012, 1, 15)));
        Assert.False(january.IsOpenOn(new LocalDate(2012, 2, 9)));

        // ojs:5321 (the reference warns that it is probably an error): no day is both Mo-Sa and Su.
        var never = H("Mo 08:00-10:00; Mo-Sa 11:00-21:00 Su off");
        Assert.True(never.IsOpen(Paris.At(2025, 3, 3, 9, 0)));
        Assert.False(never.IsOpen(Paris.At(2025, 3, 3, 12, 0)));
    }

    [Fact]
    public void Time_lists_after_a_space_are_one_list()
    {
        // ojs:5305: three spans on Monday, 6 hours.
        Assert.Equal(Duration.FromHours(6), H("Mo 12:00-14:00 16:00-18:00 20:00-22:00").WeeklyOpenDuration(new LocalDate(2025, 3, 3)));
    }

    [Fact]
    public void Holidays_after_a_space_are_one_list()
    {
        // ojs:1012 (German data there): school holidays or days before a public holiday, Monday to Wednesday.
        var zoneB = new SchoolHolidayCalendar([new DateInterval(new LocalDate(2025, 2, 15), new LocalDate(2025, 3, 2))]);
        var result = OpeningHours.Parse("PH -1 day SH Mo-We", new OpeningHoursSettings { SchoolHolidays = zoneB });
        Assert.Equal(OpeningHoursVerdict.Valid, OpeningHours.VerdictOf(result));
        var hours = result.Value;
        Assert.True(hours.IsOpenOn(new LocalDate(2025, 2, 17)));   // Monday, school holidays
        Assert.False(hours.IsOpenOn(new LocalDate(2025, 2, 20)));  // Thursday, school holidays
        Assert.True(hours.IsOpenOn(new LocalDate(2025, 4, 30)));   // Wednesday, the day before 1 May
        Assert.False(hours.IsOpenOn(new LocalDate(2025, 4, 29)));  // Tuesday, neither
    }

    [Fact]
    public void The_comment_of_a_rule_may_come_before_its_times()
    {
        // ojs:3920: Wednesday 10:00-16:00 open with the comment.
        var hours = H("Mo-Fr 10:00-20:00 unknown \"Maybe\"; We \"Maybe open. Call us.\" 10:00-16:00");
        Assert.Equal(OpeningHoursState.Open, hours.GetState(Paris.At(2012, 10, 3, 12, 0)));
        Assert.Equal(OpeningHoursState.Closed, hours.GetState(Paris.At(2012, 10, 3, 17, 0)));
        Assert.Equal(OpeningHoursState.Unknown, hours.GetState(Paris.At(2012, 10, 4, 17, 0)));
    }

    [Fact]
    public void Twenty_four_seven_after_days_is_the_whole_day()
    {
        // ojs:2883.
        var hours = H("Mo,We 24/7");
        Assert.Equal(Duration.FromHours(48), hours.WeeklyOpenDuration(new LocalDate(2025, 3, 3)));
    }

    [Theory]
    [InlineData("17:00-late")] // ojs:475, "Open end": the reference assumes "+" for these words
    [InlineData("17:00 til late")]
    [InlineData("17:00 till late")]
    [InlineData("17:00 bis Open End")]
    [InlineData("17:00-open end")]
    [InlineData("17:00-openend")]
    public void Open_end_words_are_repaired_as_an_open_end(string text)
    {
        var result = OpeningHours.Parse(text);
        Assert.Equal(OpeningHoursVerdict.Repaired, OpeningHours.VerdictOf(result));
        Assert.Equal("17:00+", result.Value.ToString());
        Assert.All(result.Warnings, w => Assert.Equal("17:00+", w.Suggestion));
        Assert.Contains(result.Warnings, w => w.RuleCode == "opening-hours.keyword");
        // ojs:475: unknown (open end) from 17:00 until midnight.
        Assert.Equal(OpeningHoursState.Unknown, result.Value.GetState(Paris.At(2012, 10, 1, 18, 0)));
        Assert.Equal(OpeningHoursState.Closed, result.Value.GetState(Paris.At(2012, 10, 1, 16, 0)));
    }

    [Theory]
    [InlineData("12:00-15:00/60")]
    [InlineData("12:00")]
    [InlineData("dusk")]
    public void Points_in_time_are_read_as_the_specification_writes_them(string text) =>
        // The reference refuses these for the opening_hours key ("time range mode") and accepts them for
        // collection_times; the specification's grammar has them, so they are valid here (see docs/opening-hours.md).
        Assert.Equal(OpeningHoursVerdict.Valid, OpeningHours.Judge(text));

    [Fact]
    public void Many_selector_groups_after_spaces_are_refused_not_a_crash()
    {
        // Each group after a space is read recursively: 100,000 of them must give an error, not a stack overflow.
        var text = string.Concat(Enumerable.Repeat("Mo ", 100_000)) + "10:00-12:00";
        var result = OpeningHours.Parse(text);
        Assert.False(result.Success);
        Assert.Equal("opening-hours.syntax", result.Error!.RuleCode);
        Assert.Equal(OpeningHoursVerdict.Valid, OpeningHours.Judge(string.Concat(Enumerable.Repeat("Mo ", 32)) + "10:00-12:00"));
    }

    [Theory]
    [InlineData("00:00-24:00 week 06 Feb")] // ojs:5321, tolerated: the reference reorders the selectors
    [InlineData("Mo-Su week 06 Feb 00:00-24:00")]
    [InlineData("Mo-Fr 10:00-20:00 open; We open 10:00-16:00")] // ojs:3944
    [InlineData("Jan 11-Jan 11: week 02: 00:00-24:00")] // ojs:3814, a second colon
    [InlineData("2012 easter - 2 days - easter + 2 days: open")] // ojs:5614, refused
    public void Forms_the_reference_only_tolerates_or_refuses_are_not_valid(string text) =>
        Assert.NotEqual(OpeningHoursVerdict.Valid, OpeningHours.Judge(text));
}

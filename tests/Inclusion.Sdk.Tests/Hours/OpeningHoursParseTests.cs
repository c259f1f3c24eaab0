using Inclusion.Sdk.Hours;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Tests.Hours;

public class OpeningHoursParseTests
{
    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00")]
    [InlineData("Mo,We,Fr 10:00-12:00", "Mo,We,Fr 10:00-12:00")]
    [InlineData("Fr,We,Mo 10:00-12:00", "Mo,We,Fr 10:00-12:00")]
    [InlineData("Mo,Tu,We 10:00-12:00", "Mo-We 10:00-12:00")]
    [InlineData("Sa-Mo 10:00-12:00", "Sa-Mo 10:00-12:00")]
    [InlineData("Su,Mo 10:00-12:00", "Mo,Su 10:00-12:00")]
    [InlineData("Mo-Su 10:00-12:00", "Mo-Su 10:00-12:00")]
    [InlineData("Mo 20:00-26:00", "Mo 20:00-02:00")]
    [InlineData("Fr 22:00-02:00", "Fr 22:00-02:00")]
    [InlineData("Sa 18:00+", "Sa 18:00+")]
    [InlineData("Sa 10:00-18:00+", "Sa 10:00-18:00+")]
    [InlineData("Mo 14:00-18:30,09:00-12:00", "Mo 09:00-12:00,14:00-18:30")]
    [InlineData("24/7", "24/7")]
    [InlineData("Mo-Fr 09:00-18:00; PH off", "Mo-Fr 09:00-18:00; PH off")]
    [InlineData("Mo-Fr 09:00-18:00; PH closed", "Mo-Fr 09:00-18:00; PH off")]
    [InlineData("PH Su off", "PH Su off")]
    [InlineData("PH,Su,SH off", "Su,PH,SH off")]
    [InlineData("Su,PH 10:00-12:00", "Su,PH 10:00-12:00")]
    [InlineData("Mo-Fr 08:00-12:00, We 14:00-18:00", "Mo-Fr 08:00-12:00, We 14:00-18:00")]
    [InlineData("Mo-Sa 08:00-13:00 || \"sur rendez-vous\"", "Mo-Sa 08:00-13:00 || \"sur rendez-vous\"")]
    [InlineData("Jan-Mar Mo-Fr 09:00-12:00", "Jan-Mar Mo-Fr 09:00-12:00")]
    [InlineData("Dec 24 off", "Dec 24 off")]
    [InlineData("Dec 24-26 off", "Dec 24-26 off")]
    [InlineData("Jul 14-Aug 15 off", "Jul 14-Aug 15 off")]
    [InlineData("Jan 1,Dec 25 off", "Jan 01,Dec 25 off")]
    [InlineData("Jan-Mar: Mo 10:00-12:00", "Jan-Mar Mo 10:00-12:00")]
    [InlineData("week 1-53/2 Mo 09:00-12:00", "week 1-53/2 Mo 09:00-12:00")]
    [InlineData("week 02-52/2 Tu 09:00-12:00", "week 2-52/2 Tu 09:00-12:00")]
    [InlineData("\"sur rendez-vous\"", "\"sur rendez-vous\"")]
    [InlineData("Mo-Fr 09:00-12:00 \"sur rendez-vous\"", "Mo-Fr 09:00-12:00 \"sur rendez-vous\"")]
    [InlineData("Mo-Fr 09:00-12:00 unknown", "Mo-Fr 09:00-12:00 unknown")]
    [InlineData("Mo-Fr 09:00-12:00 open", "Mo-Fr 09:00-12:00 open")]
    [InlineData("off", "off")]
    [InlineData("10:00-20:00", "10:00-20:00")]
    [InlineData("Mo-Fr 00:00-24:00", "Mo-Fr 00:00-24:00")]
    [InlineData("Mo-Fr 10:00-20:00;Sa 10:00-12:00", "Mo-Fr 10:00-20:00; Sa 10:00-12:00")]
    [InlineData("SH Mo-Fr 10:00-12:00", "SH Mo-Fr 10:00-12:00")]
    public void Valid_values_format_canonically_without_warnings(string text, string expected)
    {
        var result = OpeningHours.Parse(text, WithSchoolHolidays);
        Assert.True(result.Success, result.ToString());
        Assert.Empty(result.Warnings);
        Assert.Equal(expected, result.Value.ToString());
        Assert.Equal(expected, OpeningHours.Parse(expected, WithSchoolHolidays).Value.ToString());
    }

    [Theory]
    [InlineData("9h-12h", "09:00-12:00", "opening-hours.time-format")]
    [InlineData("9:00-12:00", "09:00-12:00", "opening-hours.time-format")]
    [InlineData("Mo 9h30-12h", "Mo 09:30-12:00", "opening-hours.time-format")]
    [InlineData("Mo-Sun 00:00-00:00", "Mo-Su 00:00-24:00", "opening-hours.day-name")]
    [InlineData("lundi 09:00-12:00", "Mo 09:00-12:00", "opening-hours.day-name")]
    [InlineData("lun. 09:00-12:00", "Mo 09:00-12:00", "opening-hours.day-name")]
    [InlineData("mar. 09:00-12:00", "Tu 09:00-12:00", "opening-hours.day-name")]
    [InlineData("mardi 09:00-12:00", "Tu 09:00-12:00", "opening-hours.day-name")]
    [InlineData("Lu-Ve 09:00-12:00", "Mo-Fr 09:00-12:00", "opening-hours.day-name")]
    [InlineData("mo-fr 09:00-12:00", "Mo-Fr 09:00-12:00", "opening-hours.day-name")]
    [InlineData("Mo–Fr 09:00–12:00", "Mo-Fr 09:00-12:00", "opening-hours.dash")]
    [InlineData("Mo-Fr 09:00 - 12:00", "Mo-Fr 09:00-12:00", "opening-hours.spacing")]
    [InlineData("Mo 09:00-12:00, 14:00-18:00", "Mo 09:00-12:00,14:00-18:00", "opening-hours.spacing")]
    [InlineData("Mo , We 10:00-12:00", "Mo,We 10:00-12:00", "opening-hours.spacing")]
    [InlineData("janvier Mo 09:00-12:00", "Jan Mo 09:00-12:00", "opening-hours.month-name")]
    [InlineData("Mo-Fr 09:00-12:00; ph fermé", "Mo-Fr 09:00-12:00; PH off", "opening-hours.keyword")]
    [InlineData("Mo-Fr 09:00-12:00;", "Mo-Fr 09:00-12:00", "opening-hours.trailing-separator")]
    [InlineData("Week 1-53/2 Mo 09:00-12:00", "week 1-53/2 Mo 09:00-12:00", "opening-hours.keyword")]
    [InlineData("SH off", "SH off", "opening-hours.school-holidays-unknown")]
    public void Tolerated_forms_warn_and_suggest_the_canonical_value(string text, string canonical, string rule)
    {
        var result = OpeningHours.Parse(text);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(canonical, result.Value.ToString());
        var warning = result.Warnings.First(w => w.RuleCode == rule);
        Assert.NotEqual(Severity.Error, warning.Severity);
        if (rule != "opening-hours.school-holidays-unknown" && rule != "opening-hours.trailing-separator")
        {
            Assert.Equal(canonical, warning.Suggestion);
        }

        Assert.NotNull(warning.Location.Column);
        Assert.Contains("position " + warning.Location.Column, warning.MessageEn, StringComparison.Ordinal);
        Assert.Contains("position " + warning.Location.Column, warning.MessageFr, StringComparison.Ordinal);
        Assert.All(result.Warnings, w => Assert.Equal(Severity.Warning, w.Severity));
    }

    [Fact]
    public void Warning_positions_are_one_based()
    {
        var result = OpeningHours.Parse("Mo-Sun 9:00-12:00");
        Assert.Equal(4, result.Warnings.Single(w => w.RuleCode == "opening-hours.day-name").Location.Column);
        Assert.Equal(8, result.Warnings.Single(w => w.RuleCode == "opening-hours.time-format").Location.Column);
    }

    [Theory]
    [InlineData("", "opening-hours.empty", 1)]
    [InlineData("   ", "opening-hours.empty", 1)]
    [InlineData(null, "opening-hours.empty", 1)]
    [InlineData("Mo-Fr 25:00-26:00", "opening-hours.invalid-time", 7)]
    [InlineData("Mo-Fr 09:60-12:00", "opening-hours.invalid-time", 7)]
    [InlineData("Mo-Fr 09:00-49:00", "opening-hours.invalid-time", 13)]
    [InlineData("Mo-Fr 09:0-12:00", "opening-hours.invalid-time", 7)]
    [InlineData("Tu 23:59-48:00+", "opening-hours.invalid-time", 10)]
    [InlineData("Mo 10:00-16:00/0", "opening-hours.invalid-time", 16)]
    [InlineData("Mo 10:00-16:00/1:00", "opening-hours.invalid-time", 15)]
    [InlineData("Mo 10:00-16:00/01:60", "opening-hours.invalid-time", 16)]
    [InlineData("2023 Feb 29-2023 Mar 01", "opening-hours.invalid-date", 6)]
    [InlineData("2014 Dec 31-2013 Jan 01", "opening-hours.invalid-date", 6)]
    [InlineData("Mo-Fr 0900-1200", "opening-hours.invalid-time", 7)]
    [InlineData("Feb 30 off", "opening-hours.invalid-date", 5)]
    [InlineData("Apr 31 off", "opening-hours.invalid-date", 5)]
    [InlineData("week 54 off", "opening-hours.invalid-week", 6)]
    [InlineData("week 1-53/0 off", "opening-hours.invalid-week", 6)]
    [InlineData("Mo \"sur rendez-vous", "opening-hours.unterminated-comment", 4)]
    [InlineData("Mo 9-12", "opening-hours.ambiguous", 4)]
    [InlineData("mar 09:00-12:00", "opening-hours.ambiguous", 1)]
    [InlineData("Mo-Fr (sunrise+1:00)-sunset", "opening-hours.invalid-time", 16)]
    [InlineData("Mo-Fr (sunrise)-sunset", "opening-hours.invalid-time", 7)]
    [InlineData("1850 Mo 10:00-12:00", "opening-hours.invalid-year", 1)]
    [InlineData("2016-2012 off", "opening-hours.invalid-year", 1)]
    [InlineData("2012-2016/1 off", "opening-hours.invalid-year", 1)]
    [InlineData("2014-2014 off", "opening-hours.invalid-year", 1)]
    [InlineData("Mo 24:00-26:00", "opening-hours.invalid-time", 4)]
    [InlineData("Mo-Fr 17:00-12:00; Sa-Su 24:00-12:00", "opening-hours.invalid-time", 26)]
    [InlineData("week 40-30", "opening-hours.invalid-week-range", 6)]
    [InlineData("week 30-40/1", "opening-hours.invalid-week-range", 6)]
    [InlineData("week 30-40/27", "opening-hours.invalid-week-range", 6)]
    [InlineData("Jun 30-24 off", "opening-hours.invalid-date", 8)]
    [InlineData("Jun 01-05/7 off", "opening-hours.invalid-date", 11)]
    [InlineData("PH, Aug-Sep 00:00-24:00", "opening-hours.comma-before-rule", 5)]
    [InlineData("We, Aug Mo", "opening-hours.comma-before-rule", 5)]
    [InlineData("week 05, Aug Mo", "opening-hours.comma-before-rule", 10)]
    [InlineData("Jun 02-05, week 05 00:00-24:00", "opening-hours.comma-before-rule", 12)]
    [InlineData("Sa[6] 10:00-12:00", "opening-hours.invalid-nth", 4)]
    [InlineData("Sa[0] 10:00-12:00", "opening-hours.invalid-nth", 4)]
    [InlineData("Sa[2-1] 10:00-12:00", "opening-hours.invalid-nth", 6)]
    [InlineData("Mo-Fr[1] 10:00-12:00", "opening-hours.invalid-nth", 6)]
    [InlineData("Sa[1 10:00-12:00", "opening-hours.invalid-nth", 5)]
    [InlineData("Sa[1] +1 week 10:00-12:00", "opening-hours.invalid-offset", 7)]
    [InlineData("PH +1 off", "opening-hours.invalid-offset", 4)]
    [InlineData("PH + 2 day", "opening-hours.invalid-offset", 4)]
    [InlineData("Mo[2] -7 days", "opening-hours.invalid-offset", 7)]
    [InlineData("SH +1 day off", "opening-hours.unsupported", 4)]
    [InlineData("Mo 10:00/30", "opening-hours.unsupported", 9)]
    [InlineData("Mo-Fr 10:00-16:00/90+", "opening-hours.syntax", 21)]
    [InlineData("10:00-16:00 We open", "opening-hours.syntax", 1)]
    [InlineData("Mo-We PH -1 day", "opening-hours.syntax", 1)]
    [InlineData("Mo-Fr 10:00-12:00 sur rendez-vous", "opening-hours.syntax", 19)]
    [InlineData("Mo-Fr 10:00-12:00 ||", "opening-hours.syntax", 19)]
    [InlineData("Mo-Fr 10:00-12:00;; Sa off", "opening-hours.syntax", 19)]
    [InlineData("Mo-Fr @", "opening-hours.syntax", 7)]
    public void Invalid_values_are_errors_with_a_position(string? text, string rule, int column)
    {
        var result = OpeningHours.Parse(text);
        Assert.False(result.Success);
        var error = result.Error!;
        Assert.Equal(rule, error.RuleCode);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(column, error.Location.Column);
        Assert.False(OpeningHours.TryParse(text, out var none));
        Assert.Null(none);
        Assert.Throws<FormatException>(() => result.Value);
    }

    [Fact]
    public void Bare_numbers_suggest_a_time()
    {
        var error = OpeningHours.Parse("Mo 9-12").Error!;
        Assert.Equal("09:00", error.Suggestion);
        Assert.Contains("position 4", error.MessageEn, StringComparison.Ordinal);
        Assert.Contains("position 4", error.MessageFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Peer_false_positives_are_accepted()
    {
        Assert.True(OpeningHours.TryParse("PH Su off", out _));
        Assert.True(OpeningHours.TryParse("PH,Su,SH off", out _));
        Assert.True(OpeningHours.TryParse("Mo 20:00-26:00", out _));
        Assert.True(OpeningHours.TryParse("24/7", out _));
        Assert.Equal("Mo-Su 00:00-24:00", OpeningHours.Parse("Mo-Sun 00:00-00:00").Value.ToString());
    }

    [Fact]
    public void Every_rule_has_a_stable_code_and_two_messages()
    {
        var codes = RuleTopics.Named("Opening hours").Select(r => r.Code).ToArray();
        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(RuleTopics.Named("Opening hours"), r =>
        {
            Assert.StartsWith("opening-hours.", r.Code, StringComparison.Ordinal);
            Assert.NotEqual(r.MessageEnTemplate, r.MessageFrTemplate);
            var issue = r.Issue("x", extra: [1, "en", "fr"]);
            Assert.Equal(r.Code, issue.RuleCode);
        });
    }

    [Fact]
    public void Try_parse_accepts_tolerated_forms()
    {
        Assert.True(OpeningHours.TryParse("lundi 9h-12h", out var hours));
        Assert.Equal("Mo 09:00-12:00", hours.ToString());
    }

    internal static readonly OpeningHoursSettings WithSchoolHolidays = new()
    {
        SchoolHolidays = new SchoolHolidayCalendar([new NodaTime.DateInterval(new(2025, 7, 5), new(2025, 9, 1))]),
    };
}

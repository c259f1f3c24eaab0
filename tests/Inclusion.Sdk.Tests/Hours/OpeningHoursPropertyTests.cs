using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Inclusion.Sdk.Hours;

namespace Inclusion.Sdk.Tests.Hours;

public class OpeningHoursPropertyTests
{
    private static readonly string[] Days = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true);

    private static string Time(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";

    private static readonly Gen<string> DaySelector = Gen.OneOf(
        Gen.Choose(0, 6).Select(d => Days[d]),
        from a in Gen.Choose(0, 6) from b in Gen.Choose(0, 6) select Days[a] + "-" + Days[b],
        Gen.Choose(1, 127).Select(mask => string.Join(",", Enumerable.Range(0, 7).Where(d => (mask & (1 << d)) != 0).Select(d => Days[d]))),
        Gen.Elements("PH", "PH,Su", "Su,PH", "PH Sa", "Sa,Su,PH", "PH Mo-Fr"));

    private static readonly Gen<string> Span =
        from start in Gen.Choose(0, 95)
        from length in Gen.Choose(1, 96)
        from style in Gen.Choose(0, 7)
        from step in Gen.Choose(1, 1440)
        from sun in Gen.Elements("sunrise", "(sunset-01:00)", "dusk")
        let s = start * 15
        let e = s + (length * 15)
        select style switch
        {
            0 => Time(s) + "+",
            1 when e > 1440 => Time(s) + "-" + Time(e),
            // Points in time and steps (issue 15): "12:00", "10:00-16:00/90", "/01:30", steps larger than the range,
            // steps past midnight, and the longest span 23:59-48:00.
            4 => Time(s),
            5 => Time(s) + "-" + Time(e > 1440 ? e - 1440 : e) + "/" + step.ToString(System.Globalization.CultureInfo.InvariantCulture),
            6 => Time(s) + "-" + Time(e) + "/" + Time(step),
            7 when start == 95 => "23:59-48:00",
            7 => sun,
            _ => Time(s) + "-" + Time(e > 1440 ? e - 1440 : e) + (style == 3 && e < 1440 ? "+" : string.Empty),
        };

    private static readonly Gen<string> Times =
        from n in Gen.Choose(1, 3)
        from a in Span
        from b in Span
        from c in Span
        select string.Join(",", new[] { a, b, c }.Take(n));

    private static readonly Gen<string> Wide = Gen.Elements(
        string.Empty, string.Empty, string.Empty, "Jan-Mar ", "Dec 24 ", "Jul 14-Aug 15 ", "Nov-Feb ", "week 1-53/2 ", "week 2-52/2 ", "Mar 10-Apr ",
        // Years inside date ranges (issue 15), around the instants the properties draw (2025-2026).
        "2025 Dec 31-2026 Jan 02 ", "2025 Dec 31,2026 Jan 05 ", "2025 Mar 01-2026 Feb 28 ", "2026 easter -2 days-2026 easter +2 days ",
        "2024 Feb 29-2025 Mar 01 ", "2025 Dec 28-2026 Jan 03 week 53 ", "Jan-Mar Jan 09-15 ");

    private static readonly Gen<string> Modifier = Gen.Elements(string.Empty, string.Empty, " off", " unknown", " \"sur rendez-vous\"", " open");

    private static readonly Gen<string> Rule =
        Gen.OneOf(
            from wide in Wide
            from days in Gen.OneOf(DaySelector.Select(d => d + " "), Gen.Constant(string.Empty))
            from times in Times
            from modifier in Modifier
            select wide + days + times + modifier,
            from wide in Wide
            from days in DaySelector
            from modifier in Gen.Elements(" off", " unknown", " \"fermé l'été\"")
            select wide + days + modifier,
            Gen.Constant("24/7"),
            // Selectors written after a space (issue 15): times, days and holidays repeated, a comment before the times.
            from days in DaySelector
            from a in Span
            from b in Span
            from shape in Gen.Choose(0, 3)
            select shape switch
            {
                0 => days + " " + a + " " + b,
                1 => "Mo-Sa " + a + " Su off",
                2 => "Jan " + a + " " + days + " " + b,
                _ => days + " \"sur rendez-vous\" " + a,
            },
            Gen.Elements("Mo,We 24/7", "week 01,week 03: 00:00-24:00", "Mo 12:00-14:00 16:00-18:00 20:00-22:00"));

    private static readonly Gen<string> Value =
        from n in Gen.Choose(1, 4)
        from r0 in Rule
        from r1 in Rule
        from r2 in Rule
        from r3 in Rule
        from s1 in Gen.Elements("; ", ", ", " || ", ";")
        from s2 in Gen.Elements("; ", ", ", " || ")
        from s3 in Gen.Elements("; ", ", ")
        select n switch
        {
            1 => r0,
            2 => r0 + s1 + r1,
            3 => r0 + s1 + r1 + s2 + r2,
            _ => r0 + s1 + r1 + s2 + r2 + s3 + r3,
        };

    private static readonly Instant Origin = Instant.FromUtc(2025, 1, 1, 0, 0);

    private static readonly Gen<Instant> Moment = Gen.Choose(0, 2 * 365 * 24 * 60).Select(m => Origin.Plus(Duration.FromMinutes(m)));

    private static readonly Gen<string> Noise = Gen.Elements(
        "Mo", "-", "Fr", " ", "09:00", "12:00", ",", ";", "PH", "SH", "off", "\"", "24/7", "||", "+", "Jan", "Dec", "24", "week", "1",
        "53", "/", "2", "lundi", "9h", "Sun", "–", ":", "[", "2025", "mar", "sunrise", "26:00", "00:00", "open", "x", "|", "é", "\t", "[1]", "[-1]", "[1-2,", " +1 day", " -2 days", "easter", "]", "/90", "/01:30", "2014 ", "late", "48:00", "Easter");

    [Fact]
    public void Random_strings_never_throw()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var result = OpeningHours.Parse(text);
            return result.Success ? result.Value.ToString().Length > 0 : result.Error is not null;
        }).Check(Quick.WithMaxTest(1000));
    }

    [Fact]
    public void Token_soup_never_throws()
    {
        var soup = from n in Gen.Choose(1, 12)
                   from parts in Gen.ArrayOf(Noise, 12)
                   select string.Concat(parts.Take(n));
        Prop.ForAll(soup.ToArbitrary(), Moment.ToArbitrary(), (text, instant) =>
        {
            var result = OpeningHours.Parse(text);
            if (result.Success)
            {
                _ = result.Value.GetState(instant);
                return OpeningHours.Parse(result.Value.ToString()).Success;
            }

            return result.Error is not null;
        }).Check(Quick.WithMaxTest(2000));
    }

    [Fact]
    public void Generated_values_parse()
    {
        Prop.ForAll(Value.ToArbitrary(), text => OpeningHours.Parse(text).Success.Label(text)).Check(Quick);
    }

    [Fact]
    public void Canonical_form_is_idempotent_and_keeps_the_meaning()
    {
        Prop.ForAll(Value.ToArbitrary(), Gen.ArrayOf(Moment, 8).ToArbitrary(), (text, instants) =>
        {
            var original = OpeningHours.Parse(text).Value;
            var canonical = original.ToString();
            var reparsed = OpeningHours.Parse(canonical);
            return (reparsed.Success
                && reparsed.Warnings.Count == 0
                && reparsed.Value.ToString() == canonical
                && instants.All(i => reparsed.Value.GetState(i) == original.GetState(i)))
                .Label($"{text} => {canonical}");
        }).Check(Quick);
    }

    [Theory]
    [InlineData("09:00-00:00 PH 24/7 Dec")]
    [InlineData("9h–00:00PH24/7Dec")]
    public void Groups_of_selectors_whose_canonical_form_would_be_out_of_order_are_refused(string text)
    {
        // Found by the token-soup property (100,000 cases): the groups are written one after the other before the
        // times ("PH Dec 00:00-24:00,09:00-24:00"), out of order with no kind repeated, which does not read back.
        var result = OpeningHours.Parse(text);
        Assert.False(result.Success);
        Assert.Equal("opening-hours.syntax", result.Error!.RuleCode);
        Assert.True(OpeningHours.Parse("09:00-00:00 PH 24/7").Success); // holidays alone after times read back
    }

    [Theory]
    [InlineData("sunrise+2014 off2025")]
    [InlineData("Mo 10:00 2014 Tu")]
    [InlineData("2014 10:00 2025")]
    public void A_year_after_other_selectors_is_refused(string text)
    {
        // Found by the token-soup property: a year in a later group of selectors was accepted, and its canonical form
        // ("Mo 2014 Tu 10:00") read the year back as a time. Years come first in a rule.
        var result = OpeningHours.Parse(text);
        Assert.False(result.Success);
        Assert.Equal("opening-hours.syntax", result.Error!.RuleCode);
    }

    [Theory]
    [InlineData("07:00, Mo,We 24/7, 03:45+,03:45-27:15,15:45+ unknown", "07:00, Mo,We 00:00-24:00 open, 03:45+,03:45-03:15,15:45+ unknown")]
    [InlineData("Mo 24/7, 10:00-12:00 off", "Mo 00:00-24:00 open, 10:00-12:00 off")]
    public void An_additional_rule_of_times_after_times_keeps_its_own_rule(string text, string canonical)
    {
        // Found by the property above: "Mo,We 24/7" is written with times, and ", 03:45+" after times would read back
        // as more times of the same rule; the default modifier, written out, keeps the two rules apart.
        var written = OpeningHours.Parse(text).Value.ToString();
        Assert.Equal(canonical, written);
        var reparsed = OpeningHours.Parse(written);
        Assert.Empty(reparsed.Warnings);
        Assert.Equal(written, reparsed.Value.ToString());
    }

    [Fact]
    public void Next_change_is_where_the_state_flips()
    {
        Prop.ForAll(Value.ToArbitrary(), Moment.ToArbitrary(), (text, instant) =>
        {
            var hours = OpeningHours.Parse(text).Value;
            var state = hours.GetState(instant);
            var next = hours.NextChange(instant);
            if (next is not { } change)
            {
                return (hours.GetState(instant.Plus(Duration.FromDays(3))) == state).Label($"{text} no change but differs in 3 days");
            }

            var span = change - instant;
            var before = Enumerable.Range(1, 5).Select(k => instant.Plus(span * k / 6.0)).Append(change - Duration.Epsilon);
            return (change > instant
                && hours.GetState(change) != state
                && before.All(b => hours.GetState(b) == state))
                .Label($"{text} from {instant}: change {change}");
        }).Check(Quick.WithMaxTest(200));
    }
}

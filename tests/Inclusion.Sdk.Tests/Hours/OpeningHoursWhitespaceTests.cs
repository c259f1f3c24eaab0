using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Hours;

namespace Inclusion.Sdk.Tests.Hours;

/// <summary>Hostile white space: a tab or a no-break space never changes the meaning of a value; control characters are
/// rejected, located, and never echoed raw.</summary>
public class OpeningHoursWhitespaceTests
{
    /// <summary>Every Unicode space variant a spreadsheet or a word processor may put in a cell.</summary>
    private static readonly char[] Spaces =
        [' ', '\t', '\n', '\r', '\u000B', '\u000C', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\u0085'];

    private static readonly string[] Valid =
    [
        "Mo-Fr 09:00-12:00,14:00-18:00",
        "Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off",
        "Tu,Th 10:00-12:00; We 14:00-17:30",
        "Mo-Sa 08:30-12:00; Su off",
        "Jan-Mar Mo-Fr 09:00-17:00",
        "Mo 09:00-12:00 || Tu 10:00-11:00",
        "24/7",
    ];

    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,\t14:00-18:00")]
    [InlineData("Mo-Fr 09:00-12:00,\u00A014:00-18:00")]
    [InlineData("Mo-Fr 09:00-12:00,\u202F14:00-18:00")]
    [InlineData("Mo-Fr\t09:00\u00A0-\u202F12:00 ,\t14:00-18:00")]
    [InlineData("Mo\u00A0-\tFr 09:00-12:00,14:00-18:00")]
    public void A_tab_or_a_no_break_space_keeps_the_meaning(string value)
    {
        var result = OpeningHours.Parse(value);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal("Mo-Fr 09:00-12:00,14:00-18:00", result.Value.ToString());
        Assert.NotEmpty(result.Warnings);
    }

    [Fact]
    public void A_tab_after_the_comma_is_no_longer_an_every_day_rule()
    {
        var hours = OpeningHours.Parse("Mo-Fr 09:00-12:00,\t14:00-18:00").Value;
        Assert.Equal(OpeningHoursState.Closed, hours.GetState(NodaTime.Instant.FromUtc(2024, 5, 4, 13, 0))); // a Saturday, 15:00 in Paris
    }

    [Theory]
    [InlineData("Mo\u0007 09:00-12:00", 3, "U+0007")]
    [InlineData("Mo 09:00-12:00\u001b[31m", 15, "U+001B")]
    [InlineData("\u0000", 1, "U+0000")]
    public void A_control_character_is_rejected_located_and_escaped(string value, int column, string shown)
    {
        var result = OpeningHours.Parse(value);
        Assert.False(result.Success);
        Assert.Equal("opening-hours.control-character", result.Error!.RuleCode);
        Assert.Equal(column, result.Error.Location.Column);
        Assert.Contains(shown, result.Error.MessageEn, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Error.ToString(Inclusion.Sdk.Reporting.MessageLanguage.French), c => char.IsControl(c));
        Assert.DoesNotContain(result.Error.ToString(), c => char.IsControl(c));
    }

    [Fact]
    public void Inserting_any_space_variant_at_any_token_boundary_never_changes_the_meaning()
    {
        var gen = from value in Gen.Elements(Valid)
                  from position in Gen.Choose(0, 1000)
                  from space in Gen.Elements(Spaces)
                  select (value, position, space);
        Prop.ForAll(gen.ToArbitrary(), t =>
        {
            var (value, position, space) = t;
            var boundaries = Enumerable.Range(0, value.Length + 1)
                .Where(p => p == 0 || p == value.Length || value[p - 1] is ',' or ';' or '-' or ' ' || value[p] is ',' or ';' or '-' or ' ')
                .ToArray();
            var at = boundaries[position % boundaries.Length];
            var variant = value.Insert(at, space.ToString());
            var expected = OpeningHours.Parse(value).Value.ToString();
            var result = OpeningHours.Parse(variant);
            return (result.Success ? result.Value.ToString() == expected : result.Error!.Location.Column is > 0)
                .Label($"{variant.Replace("\t", "\\t", StringComparison.Ordinal)} => {(result.Success ? result.Value.ToString() : result.Error!.ToString())}");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Replacing_a_plain_space_by_any_variant_never_changes_the_meaning()
    {
        foreach (var value in Valid)
        {
            var expected = OpeningHours.Parse(value).Value.ToString();
            foreach (var space in Spaces)
            {
                var result = OpeningHours.Parse(value.Replace(' ', space));
                Assert.True(result.Success, $"{value} with U+{(int)space:X4}: {result.Error}");
                Assert.Equal(expected, result.Value.ToString());
            }
        }
    }
}

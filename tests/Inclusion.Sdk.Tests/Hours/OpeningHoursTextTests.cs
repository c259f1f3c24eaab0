using Inclusion.Sdk.Hours;
using Inclusion.Sdk.Reporting;
using NodaTime;

namespace Inclusion.Sdk.Tests.Hours;

public class OpeningHoursTextTests
{
    [Fact]
    public void Converts_french_cells()
    {
        var result = OpeningHoursText.FromFreeText(new Dictionary<IsoDayOfWeek, string?>
        {
            [IsoDayOfWeek.Monday] = "9h-12h / 14h-17h30",
            [IsoDayOfWeek.Tuesday] = "9h00 - 12h00",
        });
        Assert.True(result.Success, result.ToString());
        Assert.Equal("Mo 09:00-12:00,14:00-17:30; Tu 09:00-12:00", result.Value.ToString());
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Groups_identical_days()
    {
        var week = new Dictionary<IsoDayOfWeek, string?>();
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            week[day] = "9h-12h et 14h-18h";
        }

        week[IsoDayOfWeek.Saturday] = "Fermé";
        week[IsoDayOfWeek.Sunday] = "";
        var result = OpeningHoursText.FromFreeText(week);
        Assert.Equal("Mo-Fr 09:00-12:00,14:00-18:00", result.Value.ToString());
        Assert.Empty(result.Issues);
    }

    [Fact]
    public void Non_consecutive_identical_days_are_listed()
    {
        var result = OpeningHoursText.FromFreeText(new Dictionary<IsoDayOfWeek, string?>
        {
            [IsoDayOfWeek.Monday] = "09:00-12:00",
            [IsoDayOfWeek.Wednesday] = "9h à 12h",
            [IsoDayOfWeek.Thursday] = "14h-16h",
        });
        Assert.Equal("Mo,We 09:00-12:00; Th 14:00-16:00", result.Value.ToString());
    }

    [Fact]
    public void Text_without_times_becomes_a_comment()
    {
        var result = OpeningHoursText.FromFreeText(new Dictionary<IsoDayOfWeek, string?>
        {
            [IsoDayOfWeek.Monday] = "9h-12h",
            [IsoDayOfWeek.Saturday] = "sur rendez-vous",
        });
        Assert.Equal("Mo 09:00-12:00; Sa unknown \"sur rendez-vous\"", result.Value.ToString());
        var info = Assert.Single(result.Issues);
        Assert.Equal("opening-hours.free-text-comment", info.RuleCode);
        Assert.Equal(Severity.Info, info.Severity);
        Assert.Equal("Sa", info.Location.Field);
        Assert.Contains("samedi", info.MessageFr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_cells_are_left_out_with_a_warning()
    {
        var result = OpeningHoursText.FromFreeText(new Dictionary<IsoDayOfWeek, string?>
        {
            [IsoDayOfWeek.Monday] = "9h-12h",
            [IsoDayOfWeek.Tuesday] = "9h-",
            [IsoDayOfWeek.Wednesday] = "25h-26h",
        });
        Assert.Equal("Mo 09:00-12:00", result.Value.ToString());
        Assert.Equal(2, result.Warnings.Count(w => w.RuleCode == "opening-hours.free-text-cell"));
        Assert.Contains(result.Warnings, w => w.Location.Field == "Tu" && w.Value == "9h-");
    }

    [Fact]
    public void Nothing_usable_is_an_error()
    {
        var result = OpeningHoursText.FromFreeText(new Dictionary<IsoDayOfWeek, string?> { [IsoDayOfWeek.Monday] = "9h-" });
        Assert.False(result.Success);
        Assert.Equal("opening-hours.empty", result.Error!.RuleCode);
        Assert.False(OpeningHoursText.FromFreeText(new Dictionary<IsoDayOfWeek, string?>()).Success);
    }

    [Fact]
    public void All_closed_is_off()
    {
        var result = OpeningHoursText.FromFreeText(new Dictionary<IsoDayOfWeek, string?> { [IsoDayOfWeek.Monday] = "fermé" });
        Assert.Equal("off", result.Value.ToString());
    }

    [Fact]
    public void Evening_past_midnight()
    {
        var result = OpeningHoursText.FromFreeText(new Dictionary<IsoDayOfWeek, string?> { [IsoDayOfWeek.Friday] = "20h-2h" });
        Assert.Equal("Fr 20:00-02:00", result.Value.ToString());
        Assert.True(result.Value.IsOpen(Paris.At(2025, 3, 8, 1)));
    }

    [Fact]
    public void Null_dictionary_throws() =>
        Assert.Throws<ArgumentNullException>(() => OpeningHoursText.FromFreeText(null!));
}

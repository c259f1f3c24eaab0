using Inclusion.Sdk.Vouchers;
using NodaTime;

namespace Inclusion.Sdk.Tests.Vouchers;

public class ExpiryTimelineTests
{
    private static void AssertTimeline(ExpiryTimeline t, string alert, string block, string ack, string graceEnd, string statement)
    {
        Assert.Equal(alert, t.Alert.ToString("yyyy-MM-dd", null));
        Assert.Equal(block, t.Block.ToString("yyyy-MM-dd", null));
        Assert.Equal(ack, t.Acknowledgement.ToString("yyyy-MM-dd", null));
        Assert.Equal(graceEnd, t.GraceEnd.ToString("yyyy-MM-dd", null));
        Assert.Equal(statement, t.JointStatement.ToString("yyyy-MM-dd", null));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    public void Reproduces_the_operators_published_dates_for_an_end_on_31_december(int year)
    {
        // vouchers.md §4 (expiry article): 30/11, 15/12, 22/12, 31/12, 31/01, 07/02.
        AssertTimeline(ExpiryTimeline.For(new LocalDate(year, 12, 31)), $"{year}-11-30", $"{year}-12-15", $"{year}-12-22", $"{year + 1}-01-31", $"{year + 1}-02-07");
    }

    [Fact]
    public void Month_ends_clamp_to_the_last_day_of_shorter_months()
    {
        AssertTimeline(ExpiryTimeline.For(new LocalDate(2024, 3, 31)), "2024-02-29", "2024-03-15", "2024-03-22", "2024-04-30", "2024-05-07");
        AssertTimeline(ExpiryTimeline.For(new LocalDate(2025, 3, 31)), "2025-02-28", "2025-03-15", "2025-03-22", "2025-04-30", "2025-05-07");
        AssertTimeline(ExpiryTimeline.For(new LocalDate(2025, 2, 28)), "2025-01-28", "2025-02-12", "2025-02-19", "2025-03-28", "2025-04-04");
        AssertTimeline(ExpiryTimeline.For(new LocalDate(2025, 6, 30)), "2025-05-30", "2025-06-14", "2025-06-21", "2025-07-30", "2025-08-06");
        AssertTimeline(ExpiryTimeline.For(new LocalDate(2024, 1, 31)), "2023-12-31", "2024-01-15", "2024-01-22", "2024-02-29", "2024-03-07");
    }

    [Fact]
    public void The_grace_period_is_a_setting()
    {
        var t = ExpiryTimeline.For(new LocalDate(2025, 12, 31), Period.FromMonths(2));
        Assert.Equal(new LocalDate(2026, 2, 28), t.GraceEnd);
        Assert.Throws<ArgumentException>(() => ExpiryTimeline.For(new LocalDate(2025, 12, 31), Period.FromMonths(-1)));
    }

    [FsCheck.Xunit.Property]
    public bool Steps_are_in_order_for_any_end_date(int days)
    {
        var end = new LocalDate(2000, 1, 1).PlusDays(Math.Abs(days % 20_000));
        var t = ExpiryTimeline.For(end);
        return t.Alert < t.Block && t.Block < t.Acknowledgement && t.Acknowledgement < t.End && t.End < t.GraceEnd && t.GraceEnd < t.JointStatement;
    }
}

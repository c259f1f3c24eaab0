using FsCheck.Xunit;
using Inclusion.Sdk.Presentation;

namespace Inclusion.Sdk.Tests.Presentation;

/// <summary>The round maximum of a value chart's axis: never below the largest value, less than twice it.</summary>
public class SvgChartsScaleTests
{
    [Property(MaxTest = 500)]
    public bool The_round_maximum_covers_the_value_and_wastes_less_than_half_the_axis(int mantissa, byte exponent)
    {
        var value = (Math.Abs((long)mantissa) + 1) * Math.Pow(10, (exponent % 12) - 6);
        var maximum = SvgCharts.RoundMaximum(value);
        return maximum >= value && maximum < 2 * value;
    }

    [Property(MaxTest = 300)]
    public bool The_round_maximum_is_monotonic(uint a, uint b)
    {
        double low = Math.Min(a, b) + 1, high = Math.Max(a, b) + 1;
        return SvgCharts.RoundMaximum(low) <= SvgCharts.RoundMaximum(high);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-3, 1)]
    [InlineData(7.12, 10)]
    [InlineData(10, 10)]
    [InlineData(10.01, 20)]
    [InlineData(21, 25)]
    [InlineData(26, 50)]
    [InlineData(0.3, 0.5)]
    [InlineData(14, 20)]
    public void Examples(double value, double expected) => Assert.Equal(expected, SvgCharts.RoundMaximum(value), 9);
}

using FsCheck;
using FsCheck.Fluent;
using Inclusion.Sdk.Vouchers;

namespace Inclusion.Sdk.Tests.Vouchers;

public class PassSerialTests
{
    private static Arbitrary<long> Numbers => Gen.Choose(1, int.MaxValue).Select(n => (long)n % PassSerial.MaxNumber + 1).ToArbitrary();

    [Fact]
    public void Formats_nine_digits_and_the_damm_check_digit()
    {
        // Damm's example: 572 has check digit 4.
        Assert.Equal("0000005724", PassSerial.FromNumber(572).ToString());
        Assert.Equal(572, PassSerial.Parse("000 000 572-4").Value.Number);
    }

    [Theory]
    [InlineData("", "pass-serial.empty")]
    [InlineData("12345", "pass-serial.format")]
    [InlineData("000000572A", "pass-serial.format")]
    [InlineData("0000000000", "pass-serial.format")]
    [InlineData("0000005725", "pass-serial.check-digit")]
    [InlineData("0000007524", "pass-serial.check-digit")]
    public void Rejects_bad_serials_with_a_rule_code(string text, string code)
    {
        Assert.Equal(code, PassSerial.Parse(text).Error!.RuleCode);
        Assert.False(PassSerial.TryParse(text, out _));
    }

    [Fact]
    public void Every_single_digit_error_is_detected()
    {
        Prop.ForAll(Numbers, Gen.Choose(0, 9).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (number, position, shift) =>
        {
            var text = PassSerial.FromNumber(number).ToString().ToCharArray();
            text[position] = (char)('0' + ((text[position] - '0' + shift) % 10));
            return !PassSerial.TryParse(new string(text), out var other) || other.Number != number && false;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Every_adjacent_transposition_is_detected()
    {
        Prop.ForAll(Numbers, Gen.Choose(0, 8).ToArbitrary(), (number, position) =>
        {
            var text = PassSerial.FromNumber(number).ToString().ToCharArray();
            if (text[position] == text[position + 1])
            {
                return true;
            }

            (text[position], text[position + 1]) = (text[position + 1], text[position]);
            return !PassSerial.TryParse(new string(text), out _);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(2000).WithQuietOnSuccess(true));
    }

    [Fact]
    public void Round_trips_through_text()
    {
        Prop.ForAll(Numbers, number => PassSerial.TryParse(PassSerial.FromNumber(number).ToString(), out var s) && s.Number == number)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true));
    }
}

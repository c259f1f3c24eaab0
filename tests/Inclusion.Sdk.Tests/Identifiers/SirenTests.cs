using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

[Properties(Arbitrary = new[] { typeof(IdentifierArbitraries) }, MaxTest = 500)]
public class SirenTests
{
    [Theory] // identifiers.md §1, "Valid"
    [InlineData("732829320")] // INSEE's textbook example
    [InlineData("130025265")] // DINUM
    [InlineData("200054781")] // Métropole du Grand Paris
    [InlineData("243300316")] // Bordeaux Métropole
    [InlineData("356000000")] // La Poste
    public void Parse_accepts_the_examples_of_the_specification(string text) => IdentifierAssert.Valid<Siren>(text);

    [Theory] // identifiers.md "Common input hygiene"; §1 displayed form "732 829 320"
    [InlineData("732 829 320")]
    [InlineData("732\u00A0829\u00A0320")]
    [InlineData("732\u202F829\u202F320")]
    [InlineData("732.829.320")]
    [InlineData(" 732-829-320 ")]
    public void Parse_removes_separators(string text) => IdentifierAssert.Valid<Siren>(text, "732829320");

    [Fact] // identifiers.md §1, "Invalid": 732829321 (check digit)
    public void Rule_checksum() => IdentifierAssert.Invalid<Siren>("732829321", "siren.checksum");

    [Theory] // identifiers.md §1, "Invalid": 73282932 (8 digits)
    [InlineData("73282932", null)]
    [InlineData("7328293200", null)]
    [InlineData("73282932000074", "732829320")] // a SIRET where a SIREN is expected
    [InlineData("73282932000079", null)] // 14 digits that are no valid SIRET: no suggestion
    public void Rule_length(string text, string? suggestion) => IdentifierAssert.Invalid<Siren>(text, "siren.length", suggestion);

    [Theory]
    [InlineData("73282932O")] // letter O for zero
    [InlineData("FR44732829320")] // a VAT number
    public void Rule_format(string text) => IdentifierAssert.Invalid<Siren>(text, "siren.format");

    [Fact] // identifiers.md §1: 000000000 passes Luhn — rejected as a placeholder (documented on Siren)
    public void Rule_placeholder()
    {
        Assert.True(Inclusion.Sdk.Utility.Luhn.IsValid("000000000"));
        IdentifierAssert.Invalid<Siren>("000000000", "siren.placeholder");
        IdentifierAssert.Invalid<Siren>("000 000 000", "siren.placeholder");
    }

    [Fact]
    public void Rule_empty() => IdentifierAssert.Invalid<Siren>("\u00A0", "siren.empty");

    [Fact]
    public void IsLaPoste()
    {
        Assert.True(Siren.Parse("356000000").Value.IsLaPoste);
        Assert.False(Siren.Parse("732829320").Value.IsLaPoste);
    }

    [Fact]
    public void EpciCode_Siren_is_the_same_number()
    {
        Assert.Equal(Siren.Parse("200054781").Value, EpciCode.Parse("200054781").Value.Siren);
        Assert.Equal(default, default(EpciCode).Siren);
    }

    [Fact]
    public void Default_equality_and_order()
    {
        var a = Siren.Parse("130025265").Value;
        var b = Siren.Parse("732829320").Value;
        Assert.Equal(string.Empty, default(Siren).ToString());
        Assert.True(default(Siren) < a && a < b && a <= b && b > a && b >= a && a != b && a == Siren.Parse("130 025 265").Value);
        Assert.True(a.Equals((object)Siren.Parse("130025265").Value));
        Assert.Equal(a.GetHashCode(), Siren.Parse("130025265").Value.GetHashCode());
    }

    [Property] // every SIREN built with Luhn.ComputeCheckDigit is accepted
    public bool Every_generated_SIREN_is_accepted(Valid<Siren> valid) => Siren.TryParse(valid.Text, out _);

    [Property] // Luhn detects every single-digit change
    public bool Any_single_digit_change_is_rejected(Valid<Siren> valid, int position, int delta)
    {
        var mutated = IdentifierMutations.ChangeDigit(valid.Text, position, delta);
        return mutated != valid.Text && !Siren.TryParse(mutated, out _);
    }

    [Property] // Luhn detects every swap of adjacent different digits except 0↔9 (see the example below)
    public Property Any_adjacent_swap_except_09_is_rejected(Valid<Siren> valid, int position)
    {
        var (swapped, a, b) = IdentifierMutations.SwapAdjacent(valid.Text, position);
        return Prop.When(a != b && !IdentifierMutations.IsZeroNinePair(a, b), () => !Siren.TryParse(swapped, out _));
    }

    [Fact] // the blind spot of Luhn: swapping adjacent 0 and 9 keeps the sum, so both numbers pass
    public void Luhn_cannot_detect_a_swap_of_adjacent_0_and_9()
    {
        Assert.True(Siren.TryParse("100000009", out _));
        Assert.True(Siren.TryParse("100000090", out _));
    }
}

/// <summary>Digit mutations used by the checksum properties.</summary>
internal static class IdentifierMutations
{
    /// <summary>Adds 1–9 (mod 10) to the digit at a position: always a different digit.</summary>
    internal static string ChangeDigit(string digits, int position, int delta)
    {
        int i = Mod(position, digits.Length);
        int d = 1 + Mod(delta, 9);
        var chars = digits.ToCharArray();
        chars[i] = (char)('0' + ((chars[i] - '0' + d) % 10));
        return new string(chars);
    }

    /// <summary>Swaps the digits at a position and the next one.</summary>
    internal static (string Swapped, char A, char B) SwapAdjacent(string digits, int position)
    {
        int i = Mod(position, digits.Length - 1);
        var chars = digits.ToCharArray();
        (chars[i], chars[i + 1]) = (chars[i + 1], chars[i]);
        return (new string(chars), digits[i], digits[i + 1]);
    }

    internal static bool IsZeroNinePair(char a, char b) => (a, b) is ('0', '9') or ('9', '0');

    private static int Mod(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}

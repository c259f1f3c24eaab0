using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

[Properties(Arbitrary = new[] { typeof(IdentifierArbitraries) }, MaxTest = 500)]
public class SiretTests
{
    [Theory] // identifiers.md §2, "Valid"
    [InlineData("73282932000074")]
    [InlineData("13002526500013")]
    [InlineData("35600000000048")] // La Poste head office, Luhn-valid, digit sum 26
    [InlineData("35600000001000")] // synthetic La Poste form: digit sum 15, fails Luhn, accepted by the La Poste rule
    public void Parse_accepts_the_examples_of_the_specification(string text) => IdentifierAssert.Valid<Siret>(text);

    [Theory] // identifiers.md §2 displayed form and "Common input hygiene"
    [InlineData("732 829 320 00074")]
    [InlineData("732\u00A0829\u00A0320\u00A000074")]
    [InlineData("732\u202F829\u202F320\u202F00074")]
    [InlineData("732.829.320.00074")]
    [InlineData("732-829-320-00074")]
    [InlineData("\t73282932000074 ")]
    public void Parse_removes_separators(string text) => IdentifierAssert.Valid<Siret>(text, "73282932000074");

    [Fact] // identifiers.md §2, "Invalid": 73282932000079 (check digit)
    public void Rule_checksum() => IdentifierAssert.Invalid<Siret>("73282932000079", "siret.checksum");

    [Theory] // identifiers.md §2, "Invalid": 7328293200007 (13 digits)
    [InlineData("7328293200007")]
    [InlineData("732829320")]
    [InlineData("732829320000740")]
    [InlineData("7328293200007473282932000074732829320000747328293200007473282932000074")]
    public void Rule_length(string text) => IdentifierAssert.Invalid<Siret>(text, "siret.length");

    [Fact] // identifiers.md §2, "Invalid": 73282932100007 (passes Luhn on 14 digits, SIREN part fails)
    public void Rule_siren_checksum()
    {
        Assert.True(Inclusion.Sdk.Utility.Luhn.IsValid("73282932100007"));
        IdentifierAssert.Invalid<Siret>("73282932100007", "siret.siren-checksum");
    }

    [Fact] // identifiers.md §2, "Invalid": 35600000001004 under the strict rule (passes Luhn, digit sum 19)
    public void Rule_la_poste_checksum_is_the_strict_rule()
    {
        Assert.True(Inclusion.Sdk.Utility.Luhn.IsValid("35600000001004"));
        IdentifierAssert.Invalid<Siret>("35600000001004", "siret.la-poste-checksum");
    }

    [Fact] // identifiers.md §2: 00000000000000 passes Luhn → placeholder (rejected, documented on Siret)
    public void Rule_placeholder()
    {
        Assert.True(Inclusion.Sdk.Utility.Luhn.IsValid("00000000000000"));
        IdentifierAssert.Invalid<Siret>("00000000000000", "siret.placeholder");
    }

    [Fact] // identifiers.md §2: Monaco-registered units carry letter codes such as MONACOCONFO001
    public void Rule_foreign() => IdentifierAssert.Invalid<Siret>("MONACOCONFO001", "siret.foreign");

    [Theory]
    [InlineData("7328293200007A")]
    [InlineData("SIRET 73282932000074")]
    [InlineData("７３２８２９３２０００７４")]
    public void Rule_format(string text) => IdentifierAssert.Invalid<Siret>(text, "siret.format");

    [Fact]
    public void Rule_empty() => IdentifierAssert.Invalid<Siret>("", "siret.empty");

    [Fact]
    public void Siren_Nic_IsLaPoste()
    {
        var siret = Siret.Parse("732 829 320 00074").Value;
        Assert.Equal(Siren.Parse("732829320").Value, siret.Siren);
        Assert.Equal("00074", siret.Nic);
        Assert.False(siret.IsLaPoste);
        var laPoste = Siret.Parse("35600000001000").Value;
        Assert.True(laPoste.IsLaPoste);
        Assert.True(laPoste.Siren.IsLaPoste);
        Assert.Equal("01000", laPoste.Nic);
        Assert.Equal(string.Empty, default(Siret).Nic);
        Assert.Equal(default, default(Siret).Siren);
    }

    [Fact]
    public void Default_equality_and_order()
    {
        var a = Siret.Parse("13002526500013").Value;
        var b = Siret.Parse("73282932000074").Value;
        Assert.Equal(string.Empty, default(Siret).ToString());
        Assert.True(default(Siret) < a && a < b && a <= b && b > a && b >= a && a != b && a == Siret.Parse("130 025 265 00013").Value);
        Assert.True(a.Equals((object)Siret.Parse("13002526500013").Value));
        Assert.Equal(a.GetHashCode(), Siret.Parse("13002526500013").Value.GetHashCode());
    }

    [Property] // every SIRET built with Luhn.ComputeCheckDigit (SIREN key, then key over 13 digits) is accepted
    public bool Every_generated_SIRET_is_accepted(Valid<Siret> valid) => Siret.TryParse(valid.Text, out _);

    [Property] // every La Poste SIRET whose digit sum is a multiple of 5 is accepted
    public bool Every_generated_La_Poste_SIRET_is_accepted(LaPosteSiret valid) =>
        Siret.TryParse(valid.Text, out var siret) && siret.IsLaPoste;

    /// <summary>
    /// Luhn detects every single-digit change. The generator yields non-La-Poste SIRETs only: La Poste's digit-sum rule
    /// cannot detect a change by ±5 (35600000001000 → 35600000001005 both have a digit sum multiple of 5).
    /// </summary>
    [Property]
    public bool Any_single_digit_change_is_rejected(Valid<Siret> valid, int position, int delta)
    {
        var mutated = IdentifierMutations.ChangeDigit(valid.Text, position, delta);
        return mutated != valid.Text && !Siret.TryParse(mutated, out _);
    }

    [Fact] // why the property above excludes La Poste
    public void La_Poste_rule_cannot_detect_a_change_by_5()
    {
        Assert.True(Siret.TryParse("35600000001000", out _));
        Assert.True(Siret.TryParse("35600000001005", out _));
    }

    [Property] // Luhn detects every swap of adjacent different digits except 0↔9
    public Property Any_adjacent_swap_except_09_is_rejected(Valid<Siret> valid, int position)
    {
        var (swapped, a, b) = IdentifierMutations.SwapAdjacent(valid.Text, position);
        return Prop.When(a != b && !IdentifierMutations.IsZeroNinePair(a, b), () => !Siret.TryParse(swapped, out _));
    }

    [Fact] // the blind spot of Luhn: 09 ↔ 90 keeps the sum; both SIRETs pass
    public void Luhn_cannot_detect_a_swap_of_adjacent_0_and_9_in_the_NIC()
    {
        // 732829320 + NIC 0009x: the key x makes 14 digits Luhn-valid, and swapping the "09" keeps it valid.
        string payload = "7328293200009";
        string siret = payload + Inclusion.Sdk.Utility.Luhn.ComputeCheckDigit(payload);
        string swapped = siret[..11] + "90" + siret[13..];
        Assert.NotEqual(siret, swapped);
        Assert.True(Siret.TryParse(siret, out _));
        Assert.True(Siret.TryParse(swapped, out _));
    }
}

using FsCheck;
using FsCheck.Fluent;

namespace Inclusion.Sdk.Tests.Identifiers;

/// <summary>The text of a valid identifier of type <typeparamref name="T"/>, already in normalised form.</summary>
public sealed record Valid<T>(string Text)
{
    public override string ToString() => Text;
}

/// <summary>The text of a La Poste SIRET valid under the strict digit-sum rule.</summary>
public sealed record LaPosteSiret(string Text)
{
    public override string ToString() => Text;
}

/// <summary>Any text: ASCII noise, digits with separators, arbitrary UTF-16 (lone surrogates included) and very long strings.</summary>
public sealed record AnyText(string? Text)
{
    public override string ToString() => Text is null ? "null" : $"\"{Text}\" ({Text.Length} chars)";
}

/// <summary>FsCheck generators of valid identifiers and of arbitrary text.</summary>
public static class IdentifierArbitraries
{
    internal static readonly Gen<char> Digit = Gen.Choose('0', '9').Select(i => (char)i);

    internal static Gen<string> Digits(int count) => Gen.ArrayOf(Digit, count).Select(a => new string(a));

    internal static readonly Gen<string> MetropolitanDepartement =
        Gen.Elements(Enumerable.Range(1, 95).Where(n => n != 20).Select(n => n.ToString("D2")).Concat(["2A", "2B"]).ToArray());

    /// <summary>Commune codes of the COG shape (identifiers.md §5), overseas collectivities included.</summary>
    internal static readonly Gen<string> CommuneCodeText = Gen.OneOf(
        from d in MetropolitanDepartement
        from n in Digits(3)
        select d + n,
        from d in Gen.Elements("971", "972", "973", "974", "975", "976", "977", "978", "984", "986", "987", "988", "989")
        from n in Digits(2)
        select d + n);

    public static Arbitrary<Valid<Inclusion.Sdk.Identifiers.CommuneCode>> CommuneCode() =>
        CommuneCodeText.Select(t => new Valid<Inclusion.Sdk.Identifiers.CommuneCode>(t)).ToArbitrary();

    public static Arbitrary<Valid<Inclusion.Sdk.Identifiers.PostalCode>> PostalCode() =>
        Digits(5).Select(t => new Valid<Inclusion.Sdk.Identifiers.PostalCode>(t)).ToArbitrary();

    public static Arbitrary<Valid<Inclusion.Sdk.Identifiers.DepartementCode>> DepartementCode() =>
        Gen.Elements(DepartementCodeTests.All).Select(t => new Valid<Inclusion.Sdk.Identifiers.DepartementCode>(t)).ToArbitrary();

    public static Arbitrary<Valid<Inclusion.Sdk.Identifiers.RegionCode>> RegionCode() =>
        Gen.Elements(RegionCodeTests.Current).Select(t => new Valid<Inclusion.Sdk.Identifiers.RegionCode>(t)).ToArbitrary();

    /// <summary>Digits followed by their Luhn check digit (built with <see cref="Inclusion.Sdk.Utility.Luhn.ComputeCheckDigit"/>).</summary>
    internal static Gen<string> WithLuhn(Gen<string> payload) =>
        payload.Select(p => p + (char)('0' + Inclusion.Sdk.Utility.Luhn.ComputeCheckDigit(p)));

    /// <summary>Valid SIRENs, without the placeholder 000000000.</summary>
    internal static readonly Gen<string> SirenText = WithLuhn(Digits(8)).Where(s => s != "000000000");

    public static Arbitrary<Valid<Inclusion.Sdk.Identifiers.EpciCode>> EpciCode() =>
        SirenText.Select(t => new Valid<Inclusion.Sdk.Identifiers.EpciCode>(t)).ToArbitrary();

    public static Arbitrary<Valid<Inclusion.Sdk.Identifiers.IrisCode>> IrisCode() =>
        (from commune in CommuneCodeText.Where(c => !c.StartsWith("98", StringComparison.Ordinal))
         from number in Digits(4)
         select new Valid<Inclusion.Sdk.Identifiers.IrisCode>(commune + number)).ToArbitrary();

    public static Arbitrary<Valid<Inclusion.Sdk.Identifiers.QpvCode>> QpvCode()
    {
        var departement = Gen.OneOf(Digits(3), Gen.Elements("02A", "02B"));
        var qp2015 = from d in departement from n in Digits(3) select "QP" + d + n;
        var qp2024 = from d in departement from n in Digits(2) from l in Gen.Elements("N", "M", "I") select "QN" + d + n + l;
        return Gen.OneOf(qp2015, qp2024).Select(t => new Valid<Inclusion.Sdk.Identifiers.QpvCode>(t)).ToArbitrary();
    }

    public static Arbitrary<Valid<Inclusion.Sdk.Identifiers.Siren>> Siren() =>
        SirenText.Select(t => new Valid<Inclusion.Sdk.Identifiers.Siren>(t)).ToArbitrary();

    /// <summary>Valid non-La-Poste SIRETs: a valid SIREN, 4 digits, then the Luhn key over the 13 digits.</summary>
    public static Arbitrary<Valid<Inclusion.Sdk.Identifiers.Siret>> Siret() =>
        WithLuhn(from siren in SirenText.Where(s => s != "356000000") from nic in Digits(4) select siren + nic)
            .Select(t => new Valid<Inclusion.Sdk.Identifiers.Siret>(t)).ToArbitrary();

    /// <summary>La Poste SIRETs valid under the strict rule: 356000000 + 5 digits whose digit sum is a multiple of 5.</summary>
    public static Arbitrary<LaPosteSiret> LaPosteSiret() =>
        Digits(5).Select(nic => "356000000" + nic)
            .Where(s => s.Sum(c => c - '0') % 5 == 0)
            .Select(s => new LaPosteSiret(s)).ToArbitrary();

    /// <summary>RNA numbers of the strict form W + 9 digits (letters give a warning, tested by examples).</summary>
    public static Arbitrary<Valid<Inclusion.Sdk.Identifiers.Rna>> Rna() =>
        Digits(9).Select(d => new Valid<Inclusion.Sdk.Identifiers.Rna>("W" + d)).ToArbitrary();

    public static Arbitrary<Valid<Inclusion.Sdk.Identifiers.Ridet>> Ridet() =>
        Digits(10).Select(d => new Valid<Inclusion.Sdk.Identifiers.Ridet>(d)).ToArbitrary();

    public static Arbitrary<AnyText> AnyText()
    {
        var ascii = Gen.Choose(0, 127).Select(i => (char)i);
        var unicode = Gen.Choose(0, 0xFFFF).Select(i => (char)i);
        var interesting = Gen.Elements(' ', '\u00A0', '\u202F', '.', '-', 'W', 'Q', 'P', 'N', 'C', 'X', 'A', 'B', 'a', 'z', '０', '٣', '\uD800', '\t', '\0');
        var mixed = Gen.Frequency((3, Digit), (2, interesting), (1, ascii), (1, unicode));
        var shortText = Gen.Choose(0, 20).SelectMany(n => Gen.ArrayOf(mixed, n)).Select(a => new string(a));
        var longText = Gen.Choose(30, 5000).SelectMany(n => Gen.ArrayOf(mixed, n)).Select(a => new string(a));
        var fsDefault = ArbMap.Default.GeneratorFor<string>();
        var text = Gen.Frequency((6, shortText), (2, fsDefault), (1, longText));
        return Gen.OneOf(text.Select(t => new AnyText(t)), Gen.Constant(new AnyText(null))).ToArbitrary();
    }
}

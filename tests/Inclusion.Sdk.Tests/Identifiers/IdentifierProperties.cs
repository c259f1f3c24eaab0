using FsCheck;
using FsCheck.Xunit;
using Inclusion.Sdk.Identifiers;

namespace Inclusion.Sdk.Tests.Identifiers;

/// <summary>Properties shared by every identifier type: round trip, total parsing, agreement of Parse and TryParse.</summary>
[Properties(Arbitrary = new[] { typeof(IdentifierArbitraries) }, MaxTest = 300)]
public class IdentifierProperties
{
    /// <summary>Parse succeeds on the generated valid text, ToString gives it back, and Parse(ToString()) round-trips.</summary>
    private static bool RoundTrips<T>(Valid<T> valid)
        where T : struct, IIdentifier<T>
    {
        var first = T.Parse(valid.Text);
        if (!first.Success || first.Warnings.Count != 0 || first.Value.ToString() != valid.Text)
        {
            return false;
        }

        var second = T.Parse(first.Value.ToString());
        return second.Success && second.Value.Equals(first.Value) && T.TryParse(valid.Text, out var tried) && tried.Equals(first.Value);
    }

    /// <summary>Parse and TryParse never throw and agree on success and value; a failure yields the default value.</summary>
    private static bool Agrees<T>(AnyText any)
        where T : struct, IIdentifier<T>
    {
        var parsed = T.Parse(any.Text);
        bool ok = T.TryParse(any.Text, out var tried);
        if (ok != parsed.Success)
        {
            return false;
        }

        if (!ok)
        {
            return tried.Equals(default(T)) && parsed.Error is not null;
        }

        // An accepted value is canonical: its text parses back to the same value, with no lower-case warning
        // (an RNA with letters keeps its rna.letters warning).
        var again = T.Parse(parsed.Value.ToString());
        return tried.Equals(parsed.Value) && again.Success && again.Value.Equals(parsed.Value)
            && again.Warnings.All(w => !w.RuleCode.EndsWith(".lowercase", StringComparison.Ordinal));
    }

    [Property]
    public bool CommuneCode_round_trips(Valid<CommuneCode> valid) => RoundTrips(valid);

    [Property]
    public bool CommuneCode_Parse_and_TryParse_never_throw_and_agree(AnyText any) => Agrees<CommuneCode>(any);

    [Property]
    public bool PostalCode_round_trips(Valid<PostalCode> valid) => RoundTrips(valid);

    [Property]
    public bool PostalCode_Parse_and_TryParse_never_throw_and_agree(AnyText any) => Agrees<PostalCode>(any);

    [Property]
    public bool DepartementCode_round_trips(Valid<DepartementCode> valid) => RoundTrips(valid);

    [Property]
    public bool DepartementCode_Parse_and_TryParse_never_throw_and_agree(AnyText any) => Agrees<DepartementCode>(any);

    [Property]
    public bool RegionCode_round_trips(Valid<RegionCode> valid) => RoundTrips(valid);

    [Property]
    public bool RegionCode_Parse_and_TryParse_never_throw_and_agree(AnyText any) => Agrees<RegionCode>(any);

    [Property]
    public bool EpciCode_round_trips(Valid<EpciCode> valid) => RoundTrips(valid);

    [Property]
    public bool EpciCode_Parse_and_TryParse_never_throw_and_agree(AnyText any) => Agrees<EpciCode>(any);

    [Property]
    public bool IrisCode_round_trips(Valid<IrisCode> valid) => RoundTrips(valid);

    [Property]
    public bool IrisCode_Parse_and_TryParse_never_throw_and_agree(AnyText any) => Agrees<IrisCode>(any);

    [Property]
    public bool QpvCode_round_trips(Valid<QpvCode> valid) => RoundTrips(valid);

    [Property]
    public bool QpvCode_Parse_and_TryParse_never_throw_and_agree(AnyText any) => Agrees<QpvCode>(any);

    [Property]
    public bool Siren_round_trips(Valid<Siren> valid) => RoundTrips(valid);

    [Property]
    public bool Siren_Parse_and_TryParse_never_throw_and_agree(AnyText any) => Agrees<Siren>(any);

    [Property]
    public bool Siret_round_trips(Valid<Siret> valid) => RoundTrips(valid);

    [Property]
    public bool Siret_La_Poste_round_trips(LaPosteSiret valid) => RoundTrips(new Valid<Siret>(valid.Text));

    [Property]
    public bool Siret_Parse_and_TryParse_never_throw_and_agree(AnyText any) => Agrees<Siret>(any);

    [Property]
    public bool Rna_round_trips(Valid<Rna> valid) => RoundTrips(valid);

    [Property]
    public bool Rna_with_letters_round_trips(NonNegativeInt seed)
    {
        // W + 9 upper-case alphanumerics: accepted with an rna.letters warning only when a letter occurs.
        const string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        var random = new Random(seed.Item);
        string text = "W" + new string(Enumerable.Range(0, 9).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var parsed = Rna.Parse(text);
        bool hasLetter = text.Skip(1).Any(char.IsAsciiLetterUpper);
        return parsed.Success && parsed.Value.ToString() == text && parsed.Warnings.Count == (hasLetter ? 1 : 0)
            && Rna.Parse(parsed.Value.ToString()).Value == parsed.Value;
    }

    [Property]
    public bool Rna_Parse_and_TryParse_never_throw_and_agree(AnyText any) => Agrees<Rna>(any);

    [Property]
    public bool Ridet_round_trips(Valid<Ridet> valid) => RoundTrips(valid);

    [Property]
    public bool Ridet_Parse_and_TryParse_never_throw_and_agree(AnyText any) => Agrees<Ridet>(any);
}

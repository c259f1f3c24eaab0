namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// A SIRET, the INSEE identifier of an establishment: 14 digits, the SIREN (9) followed by the NIC (5), such as
/// <c>73282932000074</c> (displayed <c>732 829 320 00074</c>).
/// </summary>
/// <remarks>
/// <para>identifiers.md §2: the 14 digits must pass the Luhn check <b>and</b> the first 9 (the SIREN) must pass it too
/// (<c>73282932100007</c> passes on 14 digits, but its SIREN does not: <c>siret.siren-checksum</c>).</para>
/// <para><b>La Poste.</b> Establishments of La Poste (SIREN <c>356000000</c>) do not follow Luhn. This library applies
/// the <b>strict</b> rule of python-stdnum: a SIRET starting with <c>356000000</c>, other than the Luhn-valid head
/// office <c>35600000000048</c>, is valid when and only when the sum of its 14 digits is a multiple of 5
/// (<c>35600000001000</c> is valid; <c>35600000001004</c>, whose digit sum is 19, is rejected with
/// <c>siret.la-poste-checksum</c> although it passes Luhn). Some other implementations (pass Culture) accept Luhn
/// <i>or</i> the La Poste rule.</para>
/// <para><b>Placeholder.</b> <c>00000000000000</c> passes Luhn but is rejected with <c>siret.placeholder</c> (an
/// error), so a parsed SIRET is never all zeros. Monaco registration codes such as <c>MONACOCONFO001</c> are rejected
/// with <c>siret.foreign</c>. A valid SIRET is not proof that the establishment is active: that needs Sirene.</para>
/// <para>Input hygiene: white space is trimmed and spaces, no-break spaces, dots and dashes are removed
/// (<c>732 829 320 00074</c>).</para>
/// <para>The value is stored as a <see cref="long"/>; <see cref="TryParse"/> never allocates. <c>default(Siret)</c> is
/// not a SIRET: it is never produced by parsing, its <see cref="ToString"/> is the empty string and it sorts before
/// every parsed SIRET.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct Siret : IIdentifier<Siret>, IComparable<Siret>
{
    private const int Length = 14;
    private const long NicFactor = 100_000;
    private const long LaPosteHeadOffice = 35600000000048;

    private readonly long number;

    private Siret(long number) => this.number = number;

    /// <summary>The SIREN of the legal unit: the first 9 digits; <c>default</c> for <c>default(Siret)</c>.</summary>
    public Siren Siren => Siren.FromNumber((int)(number / NicFactor));

    /// <summary>
    /// The NIC (numéro interne de classement): the last 5 digits, with leading zeros, such as <c>00074</c>; the empty
    /// string for <c>default(Siret)</c>.
    /// </summary>
    public string Nic =>
        number == 0 ? string.Empty : string.Create(5, number % NicFactor, static (span, n) => IdentifierText.WriteDigits(n, span));

    /// <summary>True for an establishment of La Poste (SIREN <c>356000000</c>), validated by the La Poste rule.</summary>
    public bool IsLaPoste => number / NicFactor == Siren.LaPosteNumber;

    /// <summary>Parses a SIRET.</summary>
    /// <param name="text">The text, for example <c>73282932000074</c> or <c>732 829 320 00074</c>.</param>
    /// <returns>
    /// The SIRET; or an error with rule <c>siret.empty</c>, <c>.foreign</c>, <c>.format</c>, <c>.length</c>,
    /// <c>.placeholder</c>, <c>.la-poste-checksum</c>, <c>.checksum</c> or <c>.siren-checksum</c>.
    /// </returns>
    public static ParseResult<Siret> Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        var fault = Check(text, buffer, out var result);
        if (fault == Fault.None)
        {
            return ParseResult<Siret>.ForValue(result);
        }

        string raw = IdentifierText.Raw(text);
        return ParseResult<Siret>.ForError(fault switch
        {
            Fault.Empty => IdentifierRules.SiretEmpty.Issue(raw),
            Fault.Foreign => IdentifierRules.SiretForeign.Issue(raw),
            Fault.Length => IdentifierRules.SiretLength.Issue(raw),
            Fault.Placeholder => IdentifierRules.SiretPlaceholder.Issue(raw),
            Fault.LaPosteChecksum => IdentifierRules.SiretLaPosteChecksum.Issue(raw),
            Fault.Checksum => IdentifierRules.SiretChecksum.Issue(raw),
            Fault.SirenChecksum => IdentifierRules.SiretSirenChecksum.Issue(raw),
            _ => IdentifierRules.SiretFormat.Issue(raw),
        });
    }

    /// <summary>Parses a SIRET without allocating.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The SIRET, or <c>default</c> when the text is rejected.</param>
    /// <returns><see langword="true"/> when <see cref="Parse"/> would succeed.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Siret result)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        return Check(text, buffer, out result) == Fault.None;
    }

    private static Fault Check(ReadOnlySpan<char> text, Span<char> buffer, out Siret result)
    {
        result = default;
        int length = IdentifierText.Clean(text, buffer, Separators.SpacesDotsDashes, out _);
        if (length == 0)
        {
            return Fault.Empty;
        }

        var clean = length < 0 ? buffer : buffer[..length];
        if (clean.StartsWith("MONACO"))
        {
            return Fault.Foreign;
        }

        if (!IdentifierText.AllDigits(clean))
        {
            return Fault.Format;
        }

        if (length != Length)
        {
            return Fault.Length;
        }

        long n = IdentifierText.ToNumber(clean);
        if (n == 0)
        {
            return Fault.Placeholder;
        }

        if (n / NicFactor == Siren.LaPosteNumber && n != LaPosteHeadOffice)
        {
            int sum = 0;
            foreach (char c in clean)
            {
                sum += c - '0';
            }

            if (sum % 5 != 0)
            {
                return Fault.LaPosteChecksum;
            }
        }
        else if (!Utility.Luhn.IsValid(clean))
        {
            return Fault.Checksum;
        }
        else if (!Utility.Luhn.IsValid(clean[..9]))
        {
            return Fault.SirenChecksum;
        }

        result = new Siret(n);
        return Fault.None;
    }

    /// <summary>Compares two SIRETs in numeric order, which is also the ordinal order of their text.</summary>
    /// <param name="other">The other SIRET.</param>
    /// <returns>A negative number, zero or a positive number when this SIRET sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Siret other) => number.CompareTo(other.number);

    /// <summary>Tests whether two SIRETs are equal.</summary>
    /// <param name="other">The other SIRET.</param>
    /// <returns><see langword="true"/> when both have the same digits.</returns>
    public bool Equals(Siret other) => number == other.number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Siret other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => number.GetHashCode();

    /// <summary>Formats the SIRET as 14 digits without spaces, such as <c>73282932000074</c>; the empty string for <c>default(Siret)</c>.</summary>
    /// <returns>The 14-digit SIRET.</returns>
    public override string ToString() =>
        number == 0 ? string.Empty : string.Create(Length, number, static (span, n) => IdentifierText.WriteDigits(n, span));

    /// <summary>Equality.</summary>
    /// <param name="left">The first SIRET.</param>
    /// <param name="right">The second SIRET.</param>
    /// <returns><see langword="true"/> when the SIRETs are equal.</returns>
    public static bool operator ==(Siret left, Siret right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first SIRET.</param>
    /// <param name="right">The second SIRET.</param>
    /// <returns><see langword="true"/> when the SIRETs differ.</returns>
    public static bool operator !=(Siret left, Siret right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">The first SIRET.</param>
    /// <param name="right">The second SIRET.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Siret left, Siret right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">The first SIRET.</param>
    /// <param name="right">The second SIRET.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(Siret left, Siret right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">The first SIRET.</param>
    /// <param name="right">The second SIRET.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Siret left, Siret right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">The first SIRET.</param>
    /// <param name="right">The second SIRET.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(Siret left, Siret right) => left.CompareTo(right) >= 0;
}

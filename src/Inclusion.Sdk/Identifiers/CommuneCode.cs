using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// An INSEE commune code of the Code officiel géographique (COG): 5 characters, a département part and a commune
/// number, such as <c>01001</c>, <c>2A004</c> (Ajaccio), <c>75056</c> (Paris), <c>75101</c> (Paris 1er arrondissement)
/// or <c>98818</c> (Nouméa).
/// </summary>
/// <remarks>
/// <para>Parsing checks the shape of the COG (identifiers.md §5): metropolitan codes <c>01</c>–<c>19</c>, <c>2A</c>,
/// <c>2B</c>, <c>21</c>–<c>95</c> followed by 3 digits, overseas codes <c>971</c>–<c>978</c> and <c>984</c>,
/// <c>986</c>–<c>989</c> followed by 2 digits. It does not prove that the commune exists in a given year: that needs
/// the COG of that year. Municipal arrondissements of Paris, Lyon and Marseille are accepted; see
/// <see cref="IsArrondissement"/> and <see cref="ParentCommune"/>.</para>
/// <para>Input hygiene: surrounding white space is trimmed; lower-case letters (<c>2a004</c>) are accepted and normalised
/// with a <c>commune-code.lowercase</c> warning. A 4-digit value (<c>1001</c>) is rejected with
/// <c>commune-code.leading-zero</c> and the suggestion <c>01001</c>: a lost leading zero is never added silently.</para>
/// <para>The value is stored as 5 packed ASCII characters; <see cref="TryParse"/> never allocates.
/// <c>default(CommuneCode)</c> is not a commune: it is never produced by parsing, its <see cref="ToString"/> is the
/// empty string and it sorts before every parsed code.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct CommuneCode : IIdentifier<CommuneCode>, IComparable<CommuneCode>
{
    private const int Length = 5;

    // The 5 ASCII characters, the first one in the most significant byte, so that numeric order is ordinal order.
    private readonly ulong packed;

    private CommuneCode(ulong packed) => this.packed = packed;

    /// <summary>
    /// True for a municipal arrondissement of Paris (<c>75101</c>–<c>75120</c>), Lyon (<c>69381</c>–<c>69389</c>) or
    /// Marseille (<c>13201</c>–<c>13216</c>).
    /// </summary>
    public bool IsArrondissement => ArrondissementParent(Number) != 0;

    /// <summary>
    /// The commune of an arrondissement (<c>75056</c> Paris, <c>69123</c> Lyon, <c>13055</c> Marseille); for any other
    /// code, the code itself.
    /// </summary>
    public CommuneCode ParentCommune => ArrondissementParent(Number) is var parent and not 0 ? FromDigits(parent) : this;

    /// <summary>
    /// True for an overseas commune: an overseas département (<c>971</c>–<c>974</c>, <c>976</c>) or an overseas
    /// collectivity (<c>975</c>, <c>977</c>, <c>978</c>, <c>984</c>, <c>986</c>–<c>989</c>), i.e. a code starting with
    /// <c>97</c> or <c>98</c>.
    /// </summary>
    public bool IsOverseas => Char(0) == '9' && Char(1) is '7' or '8';

    /// <summary>
    /// The département of the commune: the first 3 characters for an overseas code, else the first 2; <see langword="null"/>
    /// for an overseas collectivity that is not a département (<c>975</c>, <c>977</c>, <c>978</c>, <c>984</c>,
    /// <c>986</c>–<c>989</c>) and for <c>default(CommuneCode)</c>.
    /// </summary>
    public DepartementCode? Departement
    {
        get
        {
            if (packed == 0)
            {
                return null;
            }

            if (!IsOverseas)
            {
                return DepartementCode.FromChars(Char(0), Char(1), '\0');
            }

            char third = Char(2);
            return Char(1) == '7' && third is >= '1' and <= '4' or '6'
                ? DepartementCode.FromChars('9', '7', third)
                : null;
        }
    }

    /// <summary>The code as a number when it is all digits (not for Corsica or the default value), else 0.</summary>
    private int Number
    {
        get
        {
            if (packed == 0 || Char(1) is 'A' or 'B')
            {
                return 0;
            }

            int n = 0;
            for (int i = 0; i < Length; i++)
            {
                n = (n * 10) + (Char(i) - '0');
            }

            return n;
        }
    }

    /// <summary>Parses an INSEE commune code.</summary>
    /// <param name="text">The text, for example <c>2A004</c>, <c>75056</c> or <c>97611</c>.</param>
    /// <returns>
    /// The code, with a <c>commune-code.lowercase</c> warning when letters were written in lower case; or an error with
    /// rule <c>commune-code.empty</c>, <c>.length</c>, <c>.leading-zero</c>, <c>.corsica</c>, <c>.foreign</c> or
    /// <c>.format</c>.
    /// </returns>
    public static ParseResult<CommuneCode> Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        var fault = Check(text, buffer, out var result, out int length, out bool lowercase);
        string raw = IdentifierText.Raw(text);
        ReadOnlySpan<char> clean = buffer[..Math.Max(length, 0)];
        return fault switch
        {
            Fault.None => lowercase
                ? ParseResult<CommuneCode>.ForValue(result, IdentifierRules.CommuneCodeLowercase.Issue(raw, result.ToString()))
                : ParseResult<CommuneCode>.ForValue(result),
            Fault.Empty => ParseResult<CommuneCode>.ForError(IdentifierRules.CommuneCodeEmpty.Issue(raw)),
            Fault.LeadingZero => ParseResult<CommuneCode>.ForError(
                IdentifierRules.CommuneCodeLeadingZero.Issue(raw, IdentifierText.WithLeadingZero(clean))),
            Fault.Length => ParseResult<CommuneCode>.ForError(IdentifierRules.CommuneCodeLength.Issue(raw)),
            Fault.Corsica => ParseResult<CommuneCode>.ForError(IdentifierRules.CommuneCodeCorsica.Issue(
                raw, allowedValues: [string.Concat("2A", clean[2..]), string.Concat("2B", clean[2..])])),
            Fault.Foreign => ParseResult<CommuneCode>.ForError(IdentifierRules.CommuneCodeForeign.Issue(raw)),
            _ => ParseResult<CommuneCode>.ForError(IdentifierRules.CommuneCodeFormat.Issue(raw)),
        };
    }

    /// <summary>Parses an INSEE commune code without allocating.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The code, or <c>default</c> when the text is rejected.</param>
    /// <returns><see langword="true"/> when <see cref="Parse"/> would succeed (possibly with warnings).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out CommuneCode result)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        return Check(text, buffer, out result, out _, out _) == Fault.None;
    }

    /// <summary>Checks 5 upper-case characters against the COG shape (identifiers.md §5).</summary>
    internal static Fault CheckShape(ReadOnlySpan<char> c)
    {
        if (!IdentifierText.IsDigit(c[0]) || !IdentifierText.IsDigit(c[2]) || !IdentifierText.IsDigit(c[3])
            || !IdentifierText.IsDigit(c[4]))
        {
            return Fault.Format;
        }

        if (c[0] == '2' && c[1] is 'A' or 'B')
        {
            return Fault.None;
        }

        if (!IdentifierText.IsDigit(c[1]))
        {
            return Fault.Format;
        }

        int dep = ((c[0] - '0') * 10) + (c[1] - '0');
        return dep switch
        {
            0 or 96 => Fault.Format,
            20 => Fault.Corsica,
            97 => c[2] is >= '1' and <= '8' ? Fault.None : Fault.Format,
            98 => c[2] is '4' or '6' or '7' or '8' or '9' ? Fault.None : Fault.Format,
            99 => Fault.Foreign,
            _ => Fault.None,
        };
    }

    /// <summary>Packs 5 characters already checked by <see cref="CheckShape"/>.</summary>
    internal static CommuneCode FromChars(ReadOnlySpan<char> c)
    {
        ulong p = 0;
        for (int i = 0; i < Length; i++)
        {
            p = (p << 8) | c[i];
        }

        return new CommuneCode(p);
    }

    /// <summary>The packed value, for types that embed a commune code (IRIS codes).</summary>
    internal ulong Packed => packed;

    /// <summary>Rebuilds a code from <see cref="Packed"/>.</summary>
    internal static CommuneCode FromPacked(ulong packed) => new(packed);

    private static Fault Check(ReadOnlySpan<char> text, Span<char> buffer, out CommuneCode result, out int length, out bool lowercase)
    {
        result = default;
        length = IdentifierText.Clean(text, buffer, Separators.None, out lowercase);
        if (length == 0)
        {
            return Fault.Empty;
        }

        if (length != Length)
        {
            if (length == Length - 1 && IdentifierText.AllDigits(buffer[..length]))
            {
                Span<char> padded = [ '0', buffer[0], buffer[1], buffer[2], buffer[3] ];
                if (CheckShape(padded) == Fault.None)
                {
                    return Fault.LeadingZero;
                }
            }

            return Fault.Length;
        }

        var fault = CheckShape(buffer[..Length]);
        if (fault == Fault.None)
        {
            result = FromChars(buffer);
        }

        return fault;
    }

    private static CommuneCode FromDigits(int number)
    {
        Span<char> c = stackalloc char[Length];
        IdentifierText.WriteDigits(number, c);
        return FromChars(c);
    }

    private static int ArrondissementParent(int number) => number switch
    {
        >= 75101 and <= 75120 => 75056,
        >= 69381 and <= 69389 => 69123,
        >= 13201 and <= 13216 => 13055,
        _ => 0,
    };

    private char Char(int index) => (char)((packed >> (8 * (Length - 1 - index))) & 0xFF);

    /// <summary>Compares two codes in ordinal order of their text.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>A negative number, zero or a positive number when this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(CommuneCode other) => packed.CompareTo(other.packed);

    /// <summary>Tests whether two codes are equal.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when both codes have the same text.</returns>
    public bool Equals(CommuneCode other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CommuneCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => packed.GetHashCode();

    /// <summary>Formats the normalised code, such as <c>2A004</c>; the empty string for <c>default(CommuneCode)</c>.</summary>
    /// <returns>The 5-character code.</returns>
    public override string ToString() =>
        packed == 0 ? string.Empty : string.Create(Length, packed, static (span, p) =>
        {
            for (int i = Length - 1; i >= 0; i--, p >>= 8)
            {
                span[i] = (char)(p & 0xFF);
            }
        });

    /// <summary>Equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(CommuneCode left, CommuneCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(CommuneCode left, CommuneCode right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(CommuneCode left, CommuneCode right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(CommuneCode left, CommuneCode right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(CommuneCode left, CommuneCode right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(CommuneCode left, CommuneCode right) => left.CompareTo(right) >= 0;
}

namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// The INSEE code of one of the 101 French départements: <c>01</c>–<c>19</c>, <c>2A</c>, <c>2B</c>, <c>21</c>–<c>95</c>,
/// <c>971</c>, <c>972</c>, <c>973</c>, <c>974</c> and <c>976</c> (Mayotte).
/// </summary>
/// <remarks>
/// <para>Rejected with a dedicated rule (identifiers.md §6): <c>20</c>, the former département of Corsica
/// (<c>departement-code.corsica</c>); <c>975</c>, <c>977</c>, <c>978</c>, <c>984</c>, <c>986</c>–<c>989</c>, overseas
/// collectivities that are not départements (<c>departement-code.collectivity</c>); a single digit such as <c>1</c>,
/// whose leading zero was lost (<c>departement-code.leading-zero</c>, suggestion <c>01</c>). Collectivity codes that
/// departmental powers are exercised by (CTCD such as <c>69M</c> or <c>20R</c>) are not département codes.</para>
/// <para>Input hygiene: white space is trimmed; <c>2a</c> is accepted as <c>2A</c> with a
/// <c>departement-code.lowercase</c> warning.</para>
/// <para><c>default(DepartementCode)</c> is not a département: it is never produced by parsing, its
/// <see cref="ToString"/> is the empty string and it sorts before every parsed code.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct DepartementCode : IIdentifier<DepartementCode>, IComparable<DepartementCode>
{
    // Up to 3 ASCII characters, the first one in the most significant byte; a 2-character code ends with a zero byte,
    // so that numeric order is ordinal order of the text.
    private readonly uint packed;

    private DepartementCode(uint packed) => this.packed = packed;

    /// <summary>True for an overseas département (<c>971</c>, <c>972</c>, <c>973</c>, <c>974</c>, <c>976</c>).</summary>
    public bool IsOverseas => (packed & 0xFF) != 0;

    /// <summary>Parses a département code.</summary>
    /// <param name="text">The text, for example <c>01</c>, <c>2A</c> or <c>971</c>.</param>
    /// <returns>
    /// The code, with a <c>departement-code.lowercase</c> warning when a letter was written in lower case; or an error
    /// with rule <c>departement-code.empty</c>, <c>.leading-zero</c>, <c>.corsica</c>, <c>.collectivity</c>,
    /// <c>.unknown</c> or <c>.format</c>.
    /// </returns>
    public static ParseResult<DepartementCode> Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        var fault = Check(text, buffer, out var result, out int length, out bool lowercase);
        string raw = IdentifierText.Raw(text);
        ReadOnlySpan<char> clean = buffer[..Math.Max(length, 0)];
        return fault switch
        {
            Fault.None => lowercase
                ? ParseResult<DepartementCode>.ForValue(result, IdentifierRules.DepartementCodeLowercase.Issue(raw, result.ToString()))
                : ParseResult<DepartementCode>.ForValue(result),
            Fault.Empty => ParseResult<DepartementCode>.ForError(IdentifierRules.DepartementCodeEmpty.Issue(raw)),
            Fault.LeadingZero => ParseResult<DepartementCode>.ForError(
                IdentifierRules.DepartementCodeLeadingZero.Issue(raw, IdentifierText.WithLeadingZero(clean))),
            Fault.Corsica => ParseResult<DepartementCode>.ForError(
                IdentifierRules.DepartementCodeCorsica.Issue(raw, allowedValues: ["2A", "2B"])),
            Fault.Collectivity => ParseResult<DepartementCode>.ForError(IdentifierRules.DepartementCodeCollectivity.Issue(raw)),
            Fault.Unknown => ParseResult<DepartementCode>.ForError(IdentifierRules.DepartementCodeUnknown.Issue(
                raw, clean.Length == 3 && clean[0] == '0' && CheckTwo(clean[1], clean[2]) == Fault.None ? clean[1..].ToString() : null)),
            _ => ParseResult<DepartementCode>.ForError(IdentifierRules.DepartementCodeFormat.Issue(raw)),
        };
    }

    /// <summary>Parses a département code without allocating.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The code, or <c>default</c> when the text is rejected.</param>
    /// <returns><see langword="true"/> when <see cref="Parse"/> would succeed (possibly with warnings).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DepartementCode result)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        return Check(text, buffer, out result, out _, out _) == Fault.None;
    }

    /// <summary>Builds a code from characters already checked (from a commune code); <paramref name="c2"/> is <c>'\0'</c> for 2 characters.</summary>
    internal static DepartementCode FromChars(char c0, char c1, char c2) => new(((uint)c0 << 16) | ((uint)c1 << 8) | c2);

    private static Fault Check(ReadOnlySpan<char> text, Span<char> buffer, out DepartementCode result, out int length, out bool lowercase)
    {
        result = default;
        length = IdentifierText.Clean(text, buffer, Separators.None, out lowercase);
        Fault fault;
        switch (length)
        {
            case 0:
                return Fault.Empty;
            case 1:
                return buffer[0] is >= '1' and <= '9' ? Fault.LeadingZero : buffer[0] == '0' ? Fault.Unknown : Fault.Format;
            case 2:
                fault = CheckTwo(buffer[0], buffer[1]);
                if (fault == Fault.None)
                {
                    result = FromChars(buffer[0], buffer[1], '\0');
                }

                return fault;
            case 3:
                if (!IdentifierText.AllDigits(buffer[..3]))
                {
                    return buffer[0] == '0' && CheckTwo(buffer[1], buffer[2]) == Fault.None ? Fault.Unknown : Fault.Format;
                }

                fault = (buffer[0], buffer[1], buffer[2]) switch
                {
                    ('9', '7', '1' or '2' or '3' or '4' or '6') => Fault.None,
                    ('9', '7', '5' or '7' or '8') => Fault.Collectivity,
                    ('9', '8', '4' or '6' or '7' or '8' or '9') => Fault.Collectivity,
                    _ => Fault.Unknown,
                };
                if (fault == Fault.None)
                {
                    result = FromChars(buffer[0], buffer[1], buffer[2]);
                }

                return fault;
            default:
                return Fault.Format;
        }
    }

    /// <summary>Checks a 2-character metropolitan code.</summary>
    private static Fault CheckTwo(char c0, char c1)
    {
        if (c0 == '2' && c1 is 'A' or 'B')
        {
            return Fault.None;
        }

        if (!IdentifierText.IsDigit(c0) || !IdentifierText.IsDigit(c1))
        {
            return Fault.Format;
        }

        return (((c0 - '0') * 10) + (c1 - '0')) switch
        {
            20 => Fault.Corsica,
            >= 1 and <= 95 => Fault.None,
            _ => Fault.Unknown,
        };
    }

    /// <summary>Compares two codes in ordinal order of their text.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>A negative number, zero or a positive number when this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(DepartementCode other) => packed.CompareTo(other.packed);

    /// <summary>Tests whether two codes are equal.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when both codes have the same text.</returns>
    public bool Equals(DepartementCode other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DepartementCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (int)packed;

    /// <summary>Formats the code, such as <c>01</c>, <c>2A</c> or <c>971</c>; the empty string for <c>default(DepartementCode)</c>.</summary>
    /// <returns>The 2- or 3-character code.</returns>
    public override string ToString() =>
        packed == 0 ? string.Empty : string.Create(IsOverseas ? 3 : 2, packed, static (span, p) =>
        {
            span[0] = (char)(p >> 16);
            span[1] = (char)((p >> 8) & 0xFF);
            if (span.Length == 3)
            {
                span[2] = (char)(p & 0xFF);
            }
        });

    /// <summary>Equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(DepartementCode left, DepartementCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(DepartementCode left, DepartementCode right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(DepartementCode left, DepartementCode right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(DepartementCode left, DepartementCode right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(DepartementCode left, DepartementCode right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(DepartementCode left, DepartementCode right) => left.CompareTo(right) >= 0;
}

namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// An INSEE IRIS code: 9 characters, the 5-character commune code followed by the 4-digit IRIS number, such as
/// <c>751010101</c> (in Paris, Lyon and Marseille the commune part is the arrondissement) or <c>130710107</c>.
/// </summary>
/// <remarks>
/// <para>identifiers.md §9: the commune part follows the commune shape of metropolitan France and of the overseas codes
/// <c>971</c>–<c>978</c> (codes <c>98x</c> have no IRIS). A commune not split into IRIS forms one IRIS numbered
/// <c>0000</c> (<see cref="IsUndividedCommune"/>). The IRIS type (H, A, D, Z) is a separate field, not part of the
/// code: <c>751056501R</c> is rejected with <c>iris-code.length</c> and the suggestion <c>751056501</c>. IRIS
/// boundaries are versioned: a valid code is not proof that the IRIS exists in a given vintage.</para>
/// <para>Input hygiene: white space is trimmed; <c>2a0040101</c> is accepted as <c>2A0040101</c> with an
/// <c>iris-code.lowercase</c> warning; an 8-digit value whose leading zero was lost (<c>10010000</c>) is rejected with
/// <c>iris-code.leading-zero</c> and the suggestion <c>010010000</c>, never padded silently.</para>
/// <para>The value is stored packed in a <see cref="ulong"/>; <see cref="TryParse"/> never allocates.
/// <c>default(IrisCode)</c> is not an IRIS: it is never produced by parsing, its <see cref="ToString"/> is the empty
/// string and it sorts before every parsed code.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct IrisCode : IIdentifier<IrisCode>, IComparable<IrisCode>
{
    private const int Length = 9;
    private const int NumberBits = 14; // 0000–9999

    // The packed commune code (5 ASCII bytes) shifted left, then the IRIS number: numeric order is ordinal order.
    private readonly ulong packed;

    private IrisCode(ulong packed) => this.packed = packed;

    /// <summary>The commune (or municipal arrondissement) the IRIS belongs to; <c>default</c> for <c>default(IrisCode)</c>.</summary>
    public CommuneCode Commune => CommuneCode.FromPacked(packed >> NumberBits);

    /// <summary>True when the IRIS number is <c>0000</c>: the commune is not split into IRIS and forms a single one.</summary>
    public bool IsUndividedCommune => packed != 0 && Number == 0;

    private int Number => (int)(packed & ((1UL << NumberBits) - 1));

    /// <summary>Parses an IRIS code.</summary>
    /// <param name="text">The text, for example <c>751010101</c>.</param>
    /// <returns>
    /// The code, with an <c>iris-code.lowercase</c> warning when a letter was written in lower case; or an error with
    /// rule <c>iris-code.empty</c>, <c>.leading-zero</c>, <c>.length</c>, <c>.corsica</c> or <c>.format</c>.
    /// </returns>
    public static ParseResult<IrisCode> Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        var fault = Check(text, buffer, out var result, out int length, out bool lowercase);
        string raw = IdentifierText.Raw(text);
        ReadOnlySpan<char> clean = buffer[..Math.Max(length, 0)];
        return fault switch
        {
            Fault.None => lowercase
                ? ParseResult<IrisCode>.ForValue(result, IdentifierRules.IrisCodeLowercase.Issue(raw, result.ToString()))
                : ParseResult<IrisCode>.ForValue(result),
            Fault.Empty => ParseResult<IrisCode>.ForError(IdentifierRules.IrisCodeEmpty.Issue(raw)),
            Fault.LeadingZero => ParseResult<IrisCode>.ForError(
                IdentifierRules.IrisCodeLeadingZero.Issue(raw, IdentifierText.WithLeadingZero(clean))),
            Fault.Length => ParseResult<IrisCode>.ForError(IdentifierRules.IrisCodeLength.Issue(
                raw, clean.Length == Length + 1 && char.IsAsciiLetterUpper(clean[Length]) && CheckShape(clean[..Length]) == Fault.None
                    ? clean[..Length].ToString()
                    : null)),
            Fault.Corsica => ParseResult<IrisCode>.ForError(IdentifierRules.IrisCodeCorsica.Issue(raw)),
            _ => ParseResult<IrisCode>.ForError(IdentifierRules.IrisCodeFormat.Issue(raw)),
        };
    }

    /// <summary>Parses an IRIS code without allocating.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The code, or <c>default</c> when the text is rejected.</param>
    /// <returns><see langword="true"/> when <see cref="Parse"/> would succeed (possibly with warnings).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out IrisCode result)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        return Check(text, buffer, out result, out _, out _) == Fault.None;
    }

    private static Fault Check(ReadOnlySpan<char> text, Span<char> buffer, out IrisCode result, out int length, out bool lowercase)
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
                Span<char> padded = stackalloc char[Length];
                padded[0] = '0';
                buffer[..length].CopyTo(padded[1..]);
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
            ulong commune = CommuneCode.FromChars(buffer[..5]).Packed;
            result = new IrisCode((commune << NumberBits) | (ulong)IdentifierText.ToNumber(buffer[5..Length]));
        }

        return fault;
    }

    /// <summary>Checks 9 upper-case characters against the IRIS pattern of identifiers.md §9.</summary>
    private static Fault CheckShape(ReadOnlySpan<char> c)
    {
        var fault = CommuneCode.CheckShape(c[..5]);
        if (fault == Fault.Corsica)
        {
            return Fault.Corsica;
        }

        if (fault != Fault.None || (c[0] == '9' && c[1] == '8') || !IdentifierText.AllDigits(c[5..]))
        {
            return Fault.Format;
        }

        return Fault.None;
    }

    /// <summary>Compares two codes in ordinal order of their text.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>A negative number, zero or a positive number when this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(IrisCode other) => packed.CompareTo(other.packed);

    /// <summary>Tests whether two codes are equal.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when both codes have the same text.</returns>
    public bool Equals(IrisCode other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IrisCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => packed.GetHashCode();

    /// <summary>Formats the code, such as <c>751010101</c>; the empty string for <c>default(IrisCode)</c>.</summary>
    /// <returns>The 9-character code.</returns>
    public override string ToString() =>
        packed == 0 ? string.Empty : string.Create(Length, packed, static (span, p) =>
        {
            IdentifierText.WriteDigits((long)(p & ((1UL << NumberBits) - 1)), span[5..]);
            ulong commune = p >> NumberBits;
            for (int i = 4; i >= 0; i--, commune >>= 8)
            {
                span[i] = (char)(commune & 0xFF);
            }
        });

    /// <summary>Equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(IrisCode left, IrisCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(IrisCode left, IrisCode right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(IrisCode left, IrisCode right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(IrisCode left, IrisCode right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(IrisCode left, IrisCode right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(IrisCode left, IrisCode right) => left.CompareTo(right) >= 0;
}

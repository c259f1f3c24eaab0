namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// A French postal code (code postal, La Poste): 5 digits, such as <c>01000</c>, <c>20167</c>, <c>75116</c> or
/// <c>98000</c> (Monaco, inside the French postal numbering).
/// </summary>
/// <remarks>
/// <para>A postal code is a routing code, not an INSEE code: it is many-to-many with communes, and Corsican postal codes
/// start with <c>20</c> while Corsican INSEE codes start with <c>2A</c>/<c>2B</c> (identifiers.md §11). Parsing
/// checks the shape only (5 digits); whether the code exists needs La Poste's base.</para>
/// <para>Input hygiene: white space is trimmed and spaces, no-break spaces, dots and dashes are removed (<c>75 001</c>
/// is <c>75001</c>). A 4-digit value (<c>1000</c>) is rejected with <c>postal-code.leading-zero</c> and the suggestion
/// <c>01000</c>; text after the code (<c>75001 CEDEX</c>) is rejected with <c>postal-code.format</c> and the suggestion
/// <c>75001</c>: CEDEX belongs to the locality, and a CEDEX code need not be the code of any commune.</para>
/// <para>The value is stored as a number; <see cref="TryParse"/> never allocates. <c>default(PostalCode)</c> is not a
/// postal code: it is never produced by parsing, its <see cref="ToString"/> is the empty string and it sorts before
/// every parsed code.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct PostalCode : IIdentifier<PostalCode>, IComparable<PostalCode>
{
    private const int Length = 5;
    private const int Present = 1 << 20; // marks a parsed value, so that 00000 differs from the default value

    private readonly int packed;

    private PostalCode(int number) => packed = number | Present;

    /// <summary>Parses a postal code.</summary>
    /// <param name="text">The text, for example <c>75001</c> or <c>75 001</c>.</param>
    /// <returns>
    /// The code; or an error with rule <c>postal-code.empty</c>, <c>.leading-zero</c>, <c>.length</c>, <c>.corsica</c>
    /// or <c>.format</c>.
    /// </returns>
    public static ParseResult<PostalCode> Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        var fault = Check(text, buffer, out var result, out int length);
        if (fault == Fault.None)
        {
            return ParseResult<PostalCode>.ForValue(result);
        }

        string raw = IdentifierText.Raw(text);
        ReadOnlySpan<char> clean = buffer[..Math.Max(length, 0)];
        return ParseResult<PostalCode>.ForError(fault switch
        {
            Fault.Empty => IdentifierRules.PostalCodeEmpty.Issue(raw),
            Fault.LeadingZero => IdentifierRules.PostalCodeLeadingZero.Issue(raw, IdentifierText.WithLeadingZero(clean)),
            Fault.Length => IdentifierRules.PostalCodeLength.Issue(raw),
            Fault.Corsica => IdentifierRules.PostalCodeCorsica.Issue(raw),
            _ => IdentifierRules.PostalCodeFormat.Issue(raw, TextAfterCode(clean) ? clean[..Length].ToString() : null),
        });
    }

    /// <summary>Parses a postal code without allocating.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The code, or <c>default</c> when the text is rejected.</param>
    /// <returns><see langword="true"/> when <see cref="Parse"/> would succeed.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PostalCode result)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        return Check(text, buffer, out result, out _) == Fault.None;
    }

    private static Fault Check(ReadOnlySpan<char> text, Span<char> buffer, out PostalCode result, out int length)
    {
        result = default;
        length = IdentifierText.Clean(text, buffer, Separators.SpacesDotsDashes, out _);
        if (length == 0)
        {
            return Fault.Empty;
        }

        if (length < 0)
        {
            return Fault.Format;
        }

        var clean = buffer[..length];
        if (IdentifierText.AllDigits(clean))
        {
            if (length == Length)
            {
                result = new PostalCode((int)IdentifierText.ToNumber(clean));
                return Fault.None;
            }

            return length == Length - 1 ? Fault.LeadingZero : Fault.Length;
        }

        if (length == Length && clean[0] == '2' && clean[1] is 'A' or 'B' && IdentifierText.AllDigits(clean[2..]))
        {
            return Fault.Corsica;
        }

        return Fault.Format;
    }

    /// <summary>True when the cleaned text is 5 digits followed by a letter (<c>75001CEDEX</c>).</summary>
    private static bool TextAfterCode(ReadOnlySpan<char> clean) =>
        clean.Length > Length && IdentifierText.AllDigits(clean[..Length]) && char.IsAsciiLetterUpper(clean[Length]);

    /// <summary>Compares two codes in ordinal order of their text.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>A negative number, zero or a positive number when this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(PostalCode other) => packed.CompareTo(other.packed);

    /// <summary>Tests whether two codes are equal.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when both codes have the same digits.</returns>
    public bool Equals(PostalCode other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PostalCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => packed;

    /// <summary>Formats the code as 5 digits, such as <c>01000</c>; the empty string for <c>default(PostalCode)</c>.</summary>
    /// <returns>The 5-digit code.</returns>
    public override string ToString() =>
        packed == 0 ? string.Empty : string.Create(Length, packed & ~Present, static (span, n) => IdentifierText.WriteDigits(n, span));

    /// <summary>Equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(PostalCode left, PostalCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(PostalCode left, PostalCode right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(PostalCode left, PostalCode right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(PostalCode left, PostalCode right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(PostalCode left, PostalCode right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(PostalCode left, PostalCode right) => left.CompareTo(right) >= 0;
}

using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// An RNA number (Répertoire national des associations): the letter <c>W</c> followed by 9 characters, such as
/// <c>W931012663</c>.
/// </summary>
/// <remarks>
/// <para>identifiers.md §3: the official wording is "W followed by 9 digits", but registered numbers with letters after
/// the W exist (associations of Guyane), so this type accepts the tolerant form <c>W</c> + 9 upper-case letters or
/// digits and adds an <c>rna.letters</c> warning when a letter occurs. There is no check digit. Associations of
/// Bas-Rhin, Haut-Rhin and Moselle are not in the RNA.</para>
/// <para>Input hygiene: white space is trimmed and spaces and no-break spaces are removed (dots and dashes are not);
/// <c>w751004076</c> is accepted as <c>W751004076</c> with an <c>rna.lowercase</c> warning.</para>
/// <para>The value is stored packed in a <see cref="ulong"/>; <see cref="TryParse"/> never allocates.
/// <c>default(Rna)</c> is not an RNA number: it is never produced by parsing, its <see cref="ToString"/> is the empty
/// string and it sorts before every parsed number.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct Rna : IIdentifier<Rna>, IComparable<Rna>
{
    private const int Length = 10;
    private const int Bits = 6; // each character after the W is stored as (c - '0' + 1): 1–43

    private readonly ulong packed;

    private Rna(ulong packed) => this.packed = packed;

    /// <summary>Parses an RNA number.</summary>
    /// <param name="text">The text, for example <c>W931012663</c>.</param>
    /// <returns>
    /// The number, with an <c>rna.lowercase</c> warning when it was written in lower case and an <c>rna.letters</c>
    /// warning when letters follow the W; or an error with rule <c>rna.empty</c>, <c>.length</c> or <c>.format</c>.
    /// </returns>
    public static ParseResult<Rna> Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        var fault = Check(text, buffer, out var result, out bool lowercase, out bool letters);
        string raw = IdentifierText.Raw(text);
        switch (fault)
        {
            case Fault.None:
                if (!lowercase && !letters)
                {
                    return ParseResult<Rna>.ForValue(result);
                }

                var warnings = new List<ValidationIssue>(2);
                if (lowercase)
                {
                    warnings.Add(IdentifierRules.RnaLowercase.Issue(raw, result.ToString()));
                }

                if (letters)
                {
                    warnings.Add(IdentifierRules.RnaLetters.Issue(raw));
                }

                return ParseResult<Rna>.ForValue(result, warnings);
            case Fault.Empty:
                return ParseResult<Rna>.ForError(IdentifierRules.RnaEmpty.Issue(raw));
            case Fault.Length:
                return ParseResult<Rna>.ForError(IdentifierRules.RnaLength.Issue(raw));
            default:
                return ParseResult<Rna>.ForError(IdentifierRules.RnaFormat.Issue(raw));
        }
    }

    /// <summary>Parses an RNA number without allocating.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The number, or <c>default</c> when the text is rejected.</param>
    /// <returns><see langword="true"/> when <see cref="Parse"/> would succeed (possibly with warnings).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Rna result)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        return Check(text, buffer, out result, out _, out _) == Fault.None;
    }

    private static Fault Check(ReadOnlySpan<char> text, Span<char> buffer, out Rna result, out bool lowercase, out bool letters)
    {
        result = default;
        letters = false;
        int length = IdentifierText.Clean(text, buffer, Separators.Spaces, out lowercase);
        if (length == 0)
        {
            return Fault.Empty;
        }

        if (buffer[0] != 'W')
        {
            return Fault.Format;
        }

        if (length != Length)
        {
            return Fault.Length;
        }

        ulong p = 0;
        foreach (char c in buffer[1..Length])
        {
            if (char.IsAsciiLetterUpper(c))
            {
                letters = true;
            }
            else if (!IdentifierText.IsDigit(c))
            {
                return Fault.Format;
            }

            p = (p << Bits) | (uint)(c - '0' + 1);
        }

        result = new Rna(p);
        return Fault.None;
    }

    /// <summary>Compares two numbers in ordinal order of their text.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>A negative number, zero or a positive number when this number sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Rna other) => packed.CompareTo(other.packed);

    /// <summary>Tests whether two numbers are equal.</summary>
    /// <param name="other">The other number.</param>
    /// <returns><see langword="true"/> when both have the same text.</returns>
    public bool Equals(Rna other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Rna other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => packed.GetHashCode();

    /// <summary>Formats the number, such as <c>W931012663</c>; the empty string for <c>default(Rna)</c>.</summary>
    /// <returns>The 10-character number.</returns>
    public override string ToString() =>
        packed == 0 ? string.Empty : string.Create(Length, packed, static (span, p) =>
        {
            span[0] = 'W';
            for (int i = Length - 1; i >= 1; i--, p >>= Bits)
            {
                span[i] = (char)('0' - 1 + (int)(p & ((1UL << Bits) - 1)));
            }
        });

    /// <summary>Equality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when the numbers are equal.</returns>
    public static bool operator ==(Rna left, Rna right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when the numbers differ.</returns>
    public static bool operator !=(Rna left, Rna right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Rna left, Rna right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(Rna left, Rna right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Rna left, Rna right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(Rna left, Rna right) => left.CompareTo(right) >= 0;
}

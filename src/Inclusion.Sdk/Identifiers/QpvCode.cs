namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// The code of a quartier prioritaire de la politique de la ville (QPV), of the 2015 generation (<c>QP093028</c>) or
/// of the 2024 generation (<c>QN07511M</c>).
/// </summary>
/// <remarks>
/// <para>identifiers.md §10: 2015 codes are <c>QP</c> + 3-character département + 3-digit order; 2024 codes are
/// <c>QN</c> + 3-character département + 2-digit order + <c>N</c>, <c>M</c> or <c>I</c>. The département part is 3
/// digits or, for Corsica, <c>02A</c>/<c>02B</c> (an assumption of the specification, unverified). The generation is
/// kept in <see cref="Generation"/>; a valid code is not proof that the QPV exists.</para>
/// <para>Input hygiene: white space is trimmed; <c>qp093028</c> is accepted as <c>QP093028</c> with a
/// <c>qpv-code.lowercase</c> warning.</para>
/// <para>The 8 ASCII characters are stored packed in a <see cref="ulong"/>; <see cref="TryParse"/> never allocates.
/// <c>default(QpvCode)</c> is not a QPV: it is never produced by parsing, its <see cref="ToString"/> is the empty
/// string, its <see cref="Generation"/> is <see cref="QpvGeneration.None"/> and it sorts before every parsed code.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct QpvCode : IIdentifier<QpvCode>, IComparable<QpvCode>
{
    private const int Length = 8;

    // The 8 ASCII characters, the first one in the most significant byte: numeric order is ordinal order.
    private readonly ulong packed;

    private QpvCode(ulong packed) => this.packed = packed;

    /// <summary>The generation: <see cref="QpvGeneration.Qp2015"/> for <c>QP…</c>, <see cref="QpvGeneration.Qp2024"/> for <c>QN…</c>.</summary>
    public QpvGeneration Generation => ((packed >> 48) & 0xFF) switch
    {
        'P' => QpvGeneration.Qp2015,
        'N' => QpvGeneration.Qp2024,
        _ => QpvGeneration.None,
    };

    /// <summary>Parses a QPV code.</summary>
    /// <param name="text">The text, for example <c>QP093028</c> or <c>QN07511M</c>.</param>
    /// <returns>
    /// The code, with a <c>qpv-code.lowercase</c> warning when letters were written in lower case; or an error with rule
    /// <c>qpv-code.empty</c>, <c>.length</c>, <c>.letter</c> or <c>.format</c>.
    /// </returns>
    public static ParseResult<QpvCode> Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        var fault = Check(text, buffer, out var result, out bool lowercase);
        string raw = IdentifierText.Raw(text);
        return fault switch
        {
            Fault.None => lowercase
                ? ParseResult<QpvCode>.ForValue(result, IdentifierRules.QpvCodeLowercase.Issue(raw, result.ToString()))
                : ParseResult<QpvCode>.ForValue(result),
            Fault.Empty => ParseResult<QpvCode>.ForError(IdentifierRules.QpvCodeEmpty.Issue(raw)),
            Fault.Length => ParseResult<QpvCode>.ForError(IdentifierRules.QpvCodeLength.Issue(raw)),
            Fault.Letter => ParseResult<QpvCode>.ForError(IdentifierRules.QpvCodeLetter.Issue(raw, allowedValues: ["N", "M", "I"])),
            _ => ParseResult<QpvCode>.ForError(IdentifierRules.QpvCodeFormat.Issue(raw)),
        };
    }

    /// <summary>Parses a QPV code without allocating.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The code, or <c>default</c> when the text is rejected.</param>
    /// <returns><see langword="true"/> when <see cref="Parse"/> would succeed (possibly with warnings).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out QpvCode result)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        return Check(text, buffer, out result, out _) == Fault.None;
    }

    private static Fault Check(ReadOnlySpan<char> text, Span<char> buffer, out QpvCode result, out bool lowercase)
    {
        result = default;
        int length = IdentifierText.Clean(text, buffer, Separators.None, out lowercase);
        if (length == 0)
        {
            return Fault.Empty;
        }

        if (length < 2 || buffer[0] != 'Q' || buffer[1] is not ('P' or 'N'))
        {
            return Fault.Format;
        }

        if (length != Length)
        {
            return Fault.Length;
        }

        var c = buffer[..Length];
        bool departement = IdentifierText.AllDigits(c[2..5]) || (c[2] == '0' && c[3] == '2' && c[4] is 'A' or 'B');
        if (!departement)
        {
            return Fault.Format;
        }

        if (c[1] == 'P')
        {
            if (!IdentifierText.AllDigits(c[5..8]))
            {
                return Fault.Format;
            }
        }
        else
        {
            if (!IdentifierText.AllDigits(c[5..7]))
            {
                return Fault.Format;
            }

            if (c[7] is not ('N' or 'M' or 'I'))
            {
                return char.IsAsciiLetterUpper(c[7]) ? Fault.Letter : Fault.Format;
            }
        }

        ulong p = 0;
        foreach (char ch in c)
        {
            p = (p << 8) | ch;
        }

        result = new QpvCode(p);
        return Fault.None;
    }

    /// <summary>Compares two codes in ordinal order of their text (2024 codes <c>QN…</c> sort before 2015 codes <c>QP…</c>).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>A negative number, zero or a positive number when this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(QpvCode other) => packed.CompareTo(other.packed);

    /// <summary>Tests whether two codes are equal.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when both codes have the same text.</returns>
    public bool Equals(QpvCode other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is QpvCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => packed.GetHashCode();

    /// <summary>Formats the code, such as <c>QP093028</c>; the empty string for <c>default(QpvCode)</c>.</summary>
    /// <returns>The 8-character code.</returns>
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
    public static bool operator ==(QpvCode left, QpvCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(QpvCode left, QpvCode right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(QpvCode left, QpvCode right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(QpvCode left, QpvCode right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(QpvCode left, QpvCode right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(QpvCode left, QpvCode right) => left.CompareTo(right) >= 0;
}

namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// A RIDET, the identifier of an establishment in New Caledonia (Répertoire d'identification des entreprises et des
/// établissements, ISEE): 10 digits, the 7-digit enterprise number (RID) followed by the 3-digit establishment rank,
/// such as <c>1234567001</c>.
/// </summary>
/// <remarks>
/// <para>identifiers.md §4: no check digit is published, so only the shape is checked. Written forms vary: spaces,
/// no-break spaces, dots and dashes are removed (<c>1 234 567.001</c>, <c>1234567-001</c>), and the form used by
/// pass Culture in its SIRET columns, <c>NC</c> + digits padded with <c>X</c> to 14 characters
/// (<c>NC1234567001XX</c>), is recognised: the <c>NC</c> prefix and the trailing <c>X</c> are stripped. A 9-digit value is rejected with <c>ridet.ambiguous</c>: it
/// may be a RIDET whose leading zero was lost, or a N° TAHITI of French Polynesia, and is never padded. A 7-digit RID
/// alone is not a RIDET (<c>ridet.length</c>).</para>
/// <para>The value is stored as a number; <see cref="TryParse"/> never allocates. <c>default(Ridet)</c> is not a
/// RIDET: it is never produced by parsing, its <see cref="ToString"/> is the empty string and it sorts before every
/// parsed RIDET.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct Ridet : IIdentifier<Ridet>, IComparable<Ridet>
{
    private const int Length = 10;
    private const long RankFactor = 1000;
    private const long Present = 1L << 40; // marks a parsed value, so that 0000000000 differs from the default value

    private readonly long packed;

    private Ridet(long number) => packed = number | Present;

    /// <summary>The RID, the 7-digit enterprise number (with leading zeros); the empty string for <c>default(Ridet)</c>.</summary>
    public string Rid =>
        packed == 0 ? string.Empty : string.Create(7, (packed & ~Present) / RankFactor, static (span, n) => IdentifierText.WriteDigits(n, span));

    /// <summary>Parses a RIDET.</summary>
    /// <param name="text">The text, for example <c>1234567001</c>, <c>1 234 567.001</c> or <c>NC1234567001XX</c>.</param>
    /// <returns>
    /// The RIDET, with a <c>ridet.lowercase</c> warning when the <c>NC…XX</c> form was written in lower case; or an
    /// error with rule <c>ridet.empty</c>, <c>.format</c>, <c>.ambiguous</c> or <c>.length</c>.
    /// </returns>
    public static ParseResult<Ridet> Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        var fault = Check(text, buffer, out var result, out bool lowercase);
        string raw = IdentifierText.Raw(text);
        return fault switch
        {
            Fault.None => lowercase
                ? ParseResult<Ridet>.ForValue(result, IdentifierRules.RidetLowercase.Issue(raw, result.ToString()))
                : ParseResult<Ridet>.ForValue(result),
            Fault.Empty => ParseResult<Ridet>.ForError(IdentifierRules.RidetEmpty.Issue(raw)),
            Fault.Ambiguous => ParseResult<Ridet>.ForError(IdentifierRules.RidetAmbiguous.Issue(raw)),
            Fault.Length => ParseResult<Ridet>.ForError(IdentifierRules.RidetLength.Issue(raw)),
            _ => ParseResult<Ridet>.ForError(IdentifierRules.RidetFormat.Issue(raw)),
        };
    }

    /// <summary>Parses a RIDET without allocating.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The RIDET, or <c>default</c> when the text is rejected.</param>
    /// <returns><see langword="true"/> when <see cref="Parse"/> would succeed (possibly with warnings).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Ridet result)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        return Check(text, buffer, out result, out _) == Fault.None;
    }

    private static Fault Check(ReadOnlySpan<char> text, Span<char> buffer, out Ridet result, out bool lowercase)
    {
        result = default;
        int length = IdentifierText.Clean(text, buffer, Separators.SpacesDotsDashes, out lowercase);
        if (length == 0)
        {
            return Fault.Empty;
        }

        ReadOnlySpan<char> digits = length < 0 ? buffer : buffer[..length];
        bool passCultureForm = digits.StartsWith("NC");
        if (passCultureForm)
        {
            // pass Culture writes "NC" + digits, padded with X to 14 characters.
            digits = digits[2..].TrimEnd('X');
        }

        if (!IdentifierText.AllDigits(digits))
        {
            return Fault.Format;
        }

        if (length < 0)
        {
            return Fault.Length;
        }

        if (digits.Length != Length)
        {
            return digits.Length == Length - 1 ? Fault.Ambiguous : Fault.Length;
        }

        result = new Ridet(IdentifierText.ToNumber(digits));
        return Fault.None;
    }

    /// <summary>Compares two RIDETs in numeric order, which is also the ordinal order of their text.</summary>
    /// <param name="other">The other RIDET.</param>
    /// <returns>A negative number, zero or a positive number when this RIDET sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Ridet other) => packed.CompareTo(other.packed);

    /// <summary>Tests whether two RIDETs are equal.</summary>
    /// <param name="other">The other RIDET.</param>
    /// <returns><see langword="true"/> when both have the same digits.</returns>
    public bool Equals(Ridet other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ridet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => packed.GetHashCode();

    /// <summary>Formats the RIDET as 10 digits, such as <c>1234567001</c>; the empty string for <c>default(Ridet)</c>.</summary>
    /// <returns>The 10-digit RIDET.</returns>
    public override string ToString() =>
        packed == 0 ? string.Empty : string.Create(Length, packed & ~Present, static (span, n) => IdentifierText.WriteDigits(n, span));

    /// <summary>Equality.</summary>
    /// <param name="left">The first RIDET.</param>
    /// <param name="right">The second RIDET.</param>
    /// <returns><see langword="true"/> when the RIDETs are equal.</returns>
    public static bool operator ==(Ridet left, Ridet right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first RIDET.</param>
    /// <param name="right">The second RIDET.</param>
    /// <returns><see langword="true"/> when the RIDETs differ.</returns>
    public static bool operator !=(Ridet left, Ridet right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">The first RIDET.</param>
    /// <param name="right">The second RIDET.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Ridet left, Ridet right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">The first RIDET.</param>
    /// <param name="right">The second RIDET.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(Ridet left, Ridet right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">The first RIDET.</param>
    /// <param name="right">The second RIDET.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Ridet left, Ridet right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">The first RIDET.</param>
    /// <param name="right">The second RIDET.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(Ridet left, Ridet right) => left.CompareTo(right) >= 0;
}

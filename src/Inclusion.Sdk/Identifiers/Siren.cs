namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// A SIREN, the INSEE identifier of a legal unit: 9 digits, an 8-digit sequence number and a Luhn check digit, such as
/// <c>732829320</c> or <c>130025265</c> (DINUM).
/// </summary>
/// <remarks>
/// <para>identifiers.md §1: the 9 digits must pass the Luhn check. The first digit carries no meaning and is not
/// validated. <c>000000000</c> passes Luhn but is a placeholder: this library <b>rejects</b> it with
/// <c>siren.placeholder</c> (an error, stricter than the warning the notes suggest), so a parsed SIREN is never all
/// zeros. A valid SIREN is not proof that the unit exists or is active: that needs Sirene.</para>
/// <para>Input hygiene: white space is trimmed and spaces, no-break spaces, dots and dashes are removed
/// (<c>732 829 320</c>). A 14-digit SIRET given as a SIREN is rejected with <c>siren.length</c> and its first 9 digits
/// as the suggestion.</para>
/// <para>The value is stored as a number; <see cref="TryParse"/> never allocates. <c>default(Siren)</c> is not a SIREN:
/// it is never produced by parsing, its <see cref="ToString"/> is the empty string and it sorts before every parsed
/// SIREN.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct Siren : IIdentifier<Siren>, IComparable<Siren>
{
    /// <summary>La Poste's SIREN.</summary>
    internal const int LaPosteNumber = 356000000;

    private const int Length = 9;

    private readonly int number;

    private Siren(int number) => this.number = number;

    /// <summary>True for La Poste's SIREN <c>356000000</c>, whose establishments follow a special SIRET rule.</summary>
    public bool IsLaPoste => number == LaPosteNumber;

    /// <summary>Parses a SIREN.</summary>
    /// <param name="text">The text, for example <c>732829320</c> or <c>732 829 320</c>.</param>
    /// <returns>
    /// The SIREN; or an error with rule <c>siren.empty</c>, <c>.format</c>, <c>.length</c>, <c>.placeholder</c> or
    /// <c>.checksum</c>.
    /// </returns>
    public static ParseResult<Siren> Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        var fault = Check(text, buffer, out var result, out int length);
        if (fault == Fault.None)
        {
            return ParseResult<Siren>.ForValue(result);
        }

        string raw = IdentifierText.Raw(text);
        ReadOnlySpan<char> clean = buffer[..Math.Max(length, 0)];
        return ParseResult<Siren>.ForError(fault switch
        {
            Fault.Empty => IdentifierRules.SirenEmpty.Issue(raw),
            Fault.Length => IdentifierRules.SirenLength.Issue(raw, LooksLikeSiret(clean) ? clean[..Length].ToString() : null),
            Fault.Placeholder => IdentifierRules.SirenPlaceholder.Issue(raw),
            Fault.Checksum => IdentifierRules.SirenChecksum.Issue(raw),
            _ => IdentifierRules.SirenFormat.Issue(raw),
        });
    }

    /// <summary>Parses a SIREN without allocating.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The SIREN, or <c>default</c> when the text is rejected.</param>
    /// <returns><see langword="true"/> when <see cref="Parse"/> would succeed.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out Siren result)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        return Check(text, buffer, out result, out _) == Fault.None;
    }

    /// <summary>True for 14 digits that pass Luhn on all 14 and on the first 9 (a SIRET given where a SIREN is expected).</summary>
    private static bool LooksLikeSiret(ReadOnlySpan<char> clean) =>
        clean.Length == 14 && Utility.Luhn.IsValid(clean) && Utility.Luhn.IsValid(clean[..Length]);

    /// <summary>Builds a SIREN from a number already checked.</summary>
    internal static Siren FromNumber(int number) => new(number);

    private static Fault Check(ReadOnlySpan<char> text, Span<char> buffer, out Siren result, out int length)
    {
        result = default;
        length = IdentifierText.Clean(text, buffer, Separators.SpacesDotsDashes, out _);
        if (length == 0)
        {
            return Fault.Empty;
        }

        if (length < 0)
        {
            return IdentifierText.AllDigits(buffer) ? Fault.Length : Fault.Format;
        }

        var fault = IdentifierText.CheckSiren(buffer[..length], out int n);
        if (fault == Fault.None)
        {
            result = new Siren(n);
        }

        return fault;
    }

    /// <summary>Compares two SIRENs in numeric order, which is also the ordinal order of their text.</summary>
    /// <param name="other">The other SIREN.</param>
    /// <returns>A negative number, zero or a positive number when this SIREN sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Siren other) => number.CompareTo(other.number);

    /// <summary>Tests whether two SIRENs are equal.</summary>
    /// <param name="other">The other SIREN.</param>
    /// <returns><see langword="true"/> when both have the same digits.</returns>
    public bool Equals(Siren other) => number == other.number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Siren other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => number;

    /// <summary>Formats the SIREN as 9 digits without spaces, such as <c>732829320</c>; the empty string for <c>default(Siren)</c>.</summary>
    /// <returns>The 9-digit SIREN.</returns>
    public override string ToString() =>
        number == 0 ? string.Empty : string.Create(Length, number, static (span, n) => IdentifierText.WriteDigits(n, span));

    /// <summary>Equality.</summary>
    /// <param name="left">The first SIREN.</param>
    /// <param name="right">The second SIREN.</param>
    /// <returns><see langword="true"/> when the SIRENs are equal.</returns>
    public static bool operator ==(Siren left, Siren right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first SIREN.</param>
    /// <param name="right">The second SIREN.</param>
    /// <returns><see langword="true"/> when the SIRENs differ.</returns>
    public static bool operator !=(Siren left, Siren right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">The first SIREN.</param>
    /// <param name="right">The second SIREN.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(Siren left, Siren right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">The first SIREN.</param>
    /// <param name="right">The second SIREN.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(Siren left, Siren right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">The first SIREN.</param>
    /// <param name="right">The second SIREN.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(Siren left, Siren right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">The first SIREN.</param>
    /// <param name="right">The second SIREN.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(Siren left, Siren right) => left.CompareTo(right) >= 0;
}

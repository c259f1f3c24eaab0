namespace Inclusion.Sdk.Identifiers;

/// <summary>
/// The code of an EPCI à fiscalité propre (intercommunality): its SIREN, 9 digits passing the Luhn check, such as
/// <c>200054781</c> (Métropole du Grand Paris) or <c>243300316</c> (Bordeaux Métropole).
/// </summary>
/// <remarks>
/// <para>identifiers.md §8: every EPCI SIREN of the 2025 BANATIC list starts with <c>2</c>, but that is an observation,
/// not a rule, so it is not required. The placeholder <c>000000000</c> passes Luhn and is rejected with
/// <c>epci-code.placeholder</c>. Perimeters and codes change with mergers every 1 January: a valid code is not proof
/// that the EPCI exists in a given year.</para>
/// <para>Input hygiene: white space is trimmed and spaces, no-break spaces, dots and dashes are removed
/// (<c>200 054 781</c>).</para>
/// <para>The value is stored as a number; <see cref="TryParse"/> never allocates. <c>default(EpciCode)</c> is not an
/// EPCI: it is never produced by parsing, its <see cref="ToString"/> is the empty string and it sorts before every
/// parsed code.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public readonly struct EpciCode : IIdentifier<EpciCode>, IComparable<EpciCode>
{
    private const int Length = 9;

    private readonly int number;

    private EpciCode(int number) => this.number = number;

    /// <summary>The SIREN of the EPCI (the same 9 digits); <c>default</c> for <c>default(EpciCode)</c>.</summary>
    public Siren Siren => Siren.FromNumber(number);

    /// <summary>Parses an EPCI code.</summary>
    /// <param name="text">The text, for example <c>200054781</c> or <c>200 054 781</c>.</param>
    /// <returns>
    /// The code; or an error with rule <c>epci-code.empty</c>, <c>.format</c>, <c>.length</c>, <c>.placeholder</c> or
    /// <c>.checksum</c>.
    /// </returns>
    public static ParseResult<EpciCode> Parse(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        var fault = Check(text, buffer, out var result);
        if (fault == Fault.None)
        {
            return ParseResult<EpciCode>.ForValue(result);
        }

        string raw = IdentifierText.Raw(text);
        return ParseResult<EpciCode>.ForError(fault switch
        {
            Fault.Empty => IdentifierRules.EpciCodeEmpty.Issue(raw),
            Fault.Length => IdentifierRules.EpciCodeLength.Issue(raw),
            Fault.Placeholder => IdentifierRules.EpciCodePlaceholder.Issue(raw),
            Fault.Checksum => IdentifierRules.EpciCodeChecksum.Issue(raw),
            _ => IdentifierRules.EpciCodeFormat.Issue(raw),
        });
    }

    /// <summary>Parses an EPCI code without allocating.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="result">The code, or <c>default</c> when the text is rejected.</param>
    /// <returns><see langword="true"/> when <see cref="Parse"/> would succeed.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out EpciCode result)
    {
        Span<char> buffer = stackalloc char[IdentifierText.BufferLength];
        return Check(text, buffer, out result) == Fault.None;
    }

    private static Fault Check(ReadOnlySpan<char> text, Span<char> buffer, out EpciCode result)
    {
        result = default;
        int length = IdentifierText.Clean(text, buffer, Separators.SpacesDotsDashes, out _);
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
            result = new EpciCode(n);
        }

        return fault;
    }

    /// <summary>Compares two codes in numeric order, which is also the ordinal order of their text.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>A negative number, zero or a positive number when this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(EpciCode other) => number.CompareTo(other.number);

    /// <summary>Tests whether two codes are equal.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when both codes have the same digits.</returns>
    public bool Equals(EpciCode other) => number == other.number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EpciCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => number;

    /// <summary>Formats the code as 9 digits, such as <c>200054781</c>; the empty string for <c>default(EpciCode)</c>.</summary>
    /// <returns>The 9-digit code.</returns>
    public override string ToString() =>
        number == 0 ? string.Empty : string.Create(Length, number, static (span, n) => IdentifierText.WriteDigits(n, span));

    /// <summary>Equality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes are equal.</returns>
    public static bool operator ==(EpciCode left, EpciCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when the codes differ.</returns>
    public static bool operator !=(EpciCode left, EpciCode right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(EpciCode left, EpciCode right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts before or equals <paramref name="right"/>.</returns>
    public static bool operator <=(EpciCode left, EpciCode right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(EpciCode left, EpciCode right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> sorts after or equals <paramref name="right"/>.</returns>
    public static bool operator >=(EpciCode left, EpciCode right) => left.CompareTo(right) >= 0;
}

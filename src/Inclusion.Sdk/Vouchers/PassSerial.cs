using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Vouchers;

/// <summary>
/// The serial of a pass: its number in the programme's continuous series (1, 2, 3…) written as 9 digits followed by
/// a Damm check digit, for example <c>0000000013</c> for pass 1. The check digit detects every single mistyped digit
/// and every swap of two adjacent digits (see docs/vouchers.md).
/// </summary>
public readonly struct PassSerial : IEquatable<PassSerial>, IComparable<PassSerial>
{
    /// <summary>The largest pass number of a series.</summary>
    public const long MaxNumber = 999_999_999;

    private const int NumberDigits = 9;

    private PassSerial(long number) => Number = number;

    /// <summary>Gets the pass's number in the programme's series (1 for the first pass issued).</summary>
    public long Number { get; }

    /// <summary>Creates the serial of pass number <paramref name="number"/>.</summary>
    /// <param name="number">The number, from 1 to <see cref="MaxNumber"/>.</param>
    /// <returns>The serial.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is out of range.</exception>
    public static PassSerial FromNumber(long number)
    {
        Preconditions.CheckArgumentRange(nameof(number), number, 1, MaxNumber);
        return new PassSerial(number);
    }

    /// <summary>Parses a serial (10 digits; spaces and dashes are ignored).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The serial, or <c>pass-serial.empty</c>, <c>pass-serial.format</c> or <c>pass-serial.check-digit</c>.</returns>
    public static ParseResult<PassSerial> Parse(ReadOnlySpan<char> text)
    {
        Span<char> digits = stackalloc char[NumberDigits + 1];
        var code = Normalise(text, digits, out var length);
        var value = new string(digits[..length]);
        return code switch
        {
            0 => ParseResult<PassSerial>.ForValue(new PassSerial(long.Parse(digits[..NumberDigits], provider: System.Globalization.CultureInfo.InvariantCulture))),
            1 => ParseResult<PassSerial>.ForError(VoucherRules.SerialEmpty.Issue(text.ToString())),
            2 => ParseResult<PassSerial>.ForError(VoucherRules.SerialFormat.Issue(text.ToString())),
            _ => ParseResult<PassSerial>.ForError(VoucherRules.SerialCheckDigit.Issue(value)),
        };
    }

    /// <summary>Parses a serial without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The serial when valid.</param>
    /// <returns>Whether the text is a valid serial.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PassSerial result)
    {
        Span<char> digits = stackalloc char[NumberDigits + 1];
        if (Normalise(text, digits, out _) == 0)
        {
            long number = 0;
            foreach (var c in digits[..NumberDigits])
            {
                number = (number * 10) + (c - '0');
            }

            result = new PassSerial(number);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(PassSerial other) => Number == other.Number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PassSerial other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Number.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(PassSerial other) => Number.CompareTo(other.Number);

    /// <summary>Formats the serial: 9 digits of the number and the Damm check digit.</summary>
    /// <returns>The 10-digit serial.</returns>
    public override string ToString()
    {
        Span<char> digits = stackalloc char[NumberDigits + 1];
        var n = Number;
        for (var i = NumberDigits - 1; i >= 0; i--)
        {
            digits[i] = (char)('0' + (n % 10));
            n /= 10;
        }

        digits[NumberDigits] = (char)('0' + Damm.Interim(digits[..NumberDigits]));
        return new string(digits);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">The left serial.</param>
    /// <param name="right">The right serial.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(PassSerial left, PassSerial right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left serial.</param>
    /// <param name="right">The right serial.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(PassSerial left, PassSerial right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">The left serial.</param>
    /// <param name="right">The right serial.</param>
    /// <returns>Whether left is before right.</returns>
    public static bool operator <(PassSerial left, PassSerial right) => left.Number < right.Number;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left serial.</param>
    /// <param name="right">The right serial.</param>
    /// <returns>Whether left is after right.</returns>
    public static bool operator >(PassSerial left, PassSerial right) => left.Number > right.Number;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left serial.</param>
    /// <param name="right">The right serial.</param>
    /// <returns>Whether left is not after right.</returns>
    public static bool operator <=(PassSerial left, PassSerial right) => left.Number <= right.Number;

    /// <summary>Ordering.</summary>
    /// <param name="left">The left serial.</param>
    /// <param name="right">The right serial.</param>
    /// <returns>Whether left is not before right.</returns>
    public static bool operator >=(PassSerial left, PassSerial right) => left.Number >= right.Number;

    // 0 valid, 1 empty, 2 format, 3 check digit. Digits are copied into a fixed buffer with separators removed.
    private static int Normalise(ReadOnlySpan<char> text, Span<char> digits, out int length)
    {
        length = 0;
        var any = false;
        foreach (var c in text)
        {
            if (c is ' ' or '-' or '\u00A0' or '\u202F' or '\t')
            {
                continue;
            }

            any = true;
            if (c is < '0' or > '9' || length == NumberDigits + 1)
            {
                return 2;
            }

            digits[length++] = c;
        }

        if (!any)
        {
            return 1;
        }

        if (length != NumberDigits + 1 || digits[..NumberDigits].IndexOfAnyExcept('0') < 0)
        {
            return 2;
        }

        return Damm.Interim(digits[..length]) == 0 ? 0 : 3;
    }
}

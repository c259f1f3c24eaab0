using System.Runtime.CompilerServices;

namespace Inclusion.Sdk.Identifiers;

/// <summary>Which separators the input hygiene removes inside an identifier.</summary>
internal enum Separators
{
    /// <summary>Only leading and trailing white space is removed (codes such as <c>2A004</c>).</summary>
    None,

    /// <summary>Spaces and non-breaking spaces are also removed inside the value.</summary>
    Spaces,

    /// <summary>Spaces, non-breaking spaces, dots and dashes are removed inside the value (numeric identifiers).</summary>
    SpacesDotsDashes,
}

/// <summary>Why an identifier was rejected; mapped to a rule of <see cref="IdentifierRules"/> by each type.</summary>
internal enum Fault
{
    None,
    Empty,
    Format,
    Length,
    Checksum,
    SirenChecksum,
    LaPosteChecksum,
    Placeholder,
    LeadingZero,
    Corsica,
    Collectivity,
    Obsolete,
    Unknown,
    Foreign,
    Ambiguous,
    Letter,
}

/// <summary>
/// The common input hygiene of identifiers (identifiers.md, "Common input hygiene"): trim, remove separators,
/// upper-case ASCII letters. Works on spans and never allocates.
/// </summary>
internal static class IdentifierText
{
    /// <summary>The size of the stack buffer that receives a cleaned identifier; longer values are rejected.</summary>
    internal const int BufferLength = 32;

    /// <summary>The longest raw value kept in an issue; longer input is cut and ends with an ellipsis.</summary>
    internal const int MaxReportedLength = 100;

    /// <summary>
    /// Copies <paramref name="text"/> into <paramref name="buffer"/>: trims white space, removes the separators of
    /// <paramref name="separators"/>, and upper-cases ASCII letters.
    /// </summary>
    /// <returns>The number of characters written, or -1 when the cleaned value does not fit in the buffer.</returns>
    internal static int Clean(ReadOnlySpan<char> text, Span<char> buffer, Separators separators, out bool lowercase)
    {
        lowercase = false;
        text = text.Trim();
        int length = 0;
        foreach (char c in text)
        {
            char d = c;
            if (separators != Separators.None && IsSpace(c))
            {
                continue;
            }

            if (separators == Separators.SpacesDotsDashes && c is '.' or '-')
            {
                continue;
            }

            if (c is >= 'a' and <= 'z')
            {
                lowercase = true;
                d = (char)(c - ('a' - 'A'));
            }

            if (length == buffer.Length)
            {
                return -1;
            }

            buffer[length++] = d;
        }

        return length;
    }

    /// <summary>True for a space, a tab, a no-break space (U+00A0) or a narrow no-break space (U+202F).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2007';

    /// <summary>True when <paramref name="c"/> is an ASCII digit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>True when every character is an ASCII digit (false for an empty span).</summary>
    internal static bool AllDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The number written by ASCII digits (at most 18 digits; the caller checks they are digits).</summary>
    internal static long ToNumber(ReadOnlySpan<char> digits)
    {
        long value = 0;
        foreach (char c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Writes <paramref name="value"/> as exactly <paramref name="destination"/>.Length digits.</summary>
    internal static void WriteDigits(long value, Span<char> destination)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>The raw value as reported in an issue (cut when very long).</summary>
    internal static string Raw(ReadOnlySpan<char> text) =>
        text.Length <= MaxReportedLength ? text.ToString() : string.Concat(text[..MaxReportedLength], "…");

    /// <summary><c>0</c> followed by <paramref name="digits"/>.</summary>
    internal static string WithLeadingZero(ReadOnlySpan<char> digits) => string.Concat("0", digits);

    /// <summary>
    /// Checks a cleaned SIREN-shaped value (SIREN, EPCI): 9 ASCII digits, not all zeros, passing the Luhn check.
    /// </summary>
    internal static Fault CheckSiren(ReadOnlySpan<char> clean, out int number)
    {
        number = 0;
        if (!AllDigits(clean))
        {
            return Fault.Format;
        }

        if (clean.Length != 9)
        {
            return Fault.Length;
        }

        number = (int)ToNumber(clean);
        if (number == 0)
        {
            return Fault.Placeholder;
        }

        return Utility.Luhn.IsValid(clean) ? Fault.None : Fault.Checksum;
    }
}

using System.Globalization;

namespace Inclusion.Sdk;

// Formatting: "G" (default, amount + " EUR"), "C" (currency with €), "N" (number with two decimals).
public readonly partial struct Money : IFormattable
{
    /// <summary>At least two decimals, up to the 28 that a <see cref="decimal"/> can hold, no group separator.</summary>
    private const string GeneralPattern = "0.00##########################";

    /// <summary>The currency code appended by the general format.</summary>
    private const string CurrencyCode = "EUR";

    /// <summary>The currency symbol used by the "C" format.</summary>
    private const string CurrencySymbol = "€";

    /// <summary>
    /// Formats the amount with the invariant culture as <c>1234.50 EUR</c>: at least two decimals (more only when the
    /// amount has sub-cent digits, as in <c>2.345 EUR</c>), a dot as decimal separator, no group separator. The amount is
    /// not rounded.
    /// </summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats the amount with a format and a culture.</summary>
    /// <remarks>
    /// <list type="table">
    /// <listheader><term>Format</term><description>Result</description></listheader>
    /// <item><term><see langword="null"/>, empty or <c>G</c></term><description>as <see cref="ToString()"/> (the
    /// amount, not rounded, at least two decimals, no group separator, then <c> EUR</c>) but with the culture's
    /// decimal separator and negative sign: <c>1234,50 EUR</c> in fr-FR.</description></item>
    /// <item><term><c>C</c>, <c>C</c><i>n</i></term><description>the culture's currency pattern (group separator,
    /// position of the symbol, negative pattern) with the symbol <c>€</c> and two decimals unless <i>n</i> is given:
    /// <c>1 234,50 €</c> in fr-FR, <c>€1,234.50</c> in en-US.</description></item>
    /// <item><term><c>N</c>, <c>N</c><i>n</i></term><description>the culture's number pattern with two decimals
    /// unless <i>n</i> is given: <c>1 234,50</c> in fr-FR.</description></item>
    /// </list>
    /// <para>The "C" and "N" formats round the digits they drop half away from zero, like <see cref="Round()"/>
    /// (2.345 → <c>2,35 €</c>). The format letter is case-insensitive.</para>
    /// </remarks>
    /// <param name="format">The format: <see langword="null"/>, empty, <c>G</c>, <c>C</c> or <c>N</c>, the last two
    /// optionally followed by a number of decimals.</param>
    /// <param name="formatProvider">The culture whose number format is used; <see langword="null"/> for the current
    /// culture.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var numberFormat = NumberFormatInfo.GetInstance(formatProvider);
        if (string.IsNullOrEmpty(format) || format is "G" or "g")
        {
            return amount.ToString(GeneralPattern, numberFormat) + " " + CurrencyCode;
        }

        var precision = format.AsSpan(1);
        if (!IsPrecision(precision))
        {
            throw InvalidFormat(format);
        }

        switch (format[0])
        {
            case 'C' or 'c':
                var currency = (NumberFormatInfo)numberFormat.Clone();
                currency.CurrencySymbol = CurrencySymbol;
                currency.CurrencyDecimalDigits = 2;
                return amount.ToString(format, currency);
            case 'N' or 'n':
                return amount.ToString(precision.IsEmpty ? "N2" : format, numberFormat);
            default:
                throw InvalidFormat(format);
        }
    }

    private static bool IsPrecision(ReadOnlySpan<char> digits)
    {
        if (digits.Length > 2)
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static FormatException InvalidFormat(string format) =>
        new($"The format '{format}' is not supported for Money: use G, C, N, or C or N followed by a number of decimals (0-99).");
}

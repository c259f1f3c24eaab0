using System.Globalization;
using System.Text;

namespace Inclusion.Sdk.Presentation;

/// <summary>
/// Encoding and invariant number formatting for everything the presentation module writes: text and attribute values
/// are escaped (<c>&amp; &lt; &gt; " '</c>) and characters XML cannot carry (controls other than tab and line breaks,
/// lone surrogates, U+FFFE/U+FFFF) become U+FFFD, so the output is both safe HTML and well-formed XML.
/// </summary>
internal static class HtmlText
{
    /// <summary>The replacement for characters XML cannot carry.</summary>
    internal const char Replacement = '\uFFFD';

    /// <summary>Appends <paramref name="text"/> escaped.</summary>
    internal static void Append(StringBuilder builder, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\r': builder.Append("&#13;"); break; // kept as itself: a parser would fold a raw CR into a line feed
                case '\t' or '\n': builder.Append(c); break;
                case < ' ' or '\uFFFE' or '\uFFFF': builder.Append(Replacement); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append(Replacement);
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }

    /// <summary>Returns <paramref name="text"/> escaped.</summary>
    internal static string Encode(string? text)
    {
        var builder = new StringBuilder(text?.Length ?? 0);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>An integer, invariant, without grouping.</summary>
    internal static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number with at most <paramref name="decimals"/> decimals, invariant.</summary>
    internal static string Number(double value, int decimals = 2) =>
        double.IsFinite(value) ? Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.##########", CultureInfo.InvariantCulture) : "—";

    /// <summary>A number with at most <paramref name="decimals"/> decimals, invariant.</summary>
    internal static string Number(decimal value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.##########", CultureInfo.InvariantCulture);

    /// <summary>A percentage with one decimal and a space before the sign, invariant: <c>12.5 %</c>.</summary>
    internal static string Percent(decimal value) => Number(value, 1) + " %";

    /// <summary>A percentage with one decimal and a space before the sign, invariant: <c>12.5 %</c>.</summary>
    internal static string Percent(double value) => Number(value, 1) + " %";

    /// <summary>An SVG coordinate: two decimals at most, invariant.</summary>
    internal static string Coordinate(double value) => Number(value, 2);
}

using System.Text;
using System.Text.RegularExpressions;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Places;

/// <summary>
/// Masks the e-mails and telephone numbers that issues about the <c>courriels</c> and <c>telephone</c> columns
/// (<c>courriel</c> in v0.1.1) would repeat: an e-mail keeps the first character of its local part and its domain
/// (<c>j***@example.org</c>), a number keeps its first digits (three after a <c>+</c>, else two) and its last two, its
/// separators unchanged (<c>+33 1 ** ** ** 89</c>).
/// </summary>
internal static partial class PlacesPersonalData
{
    /// <summary>Whether issues located on <paramref name="field"/> hold personal data.</summary>
    internal static bool IsPersonal(string? field) => field is "courriels" or "courriel" or "telephone";

    /// <summary>Replaces every issue of a personal-data column by its masked copy.</summary>
    internal static void MaskAll(List<ValidationIssue> issues)
    {
        for (var i = 0; i < issues.Count; i++)
        {
            if (IsPersonal(issues[i].Location.Field))
            {
                issues[i] = Mask(issues[i]);
            }
        }
    }

    /// <summary>The issue with its value, suggestion and messages masked.</summary>
    internal static ValidationIssue Mask(ValidationIssue issue) => issue.Masked(MaskText);

    /// <summary>The text with every e-mail and every telephone-like run of digits masked.</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    internal static string? MaskText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var masked = text.Contains('@') ? Email().Replace(text, m => m.Groups[1].Value + "***@" + m.Groups[2].Value) : text;
        return MaskPhones(masked);
    }

    /// <summary>
    /// Masks every telephone-like run, scanned left to right as the regular expression
    /// <c>\+?\(?\d[\d\s.\-()\u00A0\u202F]{4,}\d</c> would match it (an optional <c>+</c> and <c>(</c>, a digit,
    /// at least four digits, spaces, dots, dashes or parentheses, and a last digit as far as possible), without the
    /// regular-expression machinery: every issue about a telephone passes here. A test holds it equal to that expression.
    /// </summary>
    internal static string MaskPhones(string text)
    {
        StringBuilder? builder = null;
        var copied = 0;
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (text[start] == '+')
            {
                start++;
            }

            if (start < text.Length && text[start] == '(')
            {
                start++;
            }

            if (start < text.Length && char.IsDigit(text[start]))
            {
                var run = start + 1;
                while (run < text.Length && IsPhoneCharacter(text[run]))
                {
                    run++;
                }

                var last = run - 1;
                while (last >= start + 5 && !char.IsDigit(text[last]))
                {
                    last--;
                }

                if (last >= start + 5)
                {
                    builder ??= new StringBuilder(text.Length);
                    builder.Append(text, copied, i - copied).Append(MaskPhone(text[i..(last + 1)]));
                    copied = i = last + 1;
                    continue;
                }
            }

            i++;
        }

        return builder is null ? text : builder.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsPhoneCharacter(char c) => char.IsDigit(c) || char.IsWhiteSpace(c) || c is '.' or '-' or '(' or ')' or '\u00A0' or '\u202F';

    internal static string MaskPhone(string phone)
    {
        var digits = phone.Count(char.IsAsciiDigit);
        if (digits < 6)
        {
            return phone;
        }

        var keepStart = phone.StartsWith('+') ? 3 : 2;
        var builder = new StringBuilder(phone.Length);
        var seen = 0;
        foreach (var c in phone)
        {
            if (char.IsAsciiDigit(c))
            {
                seen++;
                builder.Append(seen <= keepStart || seen > digits - 2 ? c : '*');
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>An e-mail: the first character of the local part (group 1), the rest of it, <c>@</c>, the domain (group 2).</summary>
    [GeneratedRegex(@"([^\s@|;,""«»<>()]?)[^\s@|;,""«»<>()]*@([^\s@|;,""«»<>()]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}

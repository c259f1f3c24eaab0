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

        var masked = Email().Replace(text, m => m.Groups[1].Value + "***@" + m.Groups[2].Value);
        return Phone().Replace(masked, m => MaskPhone(m.Value));
    }

    private static string MaskPhone(string phone)
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

    /// <summary>A telephone-like run: an optional <c>+</c>, digits, spaces, dots, dashes and parentheses, at least 6 digits long.</summary>
    [GeneratedRegex(@"\+?\(?\d[\d\s.\-()\u00A0\u202F]{4,}\d", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}

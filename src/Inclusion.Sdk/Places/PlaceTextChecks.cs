using System.Globalization;

namespace Inclusion.Sdk.Places;

/// <summary>Checks the schema leaves to free text: telephone (E.164 with French overseas prefixes), e-mail, URL, coordinates.</summary>
internal static class PlaceTextChecks
{
    /// <summary>Country calling codes accepted by the v1.0.2 telephone pattern.</summary>
    internal static readonly string[] CallingCodes = ["33", "590", "594", "262", "596", "269", "687", "689", "508", "681"];

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    internal enum PhoneOutcome
    {
        Canonical,
        Normalisable,
        Several,
        Invalid,
    }

    /// <summary>Classifies a telephone and gives its E.164 form when there is exactly one.</summary>
    internal static PhoneOutcome CheckPhone(string value, out string? e164, out string reason)
    {
        e164 = null;
        reason = string.Empty;
        if (IsSchemaPhone(value))
        {
            e164 = value;
            return PhoneOutcome.Canonical;
        }

        if (value.Contains('/') || value.Contains(';') || value.Contains('|') || value.Contains(" ou ", StringComparison.OrdinalIgnoreCase))
        {
            reason = "several numbers";
            return PhoneOutcome.Several;
        }

        Span<char> digits = stackalloc char[20];
        var n = 0;
        var plus = false;
        var text = value.Replace("(0)", string.Empty, StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (n == digits.Length)
                {
                    reason = "too many digits";
                    return PhoneOutcome.Invalid;
                }

                digits[n++] = c;
            }
            else if (c == '+' && n == 0 && !plus)
            {
                plus = true;
            }
            else if (c is ' ' or '.' or '-' or '\u00A0' or '\u202F' or '(' or ')')
            {
                continue;
            }
            else
            {
                reason = "it contains text";
                return PhoneOutcome.Invalid;
            }
        }

        var d = new string(digits[..n]);
        if (!plus && d.StartsWith("00", StringComparison.Ordinal))
        {
            plus = true;
            d = d[2..];
        }

        string? candidate = null;
        if (plus)
        {
            candidate = "+" + d;
        }
        else if (d.Length == 10 && d[0] == '0' && d[1] != '0')
        {
            candidate = "+" + OverseasCallingCode(d) + d[1..];
        }
        else if (d.Length == 4 && d[0] is '3' or '1')
        {
            reason = "a short number cannot be written in E.164";
            return PhoneOutcome.Invalid;
        }

        if (candidate is not null && candidate.StartsWith("+330", StringComparison.Ordinal))
        {
            candidate = "+33" + candidate[4..];
        }

        if (candidate is not null && IsSchemaPhone(candidate))
        {
            e164 = candidate;
            return PhoneOutcome.Normalisable;
        }

        reason = n < 6 ? "too few digits" : "not a French number (+33, or an overseas code +262, +269, +508, +590, +594, +596, +681, +687, +689) of 6 to 9 digits";
        return PhoneOutcome.Invalid;
    }

    /// <summary>The calling code of a 10-digit national number: overseas départements by their prefixes (ARCEP plan), else +33.</summary>
    private static string OverseasCallingCode(string national) => national[..4] switch
    {
        "0590" or "0690" or "0691" => "590", // Guadeloupe, Saint-Martin, Saint-Barthélemy
        "0594" or "0694" => "594", // Guyane
        "0596" or "0696" or "0697" => "596", // Martinique
        "0262" or "0263" or "0692" or "0693" => "262", // La Réunion
        "0269" or "0639" => "262", // Mayotte: +262 since 2007 (+269 is the Comoros; the schema still lists it)
        _ => "33",
    };

    /// <summary>The v1.0.2 pattern <c>^(\+33|\+590|…)(\d){6,9}$</c>.</summary>
    internal static bool IsSchemaPhone(ReadOnlySpan<char> value)
    {
        if (value.Length < 2 || value[0] != '+')
        {
            return false;
        }

        foreach (var code in CallingCodes)
        {
            var rest = value[1..];
            if (rest.StartsWith(code, StringComparison.Ordinal))
            {
                var tail = rest[code.Length..];
                if (tail.Length is >= 6 and <= 9 && !tail.ContainsAnyExceptInRange('0', '9'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Checks an e-mail address: one <c>@</c>, a local part without spaces, a domain with a dot and a TLD of 2+ letters.</summary>
    internal static bool CheckEmail(string value, out string? suggestion, out string reason)
    {
        suggestion = null;
        reason = string.Empty;
        if (value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            var rest = value[7..];
            if (CheckEmail(rest, out _, out _))
            {
                suggestion = rest;
            }

            reason = "remove the mailto: prefix";
            return false;
        }

        var at = value.IndexOf('@');
        if (at < 0)
        {
            reason = "no @";
            return false;
        }

        if (value.IndexOf('@', at + 1) >= 0)
        {
            reason = "two @";
            return false;
        }

        if (value.AsSpan().ContainsAny(' ', ',', ';') || value.Contains('\t'))
        {
            reason = "it contains a space, comma or semicolon";
            if (!value.Contains(',') && !value.Contains(';'))
            {
                var compact = value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal);
                if (CheckEmail(compact, out _, out _))
                {
                    suggestion = compact;
                }
            }

            return false;
        }

        var local = value.AsSpan(0, at);
        var domain = value.AsSpan(at + 1);
        var dot = domain.LastIndexOf('.');
        if (local.IsEmpty || dot <= 0 || domain.Length - dot - 1 < 2 || domain[(dot + 1)..].ContainsAnyExcept(Letters))
        {
            reason = "the domain has no top-level domain";
            return false;
        }

        if (domain.Contains("..", StringComparison.Ordinal) || domain[0] == '.' || local[^1] == '.' || local[0] == '.')
        {
            reason = "misplaced dot";
            return false;
        }

        return true;
    }

    /// <summary>
    /// Checks an absolute http(s) URL: scheme <c>http://</c> or <c>https://</c> (any case), a host of letters, digits,
    /// dots, dashes (and non-ASCII letters of internationalised names) containing a dot and not starting or ending with
    /// one, an optional port, then any path without white space.
    /// </summary>
    internal static bool CheckUrl(string value, out string? suggestion, out string reason)
    {
        suggestion = null;
        reason = string.Empty;
        var span = value.AsSpan();
        var schemeLength = span.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8 : span.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 : 0;
        if (schemeLength > 0)
        {
            if (IsHostAndPath(span[schemeLength..]))
            {
                return true;
            }

            reason = "the host has no domain";
            return false;
        }

        reason = "not an absolute http(s) URL";
        var colon = span.IndexOf(':');
        string? candidate = null;
        if (span.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || span.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
        {
            candidate = string.Concat(span[..colon], "://", span[(colon + 1)..].TrimStart('/'));
        }
        else if (colon < 0 || span[(colon + 1)..].Length > 0 && char.IsAsciiDigit(span[colon + 1]))
        {
            candidate = "https://" + value.TrimStart('/');
        }

        if (candidate is not null && IsHostAndPath(candidate.AsSpan(candidate.IndexOf("://", StringComparison.Ordinal) + 3)))
        {
            suggestion = candidate;
            reason = "the scheme (https://) is missing";
        }

        return false;
    }

    private static bool IsHostAndPath(ReadOnlySpan<char> rest)
    {
        var end = rest.IndexOfAny('/', '?', '#');
        var host = end < 0 ? rest : rest[..end];
        var port = host.IndexOf(':');
        if (port >= 0)
        {
            if (host[(port + 1)..].IsEmpty || host[(port + 1)..].ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            host = host[..port];
        }

        if (host.Length < 4 || host[0] == '.' || host[^1] == '.' || host.IndexOf('.') < 0 || host.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in host)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-'))
            {
                return false;
            }
        }

        foreach (var c in rest)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Bounding boxes (lat min, lat max, lon min, lon max) of metropolitan France and the overseas territories.</summary>
    private static readonly (double LatMin, double LatMax, double LonMin, double LonMax)[] FranceBoxes =
    [
        (41.3, 51.2, -5.3, 9.7), // metropolitan France and Corsica
        (15.8, 18.2, -63.2, -60.9), // Guadeloupe, Saint-Martin, Saint-Barthélemy
        (14.3, 14.95, -61.3, -60.75), // Martinique
        (2.1, 5.8, -54.7, -51.5), // Guyane
        (-21.45, -20.85, 55.2, 55.9), // La Réunion
        (-13.05, -12.6, 44.95, 45.35), // Mayotte
        (46.7, 47.2, -56.5, -56.1), // Saint-Pierre-et-Miquelon
        (-22.9, -19.5, 163.5, 168.2), // New Caledonia
        (-28.0, -7.8, -154.8, -134.4), // French Polynesia
        (-14.4, -13.1, -178.3, -176.1), // Wallis and Futuna
    ];

    internal static bool InFrance(double latitude, double longitude)
    {
        foreach (var box in FranceBoxes)
        {
            if (latitude >= box.LatMin && latitude <= box.LatMax && longitude >= box.LonMin && longitude <= box.LonMax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether (x, y) lies in the Lambert-93 (EPSG:2154) extent of metropolitan France, in metres.</summary>
    internal static bool LooksLikeLambert93(double x, double y) =>
        x is >= 50_000 and <= 1_300_000 && y is >= 6_000_000 and <= 7_200_000;

    internal static bool TryParseNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
        && double.IsFinite(value);
}

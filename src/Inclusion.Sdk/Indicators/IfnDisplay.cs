using System.Globalization;

namespace Inclusion.Sdk.Indicators;

/// <summary>Display rules of IFN v3 scores on the national dashboards (indicators.md §1.5).</summary>
public static class IfnDisplay
{
    /// <summary>The France Numérique Ensemble format: one decimal without a trailing ".0", over 10 ("5.3/10", "3/10");
    /// null for missing or the 0.0 sentinel. Source: inclusion-numerique/inclusion-numerique ifnData.ts
    /// <c>formatIfnScore</c>.</summary>
    /// <param name="score">The score, or null.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(double? score)
    {
        if (score is not { } s || s < 1 || s > 10)
        {
            return null;
        }

        var rounded = Math.Round(s, 1, MidpointRounding.AwayFromZero);
        return rounded.ToString("0.#", CultureInfo.InvariantCulture) + "/10";
    }

    /// <summary>The Mon Inclusion Numérique colour class, 1–7: <c>max(1, ceil(score × 7 / 10))</c>; null for missing
    /// or the 0.0 sentinel (never class 1). Source: tableau-de-bord-min.md (C5).</summary>
    /// <param name="score">The score, or null.</param>
    /// <returns>The class, or null.</returns>
    public static int? ColourClass(double? score) =>
        score is not { } s || s <= 0 || s > 10 ? null : Math.Max(1, (int)Math.Ceiling(s * 7 / 10));
}

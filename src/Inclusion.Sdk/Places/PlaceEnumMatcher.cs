using System.Globalization;
using System.Text;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Places;

/// <summary>
/// Matches one value of a multi-valued enumeration: exactly, or tolerantly (case, accents, curly vs straight
/// apostrophes and quotes, spaces — e.g. "Étapes numériques (La Poste)" for the pattern's "Étapes numériques(La Poste)").
/// </summary>
internal sealed class PlaceEnumMatcher
{
    private readonly HashSet<string> exact;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> exactSpan;
    private readonly Dictionary<string, string> folded = new(StringComparer.Ordinal);

    internal PlaceEnumMatcher(IReadOnlyList<string> values)
    {
        Values = values;
        exact = new HashSet<string>(values, StringComparer.Ordinal);
        exactSpan = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var value in values)
        {
            folded.TryAdd(Fold(value), value);
        }
    }

    internal IReadOnlyList<string> Values { get; }

    internal bool IsExact(ReadOnlySpan<char> value) => exactSpan.Contains(value);

    /// <summary>The canonical value a non-exact value stands for, or <see langword="null"/>.</summary>
    internal string? Tolerant(string value) => folded.GetValueOrDefault(Fold(value));

    internal string? Closest(string value) => ClosestMatch.Find(value, Values);

    /// <summary>Folded key: NFD without combining marks, lower case, apostrophes and quotes unified, no white space.</summary>
    internal static string Fold(string value)
    {
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' => '\'',
                '\u00AB' or '\u00BB' or '\u201C' or '\u201D' => '"',
                '\u0153' => 'o', // œ folds to "oe"
                _ => char.ToLowerInvariant(c),
            });
            if (c == '\u0153')
            {
                builder.Append('e');
            }
        }

        return builder.ToString();
    }
}

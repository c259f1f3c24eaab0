using System.Globalization;
using System.Text;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Places;

/// <summary>
/// Matches one value of a multi-valued enumeration: exactly, or tolerantly (case, accents, curly vs straight
/// apostrophes and quotes, spaces — e.g. "Étapes numériques (La Poste)" for the pattern's "Étapes numériques(La Poste)").
/// A matcher belongs to one validation (not thread-safe): it remembers what it found for the values that are not
/// exact (files repeat their mistakes), at most <see cref="RememberedValues"/> of them.
/// </summary>
internal sealed class PlaceEnumMatcher
{
    private const int RememberedValues = 1024;

    private readonly HashSet<string> exact;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> exactSpan;
    private readonly Dictionary<string, string> folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string? Tolerant, string? Closest)> remembered = new(StringComparer.Ordinal);

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

    /// <summary>
    /// What a value that is not exact stands for: <c>Tolerant</c>, the allowed value it is when case, accents,
    /// apostrophes and spaces are ignored, or the v0.1.1 long label it shortens ("Payant" for "Payant : L'accès…"),
    /// else <see langword="null"/>; <c>Closest</c>, the nearest allowed value to suggest, or <see langword="null"/>.
    /// </summary>
    internal (string? Tolerant, string? Closest) Resolve(string value)
    {
        if (remembered.TryGetValue(value, out var known))
        {
            return known;
        }

        var tolerant = folded.GetValueOrDefault(Fold(value)) ?? LongLabel(value);
        known = (tolerant, tolerant is null ? ClosestMatch.Find(value, Values) : null);
        if (remembered.Count < RememberedValues)
        {
            remembered[value] = known;
        }

        return known;
    }

    /// <summary>v0.1.1 long labels ("Payant : L'accès…") written short ("Payant"): the unique label starting with the value and " :".</summary>
    private string? LongLabel(string value)
    {
        var key = Fold(value);
        string? found = null;
        foreach (var label in Values)
        {
            var colon = label.IndexOf(" :", StringComparison.Ordinal);
            if (colon > 0 && Fold(label[..colon]) == key)
            {
                if (found is not null)
                {
                    return null;
                }

                found = label;
            }
        }

        return found;
    }

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

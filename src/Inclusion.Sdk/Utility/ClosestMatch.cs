namespace Inclusion.Sdk.Utility;

/// <summary>"Did you mean" suggestions: the candidate closest to a value by case-insensitive edit distance.</summary>
internal static class ClosestMatch
{
    /// <summary>
    /// Returns the candidate closest to <paramref name="value"/> (optimal-string-alignment distance on upper-cased
    /// invariant characters), or <see langword="null"/> when none is close enough: at most 2 edits, and fewer edits than a third
    /// of the value's length rounded up, so that short unrelated words are not suggested.
    /// </summary>
    internal static string? Find(ReadOnlySpan<char> value, IEnumerable<string> candidates)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        var limit = Math.Min(2, Math.Max(1, (value.Length + 2) / 3));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(value, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>The case-insensitive edit distance (Levenshtein with adjacent transpositions) of two strings.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length > 256 || b.Length > 256)
        {
            return Math.Max(a.Length, b.Length);
        }

        // Optimal string alignment: insertions, deletions, substitutions and adjacent transpositions cost 1.
        var width = b.Length + 1;
        Span<int> rows = stackalloc int[width * 3];
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var ca = char.ToUpperInvariant(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var cb = char.ToUpperInvariant(b[j - 1]);
                var cost = ca == cb ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ca == char.ToUpperInvariant(b[j - 2]) && char.ToUpperInvariant(a[i - 2]) == cb)
                {
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                }

                current[j] = value;
            }

            previous.CopyTo(beforePrevious);
            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}

namespace Inclusion.Sdk.Hours;

/// <summary>
/// The states of one day as painted by the rules: sorted, non-overlapping segments in minutes (0 to 2,880,
/// the second day being the spill past midnight). Mutable; used only during evaluation.
/// </summary>
internal sealed class DayPlan
{
    internal const byte Open = 1;
    internal const byte Unknown = 2;
    internal const byte Closed = 3;

    private readonly List<(int Start, int End, byte State)> segments = new(8);
    private readonly List<(int Start, int End, byte State)> scratch = new(8);

    internal int Count => segments.Count;

    internal (int Start, int End, byte State) this[int index] => segments[index];

    internal void Clear() => segments.Clear();

    /// <summary>Sets <paramref name="state"/> on [start, end), replacing what was there.</summary>
    internal void Paint(int start, int end, byte state)
    {
        if (end <= start)
        {
            return;
        }

        scratch.Clear();
        var inserted = false;
        foreach (var (s, e, st) in segments)
        {
            if (e <= start || s >= end)
            {
                if (!inserted && s >= end)
                {
                    scratch.Add((start, end, state));
                    inserted = true;
                }

                scratch.Add((s, e, st));
                continue;
            }

            if (s < start)
            {
                scratch.Add((s, start, st));
            }

            if (!inserted)
            {
                scratch.Add((start, end, state));
                inserted = true;
            }

            if (e > end)
            {
                scratch.Add((end, e, st));
            }
        }

        if (!inserted)
        {
            scratch.Add((start, end, state));
        }

        segments.Clear();
        segments.AddRange(scratch);
    }

    /// <summary>Sets <paramref name="state"/> on the parts of [start, end) that no segment covers.</summary>
    internal void Fill(int start, int end, byte state)
    {
        var cursor = start;
        var count = segments.Count;
        Span<(int, int)> gaps = stackalloc (int, int)[count + 1];
        var n = 0;
        for (var i = 0; i < count && cursor < end; i++)
        {
            var (s, e, _) = segments[i];
            if (e <= cursor)
            {
                continue;
            }

            if (s > cursor)
            {
                gaps[n++] = (cursor, Math.Min(s, end));
            }

            cursor = Math.Max(cursor, e);
        }

        if (cursor < end)
        {
            gaps[n++] = (cursor, end);
        }

        for (var i = 0; i < n; i++)
        {
            Paint(gaps[i].Item1, gaps[i].Item2, state);
        }
    }
}

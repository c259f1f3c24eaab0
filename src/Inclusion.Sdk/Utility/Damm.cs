namespace Inclusion.Sdk.Utility;

/// <summary>
/// The Damm check digit (H. M. Damm, 2004): a quasigroup of order 10 that is weakly totally anti-symmetric, so a
/// single check digit detects every single-digit error and every adjacent transposition. Table from Damm's thesis.
/// </summary>
internal static class Damm
{
    private static ReadOnlySpan<byte> Table =>
    [
        0, 3, 1, 7, 5, 9, 8, 6, 4, 2,
        7, 0, 9, 2, 1, 5, 4, 8, 6, 3,
        4, 2, 0, 6, 8, 7, 1, 3, 5, 9,
        1, 7, 5, 0, 9, 8, 3, 4, 2, 6,
        6, 1, 2, 3, 0, 4, 5, 9, 7, 8,
        3, 6, 7, 4, 2, 0, 9, 5, 8, 1,
        5, 8, 6, 9, 7, 2, 0, 1, 3, 4,
        8, 9, 4, 5, 3, 6, 2, 0, 1, 7,
        9, 4, 3, 8, 6, 1, 7, 2, 0, 5,
        2, 5, 8, 1, 4, 3, 6, 7, 9, 0,
    ];

    /// <summary>The interim digit after the given ASCII digits; a text ending with its check digit gives 0.</summary>
    internal static int Interim(ReadOnlySpan<char> digits)
    {
        var interim = 0;
        foreach (var c in digits)
        {
            interim = Table[(interim * 10) + (c - '0')];
        }

        return interim;
    }
}

using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Statistics;

/// <summary>
/// The small-count rule applied to published breakdowns: a cell whose count is below <see cref="Threshold"/> is
/// sensitive and is suppressed (primary suppression). Zero cells are not sensitive unless <see cref="SuppressZeros"/>.
/// </summary>
/// <remarks>
/// The default threshold 11 follows the common French practice of masking counts of 1 to 10 people in published
/// tables (a count of 11 or more is shown). It is a project default, configurable, not a legal constant: use the
/// threshold your data-protection officer or data-sharing agreement sets.
/// </remarks>
public sealed class DisclosureRule
{
    /// <summary>The default threshold: counts of 1 to 10 are suppressed.</summary>
    public const int DefaultThreshold = 11;

    /// <summary>Creates a rule.</summary>
    /// <param name="threshold">Counts strictly below it are sensitive; at least 1.</param>
    /// <param name="suppressZeros">Whether a zero count is sensitive too (false by default: an empty cell says that
    /// nobody is there, which discloses no one).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below 1.</exception>
    public DisclosureRule(int threshold = DefaultThreshold, bool suppressZeros = false)
    {
        Preconditions.CheckArgumentRange(nameof(threshold), threshold, 1, int.MaxValue);
        Threshold = threshold;
        SuppressZeros = suppressZeros;
    }

    /// <summary>The rule with threshold 11 and zeros published.</summary>
    public static DisclosureRule Default { get; } = new();

    /// <summary>Counts strictly below this value are sensitive.</summary>
    public int Threshold { get; }

    /// <summary>Whether a zero count is sensitive.</summary>
    public bool SuppressZeros { get; }

    /// <summary>Whether <paramref name="count"/> must be suppressed by this rule.</summary>
    /// <param name="count">A count, zero or more.</param>
    /// <returns>True for 1 … threshold − 1 (and 0 when <see cref="SuppressZeros"/>).</returns>
    public bool IsSensitive(long count) => count < Threshold && (count > 0 || (count == 0 && SuppressZeros));
}

using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Strategy;

/// <summary>
/// The thresholds of a strategy evaluation. The lag of an objective is the share of its planned change (baseline to
/// target) by which its latest measurement trails the linear trajectory at that measurement's date.
/// </summary>
/// <remarks>
/// <para>Defaults: <see cref="AtRiskLag"/> 0.10 (a tenth of the planned change behind is still on track),
/// <see cref="OffTrackLag"/> 0.25 (more than a quarter behind is off track), <see cref="StaleAfterDays"/> 365 (a
/// measurement older than a year at the evaluation date is stale: most territorial indicators are produced yearly),
/// and the SDK's <see cref="DisclosureRule.Default"/> for counts of people. These are conventions of the SDK, not
/// published norms: set them to the rules of your programme. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class EvaluationSettings
{
    /// <summary>Creates settings.</summary>
    /// <param name="atRiskLag">The largest lag still on track, from 0 to <paramref name="offTrackLag"/>.</param>
    /// <param name="offTrackLag">The largest lag still at risk, from <paramref name="atRiskLag"/> to 10.</param>
    /// <param name="staleAfterDays">The age in days beyond which the latest measurement is stale (1 or more).</param>
    /// <param name="disclosure">The small-count rule for counts of people, or <see langword="null"/> for the default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is out of range.</exception>
    public EvaluationSettings(decimal atRiskLag = 0.10m, decimal offTrackLag = 0.25m, int staleAfterDays = 365, DisclosureRule? disclosure = null)
    {
        Preconditions.CheckArgumentRange(nameof(offTrackLag), offTrackLag, 0m, 10m);
        Preconditions.CheckArgumentRange(nameof(atRiskLag), atRiskLag, 0m, offTrackLag);
        Preconditions.CheckArgumentRange(nameof(staleAfterDays), staleAfterDays, 1, 36_500);
        AtRiskLag = atRiskLag;
        OffTrackLag = offTrackLag;
        StaleAfterDays = staleAfterDays;
        Disclosure = disclosure ?? DisclosureRule.Default;
    }

    /// <summary>The default settings.</summary>
    public static EvaluationSettings Default { get; } = new();

    /// <summary>The largest lag (share of the planned change) that is still on track.</summary>
    public decimal AtRiskLag { get; }

    /// <summary>The largest lag that is at risk rather than off track.</summary>
    public decimal OffTrackLag { get; }

    /// <summary>The age in days beyond which the latest measurement is stale.</summary>
    public int StaleAfterDays { get; }

    /// <summary>The small-count rule applied to counts of people (training participants, meeting attendees).</summary>
    public DisclosureRule Disclosure { get; }
}

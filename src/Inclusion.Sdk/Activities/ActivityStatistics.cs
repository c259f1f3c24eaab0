using System.Globalization;
using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Activities;

/// <summary>
/// The national mediation-activity statistics (La Coop de la médiation numérique, indicators.md §7.4) computed in one
/// streaming pass: activity and accompaniment totals, beneficiaries, distributions weighted by participants and the
/// monthly series.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Accompaniments = Σ participants (an individual activity counts 1, a workshop its participants).</item>
/// <item>Beneficiaries = distinct followed (by pseudonymous id) + anonymous (each anonymous accompaniment is its own
/// beneficiary); new = accompaniments flagged first, counted only when a period is given.</item>
/// <item>Type, duration, place, thématique and equipment distributions are weighted by participants; multi-valued
/// fields count the activity under every value; proportions are shares of the sum over the items; the 19 mediation and
/// 11 administrative thématiques are two separate distributions.</item>
/// <item>Genre, social status and age distributions count distinct beneficiaries; a followed beneficiary's attributes are
/// those of their latest accompaniment. "Non communiqué" is a category.</item>
/// </list>
/// Memory holds fixed counters, one entry per distinct followed beneficiary and one per month: it does not grow with
/// the number of activities.
/// </remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ActivityStatistics : Reporting.IHtmlRenderable
{
    internal ActivityStatistics(
        long activities, long individual, long collective, long collectiveParticipants, long accompaniments,
        long followed, long anonymous, long newBeneficiaries,
        CategoryCount[] activityTypes, CategoryCount[] accompanimentTypes, CategoryCount[] durations, CategoryCount[] placeTypes,
        CategoryCount[] thematiques, CategoryCount[] administrativeThematiques, CategoryCount[] equipment,
        CategoryCount[] genres, CategoryCount[] socialStatuses, CategoryCount[] ageBrackets, List<MonthlyCount> monthly)
    {
        Activities = activities;
        IndividualActivities = individual;
        CollectiveActivities = collective;
        CollectiveParticipants = collectiveParticipants;
        Accompaniments = accompaniments;
        FollowedBeneficiaries = followed;
        AnonymousBeneficiaries = anonymous;
        NewBeneficiaries = newBeneficiaries;
        ActivityTypes = activityTypes;
        AccompanimentTypes = accompanimentTypes;
        Durations = durations;
        PlaceTypes = placeTypes;
        Thematiques = thematiques;
        AdministrativeThematiques = administrativeThematiques;
        Equipment = equipment;
        Genres = genres;
        SocialStatuses = socialStatuses;
        AgeBrackets = ageBrackets;
        Monthly = monthly;
    }

    /// <summary>The number of activities.</summary>
    public long Activities { get; }

    /// <summary>The number of individual activities.</summary>
    public long IndividualActivities { get; }

    /// <summary>The number of collective activities (workshops).</summary>
    public long CollectiveActivities { get; }

    /// <summary>Σ participants of the workshops.</summary>
    public long CollectiveParticipants { get; }

    /// <summary>The number of accompaniments = Σ participants.</summary>
    public long Accompaniments { get; }

    /// <summary>The number of distinct beneficiaries (followed + anonymous).</summary>
    public long Beneficiaries => FollowedBeneficiaries + AnonymousBeneficiaries;

    /// <summary>The number of distinct followed beneficiaries.</summary>
    public long FollowedBeneficiaries { get; }

    /// <summary>The number of anonymous beneficiaries (one per anonymous accompaniment).</summary>
    public long AnonymousBeneficiaries { get; }

    /// <summary>The number of accompaniments flagged as a first accompaniment; 0 when no period was given.</summary>
    public long NewBeneficiaries { get; }

    /// <summary>Activities by type (individual, collective), counted as activities.</summary>
    public IReadOnlyList<CategoryCount> ActivityTypes { get; }

    /// <summary>Accompaniments by type: [individual activities, workshop participants].</summary>
    public IReadOnlyList<CategoryCount> AccompanimentTypes { get; }

    /// <summary>Duration buckets, weighted by participants.</summary>
    public IReadOnlyList<CategoryCount> Durations { get; }

    /// <summary>Place types, weighted by participants.</summary>
    public IReadOnlyList<CategoryCount> PlaceTypes { get; }

    /// <summary>The 19 digital-mediation thématiques, weighted by participants.</summary>
    public IReadOnlyList<CategoryCount> Thematiques { get; }

    /// <summary>The 11 administrative thématiques, weighted by participants, normalised on their own.</summary>
    public IReadOnlyList<CategoryCount> AdministrativeThematiques { get; }

    /// <summary>Equipment, weighted by participants.</summary>
    public IReadOnlyList<CategoryCount> Equipment { get; }

    /// <summary>Distinct beneficiaries by genre.</summary>
    public IReadOnlyList<CategoryCount> Genres { get; }

    /// <summary>Distinct beneficiaries by social status.</summary>
    public IReadOnlyList<CategoryCount> SocialStatuses { get; }

    /// <summary>Distinct beneficiaries by age bracket.</summary>
    public IReadOnlyList<CategoryCount> AgeBrackets { get; }

    /// <summary>Activities and accompaniments by month, in date order (months without activity are absent).</summary>
    public IReadOnlyList<MonthlyCount> Monthly { get; }

    /// <summary>Computes the statistics of <paramref name="activities"/> in one pass.</summary>
    /// <param name="activities">The activities, enumerated once (a lazy stream is fine).</param>
    /// <param name="options">The reference year and period.</param>
    /// <returns>The statistics of the activities dated within the period.</returns>
    /// <exception cref="ArgumentNullException">An argument or an activity is null.</exception>
    public static ActivityStatistics Compute(IEnumerable<MediationActivity> activities, ActivityStatisticsOptions options)
    {
        Preconditions.CheckNotNull(activities);
        Preconditions.CheckNotNull(options);
        var acc = new ActivityAccumulator(options);
        foreach (var a in activities)
        {
            Preconditions.CheckNotNull(a, nameof(activities));
            if (options.Includes(a.Date))
            {
                acc.Add(a);
            }
        }

        return acc.Build();
    }

    /// <summary>Computes the statistics by group in one pass.</summary>
    /// <param name="activities">The activities, enumerated once.</param>
    /// <param name="options">The reference year and period.</param>
    /// <param name="grouping">Département, commune or month.</param>
    /// <returns>The groups in ascending key order; activities without a commune fall in the group
    /// <see cref="UnknownTerritory"/> when grouping by territory.</returns>
    /// <exception cref="ArgumentNullException">An argument or an activity is null.</exception>
    public static IReadOnlyList<KeyValuePair<string, ActivityStatistics>> ComputeBy(
        IEnumerable<MediationActivity> activities, ActivityStatisticsOptions options, ActivityGrouping grouping)
    {
        Preconditions.CheckNotNull(activities);
        Preconditions.CheckNotNull(options);
        var groups = new Dictionary<string, ActivityAccumulator>(StringComparer.Ordinal);
        foreach (var a in activities)
        {
            Preconditions.CheckNotNull(a, nameof(activities));
            if (!options.Includes(a.Date))
            {
                continue;
            }

            var key = KeyOf(a, grouping);
            if (!groups.TryGetValue(key, out var acc))
            {
                groups[key] = acc = new ActivityAccumulator(options);
            }

            acc.Add(a);
        }

        return [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, g.Value.Build()))];
    }

    /// <summary>Applies small-count suppression to these statistics as one group named <c>total</c>: what may be
    /// published (see <see cref="PublishedActivityStatistics"/>).</summary>
    /// <param name="rule">The rule, <see cref="DisclosureRule.Default"/> (threshold 11) when null.</param>
    /// <returns>The protected statistics.</returns>
    public PublishedActivityStatistics Publish(DisclosureRule? rule) => Publish([KeyValuePair.Create("total", this)], rule);

    /// <summary>Applies small-count suppression to grouped statistics (the result of <see cref="ComputeBy"/>): each
    /// distribution is protected across the groups as a two-way table with its totals, so that no suppressed count can be
    /// recomputed from the published ones (see <see cref="PublishedActivityStatistics"/>).</summary>
    /// <param name="groups">The groups, all computed with the same vocabulary.</param>
    /// <param name="rule">The rule, <see cref="DisclosureRule.Default"/> (threshold 11) when null.</param>
    /// <returns>The protected statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> or a group's statistics is null.</exception>
    public static PublishedActivityStatistics Publish(IReadOnlyList<KeyValuePair<string, ActivityStatistics>> groups, DisclosureRule? rule)
    {
        Preconditions.CheckNotNull(groups);
        foreach (var g in groups)
        {
            Preconditions.CheckNotNull(g.Value, nameof(groups));
        }

        return new PublishedActivityStatistics(groups, rule ?? DisclosureRule.Default);
    }

    /// <summary>The group key of activities without a commune.</summary>
    public const string UnknownTerritory = "non_renseigne";

    private static string KeyOf(MediationActivity a, ActivityGrouping grouping) => grouping switch
    {
        ActivityGrouping.Departement => a.Commune?.Departement?.ToString() ?? UnknownTerritory,
        ActivityGrouping.Commune => a.Commune?.ToString() ?? UnknownTerritory,
        ActivityGrouping.Month => a.Date.ToYearMonth().ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping, "Unknown grouping."),
    };
}

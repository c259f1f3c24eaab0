using Inclusion.Sdk.Statistics;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Activities;

/// <summary>
/// Activity statistics ready to publish: the groups (a single <c>total</c>, or by département, commune or month) with
/// small-count suppression applied to every distribution, built by <see cref="ActivityStatistics.Publish(DisclosureRule?)"/>
/// or <see cref="ActivityStatistics.Publish(IReadOnlyList{KeyValuePair{string, ActivityStatistics}}, DisclosureRule?)"/>.
/// </summary>
/// <remarks>
/// <para>For each distribution (<see cref="DistributionNames"/>), a groups × items table of at least 2 × 2 is protected
/// as a two-way table with its row and column totals (<see cref="DisclosureControl.ProtectTable"/>); otherwise each
/// group is protected as a distribution with its total (<see cref="DisclosureControl.ProtectDistribution"/>). A
/// suppressed count is <see langword="null"/>, and so is its proportion (it would reveal it). The individual/collective
/// split and the workshop participants follow the suppression of the type distributions.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class PublishedActivityStatistics : Reporting.IHtmlRenderable
{
    private static readonly Func<ActivityStatistics, IReadOnlyList<CategoryCount>>[] Selectors =
    [
        s => s.ActivityTypes, s => s.AccompanimentTypes, s => s.Durations, s => s.PlaceTypes, s => s.Thematiques,
        s => s.AdministrativeThematiques, s => s.Equipment, s => s.Genres, s => s.SocialStatuses, s => s.AgeBrackets,
    ];

    private readonly long?[][][] published;

    internal PublishedActivityStatistics(IReadOnlyList<KeyValuePair<string, ActivityStatistics>> groups, DisclosureRule rule)
    {
        Groups = groups;
        Rule = rule;
        published = new long?[Selectors.Length][][];
        for (var d = 0; d < Selectors.Length; d++)
        {
            published[d] = Protect(groups, Selectors[d], rule);
        }
    }

    /// <summary>The names of the published distributions, in order: <c>types_activite</c>, <c>types_accompagnement</c>,
    /// <c>durees</c>, <c>types_lieu</c>, <c>thematiques</c>, <c>thematiques_demarches</c>, <c>materiels</c>,
    /// <c>genres</c>, <c>statuts_sociaux</c>, <c>tranches_age</c>.</summary>
    public static IReadOnlyList<string> DistributionNames { get; } =
    [
        "types_activite", "types_accompagnement", "durees", "types_lieu", "thematiques", "thematiques_demarches",
        "materiels", "genres", "statuts_sociaux", "tranches_age",
    ];

    /// <summary>The names of the totals of <see cref="Totals"/>, in order.</summary>
    public static IReadOnlyList<string> TotalNames { get; } =
    [
        "activites", "individuels", "collectifs", "participants_collectifs", "accompagnements", "beneficiaires", "suivis",
        "anonymes", "nouveaux",
    ];

    /// <summary>The rule applied.</summary>
    public DisclosureRule Rule { get; }

    /// <summary>The groups and their unprotected statistics, in ascending key order (for the producer; publish the
    /// counts through <see cref="PublishedCount"/> and <see cref="Totals"/>).</summary>
    public IReadOnlyList<KeyValuePair<string, ActivityStatistics>> Groups { get; }

    /// <summary>The items (categories) of a distribution of a group, with their unprotected counts.</summary>
    /// <param name="group">0 … <see cref="Groups"/>.Count − 1.</param>
    /// <param name="distribution">0 … <see cref="DistributionNames"/>.Count − 1.</param>
    /// <returns>The items, in the vocabulary order.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public IReadOnlyList<CategoryCount> Items(int group, int distribution)
    {
        Preconditions.CheckArgumentRange(nameof(group), group, 0, Groups.Count - 1);
        Preconditions.CheckArgumentRange(nameof(distribution), distribution, 0, Selectors.Length - 1);
        return Selectors[distribution](Groups[group].Value);
    }

    /// <summary>The count of an item as it may be published, or <see langword="null"/> when it is suppressed.</summary>
    /// <param name="group">0 … <see cref="Groups"/>.Count − 1.</param>
    /// <param name="distribution">0 … <see cref="DistributionNames"/>.Count − 1.</param>
    /// <param name="item">0 … the number of items − 1.</param>
    /// <returns>The count, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public long? PublishedCount(int group, int distribution, int item)
    {
        var items = Items(group, distribution);
        Preconditions.CheckArgumentRange(nameof(item), item, 0, items.Count - 1);
        return published[distribution][group][item];
    }

    /// <summary>The totals of a group as they may be published (<see cref="TotalNames"/>): the individual and collective
    /// activities and the workshop participants are null when the type distributions suppress them.</summary>
    /// <param name="group">0 … <see cref="Groups"/>.Count − 1.</param>
    /// <returns>The totals by name, in the order of <see cref="TotalNames"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="group"/> is out of range.</exception>
    public IReadOnlyList<KeyValuePair<string, long?>> Totals(int group)
    {
        Preconditions.CheckArgumentRange(nameof(group), group, 0, Groups.Count - 1);
        var s = Groups[group].Value;
        long?[] values =
        [
            s.Activities, published[0][group][0], published[0][group][1], published[1][group][1], s.Accompaniments,
            s.Beneficiaries, s.FollowedBeneficiaries, s.AnonymousBeneficiaries, s.NewBeneficiaries,
        ];
        return [.. TotalNames.Select((name, i) => KeyValuePair.Create(name, values[i]))];
    }

    private static long?[][] Protect(IReadOnlyList<KeyValuePair<string, ActivityStatistics>> groups, Func<ActivityStatistics, IReadOnlyList<CategoryCount>> select, DisclosureRule rule)
    {
        var result = new long?[groups.Count][];
        if (groups.Count == 0)
        {
            return result;
        }

        var items = select(groups[0].Value).Count;
        if (groups.Count >= 2 && items >= 2)
        {
            var cells = new long[groups.Count, items];
            for (var g = 0; g < groups.Count; g++)
            {
                var list = select(groups[g].Value);
                for (var i = 0; i < items; i++)
                {
                    cells[g, i] = list[i].Count;
                }
            }

            var table = DisclosureControl.ProtectTable(cells, rule);
            for (var g = 0; g < groups.Count; g++)
            {
                result[g] = [.. Enumerable.Range(0, items).Select(i => table.PublishedValue(g, i))];
            }
        }
        else
        {
            for (var g = 0; g < groups.Count; g++)
            {
                var counts = select(groups[g].Value).Select(c => c.Count).ToArray();
                var distribution = DisclosureControl.ProtectDistribution(counts, rule);
                result[g] = [.. Enumerable.Range(0, counts.Length).Select(distribution.PublishedValue)];
            }
        }

        return result;
    }
}

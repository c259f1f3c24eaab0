using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Activities;

/// <summary>
/// The aggregation of legacy v1 reports by the national dashboard's rules (indicators.md §8): accompaniments =
/// Σ participants; usagers = Σ max(participants − recurrent, 0); themes counted once per report; age and status =
/// Σ of the per-report counts, both shared out of the <b>age</b> total (the dashboard's denominator).
/// </summary>
[Utility.TypeFormatterSource(typeof(Utility.HtmlFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class LegacyCraStatistics : Reporting.IHtmlRenderable
{
    internal static readonly (string Api, string Label)[] AgeTable =
    [
        ("moins_12_ans", "Moins de 12 ans"), ("de_12_a_18_ans", "12 - 18 ans"), ("de_18_a_35_ans", "18 - 35 ans"),
        ("de_35_a_60_ans", "35 - 60 ans"), ("plus_60_ans", "60 ans et plus"),
    ];

    internal static readonly (string Api, string Label)[] StatusTable =
        [("etudiant", "Étudiant"), ("sans_emploi", "Sans emploi"), ("en_emploi", "En emploi"), ("retraite", "Retraité"), ("heterogene", "Hétérogène")];

    private LegacyCraStatistics(long reports, long[] kinds, long accompaniments, long usagers, long[] ages, long[] statuses, Dictionary<string, long> themes)
    {
        Reports = reports;
        Accompaniments = accompaniments;
        Usagers = usagers;
        Kinds = [.. Enumerable.Range(0, 3).Select(i => new CategoryCount(
            ((LegacyActivityKind)i).ToString().ToLowerInvariant(), ((LegacyActivityKind)i).ToString(), kinds[i], Percentages.Share(kinds[i], reports)))];
        var ageTotal = ages.Sum();
        AgeBrackets = [.. ages.Select((n, i) => new CategoryCount(AgeTable[i].Api, AgeTable[i].Label, n, Percentages.Share(n, ageTotal)))];
        SocialStatuses = [.. statuses.Select((n, i) => new CategoryCount(StatusTable[i].Api, StatusTable[i].Label, n, Percentages.Share((decimal)n, ageTotal)))];
        var themeTotal = themes.Values.Sum();
        Themes = [.. themes.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new CategoryCount(t.Key, t.Key, t.Value, Percentages.Share(t.Value, themeTotal)))];
    }

    /// <summary>The number of reports.</summary>
    public long Reports { get; }

    /// <summary>Reports by kind (individuel, collectif, ponctuel).</summary>
    public IReadOnlyList<CategoryCount> Kinds { get; }

    /// <summary>Σ participants.</summary>
    public long Accompaniments { get; }

    /// <summary>Σ max(participants − recurrent, 0).</summary>
    public long Usagers { get; }

    /// <summary>Age counts, proportions of the age total.</summary>
    public IReadOnlyList<CategoryCount> AgeBrackets { get; }

    /// <summary>Status counts, proportions of the <b>age</b> total (the dashboard's rule; they need not sum to 100).</summary>
    public IReadOnlyList<CategoryCount> SocialStatuses { get; }

    /// <summary>Themes counted once per report, most frequent first; proportions of the sum of theme counts.</summary>
    public IReadOnlyList<CategoryCount> Themes { get; }

    /// <summary>Aggregates reports in one pass.</summary>
    /// <param name="reports">The reports, enumerated once.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or a report is null.</exception>
    public static LegacyCraStatistics Compute(IEnumerable<LegacyCra> reports)
    {
        Preconditions.CheckNotNull(reports);
        long count = 0, accompaniments = 0, usagers = 0;
        var kinds = new long[3];
        var ages = new long[5];
        var statuses = new long[5];
        var themes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var r in reports)
        {
            Preconditions.CheckNotNull(r, nameof(reports));
            count++;
            kinds[(int)r.Kind]++;
            accompaniments += r.Participants;
            usagers += r.Usagers;
            for (var i = 0; i < 5; i++)
            {
                ages[i] += r.AgeCounts[i];
                statuses[i] += r.StatusCounts[i];
            }

            foreach (var t in r.Themes)
            {
                themes[t] = themes.GetValueOrDefault(t) + 1;
            }
        }

        return new LegacyCraStatistics(count, kinds, accompaniments, usagers, ages, statuses, themes);
    }
}

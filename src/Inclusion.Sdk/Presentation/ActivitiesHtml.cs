using Inclusion.Sdk.Activities;
using Inclusion.Sdk.Statistics;
using NodaTime.Text;

namespace Inclusion.Sdk.Presentation;

/// <summary>Renders the activity statistics: totals, the published distributions (small-count suppression with
/// secondary suppression, from <see cref="ActivityStatistics.Publish(DisclosureRule?)"/>) and the monthly series as a line
/// chart with its table.</summary>
internal static class ActivitiesHtml
{
    private const string Source = "La Coop de la médiation numérique — national indicators of the mediation-activity record (CRA v2)";

    internal static void Write(ActivityStatistics statistics, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "activity-statistics", o.T("Mediation activities", "Activités de médiation"));
        var published = statistics.Publish(o.Disclosure);
        Totals(published, w, o);
        Monthly(statistics.Monthly, w, o);
        Distributions(published, w, o);
        HtmlSections.Source(w, o, Source);
        w.Close();
    }

    internal static void Write(PublishedActivityStatistics published, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "activity-statistics", o.T("Mediation activities (published)", "Activités de médiation (publiées)"));
        Totals(published, w, o);
        Distributions(published, w, o);
        HtmlSections.Source(w, o, Source);
        w.Close();
    }

    internal static void Write(LegacyCraStatistics statistics, HtmlWriter w, HtmlOptions o)
    {
        var rule = o.Disclosure;
        HtmlSections.Open(w, o, "legacy-cra-statistics", o.T("Legacy activity reports (CRA v1)", "Anciens comptes rendus d'activité (CRA v1)"));
        HtmlSections.Figures(w, o,
        [
            (o.T("Reports", "Comptes rendus"), HtmlCell.Count(statistics.Reports, rule)),
            (o.T("Accompaniments", "Accompagnements"), HtmlCell.Count(statistics.Accompaniments, rule)),
            (o.T("Users", "Usagers"), HtmlCell.Count(statistics.Usagers, rule)),
        ]);
        Distribution(w, o, o.T("Kinds of report", "Types de compte rendu"), statistics.Kinds);
        Distribution(w, o, o.T("Age brackets", "Tranches d'âge"), statistics.AgeBrackets);
        Distribution(w, o, o.T("Social status", "Statut social"), statistics.SocialStatuses);
        Distribution(w, o, o.T("Topics", "Thématiques"), statistics.Themes);
        HtmlSections.Source(w, o, "La Coop de la médiation numérique — national dashboard rules for legacy reports (CRA v1)");
        w.Close();
    }

    /// <summary>A distribution protected as a whole (<see cref="DisclosureControl.ProtectDistribution"/>): item, count,
    /// share; a suppressed count hides its share.</summary>
    internal static void Distribution(HtmlWriter w, HtmlOptions o, string caption, IReadOnlyList<CategoryCount> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var counts = items.Select(i => i.Count).ToArray();
        var protectedCounts = DisclosureControl.ProtectDistribution(counts, o.Disclosure);
        var table = new HtmlTable(caption, o.T("Category", "Catégorie"), o.T("Count", "Effectif"), o.T("Share (%)", "Part (%)"));
        for (var i = 0; i < items.Count; i++)
        {
            var value = protectedCounts.PublishedValue(i);
            table.Row(items[i].Label, HtmlCell.Count(value), value is null ? HtmlCell.Suppressed : HtmlCell.Percent(items[i].Proportion));
        }

        table.Write(w, o);
    }

    private static string[] GroupNames(PublishedActivityStatistics p, HtmlOptions o) =>
        [.. p.Groups.Select(g => g.Key == "total" && p.Groups.Count == 1 ? o.T("All activities", "Ensemble des activités") : g.Key)];

    private static void Totals(PublishedActivityStatistics p, HtmlWriter w, HtmlOptions o)
    {
        var groups = GroupNames(p, o);
        var totals = new HtmlTable(o.T("Totals", "Totaux"), [o.T("Indicator", "Indicateur"), .. groups]);
        var values = Enumerable.Range(0, groups.Length).Select(p.Totals).ToArray();
        for (var t = 0; t < PublishedActivityStatistics.TotalNames.Count; t++)
        {
            totals.Row(TotalLabel(PublishedActivityStatistics.TotalNames[t], o),
                [.. values.Select(v => v[t].Value is { } n && !o.Disclosure.IsSensitive(n) ? HtmlCell.Count(n) : HtmlCell.Suppressed)]);
        }

        totals.Write(w, o);
    }

    private static void Distributions(PublishedActivityStatistics p, HtmlWriter w, HtmlOptions o)
    {
        var groups = GroupNames(p, o);
        for (var d = 0; d < PublishedActivityStatistics.DistributionNames.Count; d++)
        {
            var caption = DistributionLabel(PublishedActivityStatistics.DistributionNames[d], o);
            if (groups.Length == 1)
            {
                var items = p.Items(0, d);
                var table = new HtmlTable(caption, o.T("Category", "Catégorie"), o.T("Count", "Effectif"), o.T("Share (%)", "Part (%)"));
                for (var i = 0; i < items.Count; i++)
                {
                    var value = Published(p, 0, d, i, o);
                    table.Row(items[i].Label, HtmlCell.Count(value), value is null ? HtmlCell.Suppressed : HtmlCell.Percent(items[i].Proportion));
                }

                table.Write(w, o);
            }
            else if (groups.Length > 1)
            {
                var items = p.Items(0, d);
                var table = new HtmlTable(caption, [o.T("Category", "Catégorie"), .. groups]);
                for (var i = 0; i < items.Count; i++)
                {
                    table.Row(items[i].Label, [.. Enumerable.Range(0, groups.Length).Select(g => HtmlCell.Count(Published(p, g, d, i, o)))]);
                }

                table.Write(w, o);
            }
        }
    }

    private static long? Published(PublishedActivityStatistics p, int g, int d, int i, HtmlOptions o) =>
        p.PublishedCount(g, d, i) is { } n && !o.Disclosure.IsSensitive(n) ? n : null;

    private static void Monthly(IReadOnlyList<MonthlyCount> monthly, HtmlWriter w, HtmlOptions o)
    {
        if (monthly.Count == 0)
        {
            return;
        }

        var months = monthly.Select(m => YearMonthPattern.Iso.Format(m.Month)).ToArray();
        var activities = DisclosureControl.ProtectDistribution(monthly.Select(m => m.Activities).ToArray(), o.Disclosure);
        var accompaniments = DisclosureControl.ProtectDistribution(monthly.Select(m => m.Accompaniments).ToArray(), o.Disclosure);
        LineSeries[] series =
        [
            new(o.T("Activities", "Activités"), [.. Enumerable.Range(0, months.Length).Select(activities.PublishedValue)]),
            new(o.T("Accompaniments", "Accompagnements"), [.. Enumerable.Range(0, months.Length).Select(accompaniments.PublishedValue)]),
        ];
        var title = o.T("Activities and accompaniments by month", "Activités et accompagnements par mois");
        w.Open("figure");
        w.Element("figcaption", title);
        SvgCharts.Lines(w, o, title, o.T("Month", "Mois"), o.T("Number per month", "Nombre par mois"), months, series);
        w.Close();
        var table = new HtmlTable(title, o.T("Month", "Mois"), series[0].Name, series[1].Name);
        for (var i = 0; i < months.Length; i++)
        {
            table.Row(months[i], HtmlCell.Count(series[0].Values[i]), HtmlCell.Count(series[1].Values[i]));
        }

        table.Write(w, o);
    }

    private static string TotalLabel(string name, HtmlOptions o) => name switch
    {
        "activites" => o.T("Activities", "Activités"),
        "individuels" => o.T("Individual activities", "Activités individuelles"),
        "collectifs" => o.T("Collective activities (workshops)", "Activités collectives (ateliers)"),
        "participants_collectifs" => o.T("Workshop participants", "Participants aux ateliers"),
        "accompagnements" => o.T("Accompaniments", "Accompagnements"),
        "beneficiaires" => o.T("Beneficiaries", "Bénéficiaires"),
        "suivis" => o.T("Followed beneficiaries", "Bénéficiaires suivis"),
        "anonymes" => o.T("Anonymous beneficiaries", "Bénéficiaires anonymes"),
        "nouveaux" => o.T("New beneficiaries", "Nouveaux bénéficiaires"),
        _ => name,
    };

    private static string DistributionLabel(string name, HtmlOptions o) => name switch
    {
        "types_activite" => o.T("Activity types", "Types d'activité"),
        "types_accompagnement" => o.T("Accompaniment types", "Types d'accompagnement"),
        "durees" => o.T("Durations", "Durées"),
        "types_lieu" => o.T("Place types", "Types de lieu"),
        "thematiques" => o.T("Topics", "Thématiques"),
        "thematiques_demarches" => o.T("Administrative-procedure topics", "Thématiques des démarches administratives"),
        "materiels" => o.T("Equipment", "Matériel"),
        "genres" => o.T("Gender", "Genre"),
        "statuts_sociaux" => o.T("Social status", "Statut social"),
        "tranches_age" => o.T("Age brackets", "Tranches d'âge"),
        _ => name,
    };
}

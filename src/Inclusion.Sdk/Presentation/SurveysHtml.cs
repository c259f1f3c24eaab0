using Inclusion.Sdk.Surveys;

namespace Inclusion.Sdk.Presentation;

/// <summary>Renders the survey results: DSI 2.0 level shares (100 % stacked bars), the "at least basic" share with its
/// confidence intervals (bars with whiskers), the breakdown and the comparison with the official reference figures and
/// their sources. A population (or group) with fewer respondents than the small-count threshold has its shares
/// suppressed.</summary>
internal static class SurveysHtml
{
    private const string DsiSource = "Eurostat — Digital Skills Indicator 2.0 (DSI), methodology of the ICT usage in households and by individuals survey (isoc_sk_dskl_i21)";

    internal static void Write(DsiEstimate estimate, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "dsi-estimate", o.T("Digital skills (DSI 2.0)", "Compétences numériques (DSI 2.0)"));
        var hidden = o.Disclosure.IsSensitive(estimate.SampleCount);
        HtmlSections.Figures(w, o,
        [
            (o.T("Activity catalogue", "Catalogue d'activités"), HtmlCell.Of(estimate.Catalogue)),
            (o.T("Respondents", "Répondants"), HtmlCell.Count(estimate.SampleCount, o.Disclosure)),
            (o.T("Effective sample size", "Taille d'échantillon effective"), hidden ? HtmlCell.Suppressed : HtmlCell.Number(estimate.EffectiveSampleSize, 1)),
            (o.T("Confidence level", "Niveau de confiance"), HtmlCell.Percent(estimate.Confidence * 100)),
        ]);

        var levels = DsiLevels.All;
        var segments = levels.Select(l => LevelLabel(l, o)).ToArray();
        var rows = new List<StackedRow> { new(o.T("All respondents", "Ensemble des répondants"), Shares(estimate, hidden)) };
        var groups = estimate.Groups.Select(g => (Group: g, Hidden: Hidden(g, o))).ToArray();
        rows.AddRange(groups.Select(g => new StackedRow(g.Group.Column + " = " + g.Group.Value, Shares(g.Group.Estimate, g.Hidden))));
        var stackedTitle = o.T("Distribution of the overall digital skills level", "Répartition du niveau global de compétences numériques");
        w.Open("figure").Element("figcaption", stackedTitle);
        SvgCharts.Stacked(w, o, stackedTitle, o.T("Share of respondents (%)", "Part des répondants (%)"), segments, rows);
        w.Close();

        var table = new HtmlTable(stackedTitle, o.T("Level", "Niveau"), o.T("Eurostat code", "Code Eurostat"), o.T("Share (%)", "Part (%)"),
            o.T("Lower bound (%)", "Borne basse (%)"), o.T("Upper bound (%)", "Borne haute (%)"));
        foreach (var share in estimate.Levels)
        {
            var p = share.Proportion;
            table.Row(LevelLabel(share.Level, o), share.Code, Pct(p.Estimate, hidden), Pct(p.Wilson.Lower, hidden), Pct(p.Wilson.Upper, hidden));
        }

        table.Row(o.T("At least basic", "Au moins de base"), DsiLevels.AtLeastBasicCode, Pct(estimate.AtLeastBasic.Estimate, hidden),
            Pct(estimate.AtLeastBasic.Wilson.Lower, hidden), Pct(estimate.AtLeastBasic.Wilson.Upper, hidden));
        table.Row(o.T("Illectronisme (INSEE 2021)", "Illectronisme (Insee 2021)"), "—", Pct(estimate.Illectronisme.Estimate, hidden),
            Pct(estimate.Illectronisme.Wilson.Lower, hidden), Pct(estimate.Illectronisme.Wilson.Upper, hidden));
        table.Write(w, o);

        var bars = new List<BarDatum> { Bar(o.T("All respondents", "Ensemble des répondants"), estimate.AtLeastBasic, hidden) };
        bars.AddRange(groups.Select(g => Bar(g.Group.Column + " = " + g.Group.Value, g.Group.Estimate?.AtLeastBasic, g.Hidden)));
        var barsTitle = o.T("Share with at least basic digital skills, with Wilson confidence intervals",
            "Part ayant au moins des compétences numériques de base, avec intervalles de confiance de Wilson");
        w.Open("figure").Element("figcaption", barsTitle);
        SvgCharts.Bars(w, o, barsTitle, o.T("Share of respondents (%)", "Part des répondants (%)"), bars);
        w.Close();

        if (groups.Length > 0)
        {
            var byGroup = new HtmlTable(o.T("Breakdown", "Ventilation"), o.T("Group", "Groupe"), o.T("Respondents", "Répondants"),
                o.T("At least basic (%)", "Au moins de base (%)"), o.T("Lower bound (%)", "Borne basse (%)"), o.T("Upper bound (%)", "Borne haute (%)"));
            foreach (var (g, gHidden) in groups)
            {
                var p = g.Estimate?.AtLeastBasic;
                byGroup.Row(g.Column + " = " + g.Value, gHidden ? HtmlCell.Suppressed : HtmlCell.Count(g.SampleCount),
                    Pct(p?.Estimate, gHidden), Pct(p?.Wilson.Lower, gHidden), Pct(p?.Wilson.Upper, gHidden));
            }

            byGroup.Write(w, o);
        }

        Comparisons(estimate.Comparisons, w, o, hidden);
        HtmlSections.Source(w, o, DsiSource);
        w.Close();
    }

    internal static void Write(WeightedProportion proportion, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "weighted-proportion", o.T("Weighted proportion", "Proportion pondérée"));
        var hidden = o.Disclosure.IsSensitive(proportion.SampleCount);
        var table = new HtmlTable(o.T("Estimate and confidence intervals", "Estimation et intervalles de confiance"),
            o.T("Measure", "Mesure"), o.T("Value", "Valeur"));
        table.Row(o.T("Respondents", "Répondants"), HtmlCell.Count(proportion.SampleCount, o.Disclosure))
            .Row(o.T("Effective sample size", "Taille d'échantillon effective"), hidden ? HtmlCell.Suppressed : HtmlCell.Number(proportion.EffectiveSampleSize, 1))
            .Row(o.T("Estimate (%)", "Estimation (%)"), Pct(proportion.Estimate, hidden))
            .Row(o.T("Wilson interval (%)", "Intervalle de Wilson (%)"), hidden ? HtmlCell.Suppressed : Interval(proportion.Wilson))
            .Row(o.T("Clopper–Pearson interval (%)", "Intervalle de Clopper–Pearson (%)"), hidden ? HtmlCell.Suppressed : Interval(proportion.ClopperPearson))
            .Row(o.T("Confidence level", "Niveau de confiance"), HtmlCell.Percent(proportion.Wilson.Confidence * 100));
        table.Write(w, o);
        var title = o.T("Estimate with its Wilson confidence interval", "Estimation avec son intervalle de confiance de Wilson");
        w.Open("figure").Element("figcaption", title);
        SvgCharts.Bars(w, o, title, o.T("Share (%)", "Part (%)"), [Bar(o.T("Estimate", "Estimation"), proportion, hidden)]);
        w.Close();
        w.Close();
    }

    internal static void Write(ReferenceComparison comparison, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "reference-comparison", o.T("Comparison with a reference figure", "Comparaison avec un chiffre de référence"));
        Comparisons([comparison], w, o, hidden: false);
        w.Close();
    }

    private static void Comparisons(IReadOnlyList<ReferenceComparison> comparisons, HtmlWriter w, HtmlOptions o, bool hidden)
    {
        if (comparisons.Count == 0)
        {
            return;
        }

        var table = new HtmlTable(o.T("Comparison with the official reference figures", "Comparaison avec les chiffres de référence officiels"),
            o.T("Indicator", "Indicateur"), o.T("Area", "Zone"), o.T("Year", "Année"), o.T("Reference (%)", "Référence (%)"),
            o.T("Estimate (%)", "Estimation (%)"), o.T("Difference (points)", "Écart (points)"), o.T("Within the interval", "Dans l'intervalle"), o.T("Source", "Source"));
        var sources = comparisons.Select(c => c.Figure.Source).Distinct(StringComparer.Ordinal).ToList();
        foreach (var c in comparisons)
        {
            var f = c.Figure;
            table.Row(f.Indicator + (f.IsTarget ? o.T(" (target)", " (cible)") : string.Empty), f.Geo, HtmlCell.Integer(f.Year), HtmlCell.Percent(f.Percent),
                hidden ? HtmlCell.Suppressed : HtmlCell.Percent(c.EstimatePercent), hidden ? HtmlCell.Suppressed : HtmlCell.Number(c.DifferencePoints, 1),
                hidden ? HtmlCell.Suppressed : HtmlCell.Of(c.WithinInterval ? o.T("yes", "oui") : o.T("no", "non")),
                "[" + HtmlText.Count(sources.IndexOf(f.Source) + 1) + "]");
        }

        table.Write(w, o);
        HtmlSections.NumberedSources(w, o, sources);
    }

    private static bool Hidden(DsiGroupEstimate g, HtmlOptions o) => g.IsSuppressed || o.Disclosure.IsSensitive(g.SampleCount);

    private static double?[] Shares(DsiEstimate? estimate, bool hidden) =>
        [.. DsiLevels.All.Select(l => hidden || estimate is null ? (double?)null : estimate.ShareOf(l).Estimate * 100)];

    private static BarDatum Bar(string label, WeightedProportion? p, bool hidden) =>
        hidden || p is null ? new(label, null) : new(label, p.Estimate * 100, p.Wilson.Lower * 100, p.Wilson.Upper * 100);

    private static HtmlCell Pct(double? share, bool hidden) => hidden || share is null ? HtmlCell.Suppressed : HtmlCell.Percent(share.Value * 100);

    private static HtmlCell Interval(ConfidenceInterval i) => new(HtmlText.Number(i.Lower * 100, 1) + " – " + HtmlText.Number(i.Upper * 100, 1), true);

    internal static string LevelLabel(DsiOverallLevel level, HtmlOptions o) => level switch
    {
        DsiOverallLevel.NotAssessed => o.T("could not be assessed", "non évaluable"),
        DsiOverallLevel.NoSkills => o.T("no overall digital skills", "aucune compétence numérique générale"),
        DsiOverallLevel.Limited => o.T("limited", "limitées"),
        DsiOverallLevel.Narrow => o.T("narrow", "étroites"),
        DsiOverallLevel.Low => o.T("low", "faibles"),
        DsiOverallLevel.Basic => o.T("basic", "de base"),
        _ => o.T("above basic", "supérieures au niveau de base"),
    };
}

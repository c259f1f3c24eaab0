using Inclusion.Sdk.Indicators;

namespace Inclusion.Sdk.Presentation;

/// <summary>Renders indicator results: the fragility index as a choropleth-ready table (territory code, name,
/// population, axes, score and quintile class, 5 = most fragile), with what of the method is confirmed and what is
/// reconstructed; and raw indicator tables. Territorial rates are not counts of people: no small-count rule applies.</summary>
internal static class IndicatorsHtml
{
    internal static void Write(IndexResult result, HtmlWriter w, HtmlOptions o)
    {
        var definition = result.Definition;
        HtmlSections.Open(w, o, "index-result", o.T("Digital fragility index: ", "Indice de fragilité numérique : ") + definition.Name);
        var classes = Quintiles(result.Rows);
        var table = new HtmlTable(
            o.T("Scores by territory (choropleth-ready: class 1 = least fragile quintile, 5 = most fragile)",
                "Scores par territoire (prêt pour une carte choroplèthe : classe 1 = quintile le moins fragile, 5 = le plus fragile)"),
            [o.T("Territory code", "Code du territoire"), o.T("Name", "Nom"), o.T("Population (inhabitants)", "Population (habitants)"),
                .. result.Axes.Select(a => o.T("Axis ", "Axe ") + a), o.T("Score", "Score"), o.T("Class (quintile)", "Classe (quintile)")]);
        for (var i = 0; i < result.Rows.Count; i++)
        {
            var row = result.Rows[i];
            table.Row(row.Code, [HtmlCell.Of(row.Name ?? string.Empty), HtmlCell.Number(row.Population, 0),
                .. row.Axes.Select(a => HtmlCell.Number(a, 2)), HtmlCell.Number(row.Total, 2), classes[i] is { } c ? HtmlCell.Integer(c) : HtmlCell.Of("—")]);
        }

        table.Write(w, o);
        var scored = result.Rows.Where(r => r.Total is not null).OrderByDescending(r => r.Total).ToList();
        if (scored.Count > 0)
        {
            SvgCharts.ValueBars(w,
                SvgCharts.TopTitle(o, o.T("Score by territory (higher = more fragile)", "Score par territoire (plus élevé = plus fragile)"), scored.Count),
                o.T("Score ", "Score ") + definition.Name,
                [.. scored.Take(SvgCharts.MaxBars).Select(r => new BarDatum(r.Name ?? r.Code, r.Total))],
                2);
        }

        var specs = new HtmlTable(o.T("Indicators of the index", "Indicateurs de l'indice"), o.T("Indicator", "Indicateur"), o.T("Axis", "Axe"),
            o.T("Normalisation", "Normalisation"), o.T("Weight", "Poids"), o.T("Higher is worse", "Plus élevé = plus fragile"));
        foreach (var s in definition.Specs)
        {
            specs.Row(s.Column, s.Axis, s.Normalization.ToString(), HtmlCell.Number(s.Weight, 3), s.HigherIsWorse ? o.T("yes", "oui") : o.T("no", "non"));
        }

        specs.Write(w, o);
        if (!string.IsNullOrWhiteSpace(definition.Confirmed))
        {
            HtmlSections.Paragraph(w, o.T("Confirmed by the producer: ", "Confirmé par le producteur : ") + definition.Confirmed, "source");
        }

        if (!string.IsNullOrWhiteSpace(definition.Reconstruction))
        {
            HtmlSections.Paragraph(w, o.T("Our reconstruction: ", "Notre reconstruction : ") + definition.Reconstruction, "source");
        }

        w.Close();
    }

    internal static void Write(IndicatorTable table, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "indicator-table", o.T("Indicator table", "Table d'indicateurs"));
        var html = new HtmlTable(o.T("Indicators by territory", "Indicateurs par territoire"),
            [o.T("Territory code", "Code du territoire"), o.T("Name", "Nom"), o.T("Population (inhabitants)", "Population (habitants)"), .. table.Indicators]);
        foreach (var row in table.Rows)
        {
            html.Row(row.Code, [HtmlCell.Of(row.Name ?? string.Empty), HtmlCell.Number(row.Population, 0), .. row.Values.Select(v => HtmlCell.Number(v, 4))]);
        }

        html.Write(w, o);
        w.Close();
    }

    /// <summary>The quintile class of each row's total among the rows with a total (1 = lowest score, 5 = highest;
    /// ties share the class of their first rank); null without a total.</summary>
    internal static int?[] Quintiles(IReadOnlyList<IndexScore> rows)
    {
        var totals = rows.Where(r => r.Total is not null).Select(r => r.Total!.Value).Order().ToArray();
        return [.. rows.Select(r => r.Total is { } t ? (int?)(1 + (5 * FirstIndex(totals, t) / totals.Length)) : null)];
    }

    private static int FirstIndex(double[] sorted, double value)
    {
        var i = Array.BinarySearch(sorted, value);
        while (i > 0 && sorted[i - 1] == value)
        {
            i--;
        }

        return i;
    }
}

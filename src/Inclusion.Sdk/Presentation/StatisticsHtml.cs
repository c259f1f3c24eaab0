using Inclusion.Sdk.Statistics;

namespace Inclusion.Sdk.Presentation;

/// <summary>Renders protected tables and distributions as they may be published: suppressed cells (primary and
/// secondary) show the mark, and so do sensitive totals.</summary>
internal static class StatisticsHtml
{
    internal static void Write(ProtectedTable table, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "protected-table", o.T("Protected table", "Tableau protégé"));
        var html = new HtmlTable(o.T("Published counts (small-count suppression applied)", "Effectifs publiés (secret statistique appliqué)"),
            [o.T("Row", "Ligne"), .. Enumerable.Range(0, table.ColumnCount).Select(c => o.T("Column ", "Colonne ") + HtmlText.Count(c + 1)), o.T("Total", "Total")]);
        for (var r = 0; r < table.RowCount; r++)
        {
            var row = r;
            html.Row(o.T("Row ", "Ligne ") + HtmlText.Count(r + 1),
                [.. Enumerable.Range(0, table.ColumnCount).Select(c => Published(table.PublishedValue(row, c), o)),
                    table.IsRowTotalSensitive(r) ? HtmlCell.Suppressed : Published(table.RowTotal(r), o)]);
        }

        html.Row(o.T("Total", "Total"),
            [.. Enumerable.Range(0, table.ColumnCount).Select(c => table.IsColumnTotalSensitive(c) ? HtmlCell.Suppressed : Published(table.ColumnTotal(c), o)),
                Published(table.GrandTotal, o)]);
        html.Write(w, o);
        w.Close();
    }

    internal static void Write(ProtectedDistribution distribution, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "protected-distribution", o.T("Protected distribution", "Distribution protégée"));
        var html = new HtmlTable(o.T("Published counts (small-count suppression applied)", "Effectifs publiés (secret statistique appliqué)"),
            o.T("Item", "Élément"), o.T("Count", "Effectif"));
        for (var i = 0; i < distribution.Count; i++)
        {
            html.Row(o.T("Item ", "Élément ") + HtmlText.Count(i + 1), Published(distribution.PublishedValue(i), o));
        }

        html.Row(o.T("Total", "Total"), Published(distribution.PublishedTotal, o));
        html.Write(w, o);
        w.Close();
    }

    private static HtmlCell Published(long? value, HtmlOptions o) =>
        value is { } v && !o.Disclosure.IsSensitive(v) ? HtmlCell.Count(v) : HtmlCell.Suppressed;
}

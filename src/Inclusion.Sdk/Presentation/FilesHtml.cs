using Inclusion.Sdk.Files;

namespace Inclusion.Sdk.Presentation;

/// <summary>Renders the summary of a places file check (rows, errors, warnings, fixes).</summary>
internal static class FilesHtml
{
    internal static void Write(PlacesFileSummary summary, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "places-file-summary", o.T("Places file", "Fichier des lieux"));
        HtmlSections.Figures(w, o,
        [
            (o.T("Readable", "Lisible"), HtmlCell.Of(summary.IsReadable ? o.T("yes", "oui") : o.T("no", "non"))),
            (o.T("Schema version", "Version du schéma"), HtmlCell.Of(summary.Schema?.ToString() ?? "—")),
            (o.T("Rows", "Lignes"), HtmlCell.Integer(summary.RowCount)),
            (o.T("Rows with errors", "Lignes en erreur"), HtmlCell.Integer(summary.RowsWithErrors)),
            (o.T("Errors", "Erreurs"), HtmlCell.Integer(summary.ErrorCount)),
            (o.T("Warnings", "Avertissements"), HtmlCell.Integer(summary.WarningCount)),
            (o.T("Changes (fixes)", "Modifications (corrections)"), HtmlCell.Integer(summary.ChangeCount)),
            (o.T("Verdict", "Verdict"), HtmlCell.Of(summary.IsValid ? o.T("valid", "valide") : o.T("invalid", "invalide"))),
        ]);
        HtmlSections.Source(w, o, "Standard des lieux de médiation numérique (schema v1.0.2 / v0.1.1)");
        w.Close();
    }
}

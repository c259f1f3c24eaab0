using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Presentation;

/// <summary>Renders <see cref="ValidationReport"/>: the verdict, the counts by rule and the issues (messages in the
/// language of the options). Issue counts are counts of findings, not of people: no small-count rule applies.</summary>
internal static class ReportingHtml
{
    /// <summary>The number of issues listed at most; the counts by rule stay complete.</summary>
    internal const int MaxIssues = 500;

    internal static void Write(ValidationReport report, HtmlWriter w, HtmlOptions o)
    {
        HtmlSections.Open(w, o, "validation-report", o.T("Validation report", "Rapport de validation"));
        HtmlSections.Figures(w, o,
        [
            (o.T("Source", "Source"), HtmlCell.Of(report.Source ?? "—")),
            (o.T("Verdict", "Verdict"), HtmlCell.Of(report.IsValid ? o.T("valid", "valide") : o.T("invalid", "invalide"))),
            (o.T("Errors", "Erreurs"), HtmlCell.Integer(report.ErrorCount)),
            (o.T("Warnings", "Avertissements"), HtmlCell.Integer(report.WarningCount)),
            (o.T("Information", "Informations"), HtmlCell.Integer(report.InfoCount)),
        ]);
        if (report.Counts.Count > 0)
        {
            var counts = new HtmlTable(o.T("Findings by rule", "Constats par règle"), o.T("Rule", "Règle"), o.T("Severity", "Gravité"), o.T("Count", "Nombre"));
            foreach (var c in report.Counts)
            {
                counts.Row(c.RuleCode, SeverityText(c.Severity, o), HtmlCell.Integer(c.Count));
            }

            counts.Write(w, o);
            var largest = report.Counts.OrderByDescending(c => c.Count).ThenBy(c => c.RuleCode, StringComparer.Ordinal).ToList();
            SvgCharts.ValueBars(w,
                SvgCharts.TopTitle(o, o.T("Findings by rule", "Constats par règle"), largest.Count),
                o.T("Number of findings", "Nombre de constats"),
                [.. largest.Take(SvgCharts.MaxBars).Select(c => new BarDatum(c.RuleCode, c.Count))],
                0);
        }

        if (report.Issues.Count > 0)
        {
            var issues = new HtmlTable(o.T("Issues", "Anomalies"), o.T("Location", "Emplacement"), o.T("Severity", "Gravité"), o.T("Rule", "Règle"),
                o.T("Message", "Message"), o.T("Value", "Valeur"), o.T("Suggestion", "Suggestion"));
            foreach (var issue in report.Issues.Take(MaxIssues))
            {
                issues.Row(issue.Location.IsNone ? "—" : issue.Location.ToString(), SeverityText(issue.Severity, o), issue.RuleCode,
                    issue.GetMessage(o.Language), issue.Value ?? string.Empty, issue.Suggestion ?? string.Empty);
            }

            issues.Write(w, o);
        }

        if (report.IsTruncated || report.Issues.Count > MaxIssues)
        {
            HtmlSections.Paragraph(w, o.T(
                $"Only the first {HtmlText.Count(Math.Min(report.Issues.Count, MaxIssues))} issues are listed; the counts by rule are complete.",
                $"Seules les {HtmlText.Count(Math.Min(report.Issues.Count, MaxIssues))} premières anomalies sont listées ; les nombres par règle sont complets."), "note");
        }

        w.Close();
    }

    private static string SeverityText(Severity severity, HtmlOptions o) => severity switch
    {
        Severity.Error => o.T("error", "erreur"),
        Severity.Warning => o.T("warning", "avertissement"),
        _ => o.T("information", "information"),
    };
}

using Inclusion.Sdk.Presentation;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Statistics;

namespace Inclusion.Sdk.AotSmoke;

/// <summary>Presentation: HTML fragments and documents (tables, suppression, encoding) with no reflection.</summary>
internal static class PresentationSmoke
{
    internal static void Run(SmokeCheck check)
    {
        var html = DisclosureControl.ProtectDistribution([20, 3, 40]).ToHtml(HtmlOptions.French);
        check.That(html.Contains("<caption>", StringComparison.Ordinal) && html.Contains(">s<", StringComparison.Ordinal)
            && !html.Contains(">3<", StringComparison.Ordinal), "HTML table with small-count suppression");
        var report = ValidationReport.Create([new ValidationIssue("smoke.value", Severity.Error, "<b> & co", "<b> & cie")]);
        var document = report.ToHtmlDocument();
        check.That(document.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal) && document.Contains("&lt;b&gt; &amp; co", StringComparison.Ordinal),
            "HTML document, encoded");
    }
}

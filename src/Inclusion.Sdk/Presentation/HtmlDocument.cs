using System.Text;
using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Presentation;

/// <summary>
/// Wraps a fragment in a self-contained document: doctype, language, charset and viewport, one embedded stylesheet
/// (screen and A4 print, the Okabe–Ito palette), no external resource and no script.
/// </summary>
internal static class HtmlDocument
{
    private const string Style = """
        :root { --blue: #0072B2; --orange: #E69F00; --green: #009E73; --purple: #CC79A7; --sky: #56B4E9; --vermillion: #D55E00; --yellow: #F0E442; }
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 1.5rem; line-height: 1.45; max-width: 60rem; }
        h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; border-bottom: 2px solid var(--blue); padding-bottom: .2rem; } h3 { font-size: 1.1rem; }
        .table-scroll { overflow-x: auto; max-width: 100%; }
        table.data { border-collapse: collapse; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
        table.data caption { text-align: left; font-weight: 600; padding: .3rem 0; }
        table.data th, table.data td { border: 1px solid #bbb; padding: .25rem .5rem; vertical-align: top; }
        table.data thead th { background: #eef3f8; }
        table.data th[scope=row] { text-align: left; font-weight: normal; }
        .num { text-align: right; white-space: nowrap; }
        .suppressed { font-style: italic; color: #555; }
        .note, .source { font-size: .9rem; color: #333; }
        table.figures th[scope=row] { font-weight: normal; }
        figure { margin: 1rem 0; } figcaption { font-weight: 600; }
        svg.chart { max-width: 100%; height: auto; font-size: 12px; }
        svg .grid { stroke: #ddd; stroke-width: 1; } svg .whisker { stroke: #1a1a1a; stroke-width: 1.5; }
        svg .axis-label { font-weight: 600; } svg .tile-id { font-weight: 600; }
        .status-on-track { color: #00664a; } .status-at-risk { color: #8a5a00; } .status-off-track { color: #a33a00; }
        @media print {
          @page { size: A4; margin: 15mm; }
          body { margin: 0; max-width: none; font-size: 10pt; }
          .table-scroll { overflow: visible; }
          section.inclusion-result, figure, table.data { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          a { color: inherit; text-decoration: none; }
        }
        """;

    /// <summary>The whole document around <paramref name="fragment"/>.</summary>
    internal static string Wrap(string fragment, HtmlOptions options, string title)
    {
        var builder = new StringBuilder(fragment.Length + Style.Length + 400);
        builder.Append("<!DOCTYPE html>\n<html lang=\"").Append(options.Language == MessageLanguage.French ? "fr" : "en").Append("\">\n<head>\n")
            .Append("<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>");
        HtmlText.Append(builder, title);
        builder.Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<main>\n")
            .Append(fragment).Append("\n</main>\n</body>\n</html>\n");
        return builder.ToString();
    }
}

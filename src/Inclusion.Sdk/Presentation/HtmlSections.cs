using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Presentation;

/// <summary>The pieces every rendering shares: the section and its heading, labels by language, the suppression note
/// and the source of an official definition.</summary>
internal static class HtmlSections
{
    /// <summary>The label in the language of <paramref name="options"/>.</summary>
    internal static string T(this HtmlOptions options, string english, string french) =>
        options.Language == MessageLanguage.French ? french : english;

    /// <summary>Opens the section of a result (<c>&lt;section class="inclusion-result"&gt;</c>) with its heading: the
    /// title of the options when set, otherwise <paramref name="heading"/>. Close it with <see cref="HtmlWriter.Close"/>.</summary>
    internal static void Open(HtmlWriter w, HtmlOptions options, string kind, string heading)
    {
        w.Open("section", ("class", "inclusion-result " + kind), ("lang", options.Language == MessageLanguage.French ? "fr" : "en"));
        w.Element(Heading(options.HeadingLevel), options.Title ?? heading);
    }

    /// <summary>A sub-heading inside a section, one level below the section's heading.</summary>
    internal static void SubHeading(HtmlWriter w, HtmlOptions options, string text) => w.Element(Heading(options.HeadingLevel + 1), text);

    private static string Heading(int level) => "h" + Math.Clamp(level, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A paragraph.</summary>
    internal static void Paragraph(HtmlWriter w, string text, string? css = null) => w.Element("p", text, ("class", css));

    /// <summary>The note explaining the suppression mark.</summary>
    internal static void SuppressionNote(HtmlWriter w, HtmlOptions options)
    {
        var threshold = HtmlText.Count(options.Disclosure.Threshold);
        w.Element("p", options.T(
            $"s: not published (statistical confidentiality): a count below {threshold}, or a value that would reveal one.",
            $"s : non publié (secret statistique) : effectif inférieur à {threshold}, ou valeur qui permettrait de le retrouver."),
            ("class", "note suppression"));
    }

    /// <summary>The source of an official definition or figure: <c>&lt;p class="source"&gt;Source: &lt;cite&gt;…&lt;/cite&gt;&lt;/p&gt;</c>.</summary>
    internal static void Source(HtmlWriter w, HtmlOptions options, string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return;
        }

        w.Open("p", ("class", "source")).Text(options.T("Source: ", "Source : "));
        Cite(w, source);
        w.Close();
    }

    /// <summary>A citation; a bare http(s) address becomes a link whose text is the address.</summary>
    internal static void Cite(HtmlWriter w, string source)
    {
        var trimmed = source.Trim();
        if ((trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
            && !trimmed.Any(char.IsWhiteSpace))
        {
            w.Open("cite").Element("a", trimmed, ("href", trimmed)).Close();
        }
        else
        {
            w.Element("cite", source);
        }
    }

    /// <summary>Numbered sources: <c>[1] …</c>, one paragraph each.</summary>
    internal static void NumberedSources(HtmlWriter w, HtmlOptions options, IReadOnlyList<string> sources)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            w.Open("p", ("class", "source")).Text(options.T("Source", "Source") + " [" + HtmlText.Count(i + 1) + "]" + options.T(": ", " : "));
            Cite(w, sources[i]);
            w.Close();
        }
    }

    /// <summary>The headline figures of a result as a two-column table (caption, a row header per figure), so that
    /// they are a real table for screen readers and a notebook shows a table, not a list.</summary>
    internal static void Figures(HtmlWriter w, HtmlOptions options, IEnumerable<(string Term, HtmlCell Value)> figures)
    {
        var suppressed = false;
        w.Open("table", ("class", "data figures"));
        w.Element("caption", options.T("Key figures", "Chiffres clés"));
        w.Open("thead").Open("tr")
            .Element("th", options.T("Figure", "Indicateur"), ("scope", "col"))
            .Element("th", options.T("Value", "Valeur"), ("scope", "col"))
            .Close().Close();
        w.Open("tbody");
        foreach (var (term, value) in figures)
        {
            suppressed |= value.IsSuppressed;
            w.Open("tr").Element("th", term, ("scope", "row"))
                .Element("td", value.Text, ("class", value.IsSuppressed ? "num suppressed" : value.IsNumber ? "num" : null))
                .Close();
        }

        w.Close().Close();
        if (suppressed)
        {
            SuppressionNote(w, options);
        }
    }
}

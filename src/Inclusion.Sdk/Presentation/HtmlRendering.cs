using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Presentation;

/// <summary>
/// Renders the SDK's result types (<see cref="IHtmlRenderable"/>) as accessible HTML: real tables (caption, column and
/// row headers), inline SVG charts drawn by the SDK (each with a title and a text description, next to its data table),
/// units, and the sources of official definitions. Labels are English or French (<see cref="HtmlOptions.Language"/>),
/// numbers always use the invariant culture, every text is HTML-encoded, and the small-count rule of
/// <see cref="HtmlOptions.Disclosure"/> applies to every count of people rendered. Notebooks (.NET Interactive) display
/// the same fragment automatically; file-based apps and programs call these methods.
/// </summary>
public static class HtmlRendering
{
    /// <summary>Renders <paramref name="result"/> as an HTML fragment: one <c>&lt;section&gt;</c>, well-formed
    /// (XHTML-style: every element closed), never a whole document.</summary>
    /// <param name="result">The result to render.</param>
    /// <param name="options">Language and small-count rule; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <returns>The fragment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> is not one of the SDK's result types.</exception>
    public static string ToHtml(this IHtmlRenderable result, HtmlOptions? options = null) => HtmlRenderers.Fragment(result, options);

    /// <summary>Writes the fragment of <see cref="ToHtml"/> to <paramref name="writer"/>.</summary>
    /// <param name="result">The result to render.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">Language and small-count rule; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> is not one of the SDK's result types.</exception>
    public static void WriteHtml(this IHtmlRenderable result, TextWriter writer, HtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(HtmlRenderers.Fragment(result, options));
    }

    /// <summary>Renders <paramref name="result"/> as a self-contained HTML document: doctype, language, charset and
    /// viewport, an embedded stylesheet (screen and A4 print, colour-blind-safe Okabe–Ito palette), no external resource
    /// and no script.</summary>
    /// <param name="result">The result to render.</param>
    /// <param name="options">Language, small-count rule and title; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="result"/> is not one of the SDK's result types.</exception>
    public static string ToHtmlDocument(this IHtmlRenderable result, HtmlOptions? options = null) => HtmlFiles.Document(result, options ?? HtmlOptions.Default);

    /// <summary>Saves the document of <see cref="ToHtmlDocument"/> to <paramref name="path"/> (UTF-8): written to a
    /// temporary file beside it, then moved into place; an existing file is never replaced unless
    /// <paramref name="overwrite"/>.</summary>
    /// <param name="result">The result to render.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="options">Language, small-count rule and title; <see cref="HtmlOptions.Default"/> when null.</param>
    /// <param name="overwrite">Whether an existing file may be replaced (false by default).</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or <paramref name="result"/> is not one of
    /// the SDK's result types.</exception>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
    public static void SaveHtml(this IHtmlRenderable result, string path, HtmlOptions? options = null, bool overwrite = false) =>
        HtmlFiles.Save(result, path, options, overwrite);
}

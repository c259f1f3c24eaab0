using System.Globalization;
using System.Reflection;
using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Utility;

namespace Inclusion.Sdk.Presentation;

/// <content>The page: a header with the territory, the date of the data and the contents, then each section with its
/// results (rendered by the presentation module), its definitions and sources, and the files it was computed from.</content>
public sealed partial class TerritorialReport
{
    /// <summary>Gets the whole report as one self-contained HTML document (no script, no external resource).</summary>
    /// <returns>The document.</returns>
    public string ToHtml()
    {
        var language = Settings.Language;
        var fr = language == MessageLanguage.French;
        var options = new HtmlOptions { Language = language, HeadingLevel = 3 };
        var date = Settings.DataDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var w = new HtmlWriter();
        w.Open("header", ("class", "report"));
        w.Element("h1", (fr ? "Rapport territorial — " : "Territorial report — ") + Settings.Territory);
        w.Element("p", (fr ? "Données au " : "Data as of ") + date + (fr ? " · produit par Inclusion.Sdk " : " · produced by Inclusion.Sdk ") + Version, ("class", "note"));
        w.Open("nav", ("aria-label", fr ? "Sommaire" : "Contents"));
        w.Element("h2", fr ? "Sommaire" : "Contents");
        w.Open("ol");
        foreach (var section in Sections)
        {
            w.Open("li").Element("a", section.Title(language), ("href", "#" + section.Id)).Close();
        }

        w.Close().Close().Close();
        foreach (var section in Sections)
        {
            w.Open("section", ("id", section.Id), ("class", "report-section"), ("aria-labelledby", section.Id + "-title"));
            w.Element("h2", section.Title(language), ("id", section.Id + "-title"));
            w.Element("p", (fr ? "Données au " : "Data as of ") + date + (fr ? " · fichiers : " : " · files: ") + string.Join(", ", section.Files), ("class", "note data-date"));
            if (section.Id == "data-quality")
            {
                WriteResult(DataQuality.With(fr ? "fichiers du rapport" : "the report's files", null), w, options);
            }

            if (!section.Computed)
            {
                w.Element("p", fr
                    ? "Section non calculée : ses fichiers comportent des erreurs, listées dans la section « Qualité des données »."
                    : "Section not computed: its files have errors, listed in the \"Data quality\" section.", ("class", "unavailable"), ("role", "note"));
            }

            foreach (var result in section.Results)
            {
                WriteResult(result, w, options);
            }

            w.Open("aside", ("class", "source"), ("aria-label", fr ? "Définitions et sources" : "Definitions and sources"));
            w.Element("h3", fr ? "Définitions et sources" : "Definitions and sources");
            w.Open("ul");
            foreach (var source in section.Sources)
            {
                w.Open("li").Text(source.Text(language));
                if (source.Url is { } url)
                {
                    w.Text(" ").Element("a", url, ("href", url));
                }

                w.Close();
            }

            w.Close().Close().Close();
        }

        return HtmlDocument.Wrap(w.ToString(), options, (fr ? "Rapport territorial — " : "Territorial report — ") + Settings.Territory);
    }

    /// <summary>Writes the report to a file: never over an existing file unless asked, through a temporary file in the
    /// same folder moved into place.</summary>
    /// <param name="path">The HTML file.</param>
    /// <param name="overwrite">Whether to replace an existing file.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or is one of the data files the report was
    /// built from (never written over, even with <paramref name="overwrite"/>).</exception>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false, or it cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be written.</exception>
    public void Save(string path, bool overwrite = false)
    {
        if (!string.IsNullOrEmpty(path) && Settings.InputFiles().Contains(Path.GetFullPath(path), OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"{path} is a data file of the report: choose another file for the page.", nameof(path));
        }

        HtmlFiles.SaveDocument(ToHtml, path, Settings.Language, overwrite);
    }

    private static string Version => typeof(TerritorialReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?";

    private static void WriteResult(object result, HtmlWriter w, HtmlOptions options)
    {
        if (!HtmlRenderers.TryWrite(result, w, options))
        {
            throw new InvalidOperationException($"{result.GetType().Name} has no HTML rendering.");
        }
    }
}

using Inclusion.Sdk.Reporting;

namespace Inclusion.Sdk.Presentation;

/// <summary>Writes an HTML document the repository's way: never over an existing file unless asked, and through a
/// temporary file in the same folder moved into place, so a reader never sees half a document.</summary>
internal static class HtmlFiles
{
    internal static void Save(object result, string path, HtmlOptions? options, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= HtmlOptions.Default;
        SaveDocument(() => Document(result, options), path, options.Language, overwrite);
    }

    /// <summary>Writes a whole document (made only once the target is known to be writable) the repository's way.</summary>
    internal static void SaveDocument(Func<string> make, string path, MessageLanguage language, bool overwrite)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (!overwrite && File.Exists(full))
        {
            throw new IOException(language == MessageLanguage.French
                ? $"Le fichier {full} existe déjà : il n'est pas remplacé (overwrite: true pour le remplacer)."
                : $"The file {full} already exists: it is not replaced (pass overwrite: true to replace it).");
        }

        var document = make();
        var folder = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..12] + ".tmp");
        try
        {
            File.WriteAllText(temporary, document, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Move(temporary, full, overwrite);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>The whole document of <paramref name="result"/>.</summary>
    internal static string Document(object result, HtmlOptions options)
    {
        var fragment = HtmlRenderers.Fragment(result, options);
        return HtmlDocument.Wrap(fragment, options, options.Title ?? FirstHeading(fragment));
    }

    /// <summary>The text of the first <c>&lt;h2&gt;</c> of a fragment, decoded, for the document's title.</summary>
    private static string FirstHeading(string fragment)
    {
        var start = fragment.IndexOf("<h2>", StringComparison.Ordinal);
        var end = start < 0 ? -1 : fragment.IndexOf("</h2>", start, StringComparison.Ordinal);
        return start < 0 || end < 0 ? "Inclusion.Sdk" : System.Net.WebUtility.HtmlDecode(fragment[(start + 4)..end]);
    }
}

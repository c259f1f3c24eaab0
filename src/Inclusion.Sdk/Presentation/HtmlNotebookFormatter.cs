namespace Inclusion.Sdk.Presentation;

/// <summary>
/// A notebook formatter in the .NET Interactive convention (bound by name and by reflection by the host, never by this
/// library): <see cref="MimeType"/>, <see cref="Type"/> and <see cref="Format"/>, all instance members.
/// </summary>
/// <param name="type">The result type it formats.</param>
internal sealed class HtmlNotebookFormatter(Type type)
{
    /// <summary>The MIME type produced.</summary>
#pragma warning disable CA1822 // The convention binds instance members by reflection: they must not be static.
    public string MimeType => "text/html";
#pragma warning restore CA1822

    /// <summary>The result type formatted.</summary>
    public Type Type { get; } = type;

    /// <summary>Writes the HTML fragment of <paramref name="instance"/> (English labels, the default small-count rule).</summary>
    /// <returns>True when <paramref name="instance"/> has a rendering and was written.</returns>
#pragma warning disable CA1822 // The convention binds instance members by reflection: they must not be static.
    public bool Format(object instance, TextWriter writer)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (instance is null)
        {
            return false;
        }

        var w = new HtmlWriter();
        if (!HtmlRenderers.TryWrite(instance, w, HtmlOptions.Default))
        {
            return false;
        }

        writer.Write(w.ToString());
        return true;
    }
}

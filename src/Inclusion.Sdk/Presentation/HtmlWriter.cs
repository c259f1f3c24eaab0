using System.Text;

namespace Inclusion.Sdk.Presentation;

/// <summary>
/// Builds well-formed (XHTML-style) HTML fragments: every element is closed, void elements are self-closed, every text
/// and attribute value goes through <see cref="HtmlText"/>. The open elements are tracked so that a renderer cannot
/// leave one open.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder builder = new();
    private readonly Stack<string> open = new();

    /// <summary>Opens an element; attributes with a null value are left out.</summary>
    internal HtmlWriter Open(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        builder.Append('>');
        open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    internal HtmlWriter Close()
    {
        builder.Append("</").Append(open.Pop()).Append('>');
        return this;
    }

    /// <summary>Writes an element holding <paramref name="text"/> (escaped).</summary>
    internal HtmlWriter Element(string tag, string? text, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        builder.Append('>');
        HtmlText.Append(builder, text);
        builder.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Writes an empty element, self-closed (<c>&lt;rect … /&gt;</c>).</summary>
    internal HtmlWriter Empty(string tag, params ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        StartTag(tag, attributes);
        builder.Append(" />");
        return this;
    }

    /// <summary>Writes text (escaped).</summary>
    internal HtmlWriter Text(string? text)
    {
        HtmlText.Append(builder, text);
        return this;
    }

    /// <summary>Whether every element opened has been closed.</summary>
    internal bool IsBalanced => open.Count == 0;

    /// <summary>The HTML written so far.</summary>
    public override string ToString() => builder.ToString();

    private void StartTag(string tag, ReadOnlySpan<(string Name, string? Value)> attributes)
    {
        builder.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            if (value is null)
            {
                continue;
            }

            builder.Append(' ').Append(name).Append("=\"");
            HtmlText.Append(builder, value);
            builder.Append('"');
        }
    }
}

using Inclusion.Sdk.Reporting;
using Inclusion.Sdk.Statistics;

namespace Inclusion.Sdk.Presentation;

/// <summary>
/// How a result is rendered as HTML: the language of the labels and the small-count rule applied to every count shown.
/// Numbers are always written with the invariant culture (<c>1234.5</c>), whatever the language.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record HtmlOptions
{
    /// <summary>English labels, <see cref="DisclosureRule.Default"/>, no title.</summary>
    public static HtmlOptions Default { get; } = new();

    /// <summary>French labels, <see cref="DisclosureRule.Default"/>, no title.</summary>
    public static HtmlOptions French { get; } = new() { Language = MessageLanguage.French };

    /// <summary>The language of captions, headers, units and notes (English by default).</summary>
    public MessageLanguage Language { get; init; } = MessageLanguage.English;

    /// <summary>The small-count rule applied to every count rendered (tables, charts, text alternatives); a count it
    /// declares sensitive is replaced by <c>s</c>, and so is any share or total that would reveal it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public DisclosureRule Disclosure
    {
        get => disclosure;
        init => disclosure = value ?? throw new ArgumentNullException(nameof(value));
    }

    private readonly DisclosureRule disclosure = DisclosureRule.Default;

    /// <summary>A heading replacing the default heading of the rendered result; null keeps the default.</summary>
    public string? Title { get; init; }

    /// <summary>The level of the result's heading (2 by default: <c>&lt;h2&gt;</c>; 3 inside a territorial report's sections).</summary>
    internal int HeadingLevel { get; init; } = 2;
}

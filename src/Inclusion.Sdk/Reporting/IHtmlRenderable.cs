namespace Inclusion.Sdk.Reporting;

/// <summary>
/// Marks a result type that <c>Inclusion.Sdk.Presentation.HtmlRendering</c> renders as accessible HTML
/// (<c>ToHtml</c>, <c>SaveHtml</c>, <c>WriteHtml</c>) and that notebooks display as HTML. The rendering itself lives in
/// the presentation module, above the domain, so result types stay plain data (docs/architecture.md).
/// </summary>
/// <remarks>Only the SDK's result types implement it; rendering a type of another assembly that implements it throws
/// <see cref="ArgumentException"/>.</remarks>
#pragma warning disable CA1040 // A marker interface on purpose: it types the ToHtml/SaveHtml extension methods of the presentation module, which an attribute cannot do.
public interface IHtmlRenderable
#pragma warning restore CA1040
{
}

using System.Xml.Linq;

namespace Inclusion.Sdk.Tests.Presentation;

/// <summary>Parses rendered HTML as XML (the renderers write well-formed, XHTML-style markup) and checks the
/// accessibility rules every rendering follows.</summary>
internal static class HtmlAssert
{
    /// <summary>Parses a fragment wrapped in a root element; fails when it is not well-formed.</summary>
    internal static XElement Parse(string fragment) => XElement.Parse("<root>" + fragment + "</root>");

    /// <summary>Elements of a local name, whatever their namespace (SVG has its own).</summary>
    internal static IEnumerable<XElement> All(this XElement root, string name) => root.Descendants().Where(e => e.Name.LocalName == name);

    /// <summary>Every table has a caption, column headers with scope="col" and a row header with scope="row" in every body row.</summary>
    internal static void TablesAreAccessible(XElement root)
    {
        foreach (var table in root.All("table"))
        {
            var caption = table.Elements("caption").SingleOrDefault();
            Assert.False(string.IsNullOrWhiteSpace(caption?.Value), "a table without caption");
            var headers = table.Element("thead")!.Descendants("th").ToList();
            Assert.NotEmpty(headers);
            Assert.All(headers, th => Assert.Equal("col", (string?)th.Attribute("scope")));
            foreach (var row in table.Element("tbody")!.Elements("tr"))
            {
                Assert.Equal("row", (string?)row.Elements().First().Attribute("scope"));
                Assert.Equal(headers.Count, row.Elements().Count());
            }
        }
    }

    /// <summary>Every SVG is an image with a title and a description.</summary>
    internal static void ChartsAreAccessible(XElement root)
    {
        foreach (var svg in root.All("svg"))
        {
            Assert.Equal("img", (string?)svg.Attribute("role"));
            Assert.False(string.IsNullOrWhiteSpace(svg.Elements().First(e => e.Name.LocalName == "title").Value));
            Assert.NotNull(svg.Elements().FirstOrDefault(e => e.Name.LocalName == "desc"));
        }
    }

    /// <summary>The table whose caption is <paramref name="caption"/>.</summary>
    internal static XElement Table(this XElement root, string caption) =>
        root.All("table").Single(t => t.Element("caption")!.Value == caption);

    /// <summary>The cells of the body row whose header is <paramref name="header"/> (header excluded).</summary>
    internal static IReadOnlyList<string> Row(this XElement table, string header) =>
        [.. table.Element("tbody")!.Elements("tr").Single(r => r.Elements().First().Value == header).Elements().Skip(1).Select(c => c.Value)];

    /// <summary>Every text node and attribute value, decoded.</summary>
    internal static IEnumerable<string> Texts(XElement root) =>
        root.DescendantNodes().OfType<XText>().Select(t => t.Value).Concat(root.DescendantsAndSelf().Attributes().Select(a => a.Value));
}

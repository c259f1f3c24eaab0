using System.Text.Json.Nodes;
using Inclusion.Sdk.Files;
using Inclusion.Sdk.Presentation;
using Inclusion.Sdk.Tests.Browser;
using Xunit.Abstractions;
using static Inclusion.Sdk.Tests.RepoFiles;

namespace Inclusion.Sdk.Tests.Presentation;

/// <summary>
/// The sample territorial report (docs/samples/report) rendered in headless Chromium, checked through the DOM: every
/// section, table and chart present and not empty, accessible markup, no request leaving the page, no console error,
/// readable at a phone's width; the PNG and the A4 PDF are kept when <c>INCLUSION_BROWSER_ARTIFACTS</c> names a folder
/// (CI keeps them as artifacts).
/// </summary>
public sealed class TerritorialReportBrowserTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] SectionIds = ["fragility-index", "offer", "activities", "skills", "vouchers", "plan", "data-quality"];
    private readonly string folder = Directory.CreateTempSubdirectory("inclusion-report-browser-").FullName;

    [Fact]
    public async Task The_sample_report_renders_in_chromium_with_every_section_table_and_chart_and_nothing_external()
    {
        if (HeadlessChromium.Executable(output) is not { } chromium)
        {
            return;
        }

        var page = Path.Combine(folder, "report.html");
        TerritorialReport.Build(TerritorialReportFile.Load(RepoPath(Path.Combine("docs", "samples", "report", "report.json"))).Value!).Save(page);
        await using var browser = await HeadlessChromium.StartAsync(chromium);
        await browser.OpenAsync(new Uri(page));

        Assert.Equal([new Uri(page).AbsoluteUri], browser.Requests);
        Assert.Empty(browser.Errors);
        Assert.Equal("fr", (string?)await browser.EvaluateAsync("document.documentElement.lang"));
        Assert.Equal(0, (int?)await browser.EvaluateAsync("document.scripts.length"));
        Assert.Equal(1, (int?)await browser.EvaluateAsync("document.querySelectorAll('h1').length"));

        var sections = (await browser.EvaluateAsync("""
            [...document.querySelectorAll('section.report-section')].map(s => ({
              id: s.id,
              heading: s.querySelector('h2')?.textContent ?? '',
              tables: s.querySelectorAll('table').length,
              emptyTables: [...s.querySelectorAll('table')].filter(t => t.querySelectorAll('tbody tr, tr').length < 2 || !t.querySelector('caption') || !t.querySelector('th')).length,
              charts: s.querySelectorAll('svg').length,
              emptyCharts: [...s.querySelectorAll('svg')].filter(g => !g.querySelector('title') || !g.querySelector('desc') || g.querySelectorAll('rect, path, line, circle, polyline').length === 0 || g.getBoundingClientRect().width === 0).length,
              sources: s.querySelectorAll('aside.source li').length,
              dated: !!s.querySelector('.data-date'),
              unavailable: !!s.querySelector('.unavailable'),
              text: s.innerText.length
            }))
            """))!.AsArray();
        Assert.Equal(SectionIds, sections.Select(s => (string)s!["id"]!));
        foreach (var s in sections.Select(n => n!))
        {
            var id = (string)s["id"]!;
            Assert.True((int)s["tables"]! > 0, id + ": a table");
            Assert.True((int)s["emptyTables"]! == 0, id + ": every table has a caption, headers and rows");
            Assert.True((int)s["emptyCharts"]! == 0, id + ": every chart has a title, a description and marks");
            Assert.True((int)s["sources"]! > 0, id + ": definitions and sources");
            Assert.True((bool)s["dated"]!, id + ": the date of the data");
            Assert.False((bool)s["unavailable"]!, id + ": computed");
            Assert.False(string.IsNullOrWhiteSpace((string?)s["heading"]), id + ": a heading");
        }

        Assert.All(sections, s => Assert.True((int)s!["charts"]! > 0, (string)s!["id"]! + ": a chart"));
        Assert.Equal(0, (int?)await browser.EvaluateAsync("[...document.querySelectorAll('a[href]')].filter(a => !a.getAttribute('href').startsWith('#') && !a.getAttribute('href').startsWith('http')).length"));
        Assert.Equal(0, (int?)await browser.EvaluateAsync("[...document.querySelectorAll('img')].filter(i => !i.hasAttribute('alt')).length"));

        // A phone: 375 CSS pixels, the page does not scroll sideways (wide tables scroll inside their own box).
        await browser.ResizeAsync(375, 800, mobile: true);
        Assert.True((bool?)await browser.EvaluateAsync("document.documentElement.scrollWidth <= window.innerWidth + 1"), "no horizontal scrolling at 375 px");

        await browser.ResizeAsync(1280, 900, mobile: false);
        var png = await browser.ScreenshotAsync();
        var pdf = await browser.PrintToPdfAsync();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.True(CountPdfPages(pdf) >= 2, "an A4 document of several pages");
        if (Environment.GetEnvironmentVariable("INCLUSION_BROWSER_ARTIFACTS") is { Length: > 0 } artifacts)
        {
            Directory.CreateDirectory(artifacts);
            await File.WriteAllBytesAsync(Path.Combine(artifacts, "sample-report.png"), png);
            await File.WriteAllBytesAsync(Path.Combine(artifacts, "sample-report.pdf"), pdf);
            File.Copy(page, Path.Combine(artifacts, "sample-report.html"), overwrite: true);
        }
    }

    public void Dispose() => Directory.Delete(folder, true);

    // Pages of a PDF: the "/Type /Page" objects (not "/Pages"), enough for Chromium's output.
    private static int CountPdfPages(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Count(text, @"/Type\s*/Page(?!s)");
    }
}

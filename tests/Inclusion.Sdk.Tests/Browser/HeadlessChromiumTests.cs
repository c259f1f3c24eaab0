using Xunit.Abstractions;

namespace Inclusion.Sdk.Tests.Browser;

/// <summary>
/// The browser harness itself: it reads the DOM, renders PNG and PDF, and sees what the report tests assert is absent
/// (a request leaving the page, a console error), so that their "none" can fail.
/// </summary>
public sealed class HeadlessChromiumTests(ITestOutputHelper output) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("inclusion-browser-").FullName;

    [Fact]
    public async Task A_page_is_read_through_its_dom_and_rendered_to_png_and_pdf()
    {
        if (HeadlessChromium.Executable(output) is not { } chromium)
        {
            return;
        }

        var page = Page("plain.html", """
            <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Essai</title></head>
            <body><h1>Rapport</h1><table><caption>Lieux</caption><tr><th scope="col">Commune</th></tr><tr><td>Bègles</td></tr></table>
            <svg role="img" width="40" height="20"><title>Barres</title><rect width="10" height="20"/></svg></body></html>
            """);
        await using var browser = await HeadlessChromium.StartAsync(chromium);
        await browser.OpenAsync(page);

        Assert.Equal("fr", (string?)await browser.EvaluateAsync("document.documentElement.lang"));
        Assert.Equal("Bègles", (string?)await browser.EvaluateAsync("document.querySelector('td').textContent"));
        Assert.Equal(1, (int?)await browser.EvaluateAsync("document.querySelectorAll('svg rect').length"));
        Assert.Equal([page.AbsoluteUri], browser.Requests);
        Assert.Empty(browser.Errors);

        var png = await browser.ScreenshotAsync();
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        var pdf = await browser.PrintToPdfAsync();
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
    }

    [Fact]
    public async Task A_request_leaving_the_page_and_a_console_error_are_seen()
    {
        if (HeadlessChromium.Executable(output) is not { } chromium)
        {
            return;
        }

        var page = Page("leaky.html", """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Leaky</title>
            <link rel="stylesheet" href="https://cdn.example.invalid/style.css"></head>
            <body><img src="http://tracker.example.invalid/pixel.png" alt="">
            <script>console.error("boom"); undefinedFunction();</script></body></html>
            """);
        await using var browser = await HeadlessChromium.StartAsync(chromium);
        await browser.OpenAsync(page);

        Assert.Contains("https://cdn.example.invalid/style.css", browser.Requests);
        Assert.Contains("http://tracker.example.invalid/pixel.png", browser.Requests);
        Assert.Contains(browser.Errors, e => e.Contains("boom", StringComparison.Ordinal));
        Assert.Contains(browser.Errors, e => e.Contains("undefinedFunction", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(folder, true);

    private Uri Page(string name, string html)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, html);
        return new Uri(path);
    }
}

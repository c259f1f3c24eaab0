using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Inclusion.Sdk.Tests.Browser;

/// <summary>
/// A headless Chromium driven through its DevTools protocol (a WebSocket of JSON messages), enough for the report
/// tests: open a page, evaluate DOM queries, list every request the page made and every console error, print to PDF
/// and capture a PNG. Each instance starts its own browser with a new, empty profile and kills it when disposed.
/// </summary>
/// <remarks>
/// The browser is Debian's <c>chromium</c>, named by <c>INCLUSION_CHROMIUM</c> (<c>eval "$(bash eng/chromium.sh)"</c>
/// installs it and sets the variable; <c>.ci/run</c> does). xunit 2 has no dynamic skip: with <c>CI</c> set and no
/// browser a test fails (CI must test in a browser); outside CI it returns early and says so in its output. Flags: no
/// sandbox (CI runs as root), no GPU, and no background networking, component updates or sync, so the only requests
/// are the page's own.
/// </remarks>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    internal const string Variable = "INCLUSION_CHROMIUM";

    private const string HowToStart = "INCLUSION_CHROMIUM is not set: install and name the browser with eval \"$(bash eng/chromium.sh)\"";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly string profile;
    private readonly ClientWebSocket socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> pending = new();
    private readonly ConcurrentQueue<JsonObject> events = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task receiving;
    private TaskCompletionSource loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int nextId;

    private HeadlessChromium(Process process, string profile, ClientWebSocket socket)
    {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        receiving = Task.Run(ReceiveAsync);
    }

    /// <summary>Gets the URL of every request the page made since it was opened, in order.</summary>
    internal IReadOnlyList<string> Requests => [.. Events("Network.requestWillBeSent").Select(e => (string)e["request"]!["url"]!)];

    /// <summary>Gets the console errors, uncaught exceptions and browser log errors since the page was opened.</summary>
    internal IReadOnlyList<string> Errors =>
    [
        .. Events("Runtime.consoleAPICalled").Where(e => (string?)e["type"] is "error" or "assert")
            .Select(e => "console: " + string.Join(" ", e["args"]!.AsArray().Select(a => a?["value"]?.ToString() ?? a?["description"]?.ToString()))),
        .. Events("Runtime.exceptionThrown").Select(e => "exception: " + (e["exceptionDetails"]?["exception"]?["description"] ?? e["exceptionDetails"]?["text"])?.ToString()),
        .. Events("Log.entryAdded").Where(e => (string?)e["entry"]!["level"] == "error").Select(e => "log: " + e["entry"]!["text"] + " " + e["entry"]!["url"]),
    ];

    /// <summary>The browser's executable; <see langword="null"/> outside CI when none is configured (the caller returns).</summary>
    /// <param name="output">Where to say that the test did not run.</param>
    /// <returns>The path, or <see langword="null"/>.</returns>
    internal static string? Executable(ITestOutputHelper? output)
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(value))
        {
            return value;
        }

        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail(HowToStart + ". CI runs the browser tests: .ci/run installs Chromium.");
        }

        output?.WriteLine("NOT RUN: " + HowToStart + ".");
        return null;
    }

    /// <summary>Starts a browser on a blank page, with a viewport of the given size (CSS pixels).</summary>
    /// <param name="executable">The browser.</param>
    /// <param name="width">The viewport's width.</param>
    /// <param name="height">The viewport's height.</param>
    /// <returns>The browser, its page attached.</returns>
    internal static async Task<HeadlessChromium> StartAsync(string executable, int width = 1280, int height = 900)
    {
        var profile = Directory.CreateTempSubdirectory("inclusion-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
            $"--window-size={width},{height}", "--remote-debugging-port=0", $"--user-data-dir={profile}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start.");
        try
        {
            _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null); // drained, never read
            var endpoint = await DevToolsEndpointAsync(process);
            using var http = new HttpClient { Timeout = Timeout };
            var targets = JsonNode.Parse(await http.GetStringAsync(new Uri(endpoint, "/json/list")))!.AsArray();
            var page = targets.First(t => (string?)t!["type"] == "page")!;
            var socket = new ClientWebSocket();
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            using (var connecting = new CancellationTokenSource(Timeout))
            {
                await socket.ConnectAsync(new Uri((string)page["webSocketDebuggerUrl"]!), connecting.Token);
            }

            var browser = new HeadlessChromium(process, profile, socket);
            foreach (var domain in new[] { "Page", "Network", "Runtime", "Log" })
            {
                await browser.SendAsync($"{domain}.enable");
            }

            return browser;
        }
        catch
        {
            Kill(process);
            Directory.Delete(profile, true);
            throw;
        }
    }

    /// <summary>Opens a page and waits for its load event; the requests and errors recorded start again from it.</summary>
    /// <param name="url">The page (a <c>file://</c> URL for a report on disk).</param>
    /// <returns>A task.</returns>
    internal async Task OpenAsync(Uri url)
    {
        events.Clear();
        loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var navigation = await SendAsync("Page.navigate", new JsonObject { ["url"] = url.AbsoluteUri });
        if (navigation["errorText"] is { } error)
        {
            throw new InvalidOperationException($"Chromium could not open {url}: {error}");
        }

        await loaded.Task.WaitAsync(Timeout);

        // Let late requests and console messages of the page arrive (the report has no script: nothing should).
        await EvaluateAsync("new Promise(r => requestAnimationFrame(() => setTimeout(r, 100)))", awaitPromise: true);
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value as JSON.</summary>
    /// <param name="expression">The expression (its value must be JSON-serialisable).</param>
    /// <param name="awaitPromise">Whether to wait for a promise the expression returns.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    internal async Task<JsonNode?> EvaluateAsync(string expression, bool awaitPromise = false)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["returnByValue"] = true,
            ["awaitPromise"] = awaitPromise,
        });
        if (result["exceptionDetails"] is { } failure)
        {
            throw new InvalidOperationException($"The expression failed in the page: {failure.ToJsonString()}");
        }

        return result["result"]?["value"]?.DeepClone();
    }

    /// <summary>Captures the whole page (beyond the viewport) as a PNG.</summary>
    /// <returns>The PNG bytes.</returns>
    internal async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        return Convert.FromBase64String((string)result["data"]!);
    }

    /// <summary>Prints the page as the browser's print dialogue would, on A4 paper, with the print stylesheet.</summary>
    /// <returns>The PDF bytes.</returns>
    internal async Task<byte[]> PrintToPdfAsync()
    {
        var result = await SendAsync("Page.printToPDF", new JsonObject
        {
            ["paperWidth"] = 8.27,
            ["paperHeight"] = 11.69,
            ["printBackground"] = true,
            ["preferCSSPageSize"] = true,
        });
        return Convert.FromBase64String((string)result["data"]!);
    }

    /// <summary>Sets the viewport's width (CSS pixels), as a phone would have it.</summary>
    /// <param name="width">The width.</param>
    /// <param name="height">The height.</param>
    /// <param name="mobile">Whether to emulate a mobile device (meta viewport honoured).</param>
    /// <returns>A task.</returns>
    internal Task ResizeAsync(int width, int height, bool mobile) =>
        SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = mobile });

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
            }
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
        {
            // The browser is killed below anyway.
        }

        socket.Dispose();
        Kill(process);
        process.Dispose();
        await receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        stop.Dispose();
        try
        {
            Directory.Delete(profile, true);
        }
        catch (IOException)
        {
            // A file the killed browser still held: the temporary folder is left to the system.
        }
    }

    private IEnumerable<JsonObject> Events(string method) =>
        events.Where(e => (string?)e["method"] == method).Select(e => e["params"]!.AsObject());

    private async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, stop.Token);
        var response = await answer.Task.WaitAsync(Timeout);
        if (response["error"] is { } error)
        {
            throw new InvalidOperationException($"Chromium refused {method}: {error.ToJsonString()}");
        }

        return response["result"]?.AsObject() ?? [];
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var part = await socket.ReceiveAsync(buffer, stop.Token);
                if (part.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage)
                {
                    continue;
                }

                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                if (json["id"] is { } id && pending.TryRemove((int)id, out var answer))
                {
                    answer.TrySetResult(json);
                }
                else if (json["method"] is not null)
                {
                    events.Enqueue(json);
                    if ((string?)json["method"] == "Page.loadEventFired")
                    {
                        loaded.TrySetResult();
                    }
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or JsonException)
        {
            // Disposed, or the browser went away: callers waiting for an answer time out with a clear message.
        }
        finally
        {
            foreach (var answer in pending.Values)
            {
                answer.TrySetException(new InvalidOperationException("Chromium closed the DevTools connection."));
            }
        }
    }

    // The browser prints "DevTools listening on ws://127.0.0.1:<port>/devtools/browser/<id>" on its standard error.
    private static async Task<Uri> DevToolsEndpointAsync(Process process)
    {
        var seen = new StringBuilder();
        using var cancel = new CancellationTokenSource(Timeout);
        while (await process.StandardError.ReadLineAsync(cancel.Token) is { } line)
        {
            seen.AppendLine(line);
            var match = Regex.Match(line, @"DevTools listening on (ws://[^/\s]+)/");
            if (match.Success)
            {
                _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null); // drained from here on
                return new Uri(match.Groups[1].Value.Replace("ws://", "http://", StringComparison.Ordinal));
            }
        }

        throw new InvalidOperationException($"Chromium exited before opening its DevTools port:\n{seen}");
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}

using System.Text.Json;
using Xunit.Abstractions;

namespace QingdaoReader.Tests.Browser;

/// <summary>
/// What loading the seed reading costs in Chromium. The page is finished HTML: the scripts add little to it at load
/// (syllable spans, sentence spans and word data come at first use) and nothing on screen moves. The longest task at
/// load is measured and reported here (test output) and in the README; it is not asserted, since a time on a shared
/// machine is a benchmark figure, not a test (tests/QingdaoReader.Benchmarks/scripts/page_load.mjs measures it).
/// </summary>
[Collection("browser")]
public class LoadTests(BrowserFixture site, ITestOutputHelper output)
{
    // Long tasks and layout shifts from the start of the page (buffered observers, set before any script runs).
    private const string Observers = """
        window.__long = []; window.__shift = 0;
        new PerformanceObserver(l => l.getEntries().forEach(e => window.__long.push(e.duration))).observe({ type: 'longtask', buffered: true });
        new PerformanceObserver(l => l.getEntries().forEach(e => { if (!e.hadRecentInput) window.__shift += e.value; })).observe({ type: 'layout-shift', buffered: true });
        """;

    [BrowserTheory]
    [InlineData(1280, 900)]
    [InlineData(412, 823)]
    public async Task Loading_the_reading_adds_little_to_the_page_and_moves_nothing(int width, int height)
    {
        await using var v = await site.OpenAsync(width, height, initScript: Observers);
        await v.GoAsync(BrowserFixture.ReadingPath);
        // The word data comes when the page is idle: wait for it, so its work is counted too.
        await v.Page.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(r => r.name.endsWith('/words.js'))");
        await v.Page.WaitForTimeoutAsync(500);
        var r = await v.Page.EvaluateAsync<JsonElement>("""
            async () => {
              const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
              return { served: served.getElementsByTagName('*').length, now: document.getElementsByTagName('*').length,
                       longest: Math.max(0, ...window.__long), shift: window.__shift };
            }
            """);
        var served = r.GetProperty("served").GetInt32();
        var added = r.GetProperty("now").GetInt32() - served;
        output.WriteLine($"{width}x{height}: longest task at load {r.GetProperty("longest").GetDouble():0} ms, {served} elements served, {added} added at load, layout shift {r.GetProperty("shift").GetDouble():0.000}");
        // Before, reader.js made a span per syllable and per sentence at load (about 5,000 elements on the seed).
        Assert.True(added < served / 20, $"{added} elements added at load to {served}");
        Assert.True(r.GetProperty("shift").GetDouble() < 0.01, $"layout shift {r.GetProperty("shift").GetDouble():0.000} at load");
        v.AssertClean();
    }
}

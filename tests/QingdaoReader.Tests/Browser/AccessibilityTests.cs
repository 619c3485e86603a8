using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace QingdaoReader.Tests.Browser;

/// <summary>axe-core finds no violation on any kind of page, in either theme, with a popup open or not.</summary>
[Collection("browser")]
public class AccessibilityTests(BrowserFixture site)
{

    [BrowserFact]
    public async Task Axe_reports_no_violations_on_any_page_in_either_theme()
    {
        // The six pages are checked at once, each in its own context: axe on the 2,000-word reading page is the slow
        // part, and two renderers share the two cores.
        var cases = new[] { (BrowserFixture.ReadingPath, ColorScheme.Light), (BrowserFixture.ReadingPath, ColorScheme.Dark),
            ("/", ColorScheme.Light), ("/", ColorScheme.Dark), ("/glossary/", ColorScheme.Light), ("/glossary/", ColorScheme.Dark) };
        var results = await Task.WhenAll(cases.Select(c => CheckAsync(c.Item1, c.Item2)));
        var failures = results.SelectMany(r => r).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private async Task<List<string>> CheckAsync(string path, ColorScheme theme)
    {
        await using var v = await site.OpenAsync(scheme: theme);
        await v.GoAsync(path);
        if (path == BrowserFixture.ReadingPath)
        {
            // With tone colours on and a popup open: the hardest case for contrast.
            await SettingsTests.SetAsync(v.Page, "tones", "on");
            await v.Page.Locator(".para a.term ruby").First.ClickAsync();
        }
        var result = await v.Page.RunAxe();
        var failures = result.Violations.Select(x =>
            $"{path} {theme}: {x.Id} ({x.Impact}) {x.Help}: {string.Join(" | ", x.Nodes.Take(3).Select(n => n.Html + " " + string.Join(";", n.Any.Select(c => c.Message))))}").ToList();
        failures.AddRange(v.Errors.Concat(v.ForeignRequests).Select(e => $"{path} {theme}: {e}"));
        return failures;
    }
}

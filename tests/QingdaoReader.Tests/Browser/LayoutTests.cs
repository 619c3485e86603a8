using System.Text.Json;
using Microsoft.Playwright;

namespace QingdaoReader.Tests.Browser;

/// <summary>The page's layout at phone, tablet and desktop widths: nothing wider than the window, targets big enough
/// to tap, print margins.</summary>
[Collection("browser-layout")]
public class LayoutTests(BrowserFixture site)
{
    private const string Reading = BrowserFixture.ReadingPath;

    // Every box that reaches past the window's right edge (the ¶ links of side by side once did at 1280 px).
    private const string Overflow = """
        () => [...document.querySelectorAll('body *')]
          .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 0.5; })
          .slice(0, 5).map(e => e.tagName + '.' + e.className)
        """;

    [BrowserTheory]
    [InlineData(1280, 900)]
    [InlineData(1440, 900)]
    [InlineData(1024, 768)]
    [InlineData(390, 844)]
    public async Task Nothing_overflows_the_window_in_any_translation_mode(int width, int height)
    {
        foreach (var trans in new[] { "off", "under", "side" })
        {
            await using var v = await site.OpenAsync(width, height, initScript: $"localStorage.setItem('qr-settings', JSON.stringify({{ trans: '{trans}' }}))");
            await v.GoAsync(Reading);
            Assert.Equal(trans, await v.Page.EvaluateAsync<string>("() => document.documentElement.dataset.trans"));
            Assert.Equal(width, await v.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
            var over = await v.Page.EvaluateAsync<string[]>(Overflow);
            Assert.True(over.Length == 0, $"{trans} at {width} px: {string.Join(", ", over)} past the right edge");
            if (width == 1280 && trans == "side") await v.ScreenshotAsync("side-by-side-1280");
            v.AssertClean();
        }
    }

    // The smallest box of each kind of target, and how many are under 24×24 CSS px.
    private const string Targets = """
        sel => {
          const boxes = [...document.querySelectorAll(sel)].flatMap(e => [...e.getClientRects()]);
          return { count: boxes.length, small: boxes.filter(r => r.width < 24 || r.height < 24).length,
                   minWidth: Math.min(...boxes.map(r => r.width)), minHeight: Math.min(...boxes.map(r => r.height)) };
        }
        """;

    private sealed record TargetSizes(int Count, int Small, double MinWidth, double MinHeight);

    private static async Task AssertTargetsAsync(Visit v, string selector)
    {
        var json = await v.Page.EvaluateAsync<JsonElement>(Targets, selector);
        var t = json.Deserialize<TargetSizes>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
        Assert.True(t.Count > 0, $"no {selector}");
        Assert.True(t.Small == 0, $"{t.Small} of {t.Count} {selector} under 24×24 px (smallest {t.MinWidth:0.0}×{t.MinHeight:0.0})");
    }

    [BrowserFact]
    public async Task On_a_phone_words_paragraph_links_and_occurrence_links_are_at_least_24_px_square()
    {
        await using var v = await site.OpenAsync(390, 844);
        await v.GoAsync(Reading);
        await AssertTargetsAsync(v, ".para > p ruby");
        await AssertTargetsAsync(v, ".para-tools .permalink");
        await v.GoAsync("/glossary/");
        await AssertTargetsAsync(v, ".g-occurrences a");
        v.AssertClean();
    }

    [BrowserFact]
    public async Task Printed_pages_have_margins()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        // Chromium's own parse of the style sheet: the @page rule's margins.
        var margins = await v.Page.EvaluateAsync<string[]>("""
            () => [...document.styleSheets].flatMap(s => [...s.cssRules]).filter(r => r instanceof CSSPageRule)
              .map(r => r.style.getPropertyValue('margin-top') + ' ' + r.style.getPropertyValue('margin-left'))
            """);
        var page = Assert.Single(margins);
        Assert.All(page.Split(' '), m => Assert.True(m.EndsWith("mm", StringComparison.Ordinal) && double.Parse(m[..^2], System.Globalization.CultureInfo.InvariantCulture) >= 10, page));
    }

    [BrowserFact]
    public async Task On_a_phone_a_compact_bar_keeps_the_current_section_the_contents_and_the_settings_at_hand()
    {
        await using var v = await site.OpenAsync(390, 844);
        await v.GoAsync(Reading);
        var bar = v.Page.Locator(".phone-bar");
        await Assertions.Expect(bar).ToBeVisibleAsync();
        var sections = v.Page.Locator("section.section[aria-labelledby]");
        var last = sections.Last;
        await last.ScrollIntoViewIfNeededAsync();
        await v.Page.Mouse.WheelAsync(0, 300);
        // The section's title as the contents give it.
        var heading = await v.Page.Locator($".toc a[href=\"#{await last.GetAttributeAsync("aria-labelledby")}\"] [lang|=zh]").TextContentAsync();
        Assert.False(string.IsNullOrEmpty(heading), "the contents have no title for the last section");
        await Assertions.Expect(bar.Locator(".phone-bar-section")).ToHaveTextAsync(heading!);
        var box = await bar.BoundingBoxAsync();
        Assert.True(box!.Y + box.Height <= 844.5 && box.Y > 700, $"bar at {box.Y}");
        Assert.Equal("#toc-title", await bar.Locator(".phone-bar-contents").GetAttributeAsync("href"));
        await bar.Locator(".phone-bar-settings").TapAsync();
        await Assertions.Expect(v.Page.Locator("#settings")).ToBeVisibleAsync();
        v.AssertClean();

        await using var desktop = await site.OpenAsync();
        await desktop.GoAsync(Reading);
        await Assertions.Expect(desktop.Page.Locator(".phone-bar")).ToBeHiddenAsync();
    }
}

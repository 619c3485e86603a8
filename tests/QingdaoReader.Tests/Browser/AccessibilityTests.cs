using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace QingdaoReader.Tests.Browser;

/// <summary>
/// axe-core finds no violation on any kind of page (reading, index, glossary), in either theme; on the reading page
/// with tone colours on and a popup open, the hardest case for contrast.
/// </summary>
/// <remarks>
/// Each page is loaded once. axe runs every rule of its default set on the whole page in the light theme, then the
/// rules that depend on colours (<c>color-contrast</c>, <c>link-in-text-block</c>) again in the dark theme, switched
/// as a reader's system switches it (the emulated <c>prefers-color-scheme</c>), without a reload. Colour contrast is
/// checked on one or two elements of each distinct text style (<see cref="SampleTextStyles"/>): a text's contrast
/// depends only on its colour, the backgrounds behind it, its size and weight, so the reading page's 2,000 words,
/// set in a few dozen styles, need a few dozen checks, not 16,000 (the full check took 40–80 s on this page). Only
/// violations are collected (<c>resultTypes</c>): axe then skips describing every passing node.
/// </remarks>
[Collection("browser")]
public class AccessibilityTests(BrowserFixture site)
{
    private static readonly string[] ColourRules = ["color-contrast", "link-in-text-block"];

    [BrowserTheory]
    [InlineData(BrowserFixture.ReadingPath)]
    [InlineData("/")]
    [InlineData("/glossary/")]
    public async Task Axe_reports_no_violations_in_either_theme(string path)
    {
        await using var v = await site.OpenAsync(scheme: ColorScheme.Light);
        await v.GoAsync(path);
        if (path == BrowserFixture.ReadingPath)
        {
            await SettingsTests.SetAsync(v.Page, "tones", "on");
            await v.Page.Locator(".para a.term ruby").First.ClickAsync();
            await Assertions.Expect(v.Page.Locator("#word-pop")).ToBeVisibleAsync();
        }
        await v.Page.EvaluateAsync(AxeSource);
        var failures = new List<string>();
        failures.AddRange(await AxeAsync(v.Page, path, "light", rules: null));

        var light = await BodyBackground(v.Page);
        await v.Page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        Assert.NotEqual(light, await BodyBackground(v.Page)); // the dark theme is on
        failures.AddRange(await AxeAsync(v.Page, path, "dark", ColourRules));
        if (path == BrowserFixture.ReadingPath) Assert.True(await v.Page.Locator("#word-pop").IsVisibleAsync(), "the popup closed on the way");

        failures.AddRange(v.Errors.Concat(v.ForeignRequests).Select(e => $"{path}: {e}"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    // The axe-core that Deque.AxeCore.Playwright bundles, put in the page once: the runs below configure it.
    private static readonly string AxeSource = new BundledAxeScriptProvider().GetScript();

    private static Task<string> BodyBackground(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    /// <summary>Runs axe's default rules (or only <paramref name="rules"/>), colour contrast on the sampled text styles.</summary>
    private static async Task<IEnumerable<string>> AxeAsync(IPage page, string path, string theme, string[]? rules)
    {
        var styles = await page.EvaluateAsync<int>(SampleTextStyles);
        Assert.True(styles > 0, "no text to check");
        var violations = await page.EvaluateAsync<string[]>("""
            async ({ rules, sample }) => {
              axe.configure({ rules: [{ id: 'color-contrast', selector: sample }] });
              const options = { resultTypes: ['violations'] };
              if (rules) options.runOnly = { type: 'rule', values: rules };
              const result = await axe.run(document, options);
              return result.violations.map(x => `${x.id} (${x.impact}) ${x.help}: ` + x.nodes.slice(0, 3)
                .map(n => n.html + ' ' + n.any.map(c => c.message).join(';')).join(' | '));
            }
            """, new { rules, sample = "[" + SampleAttribute + "]" });
        return violations.Select(x => $"{path} ({theme}, {styles} text styles): {x}");
    }

    private const string SampleAttribute = "data-axe-sample";

    /// <summary>
    /// Marks, for each distinct text style of the visible page, the first and the last element set in it: an element
    /// that holds text of its own (or is a form control), keyed by its colour, font size and weight, text shadow,
    /// opacity along its ancestors, and the background colours and images behind it up to the first opaque one.
    /// Returns how many styles it found.
    /// </summary>
    private const string SampleTextStyles = """
        () => {
          const attr = 'data-axe-sample';
          document.querySelectorAll('[' + attr + ']').forEach(e => e.removeAttribute(attr));
          const styles = new Map();
          for (const e of document.body.querySelectorAll('*')) {
            const ownText = [...e.childNodes].some(n => n.nodeType === 3 && n.data.trim() !== '');
            if (!ownText && !e.matches('input, select, textarea, button')) continue;
            if (e.getClientRects().length === 0) continue;
            const s = getComputedStyle(e);
            if (s.visibility !== 'visible') continue;
            const key = [s.color, s.fontSize, s.fontWeight, s.textShadow];
            let opacity = 1;
            for (let a = e; a; a = a.parentElement) {
              const as = getComputedStyle(a);
              opacity *= parseFloat(as.opacity);
              if (as.backgroundImage !== 'none') key.push('image:' + as.backgroundImage);
              const bg = as.backgroundColor;
              if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
                key.push(bg);
                if (!bg.startsWith('rgba')) break;
              }
            }
            key.push(opacity);
            const k = key.join('|');
            const found = styles.get(k);
            if (found) found[1] = e; else styles.set(k, [e, e]);
          }
          for (const [first, last] of styles.values()) { first.setAttribute(attr, ''); last.setAttribute(attr, ''); }
          return styles.size;
        }
        """;
}

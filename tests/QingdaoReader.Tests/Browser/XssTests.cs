using Microsoft.Playwright;
using QingdaoReader.Building;
using QingdaoReader.Chinese;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Browser;

/// <summary>
/// A site whose content, glossary and config try every usual way to run script: the built pages, opened in
/// Chromium and clicked through, must run none of it.
/// </summary>
[Collection("browser")]
public class XssTests(BrowserFixture browser)
{
    // Each payload sets window.__xss (or opens a dialog) if it ever runs.
    private const string Reading = """
        ---
        title: "改革</title><script>window.__xss='title'</script>"
        title_en: "<img src=x onerror=\"window.__xss='title_en'\">"
        source: "\"><script>window.__xss='source'</script>"
        ---

        改革是发展的动力。<script>window.__xss='inline-script'</script>

        ::: en
        Reform <img src="x" onerror="window.__xss='onerror'"> drives development.
        :::

        [点这里](javascript:window.__xss='javascript-link') 和 <a href="javascript:window.__xss='raw-link'">这里</a>。

        <div onmouseover="window.__xss='mouseover'" style="height:50px">开放</div>

        <iframe src="javascript:window.__xss='iframe'"></iframe><svg onload="window.__xss='svg'"></svg>

        {onclick="window.__xss='attribute'"}
        带属性的段落。
        """;

    private const string Glossary = """
        - term: 改革
          english: "reform<script>window.__xss='glossary-english'</script>"
          category: "policy<img src=x onerror=window.__xss='category'>"
          note: "</script><script>window.__xss='glossary-note'</script>"
        """;

    [BrowserFact]
    public async Task Nothing_smuggled_into_content_glossary_or_config_runs()
    {
        using var site = new SiteFixture("title: \"Site</title><script>window.__xss='config'</script>\"\ndescription: \"\\\"><script>window.__xss='description'</script>\"\n");
        site.Reading("xss", Reading);
        site.Write("content/glossary.yml", Glossary);
        RealEngine.Builder().Build(site.Path);
        var output = Path.Combine(site.Path, "_site");

        // Parsed output: only our own scripts, no handlers, no javascript: URLs.
        foreach (var file in Directory.GetFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var doc = Html.Parse(File.ReadAllText(file));
            Assert.All(doc.QuerySelectorAll("script"), s =>
                Assert.True(s.HasAttribute("src") || s.GetAttribute("type") == "application/json", $"{file}: inline script {s.OuterHtml}"));
            Assert.Empty(doc.QuerySelectorAll("iframe, object, embed"));
            foreach (var e in doc.All)
                foreach (var a in e.Attributes)
                {
                    Assert.False(a.Name.StartsWith("on", StringComparison.Ordinal), $"{file}: {e.LocalName} has {a.Name}");
                    Assert.DoesNotContain("javascript:", a.Value, StringComparison.OrdinalIgnoreCase);
                }
        }

        using var server = new StaticFileServer(output);
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, d) => { dialogs++; await d.DismissAsync(); };
        foreach (var path in new[] { "/readings/xss/", "/glossary/", "/" })
        {
            await page.GotoAsync(server.Origin + path, new() { WaitUntil = WaitUntilState.Load });
            foreach (var link in await page.QuerySelectorAllAsync("main a, main .para, main div"))
            {
                // A hidden element cannot be hovered (Playwright would wait out the timeout for each one).
                if (!await link.IsVisibleAsync()) continue;
                try { await link.HoverAsync(new() { Timeout = 500 }); } catch (Exception e) when (e is PlaywrightException or TimeoutException) { }
            }
            foreach (var word in (await page.QuerySelectorAllAsync("main ruby")).Take(10))
            {
                if (!await word.IsVisibleAsync()) continue;
                try { await word.ClickAsync(new() { Timeout = 500 }); } catch (Exception e) when (e is PlaywrightException or TimeoutException) { }
            }
            Assert.Null(await page.EvaluateAsync<string?>("() => window.__xss ?? null"));
        }
        Assert.Equal(0, dialogs);
        await context.CloseAsync();
    }
}

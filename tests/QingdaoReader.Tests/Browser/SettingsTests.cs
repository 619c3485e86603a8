using Microsoft.Playwright;

namespace QingdaoReader.Tests.Browser;

/// <summary>The settings panel: each control, and that it persists across a reload and onto another page.</summary>
[Collection("browser-layout")]
public class SettingsTests(BrowserFixture site)
{
    private const string Reading = BrowserFixture.ReadingPath;

    /// <summary>Sets one control through the panel as a reader would: a radio's value, or "on"/"off" for a checkbox.</summary>
    public static async Task SetAsync(IPage page, string name, string value)
    {
        var panel = page.Locator("#settings");
        if (!await panel.IsVisibleAsync()) await page.Locator(".settings-button").ClickAsync();
        var checkbox = panel.Locator($"input[type=checkbox][name='{name}']");
        if (await checkbox.CountAsync() == 1) await checkbox.SetCheckedAsync(value == "on");
        else await panel.Locator($"input[name='{name}'][value='{value}']").CheckAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(panel).ToBeHiddenAsync();
    }

    private static Task<string> Style(ILocator l, string property) =>
        l.EvaluateAsync<string>("(e, p) => getComputedStyle(e)[p]", property);

    [BrowserFact]
    public async Task The_panel_is_reachable_and_usable_by_keyboard()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        var page = v.Page;
        for (var i = 0; i < 10 && !await page.Locator(".settings-button").EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#settings")).ToBeVisibleAsync();
        await v.ScreenshotAsync("settings-panel");
        // Tab into the form, move within the first radio group with the arrow keys.
        await page.Locator("#settings input[name='pinyin'][value='shown']").FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("hover", await page.EvaluateAsync<string>("() => document.documentElement.dataset.pinyin"));
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#settings")).ToBeHiddenAsync();
        v.AssertClean();
    }

    [BrowserFact]
    public async Task Pinyin_shown_hidden_or_on_hover()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        var page = v.Page;
        var word = page.Locator(".para ruby").Nth(5);
        var rt = word.Locator("rt").First;
        Assert.Equal("visible", await Style(rt, "visibility"));
        await SetAsync(page, "pinyin", "hidden");
        Assert.Equal("none", await Style(rt, "display"));
        await SetAsync(page, "pinyin", "hover");
        // On hover the rt stays out of the layout (the characters close up) and the word's pinyin floats above it.
        Assert.Equal("none", await Style(rt, "display"));
        Assert.Equal("none", await word.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"));
        await word.HoverAsync();
        Assert.Equal("none", await Style(rt, "display"));
        Assert.Equal($"\"{await word.GetAttributeAsync("data-py")}\"", await word.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"));
        v.AssertClean();
    }

    [BrowserFact]
    public async Task Tone_colours_and_spoken_tone_changes()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        var page = v.Page;
        // Syllables become spans of their tone when colours are first asked for (none at load: a lighter page).
        Assert.Equal(0, await page.Locator(".para rt .t1").CountAsync());
        await SetAsync(page, "tones", "on");
        var t1 = page.Locator(".para rt .t1").First;
        var t4 = page.Locator(".para rt .t4").First;
        var coloured = await Style(t1, "color");
        Assert.NotEqual(coloured, await Style(t4, "color"));
        await SetAsync(page, "tones", "off");
        Assert.Equal(await Style(t1, "color"), await Style(t4, "color"));
        Assert.NotEqual(coloured, await Style(t1, "color"));
        await SetAsync(page, "tones", "on");

        var changed = page.Locator(".para rt [data-spoken]").First;
        var cite = await changed.TextContentAsync();
        var spoken = await changed.GetAttributeAsync("data-spoken");
        Assert.NotEqual(cite, spoken);
        await SetAsync(page, "spoken", "on");
        Assert.Equal(spoken, await changed.TextContentAsync());
        Assert.Matches(@"^t[1-5]$", await changed.GetAttributeAsync("class") ?? "");
        await page.ReloadAsync();
        Assert.Equal(spoken, await changed.TextContentAsync());
        await SetAsync(page, "spoken", "off");
        Assert.Equal(cite, await changed.TextContentAsync());
        v.AssertClean();
    }

    [BrowserFact]
    public async Task Translation_off_under_or_side_by_side_and_one_paragraph_revealed_alone()
    {
        await using var v = await site.OpenAsync(1440, 900);
        await v.GoAsync(Reading);
        var page = v.Page;
        var para = page.Locator(".para").Nth(1);
        var en = para.Locator(".en");
        var zh = para.Locator("> p");
        Assert.True(await en.IsVisibleAsync());
        Assert.False(await para.Locator(".en-toggle").IsVisibleAsync());
        var under = (await en.BoundingBoxAsync())!;
        Assert.True(under.Y > (await zh.BoundingBoxAsync())!.Y);

        await SetAsync(page, "trans", "off");
        Assert.False(await en.IsVisibleAsync());
        await para.Locator(".en-toggle").ClickAsync();
        Assert.True(await en.IsVisibleAsync());
        Assert.Equal("true", await para.Locator(".en-toggle").GetAttributeAsync("aria-expanded"));
        Assert.False(await page.Locator(".para").Nth(2).Locator(".en").IsVisibleAsync());

        await SetAsync(page, "trans", "side");
        var side = (await en.BoundingBoxAsync())!;
        var zhBox = (await zh.BoundingBoxAsync())!;
        Assert.True(side.X > zhBox.X + zhBox.Width - 1, "translation beside the Chinese on a wide screen");
        await v.ScreenshotAsync("desktop-side-by-side");
        v.AssertClean();
    }

    [BrowserFact]
    public async Task Text_size_and_theme_persist_across_a_reload_and_onto_another_page()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        var page = v.Page;
        var body = page.Locator("body");
        var article = page.Locator("article.reading");
        var medium = double.Parse((await Style(article, "fontSize")).Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture);
        var light = await Style(body, "backgroundColor");
        await SetAsync(page, "size", "xl");
        await SetAsync(page, "theme", "dark");
        var xl = double.Parse((await Style(article, "fontSize")).Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(xl > medium * 1.3);
        var dark = await Style(body, "backgroundColor");
        Assert.NotEqual(light, dark);
        await v.ScreenshotAsync("desktop-dark");

        await page.ReloadAsync();
        Assert.Equal(dark, await Style(body, "backgroundColor"));
        Assert.Equal(xl, double.Parse((await Style(article, "fontSize")).Replace("px", ""), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(await page.Locator("#settings input[name='theme'][value='dark']").IsCheckedAsync());

        await v.GoAsync("/glossary/");
        Assert.Equal(dark, await Style(body, "backgroundColor"));
        Assert.Equal("xl", await page.EvaluateAsync<string>("() => document.documentElement.dataset.size"));
        await v.ScreenshotAsync("glossary-dark");
        v.AssertClean();
    }

    [BrowserFact]
    public async Task The_system_theme_is_the_default()
    {
        await using var v = await site.OpenAsync(scheme: ColorScheme.Dark);
        await v.GoAsync(Reading);
        Assert.Equal("rgb(21, 22, 26)", await Style(v.Page.Locator("body"), "backgroundColor"));
        await SetAsync(v.Page, "theme", "light");
        Assert.Equal("rgb(253, 252, 248)", await Style(v.Page.Locator("body"), "backgroundColor"));
        v.AssertClean();
    }
}

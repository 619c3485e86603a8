using Microsoft.Playwright;

namespace QingdaoReader.Tests.Browser;

/// <summary>
/// The glossary page with the whole policy lexicon (the project site's glossary): the filter box finds an entry by its
/// Chinese, by pinyin with or without tones and spaces, and by English, from the keyboard, and says how many match.
/// </summary>
[Collection("browser")]
public class GlossaryPageTests(BrowserFixture site)
{
    private const string Entries = ".glossary-entry";

    private static async Task<List<string>> VisibleTermsAsync(IPage page) =>
        [.. await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.glossary-entry')].filter(e => !e.hidden && e.closest('section:not([hidden])')).map(e => e.querySelector('.g-term').textContent)")];

    [BrowserTheory]
    [InlineData("gaozhiliangfazhan")]
    [InlineData("gao zhiliang fazhan")]
    [InlineData("gāo zhìliàng fāzhǎn")]
    [InlineData("高质量发展")]
    [InlineData("High-Quality Development")]
    public async Task Typing_a_term_in_any_spelling_keeps_its_entry_and_hides_the_others(string query)
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync("/glossary/");
        var total = await v.Page.Locator(Entries).CountAsync();
        Assert.True(total >= 400, $"the glossary page has {total} entries");

        // From the keyboard: the box is the first control after the skip link and the site's navigation.
        await v.Page.Locator(".glossary-query").FocusAsync();
        await v.Page.Keyboard.TypeAsync(query);
        var shown = await VisibleTermsAsync(v.Page);
        Assert.Contains("高质量发展", shown);
        Assert.True(shown.Count < 20, $"{shown.Count} entries still shown for '{query}'");
        var status = await v.Page.Locator(".glossary-status").TextContentAsync();
        Assert.Matches(shown.Count == 1 ? "^1 term matches" : $"^{shown.Count} terms match", status);

        // Emptied, the box shows every entry again.
        await v.Page.Locator(".glossary-query").FillAsync("");
        Assert.Equal(total, (await VisibleTermsAsync(v.Page)).Count);
        v.AssertClean();
    }

    [BrowserFact]
    public async Task A_query_that_matches_nothing_says_so_and_a_linked_query_fills_the_box()
    {
        await using var v = await site.OpenAsync(width: 412, height: 900);
        await v.GoAsync("/glossary/?q=xibudakaifa");
        Assert.Equal("xibudakaifa", await v.Page.Locator(".glossary-query").InputValueAsync());
        Assert.Equal(["西部大开发"], await VisibleTermsAsync(v.Page));
        await v.Page.Locator(".glossary-query").FillAsync("zzzqqq");
        Assert.Empty(await VisibleTermsAsync(v.Page));
        Assert.Equal("No term matches.", await v.Page.Locator(".glossary-status").TextContentAsync());
        await v.ScreenshotAsync("glossary-phone-no-match");
        v.AssertClean();
    }
}

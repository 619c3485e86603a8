using System.Text.Json;
using Microsoft.Playwright;
using QingdaoReader.Output;
using QingdaoReader.Rendering;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Browser;

/// <summary>The reading page in a real browser: popups, keyboard, reading aids, layout on a phone and a laptop.</summary>
[Collection("browser")]
public class ReadingPageTests(BrowserFixture site)
{
    private const string Reading = BrowserFixture.ReadingPath;

    [BrowserFact]
    public async Task Desktop_page_loads_without_console_errors_or_requests_leaving_the_site()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        await Assertions.Expect(v.Page.Locator("article.reading")).ToBeVisibleAsync();
        await v.ScreenshotAsync("desktop");
        await v.Page.Locator("section.section").Nth(1).ScrollIntoViewIfNeededAsync();
        await v.GoAsync("/");
        await v.GoAsync("/glossary/");
        v.AssertClean();
    }

    [BrowserFact]
    public async Task Clicking_a_word_shows_its_pinyin_senses_and_difficulty_and_a_click_outside_closes_it()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        var word = await v.WordAsync("Xí Jìnpíng");
        await word.ClickAsync();
        var pop = v.Page.Locator("#word-pop");
        await Assertions.Expect(pop).ToBeVisibleAsync();
        Assert.Equal("习近平", await pop.Locator(".popup-term").TextContentAsync());
        Assert.Equal("Xí Jìnpíng", await pop.Locator(".popup-pinyin").TextContentAsync());
        Assert.True(await pop.Locator(".popup-senses li").CountAsync() > 0);
        Assert.Contains("Not in the HSK 3.0 word lists", await pop.InnerTextAsync()); // a name
        await v.ScreenshotAsync("desktop-popup");

        // Only one popup at a time: another word replaces it.
        await (await v.WordAsync("xiānhòu")).ClickAsync();
        Assert.Equal(1, await v.Page.Locator(".popup:popover-open").CountAsync());
        Assert.Equal("先后", await pop.Locator(".popup-term").TextContentAsync());
        Assert.Contains("HSK " + QingdaoReader.Chinese.HskLevels.Embedded.LevelOf("先后"), await pop.InnerTextAsync());

        await v.Page.Mouse.ClickAsync(5, 5);
        Assert.False(await pop.IsVisibleAsync());
        v.AssertClean();
    }

    [BrowserFact]
    public async Task A_word_used_as_a_name_shows_the_names_sense_first()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        // 来到日照、济南: CC-CEDICT's 日照 is "sunshine" before the city.
        await (await v.WordAsync("Rìzhào")).ClickAsync();
        var pop = v.Page.Locator("#word-pop");
        await Assertions.Expect(pop).ToBeVisibleAsync();
        Assert.Equal("Rìzhào", await pop.Locator(".popup-pinyin").TextContentAsync());
        Assert.StartsWith("Rizhao, prefecture-level city", await pop.Locator(".popup-senses li").First.TextContentAsync());
        v.AssertClean();
    }

    [BrowserFact]
    public async Task A_word_the_dictionary_lacks_as_a_whole_shows_its_parts_and_says_so()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        // The first word of the text whose word data has parts (a word CC-CEDICT lacks as a whole).
        var index = await v.Page.EvaluateAsync<int>("""
            async () => {
              const script = await (await fetch(document.querySelector('article.reading').dataset.wordsSrc)).text();
              const data = JSON.parse(script.slice(script.indexOf('(') + 1, script.lastIndexOf(')')));
              const words = [...document.querySelectorAll('.para ruby')];
              return words.findIndex(w => (data[[...w.childNodes].filter(n => n.localName !== 'rt').map(n => n.textContent).join('')] || []).length === 4);
            }
            """);
        Assert.True(index >= 0);
        await v.Page.Locator(".para ruby").Nth(index).ClickAsync();
        var pop = v.Page.Locator("#word-pop");
        await Assertions.Expect(pop).ToBeVisibleAsync();
        Assert.Contains("Not in the dictionary as one word", await pop.InnerTextAsync());
        Assert.DoesNotContain("No dictionary entry", await pop.InnerTextAsync());
        var parts = pop.Locator(".popup-parts li");
        Assert.True(await parts.CountAsync() > 1);
        var word = await pop.Locator(".popup-term").TextContentAsync();
        Assert.Equal(word, string.Concat(await pop.Locator(".popup-part").AllTextContentsAsync()));
        Assert.False(string.IsNullOrWhiteSpace(await pop.Locator(".popup-part-pinyin").First.TextContentAsync()));
        v.AssertClean();
    }

    [BrowserFact]
    public async Task A_word_inside_a_glossary_term_shows_the_glossary_note_and_the_term_stays_a_link()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        var term = v.Page.Locator(".para a.term[data-term='g-总书记']").First;
        Assert.Equal("../../glossary/#g-总书记", await term.GetAttributeAsync("href"));
        await term.Locator("ruby").ClickAsync();
        var pop = v.Page.Locator("#word-pop");
        await Assertions.Expect(pop).ToBeVisibleAsync();
        Assert.True(await pop.Locator(".popup-gloss .popup-note").IsVisibleAsync());
        Assert.EndsWith(BrowserFixture.ReadingPath, new Uri(v.Page.Url).AbsolutePath);
        v.AssertClean();
    }

    [BrowserFact]
    public async Task Words_are_reached_with_the_keyboard_one_tab_stop_per_paragraph()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        var page = v.Page;
        // Tab from the top reaches a block of Chinese text after a handful of stops, not after every word.
        string? focused = null;
        for (var i = 0; i < 30 && focused != "P"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            focused = await page.EvaluateAsync<string>("() => document.activeElement.closest('[data-words]') ? document.activeElement.tagName : ''");
        }
        Assert.True(focused is "P" or "H1", "Tab never reached a paragraph");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("ruby", await page.EvaluateAsync<string>("() => document.activeElement.localName"));
        await page.Keyboard.PressAsync("Enter");
        var pop = page.Locator("#word-pop");
        await Assertions.Expect(pop).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('word-pop').contains(document.activeElement)"));
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await pop.IsVisibleAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement.localName === 'ruby'"), "focus returns to the word");
        // Tab leaves the paragraph for the next stop rather than walking its words.
        await page.Keyboard.PressAsync("Tab");
        Assert.False(await page.EvaluateAsync<bool>("() => document.activeElement.localName === 'ruby'"));
        v.AssertClean();
    }

    [BrowserFact]
    public async Task On_a_phone_the_popup_stays_on_screen()
    {
        await using var v = await site.OpenAsync(360, 740);
        await v.GoAsync(Reading);
        await v.ScreenshotAsync("phone");
        // The last word of a line near the right edge is the hard case.
        var words = v.Page.Locator(".para ruby");
        var count = await words.CountAsync();
        foreach (var index in new[] { 3, 40, count / 2 })
        {
            var w = words.Nth(index);
            await w.ScrollIntoViewIfNeededAsync();
            await w.TapAsync();
            var box = await v.Page.Locator("#word-pop").BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.InRange(box!.X, 0, 360);
            Assert.InRange(box.X + box.Width, 0, 360);
            Assert.InRange(box.Y, 0, 740);
            Assert.InRange(box.Y + box.Height, 0, 740);
            // Closed before the next tap: an open popup may cover the next word (a reader taps outside first).
            await v.Page.Keyboard.PressAsync("Escape");
        }
        await v.ScreenshotAsync("phone-popup");
        v.AssertClean();
    }

    [BrowserFact]
    public async Task A_word_marked_known_loses_its_pinyin_at_once_everywhere_after_a_reload_too_unless_turned_off_and_is_left_out_of_the_vocabulary_export()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        var page = v.Page;
        var word = await v.WordAsync("zhòngyào");
        await word.ClickAsync();
        await page.Locator("#word-pop .mark-known").ClickAsync();
        Assert.Equal("true", await page.Locator("#word-pop .mark-known").GetAttributeAsync("aria-pressed"));
        await page.Keyboard.PressAsync("Escape");
        Assert.Contains("known", await word.GetAttributeAsync("class"));
        // At once, with no setting to change, and at every occurrence of the word.
        const string display = "e => getComputedStyle(e).display";
        var occurrences = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.reading rt')].filter(rt => rt.textContent.replace(/\u2060/g, '') === 'zhòngyào').map(rt => getComputedStyle(rt).display)");
        Assert.True(occurrences.Length > 1);
        Assert.All(occurrences, d => Assert.Equal("none", d));
        Assert.NotEqual("none", await (await v.WordAsync("Xí Jìnpíng")).Locator("rt").EvaluateAsync<string>(display));

        await page.ReloadAsync();
        Assert.Equal("none", await word.Locator("rt").First.EvaluateAsync<string>(display));
        // The setting turns it off.
        await SettingsTests.SetAsync(page, "known", "off");
        Assert.NotEqual("none", await word.Locator("rt").First.EvaluateAsync<string>(display));

        await page.Locator(".settings-button").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".export-vocab").ClickAsync());
        Assert.Equal("shandong-inspection-qingdao-vocabulary.csv", download.SuggestedFilename);
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        var lines = csv.TrimEnd().Split("\r\n");
        Assert.Equal(File.ReadLines(BuiltVocabulary).First(), lines[0]);
        Assert.Contains(lines, l => l.StartsWith("习近平,Xí Jìnpíng,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("重要,", StringComparison.Ordinal));
        v.AssertClean();
    }

    private string BuiltVocabulary => Path.Combine(site.SiteDir, "readings", "shandong-inspection-qingdao", VocabularyExport.CsvFile);

    [BrowserFact]
    public async Task The_vocabulary_export_is_the_builds_vocabulary_csv_for_every_word_not_known_in_order_of_first_appearance()
    {
        // 先后 (HSK 5, in the build's vocabulary) is marked known; the senses of 的 are made a formula (a spreadsheet
        // would run it) through the word data the page loads.
        var init = $$"""
            localStorage.setItem('{{PageContract.KnownWordsStorageKey}}', JSON.stringify(['先后']));
            Object.defineProperty(window, '{{PageContract.WordsCallback}}', { configurable: true,
              get() { return this.__words; },
              set(f) { this.__words = d => { d['的'][1] = ['=HYPERLINK("http://example.invalid","x")', 'possessive']; return f(d); }; } });
            """;
        await using var v = await site.OpenAsync(initScript: init);
        await v.GoAsync(Reading);
        var page = v.Page;
        await page.Locator(".settings-button").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator(".export-vocab").ClickAsync());
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);
        var exported = Csv.Rows(text);
        var builtText = await File.ReadAllTextAsync(BuiltVocabulary);
        var built = Csv.Rows(builtText);

        // The build's header, the same line.
        Assert.Equal(builtText.Split("\r\n")[0], text.Split("\r\n")[0]);
        var header = built[0];
        var english = Array.IndexOf(header, "english");
        Assert.All(exported, r => Assert.Equal(header.Length, r.Length));

        // Every word of the reading, titles included, once, in order of first appearance, but the known one.
        var pageWords = await page.EvaluateAsync<string[]>(
            "() => [...new Set([...document.querySelectorAll('article.reading ruby')].map(w => [...w.childNodes].filter(n => n.localName !== 'rt').map(n => n.textContent).join('')))]");
        var words = exported.Skip(1).Select(r => r[0]).ToList();
        Assert.Equal(pageWords.Where(w => w != "先后"), words);
        Assert.Contains(built, r => r[0] == "先后");

        // A word the build's vocabulary has reads the same in both files: pinyin, English, HSK and sentence.
        var builtRows = built.Skip(1).ToDictionary(r => r[0]);
        var common = exported.Skip(1).Where(r => builtRows.ContainsKey(r[0])).ToList();
        Assert.True(common.Count > 100, $"{common.Count} words in both");
        Assert.All(common, r => Assert.Equal(builtRows[r[0]], r));
        Assert.Contains(common, r => r[0] == "全面深化改革"); // a glossary term: the glossary's English
        Assert.Contains(common, r => r[0] == "日照"); // the senses of the reading used first
        Assert.Contains(common, r => r[english].StartsWith("parts: ", StringComparison.Ordinal)); // a word the dictionary lacks

        // Guarded as the build guards: quoted, after an apostrophe.
        Assert.Equal("'=HYPERLINK(\"http://example.invalid\",\"x\"); possessive", exported.Single(r => r[0] == "的")[english]);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\"); possessive\",", text);
        v.AssertClean();
    }

    [BrowserFact]
    public async Task Read_aloud_is_hidden_without_a_Chinese_voice_and_speaks_the_paragraph_with_one()
    {
        await using (var v = await site.OpenAsync())
        {
            await v.GoAsync(Reading);
            Assert.Equal(0, await v.Page.Locator(".para .speak:visible").CountAsync());
        }
        // A stand-in speech engine with one zh-CN voice records what it is asked to say.
        const string fakeVoices = """
            (() => {
              const voice = { lang: 'zh-CN', name: 'Test Mandarin', default: true, localService: true, voiceURI: 'test' };
              window.__spoken = [];
              Object.defineProperty(window, 'speechSynthesis', { value: {
                getVoices: () => [voice], speak: u => window.__spoken.push({ text: u.text, lang: u.lang }), cancel: () => {},
                addEventListener: () => {} } });
              window.SpeechSynthesisUtterance = function (text) { this.text = text; };
            })();
            """;
        await using (var v = await site.OpenAsync(initScript: fakeVoices))
        {
            await v.GoAsync(Reading);
            var para = v.Page.Locator(".para:has(rt:text('Xí Jìn'))").First;
            await para.Locator(".speak").ClickAsync();
            var spoken = await v.Page.EvaluateAsync<JsonElement>("() => window.__spoken");
            Assert.Equal(1, spoken.GetArrayLength());
            Assert.Equal("zh-CN", spoken[0].GetProperty("lang").GetString());
            var text = spoken[0].GetProperty("text").GetString()!;
            Assert.StartsWith("5月22日至24日，习近平总书记", text);
            Assert.DoesNotContain("yuè", text);
            v.AssertClean();
        }
    }

    [BrowserFact]
    public async Task The_table_of_contents_follows_the_section_being_read_and_paragraphs_and_sentences_have_permalinks()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        var page = v.Page;
        var second = page.Locator("section.section[aria-labelledby]").Nth(1);
        var secondId = await second.GetAttributeAsync("aria-labelledby");
        await page.EvaluateAsync("id => document.getElementById(id).scrollIntoView()", secondId);
        await page.WaitForSelectorAsync(".toc a[aria-current='true']");
        await Assertions.Expect(page.Locator(".toc a[aria-current='true']")).ToHaveAttributeAsync("href", "#" + secondId);
        await v.ScreenshotAsync("desktop-toc-second-section");

        var para = page.Locator(".para[id]").Nth(2);
        var paraId = await para.GetAttributeAsync("id");
        Assert.Equal("#" + paraId, await para.Locator(".permalink").GetAttributeAsync("href"));
        // Sentences get ids derived from the paragraph id when first needed: a word's popup links to its sentence.
        await para.Locator("ruby").First.ClickAsync();
        Assert.Equal($"#{paraId}-s1", await page.Locator("#word-pop .sentence-link").GetAttributeAsync("href"));
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await para.Locator($"#{paraId}-s1").CountAsync() == 1, "sentences get ids derived from the paragraph id");

        // A sentence link opens on that sentence, highlighted.
        var sentences = await para.Locator(".s").CountAsync();
        var sid = $"{paraId}-s{sentences}";
        await v.GoAsync("/");
        await v.GoAsync(Reading + "#" + sid);
        await Assertions.Expect(page.Locator("#" + sid)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\btarget\b"));
        Assert.True(await page.Locator("#" + sid).IsVisibleAsync());
        v.AssertClean();
    }

    [BrowserFact]
    public async Task A_malformed_address_fragment_does_not_stop_the_page_script()
    {
        await using var v = await site.OpenAsync();
        // decodeURIComponent("%") throws: before, nothing after it was attached (no popups, no paragraph tools).
        await v.GoAsync(Reading + "#%");
        await v.Page.Locator(".para ruby").First.ClickAsync();
        await Assertions.Expect(v.Page.Locator("#word-pop")).ToBeVisibleAsync();
        Assert.True(await v.Page.Locator(".para .para-tools").CountAsync() > 0);
        v.AssertClean();
    }

    [BrowserFact]
    public async Task A_part_of_the_page_script_that_fails_leaves_the_others_working()
    {
        // A page without the Settings button the script expects (taken out as it is parsed): the settings part fails
        // first. Before, that stopped the whole script: no popups, no keyboard, no paragraph tools.
        await using var v = await site.OpenAsync(initScript: """
            new MutationObserver(() => document.querySelector('.settings-button')?.remove())
              .observe(document, { childList: true, subtree: true });
            """);
        await v.GoAsync(Reading);
        await v.Page.Locator(".para ruby").First.ClickAsync();
        await Assertions.Expect(v.Page.Locator("#word-pop")).ToBeVisibleAsync();
        Assert.True(await v.Page.Locator(".para .para-tools").CountAsync() > 0);
        Assert.Equal("0", await v.Page.Locator(".para > p").First.GetAttributeAsync("tabindex"));
        // The one part that failed says so, by name.
        Assert.Contains(v.Errors, e => e.Contains("settings not set up"));
        Assert.Single(v.Errors);
    }

    [BrowserFact]
    public async Task A_part_that_fails_after_offering_its_functions_leaves_the_parts_that_use_them_working()
    {
        // Known words kept by another version as something that is not a list: the known-words part fails on it. Before,
        // that stopped the whole script. Now the part has already offered the popups what they ask of it (is a word
        // known, mark one), so a word's popup, its "I know this word" button, the keyboard and the tools still work.
        await using var v = await site.OpenAsync(initScript: "localStorage.setItem('qr-known', '5');");
        await v.GoAsync(Reading);
        await (await v.WordAsync("xiānhòu")).ClickAsync();
        var pop = v.Page.Locator("#word-pop");
        await Assertions.Expect(pop).ToBeVisibleAsync();
        Assert.True(await pop.Locator(".popup-senses li").CountAsync() > 0);
        await pop.Locator(".mark-known").ClickAsync();
        Assert.Equal("true", await pop.Locator(".mark-known").GetAttributeAsync("aria-pressed"));
        Assert.True(await v.Page.Locator(".para ruby.known").CountAsync() > 0);
        Assert.True(await v.Page.Locator(".para .para-tools").CountAsync() > 0);
        Assert.Equal("0", await v.Page.Locator(".para > p").First.GetAttributeAsync("tabindex"));
        Assert.Contains(v.Errors, e => e.Contains("known words not set up"));
        Assert.Single(v.Errors);
    }

    [BrowserFact]
    public async Task Screen_readers_get_each_word_once_without_the_pinyin()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        var para = v.Page.Locator(".para:has(rt:text('Xí Jìn'))").First;
        var snapshot = await para.Locator("> p").AriaSnapshotAsync();
        // The snapshot puts a space between text nodes; the words themselves come once each, in order.
        Assert.Contains("5月22日至24日，习近平", snapshot.Replace(" ", ""));
        Assert.Contains("link \"总书记\"", snapshot); // one ruby per word: the link's name is the word, not its characters apart
        Assert.DoesNotContain("yuè", snapshot);
        Assert.DoesNotContain("Jìnpíng", snapshot);
    }

    [BrowserFact]
    public async Task Print_keeps_pinyin_and_puts_the_glossary_notes_at_the_end_numbered()
    {
        await using var v = await site.OpenAsync();
        await v.GoAsync(Reading);
        var page = v.Page;
        await SettingsTests.SetAsync(page, "pinyin", "hidden");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.True(await page.Locator(".para rt").First.IsVisibleAsync());
        Assert.True(await page.Locator(".popups .term-popup").First.IsVisibleAsync());
        var first = page.Locator(".reading a.term").First;
        var fn = await first.GetAttributeAsync("data-fn");
        Assert.Equal("1", fn);
        var term = await first.GetAttributeAsync("data-term");
        Assert.Equal("1", await page.Locator($"#pop-{term}").GetAttributeAsync("data-fn"));
        Assert.False(await page.Locator(".para-tools").First.IsVisibleAsync());
        await v.ScreenshotAsync("print-end", fullPage: false);
        v.AssertClean();
    }
}


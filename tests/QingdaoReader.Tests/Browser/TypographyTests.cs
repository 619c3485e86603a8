using System.Text.Json;

namespace QingdaoReader.Tests.Browser;

/// <summary>
/// The geometry of annotated text on the seed reading, measured in Chromium at desktop and phone sizes. Box edges
/// cannot be used: Chromium sizes an rt box to its base (and our rt has side padding), so where the letters are is
/// the box's content centre ± half the text's natural width (canvas measureText in the rt's font). Characters are
/// measured one by one with a Range over each.
/// </summary>
[Collection("browser-layout")]
public class TypographyTests(BrowserFixture site)
{
    private const string Reading = BrowserFixture.ReadingPath;

    // Gaps are in ems of the pinyin (word pinyin) or of the characters (character gaps).
    private const string Measure = """
        () => {
          const c = document.createElement('canvas').getContext('2d');
          const font = el => { const cs = getComputedStyle(el); c.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`; c.wordSpacing = cs.wordSpacing === 'normal' ? '0px' : cs.wordSpacing; return parseFloat(cs.fontSize); };
          const letters = el => {
            const fs = font(el), cs = getComputedStyle(el), r = el.getBoundingClientRect();
            const left = r.left + parseFloat(cs.paddingLeft), width = r.width - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
            const half = c.measureText(el.textContent).width / 2, mid = left + width / 2;
            return { l: mid - half, r: mid + half, top: r.top, fs };
          };
          const glyphs = w => {
            const out = [];
            for (const rb of [w]) {
              const fs = font(rb);
              // The base's text: the ruby's own, or in a long term each word's span.
              const texts = [...rb.childNodes].flatMap(n => n.nodeType === 3 ? [n] : n.localName === 'span' ? [...n.childNodes].filter(c => c.nodeType === 3) : []);
              for (const t of texts) for (let i = 0; i < t.data.length; i++) {
                const rg = document.createRange(); rg.setStart(t, i); rg.setEnd(t, i + 1);
                const b = rg.getBoundingClientRect(); out.push({ l: b.left, r: b.right, top: b.top, fs, t });
              }
            }
            return out;
          };
          const shown = rt => getComputedStyle(rt).display !== 'none' && getComputedStyle(rt).visibility !== 'hidden';
          const wordGaps = [], syllableGaps = [], subWordGaps = [], insideGaps = [], acrossGaps = [], pinyinSizes = [];
          let prevPinyin = null, prevGlyph = null;
          for (const w of document.querySelectorAll('.para > p ruby')) {
            // A long term broken across two lines has no single extent: not measured.
            const p = w.closest('p'), rts = Array.from(w.querySelectorAll('rt')).filter(shown).filter(rt => rt.getClientRects().length === 1);
            if (rts.length) {
              const ex = rts.map(letters);
              pinyinSizes.push(ex[0].fs);
              if (prevPinyin && prevPinyin.p === p && Math.abs(prevPinyin.top - ex[0].top) < 2) wordGaps.push((ex[0].l - prevPinyin.r) / ex[0].fs);
              prevPinyin = { r: ex[ex.length - 1].r, top: ex[ex.length - 1].top, p };
              for (const rt of rts) {
                // Syllables written together touch; a space parts the words of a long term ("quánmiàn shēnhuà").
                const spans = Array.from(rt.children), s = spans.map(e => e.getBoundingClientRect());
                for (let i = 1; i < s.length; i++) if (Math.abs(s[i].top - s[i - 1].top) < 2)
                  (spans[i].previousSibling === spans[i - 1] ? syllableGaps : subWordGaps).push((s[i].left - s[i - 1].right) / ex[0].fs);
              }
            } else prevPinyin = null;
            const g = glyphs(w);
            // Inside a word's base (a long term set word by word has a base per word of it).
            for (let i = 1; i < g.length; i++) if (g[i].t === g[i - 1].t && Math.abs(g[i].top - g[i - 1].top) < 2) insideGaps.push((g[i].l - g[i - 1].r) / g[i].fs);
            // Across a word boundary: only words that touch in the source (nothing but a <wbr> between them).
            let before = w.previousSibling;
            if (before && before.nodeName === 'WBR') before = before.previousSibling;
            if (g.length && prevGlyph && prevGlyph.w === before && Math.abs(prevGlyph.g.top - g[0].top) < 2) acrossGaps.push((g[0].l - prevGlyph.g.r) / g[0].fs);
            prevGlyph = g.length ? { w, g: g[g.length - 1] } : null;
          }
          return { wordGaps, syllableGaps, subWordGaps, insideGaps, acrossGaps, pinyinSizes, scrollWidth: document.documentElement.scrollWidth, width: innerWidth };
        }
        """;

    private sealed record Geometry(double[] WordGaps, double[] SyllableGaps, double[] SubWordGaps, double[] InsideGaps, double[] AcrossGaps, double[] PinyinSizes, double ScrollWidth, double Width);

    private async Task<Geometry> MeasureAsync(int width, int height, string pinyin, string screenshot, string words = "joined")
    {
        await using var v = await site.OpenAsync(width, height,
            initScript: $"localStorage.setItem('qr-settings', JSON.stringify({{ pinyin: '{pinyin}', words: '{words}', tones: 'on' }}))");
        await v.GoAsync(Reading);
        // Tone colours make each syllable a span (a few hundred words at a time): measured once all are.
        await v.Page.WaitForFunctionAsync("() => [...document.querySelectorAll('.reading rt')].every(rt => rt.hasAttribute('data-split'))");
        var json = await v.Page.EvaluateAsync<JsonElement>(Measure);
        await v.Page.Locator(".para").Nth(3).ScrollIntoViewIfNeededAsync();
        await v.ScreenshotAsync(screenshot);
        v.AssertClean();
        return json.Deserialize<Geometry>(new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private static double Median(double[] values) => values.Order().ElementAt(values.Length / 2);

    [BrowserTheory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Pinyin_is_large_enough_and_word_boundaries_show_in_it(int width, int height)
    {
        var g = await MeasureAsync(width, height, "shown", $"typography-{width}");
        Assert.True(g.PinyinSizes.Length > 1000, $"only {g.PinyinSizes.Length} words measured");
        Assert.True(g.PinyinSizes.Min() >= 11, $"pinyin at {g.PinyinSizes.Min()} px");
        Assert.True(g.WordGaps.Length > 1000, $"only {g.WordGaps.Length} word pairs measured");
        var close = g.WordGaps.Count(gap => gap < 0.25);
        Assert.True(close == 0, $"{close} of {g.WordGaps.Length} adjacent words' pinyin closer than a quarter em (closest {g.WordGaps.Min():0.00} em)");
        // Syllables inside a word are written together; between words the gap is visibly larger.
        Assert.NotEmpty(g.SyllableGaps);
        Assert.True(g.SyllableGaps.Max() < 0.05, $"syllables inside a word {g.SyllableGaps.Max():0.00} em apart");
        Assert.True(g.WordGaps.Min() > g.SyllableGaps.Max() + 0.2);
        // The words of a long term are parted by less than words are.
        Assert.NotEmpty(g.SubWordGaps);
        Assert.True(g.SubWordGaps.Max() < g.WordGaps.Min(), $"words inside a term {g.SubWordGaps.Max():0.00} em apart, words {g.WordGaps.Min():0.00} em");
        // Long pinyin may widen a word, it does not open holes between its characters.
        Assert.True(g.InsideGaps.Length > 1000);
        Assert.All(g.InsideGaps, gap => Assert.InRange(gap, -0.02, 0.02));
        Assert.True(g.ScrollWidth <= g.Width, $"the page is {g.ScrollWidth} px wide in a {g.Width} px window");
    }

    [BrowserTheory]
    [InlineData(1280, 900, "hidden")]
    [InlineData(1280, 900, "hover")]
    [InlineData(390, 844, "hidden")]
    [InlineData(390, 844, "hover")]
    public async Task Without_visible_pinyin_the_characters_close_up_as_in_plain_text(int width, int height, string pinyin)
    {
        var g = await MeasureAsync(width, height, pinyin, $"typography-{width}-{pinyin}");
        Assert.Empty(g.WordGaps);
        Assert.True(g.AcrossGaps.Length > 500, $"only {g.AcrossGaps.Length} word boundaries measured");
        Assert.All(g.AcrossGaps, gap => Assert.InRange(gap, -0.02, 0.02));
        Assert.All(g.InsideGaps, gap => Assert.InRange(gap, -0.02, 0.02));
    }

    [BrowserFact]
    public async Task The_optional_word_spacing_puts_a_thin_space_between_words_in_the_Chinese_line()
    {
        var g = await MeasureAsync(1280, 900, "hidden", "typography-spaced", words: "spaced");
        Assert.True(g.AcrossGaps.Length > 500);
        Assert.All(g.AcrossGaps, gap => Assert.InRange(gap, 0.2, 0.3));
        Assert.All(g.InsideGaps, gap => Assert.InRange(gap, -0.02, 0.02));
    }
}

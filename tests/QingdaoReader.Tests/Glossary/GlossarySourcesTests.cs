using AngleSharp.Dom;
using QingdaoReader.Building;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Glossary;

/// <summary>The glossary's <c>sources:</c> field: how it is written, how mistakes are reported, how pages show it.</summary>
public class GlossarySourcesTests
{
    private const string Head = "- term: 新质生产力\n  english: new quality productive forces\n";

    private static GlossaryEntry ParseOne(string yaml) => Assert.Single(GlossaryLoader.Parse(yaml, "glossary.yml"));

    [Fact]
    public void A_source_is_a_web_address_a_dated_title_or_title_url_and_date()
    {
        var entry = ParseOne(Head + """
              sources:
                - https://english.www.gov.cn/news/202402/01/content_WS65bb2e23c6d0868f4e8e3b09.html
                - Report to the 20th National Congress of the CPC, 16 October 2022
                - title: Xi stresses development of new productive forces
                  url: https://english.www.gov.cn/news/
                  date: 2024-02-01
            """);
        Assert.Equal(
            [
                new GlossarySource(null, "https://english.www.gov.cn/news/202402/01/content_WS65bb2e23c6d0868f4e8e3b09.html", null),
                new GlossarySource("Report to the 20th National Congress of the CPC, 16 October 2022", null, null),
                new GlossarySource("Xi stresses development of new productive forces", "https://english.www.gov.cn/news/", "2024-02-01"),
            ],
            entry.Sources);
        Assert.Equal("https://english.www.gov.cn/news/202402/01/content_WS65bb2e23c6d0868f4e8e3b09.html", entry.Sources[0].Label);
    }

    [Fact]
    public void One_source_may_be_written_without_the_list_dash()
    {
        var entry = ParseOne(Head + "  sources: Report to the 20th National Congress of the CPC, 16 October 2022\n");
        Assert.Equal("Report to the 20th National Congress of the CPC, 16 October 2022", Assert.Single(entry.Sources).Title);
    }

    [Fact]
    public void Sources_and_official_are_optional()
    {
        var entry = ParseOne(Head);
        Assert.Empty(entry.Sources);
        Assert.False(entry.Official);
        Assert.True(ParseOne(Head + "  official: true\n").Official);
    }

    [Theory]
    // A title without any year: a reader could not find the document.
    [InlineData("  sources:\n    - https://www.gov.cn/\n    - Decision on reform\n", 5, "the source 'Decision on reform' has no date", "date")]
    // An address a browser would not take for one, or one that is not http(s).
    [InlineData("  sources:\n    - www.gov.cn/zhengce/\n", 4, "is not a web address", "https://")]
    [InlineData("  sources:\n    - title: A page\n      url: javascript:alert(1)\n", 5, "is not a web address", "https://")]
    [InlineData("  sources:\n    - title: Report\n      dat: 2022\n", 5, "unknown source field 'dat'", "did you mean 'date'?")]
    [InlineData("  sources:\n    - title: Report\n      date: October\n", 5, "the source's date 'October' has no year", "16 October 2022")]
    [InlineData("  sources:\n    - title: Report\n", 4, "has neither a date nor a url", "date:")]
    [InlineData("  sources: []\n", 3, "'sources' is an empty list", "at least one source")]
    [InlineData("  sources:\n", 3, "a source is empty", "after the dash")]
    [InlineData("  sources:\n    - [a, b]\n", 4, "a source must be", "own `- ` line")]
    [InlineData("  sources:\n    title: Report\n    date: 2022\n", 4, "'sources' must be a list", "starting with `- `")]
    public void A_malformed_source_is_reported_at_its_line_with_a_hint(string sources, int line, string message, string hint)
    {
        var e = Assert.Throws<UserError>(() => GlossaryLoader.Parse(Head + sources, "glossary.yml"));
        Assert.Equal(line, e.Location?.Line);
        Assert.Equal("glossary.yml", e.Location?.File);
        Assert.Contains(message, e.Message);
        Assert.Contains(hint, e.Hint);
    }

    private const string Reading = "---\ntitle: 新质生产力\n---\n\n发展新质生产力，培育新动能。\n\n::: en\nDevelop new quality productive forces.\n:::\n";

    private static (IDocument Glossary, IDocument Reading) Build(SiteFixture site, string glossary)
    {
        site.Reading("npf", Reading);
        site.Write("content/glossary.yml", glossary);
        new SiteBuilder(_ => new FakeLanguage()).Build(site.Path);
        return (Html.Parse(site.Read("_site/glossary/index.html")), Html.Parse(site.Read("_site/readings/npf/index.html")));
    }

    private const string TwoSources = Head + """
          category: policy slogan
          note: Productive forces driven by innovation.
          sources:
            - title: Xi stresses <b>new</b> productive forces
              url: https://english.www.gov.cn/news/202402/01/content_WS65bb2e23c6d0868f4e8e3b09.html?a=1&b=2
              date: 1 February 2024
            - Report to the 20th National Congress of the CPC <script>alert(1)</script>, 16 October 2022
        """;

    [Fact]
    public void The_glossary_page_shows_sources_as_links_where_they_have_an_address_and_escapes_them()
    {
        using var site = new SiteFixture();
        var (glossary, _) = Build(site, TwoSources);
        var sources = glossary.QuerySelector(".glossary-entry[id^='g-新质'] .g-sources")!;
        Assert.StartsWith("Sources: ", sources.TextContent);
        var link = Assert.Single(sources.QuerySelectorAll("a"));
        Assert.Equal("https://english.www.gov.cn/news/202402/01/content_WS65bb2e23c6d0868f4e8e3b09.html?a=1&b=2", link.GetAttribute("href"));
        Assert.Equal("Xi stresses <b>new</b> productive forces", link.TextContent);
        Assert.Empty(sources.QuerySelectorAll("b, script"));
        Assert.Equal("Sources: Xi stresses <b>new</b> productive forces, 1 February 2024; "
            + "Report to the 20th National Congress of the CPC <script>alert(1)</script>, 16 October 2022", sources.TextContent.Trim());
    }

    [Fact]
    public void The_term_popup_carries_the_sources_and_one_source_is_labelled_in_the_singular()
    {
        using var site = new SiteFixture();
        var (_, reading) = Build(site, Head + "  category: policy slogan\n  note: Innovation.\n  sources:\n    - https://www.gov.cn/\n");
        var term = reading.QuerySelector("a.term[data-term]")!;
        var popup = reading.GetElementById("pop-" + term.GetAttribute("data-term"))!;
        var sources = popup.QuerySelector(".popup-sources")!;
        Assert.Equal("Source: https://www.gov.cn/", sources.TextContent.Trim());
        Assert.Equal("https://www.gov.cn/", sources.QuerySelector("a")!.GetAttribute("href"));
        // The glossary note comes first, the link to the glossary last (the word popup copies these children in order).
        Assert.Equal(["popup-note", "popup-sources", "popup-more"],
            popup.Children.Select(c => c.ClassName ?? "").Where(c => c is "popup-note" or "popup-sources" or "popup-more").ToArray());
    }

    [Fact]
    public void An_entry_without_sources_shows_no_source_line()
    {
        using var site = new SiteFixture();
        var (glossary, reading) = Build(site, Head + "  category: policy slogan\n  note: Innovation.\n");
        Assert.NotNull(glossary.QuerySelector(".glossary-entry[id^='g-新质']"));
        Assert.Null(glossary.QuerySelector(".g-sources"));
        Assert.NotNull(reading.QuerySelector(".term-popup"));
        Assert.Null(reading.QuerySelector(".popup-sources"));
    }

    [Fact]
    public void Sources_stay_out_of_the_word_data()
    {
        using var site = new SiteFixture();
        Build(site, TwoSources);
        // The word data is words.js beside the page.
        var wordData = site.Read("_site/readings/npf/words.js");
        Assert.StartsWith("qrWords({", wordData);
        Assert.DoesNotContain("gov.cn", wordData);
    }

    [Fact]
    public void Every_entry_of_the_projects_glossary_has_a_source_and_most_take_their_english_from_an_official_one()
    {
        var entries = GlossaryLoader.Load(Repo.Path_("content"));
        Assert.True(entries.Count >= 400, $"{entries.Count} entries");
        Assert.All(entries, e => Assert.True(e.Sources.Count > 0, $"'{e.Term}' ({e.Location}) is unsourced"));
        // `official: true` only where the English is taken from an official text; the rest say so by leaving it out.
        Assert.InRange(entries.Count(e => e.Official) / (double)entries.Count, 0.5, 0.95);
    }

    [Theory]
    // Issue 18: renderings aligned with the official English of Xinhua, the 2023 document, the law and China Daily.
    [InlineData("因地制宜", "according to local conditions")]
    [InlineData("民营经济", "private economy")]
    [InlineData("科技成果转化", "transformation of scientific and technological achievements")]
    [InlineData("国家高速列车技术创新中心", "National High-speed Train Technology Innovation Center")]
    public void The_projects_glossary_uses_the_official_rendering(string term, string english)
    {
        var entry = GlossaryLoader.Load(Repo.Path_("content")).Single(e => e.Term == term);
        Assert.Equal(english, entry.English);
    }
}

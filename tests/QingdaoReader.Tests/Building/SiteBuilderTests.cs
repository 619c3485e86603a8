using AngleSharp.Dom;
using QingdaoReader.Building;
using QingdaoReader.Diagnostics;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Building;

public class SiteBuilderTests
{
    private const string Reading = """
        ---
        title: 改革开放
        title_en: Reform and opening up
        subtitle: ——青岛的故事
        source: 青岛日报
        date: "2024-05"
        ---

        {.caption}
        青岛港。

        ::: en
        Qingdao port.
        :::

        改革是发展的动力。

        ::: en
        Reform drives development.
        :::

        ## 加快发展新质生产力

        ::: en
        Speed up new quality productive forces
        :::

        发展新质生产力，
        是重要任务。

        ::: en
        Developing new quality productive forces is a key task.
        :::

        ## 扩大开放

        ::: en
        Wider opening up
        :::

        开放是鲜明标识。

        ::: en
        Opening up is a hallmark.
        :::
        """;

    private const string Glossary = """
        - term: 新质生产力
          english: new quality productive forces
          category: policy slogan
          note: Productive forces driven by innovation.
        - term: 一带一路
          english: Belt and Road Initiative
          category: policy slogan
          note: Not in the reading.
        """;

    private static (SiteFixture Site, FakeLanguage Language, BuildResult Result) BuildSite(string? config = null)
    {
        var site = new SiteFixture(config);
        site.Reading("reform", Reading);
        site.Write("content/glossary.yml", Glossary);
        var language = new FakeLanguage(("发展", "fā zhǎn"), ("改革", "gǎi gé"));
        var result = new SiteBuilder(_ => language).Build(site.Path);
        return (site, language, result);
    }

    private static IDocument Page(SiteFixture site, string path) => Html.Parse(site.Read("_site/" + path));

    [Fact]
    public void Writes_index_reading_glossary_and_assets()
    {
        var (site, _, result) = BuildSite();
        using var _s = site;
        Assert.Equal(1, result.Readings);
        foreach (var f in new[] { "index.html", "readings/reform/index.html", "glossary/index.html", "assets/reader.css", "assets/reader.js" })
            Assert.True(File.Exists(Path.Combine(site.Path, "_site", f)), f);
    }

    [Fact]
    public void Glossary_terms_are_registered_as_user_words_before_reading()
    {
        var (site, language, _) = BuildSite();
        using var _s = site;
        Assert.Contains("新质生产力", language.UserWords);
    }

    [Fact]
    public void The_toc_links_to_every_section_heading_by_a_chinese_id()
    {
        var (site, _, _) = BuildSite();
        using var _s = site;
        var doc = Page(site, "readings/reform/index.html");
        var links = doc.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["#加快发展新质生产力", "#扩大开放"], links);
        foreach (var href in links) Assert.Equal("h2", doc.GetElementById(href[1..])!.LocalName);
        Assert.DoesNotContain(doc.QuerySelectorAll("[id]"), e => e.Id == "section");
    }

    [Fact]
    public void Sections_link_to_the_previous_and_next_section()
    {
        var (site, _, _) = BuildSite();
        using var _s = site;
        var doc = Page(site, "readings/reform/index.html");
        var navs = doc.QuerySelectorAll("section .section-nav");
        Assert.Equal(2, navs.Length);
        Assert.Null(navs[0].QuerySelector("a[rel=prev]"));
        Assert.Equal("#扩大开放", navs[0].QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("#加快发展新质生产力", navs[1].QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }

    [Fact]
    public void Each_paragraph_carries_its_translation_in_english()
    {
        var (site, _, _) = BuildSite();
        using var _s = site;
        var doc = Page(site, "readings/reform/index.html");
        var paras = doc.QuerySelectorAll(".para");
        Assert.Equal(4, paras.Length);
        Assert.All(paras, p => Assert.Equal("en", p.QuerySelector(".en")!.GetAttribute("lang")));
        Assert.Equal("zh-Hans", doc.QuerySelector("article.reading")!.GetAttribute("lang"));
        Assert.Equal("Reform and opening up", doc.QuerySelector(".reading-title-en")!.TextContent);
    }

    [Fact]
    public void A_chinese_paragraph_wrapped_over_lines_has_no_space()
    {
        var (site, _, _) = BuildSite();
        using var _s = site;
        var doc = Page(site, "readings/reform/index.html");
        var para = doc.QuerySelectorAll(".para > p").Select(p => QingdaoReader.Annotation.RubyAnnotator.PlainText(p)).ToList();
        Assert.Contains("发展新质生产力，是重要任务。", para);
    }

    [Fact]
    public void A_glossary_term_is_a_link_into_the_glossary_with_a_popup()
    {
        var (site, _, _) = BuildSite();
        using var _s = site;
        var doc = Page(site, "readings/reform/index.html");
        var term = doc.QuerySelectorAll("a.term").First();
        var href = term.GetAttribute("href")!;
        Assert.StartsWith("../../glossary/#", href);
        var id = href.Split('#')[1];
        var glossary = Page(site, "glossary/index.html");
        Assert.NotNull(glossary.GetElementById(id));
        var popup = doc.GetElementById("pop-" + term.GetAttribute("data-term"))!;
        Assert.True(popup.HasAttribute("popover"));
        Assert.Equal("new quality productive forces", popup.QuerySelector(".popup-english")!.TextContent);
    }

    [Fact]
    public void The_glossary_page_links_each_entry_to_its_paragraphs()
    {
        var (site, _, _) = BuildSite();
        using var _s = site;
        var doc = Page(site, "glossary/index.html");
        var entry = doc.QuerySelector(".glossary-entry[id^='g-新质']")!;
        var places = entry.QuerySelectorAll(".g-occurrences a[href*='#']").ToList();
        Assert.Equal(2, places.Count);
        var reading = Page(site, "readings/reform/index.html");
        var paraIds = reading.QuerySelectorAll(".para").Select(p => p.Id).ToList();
        foreach (var a in places)
        {
            var href = a.GetAttribute("href")!;
            Assert.StartsWith("../readings/reform/#", href);
            var target = reading.GetElementById(href.Split('#')[1])!;
            if (target.ClassList.Contains("para")) Assert.Equal($"¶{paraIds.IndexOf(target.Id) + 1}", a.TextContent);
            else Assert.Equal("heading", a.TextContent);
        }
        Assert.Empty(doc.QuerySelector(".glossary-entry[id^='g-一带']")!.QuerySelectorAll(".g-occurrences a"));
    }

    [Fact]
    public void A_term_in_many_readings_lists_the_latest_and_says_how_many()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary);
        var total = GlossaryPages.ReadingsShown + 3;
        for (var i = 1; i <= total; i++)
            site.Reading($"r{i:D2}", $"---\ntitle: 第{i}篇\ndate: \"2024-01-{i:D2}\"\n---\n\n发展新质生产力。\n");
        new SiteBuilder(_ => new FakeLanguage()).Build(site.Path);

        var entry = Page(site, "glossary/index.html").QuerySelector(".glossary-entry[id^='g-新质']")!;
        var readings = entry.QuerySelectorAll(".g-occurrences a[lang='zh-Hans']").Select(a => a.TextContent).ToList();
        // The latest first: 第23篇 … 第4篇.
        Assert.Equal(Enumerable.Range(4, GlossaryPages.ReadingsShown).Reverse().Select(i => $"第{i}篇"), readings);
        Assert.Contains($"Occurs in {total} readings; the latest {GlossaryPages.ReadingsShown}:", entry.QuerySelector(".g-occurrences")!.TextContent);
    }

    [Fact]
    public void A_rebuild_removes_the_old_output_without_following_links_out_of_it()
    {
        var (site, language, _) = BuildSite();
        using var _s = site;
        using var outside = new TempDir();
        var keep = outside.Write("notes/keep.txt", "a teacher's file");
        // Links inside the old output, to a folder and to a file outside it.
        Directory.CreateSymbolicLink(Path.Combine(site.Path, "_site", "readings", "linked-folder"), Path.GetDirectoryName(keep)!);
        File.CreateSymbolicLink(Path.Combine(site.Path, "_site", "linked-file.txt"), keep);

        new SiteBuilder(_ => language).Build(site.Path);

        Assert.Equal("a teacher's file", File.ReadAllText(keep));
        Assert.False(Directory.Exists(Path.Combine(site.Path, "_site", "readings", "linked-folder")));
        Assert.False(File.Exists(Path.Combine(site.Path, "_site", "linked-file.txt")));
        Assert.NotNull(Page(site, "readings/reform/index.html").QuerySelector("ruby"));
    }

    [Fact]
    public void The_index_lists_the_reading()
    {
        var (site, _, _) = BuildSite();
        using var _s = site;
        var doc = Page(site, "index.html");
        var card = Assert.Single(doc.QuerySelectorAll(".reading-card"));
        Assert.Equal("readings/reform/", card.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("改革开放", card.QuerySelector(".card-title")!.TextContent);
    }

    [Fact]
    public void Every_page_is_html5_with_languages_marked()
    {
        var (site, _, _) = BuildSite();
        using var _s = site;
        foreach (var path in new[] { "index.html", "readings/reform/index.html", "glossary/index.html" })
        {
            var text = site.Read("_site/" + path);
            var doc = Html.Parse(text);
            Assert.Equal("html", doc.Doctype?.Name);
            Assert.NotNull(doc.QuerySelector("meta[charset]"));
            Assert.NotNull(doc.QuerySelector("meta[http-equiv='Content-Security-Policy']"));
            Assert.Empty(doc.QuerySelectorAll("script:not([src]):not([type='application/json'])"));
        }
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_as_it_was()
    {
        var (site, language, _) = BuildSite();
        using var _s = site;
        var before = site.Read("_site/readings/reform/index.html");
        site.Write("templates/reading.html", "{{ reading.no_such_field }}");
        var e = Assert.Throws<UserError>(() => new SiteBuilder(_ => language).Build(site.Path));
        Assert.EndsWith("reading.html", e.Location?.File);
        Assert.Equal(1, e.Location?.Line);
        Assert.Equal(before, site.Read("_site/readings/reform/index.html"));
        Assert.Empty(Directory.GetDirectories(site.Path, ".site-build-*"));
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        var (site, language, _) = BuildSite();
        using var _s = site;
        var first = Directory.GetFiles(Path.Combine(site.Path, "_site"), "*", SearchOption.AllDirectories).Order().Select(File.ReadAllBytes).ToList();
        new SiteBuilder(_ => language).Build(site.Path);
        var second = Directory.GetFiles(Path.Combine(site.Path, "_site"), "*", SearchOption.AllDirectories).Order().Select(File.ReadAllBytes).ToList();
        Assert.Equal(first, second);
    }

    [Fact]
    public void Output_outside_the_site_folder_is_refused_unless_named_explicitly()
    {
        using var site = new SiteFixture("output: ../elsewhere\n");
        site.Reading("reform", Reading);
        var e = Assert.Throws<UserError>(() => new SiteBuilder(_ => new FakeLanguage()).Build(site.Path));
        Assert.Contains("outside the site folder", e.Message);
    }
}

using System.Text.RegularExpressions;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Architecture;

/// <summary>
/// The language tag of a page's Chinese comes from the reading or the site (<c>language</c> in site.config.yml), never
/// from a literal in a template or a script: a site in Traditional characters (zh-Hant) must not be tagged Simplified.
/// </summary>
public class LanguageTagTests
{
    private static readonly Regex ChineseTag = new(@"zh-Han[st]", RegexOptions.CultureInvariant);

    [Fact]
    public void No_template_or_script_writes_a_chinese_language_tag()
    {
        var files = Directory.GetFiles(Repo.Path_("templates"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html") || f.EndsWith(".js"));
        var literals = files.SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, i, line)))
            .Where(x => ChineseTag.IsMatch(x.line)).Select(x => $"{Path.GetRelativePath(Repo.Root, x.f)}({x.i + 1}): {x.line.Trim()}").ToList();
        Assert.True(literals.Count == 0, string.Join("\n", literals));
    }

    [Fact]
    public void A_site_in_another_language_tags_its_pages_with_it()
    {
        using var site = new SiteFixture();
        site.Write("site.config.yml", "title: 測試\nlanguage: zh-Hant\n");
        site.Write("content/glossary.yml", "- term: 改革\n  english: reform\n");
        site.Reading("a", "---\ntitle: 標題\nsource: 報紙\n---\n\n改革是發展的動力。\n\n::: en\nReform drives development.\n:::\n");
        var r = Support.Cli.Run("build", "--site", site.Path, "-q");
        Assert.True(r.ExitCode == 0, r.Err);
        var reading = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Path, "_site", "readings", "a", "index.html")));
        Assert.Equal("zh-Hant", reading.QuerySelector("article.reading")!.GetAttribute("lang"));
        Assert.Empty(reading.QuerySelectorAll("[lang=zh-Hans]"));
        var glossary = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Path, "_site", "glossary", "index.html")));
        Assert.Equal("zh-Hant", glossary.QuerySelector(".g-term")!.GetAttribute("lang"));
        Assert.Empty(glossary.QuerySelectorAll("[lang=zh-Hans]"));
    }
}

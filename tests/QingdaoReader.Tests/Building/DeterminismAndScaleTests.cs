using System.Text;
using QingdaoReader.Building;
using QingdaoReader.Chinese;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Building;

/// <summary>
/// Builds are deterministic even while other tests build other sites in parallel: each build's glossary words are its
/// own (they no longer need a collection that runs alone).
/// </summary>
public class DeterminismAndScaleTests
{
    [Fact]
    public void Two_builds_of_the_project_site_are_byte_identical()
    {
        // The run's shared build against one more, made by a builder of its own.
        var a = ProjectSite.Root.Output;
        using var b = new TempDir();
        RealEngine.Builder().Build(Repo.Root, new BuildOptions { Output = b.Path });
        var filesA = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToList();
        var filesB = Directory.GetFiles(b.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b.Path, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(filesA, filesB);
        foreach (var f in filesA)
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b.Path, f))), $"{f} differs");
    }

    [Fact]
    public void A_glossary_far_above_scribans_default_loop_limit_renders()
    {
        using var site = new SiteFixture();
        var glossary = new StringBuilder();
        var text = new StringBuilder();
        // 1,500 distinct two-character terms (Scriban's default limit is 1,000 loop iterations).
        for (var i = 0; i < 1500; i++)
        {
            var term = $"{(char)(0x4E00 + i * 2)}{(char)(0x4E01 + i * 2)}";
            glossary.Append($"- term: {term}\n  english: term {i}\n  category: c{i % 7}\n  note: Note {i}.\n");
            if (i < 50) text.Append(term).Append('。');
        }
        site.Write("content/glossary.yml", glossary.ToString());
        site.Reading("big", $"---\ntitle: 大词表\n---\n\n{text}\n");
        new SiteBuilder(_ => new FakeLanguage()).Build(site.Path);
        var doc = Html.Parse(site.Read("_site/glossary/index.html"));
        Assert.Equal(1500, doc.QuerySelectorAll(".glossary-entry").Length);
    }
}

public class LongReadingTests
{
    [Fact]
    public void A_reading_of_several_megabytes_is_written_whole()
    {
        using var site = new SiteFixture();
        // One paragraph of about 3 MB of HTML once annotated, ending with a marker sentence.
        var text = string.Concat(Enumerable.Repeat("改革是发展的动力，开放是当代中国的鲜明标识。", 6000)) + "这是最后一句。";
        site.Reading("long", $"---\ntitle: 长文\n---\n\n{text}\n");
        new SiteBuilder(_ => new FakeLanguage(("改革", "gǎi gé"))).Build(site.Path);
        var doc = Html.Parse(site.Read("_site/readings/long/index.html"));
        var p = doc.QuerySelector(".para > p")!;
        Assert.Equal(text, QingdaoReader.Annotation.RubyAnnotator.PlainText(p));
        Assert.NotNull(doc.QuerySelector("footer.site-footer"));
    }
}

public class OverrideInPageTests
{
    [Fact]
    public void A_readings_own_pinyin_file_wins_over_the_site_file_and_the_engine()
    {
        using var site = new SiteFixture();
        site.Reading("a", "---\ntitle: 重庆\n---\n\n我去重庆和长沙。\n\n::: en\nI go to Chongqing and Changsha.\n:::\n");
        site.Write("content/pinyin.txt", "长沙: Zhǎngshā\n重庆: Zhòngqìng\n");
        site.Write("content/readings/a/pinyin.txt", "重庆: Chóngqìng\n");
        RealEngine.Builder().Build(site.Path);
        var doc = Html.Parse(site.Read("_site/readings/a/index.html"));
        var words = doc.QuerySelectorAll(".para ruby").ToDictionary(w => QingdaoReader.Annotation.RubyAnnotator.PlainText(w), w => Html.WordPinyin(w));
        Assert.Equal("Chóngqìng", words["重庆"]);
        Assert.Equal("Zhǎngshā", words["长沙"]);
        // The pinyin over the word is the override's, a place name capitalised as written there (Chángshā's
        // syllables, with the override's first reading of 长).
        Assert.Equal(["Zhǎng", "shā"], doc.QuerySelectorAll(".para ruby").First(w => w.TextContent.StartsWith("长")) is { } changsha ? Html.Syllables(changsha) : []);
    }
}

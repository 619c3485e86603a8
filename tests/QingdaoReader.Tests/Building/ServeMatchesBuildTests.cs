using QingdaoReader.Building;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Building;

/// <summary>
/// <c>qreader serve</c> keeps one builder alive across edits; what it writes after any edit must be what a fresh
/// <c>qreader build</c> of the same files writes. The glossary's terms are the segmenter's user words, so a glossary
/// edit must change the cut in the next rebuild exactly as in a fresh build (issue 13).
/// </summary>
public class ServeMatchesBuildTests
{
    private const string Reading = "---\ntitle: 智改数转\n---\n\n青岛每年实施智改数转网联企业1000家，加快发展新质生产力。\n";

    private static string Glossary(params string[] terms) => string.Concat(terms.Select(t =>
        $"- term: {t}\n  english: {t} in English\n  category: reform measure\n  note: A note on {t}.\n"));

    [Fact]
    public void A_rebuild_after_a_glossary_term_is_removed_equals_a_fresh_build()
    {
        using var site = new SiteFixture();
        site.Write("content/glossary.yml", Glossary("智改数转网联", "新质生产力"));
        site.Reading("a", Reading);
        var serve = RealEngine.Builder(keepReadings: true);
        serve.Build(site.Path);

        site.Write("content/glossary.yml", Glossary("新质生产力"));
        serve.Build(site.Path);

        using var fresh = new TempDir();
        RealEngine.Builder().Build(site.Path, new BuildOptions { Output = fresh.Path });
        AssertSameFiles(fresh.Path, Path.Combine(site.Path, "_site"));
        // And the term is no longer one word on the page.
        var page = Html.Parse(site.Read("_site/readings/a/index.html"));
        Assert.DoesNotContain(page.QuerySelectorAll(".w"), w => w.QuerySelectorAll("ruby").Length > 0
            && string.Concat(w.QuerySelectorAll("ruby").SelectMany(r => r.ChildNodes).Where(n => n.NodeName == "#text").Select(n => n.TextContent)) == "智改数转网联");
    }

    [Fact]
    public void Two_sites_built_in_one_process_do_not_see_each_others_glossary_words()
    {
        using var withTerm = new SiteFixture();
        withTerm.Write("content/glossary.yml", Glossary("智改数转网联"));
        withTerm.Reading("a", Reading);
        using var without = new SiteFixture();
        without.Write("content/glossary.yml", Glossary("新质生产力"));
        without.Reading("a", Reading);

        using var first = new TempDir();
        RealEngine.Builder().Build(without.Path, new BuildOptions { Output = first.Path });
        RealEngine.Builder().Build(withTerm.Path);
        using var second = new TempDir();
        RealEngine.Builder().Build(without.Path, new BuildOptions { Output = second.Path });
        AssertSameFiles(first.Path, second.Path);
    }

    private static void AssertSameFiles(string expectedDir, string actualDir)
    {
        static List<string> Files(string dir) => Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal).ToList();
        var expected = Files(expectedDir);
        Assert.Equal(expected, Files(actualDir));
        foreach (var f in expected)
            Assert.True(File.ReadAllBytes(Path.Combine(expectedDir, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actualDir, f))), $"{f} differs");
    }
}

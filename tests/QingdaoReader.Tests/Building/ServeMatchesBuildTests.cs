using AngleSharp.Dom;
using CsCheck;
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
        Assert.DoesNotContain(page.QuerySelectorAll("ruby"), w =>
            string.Concat(w.ChildNodes.Where(n => n.NodeName == "#text").Select(n => n.TextContent)) == "智改数转网联");
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

    /// <summary>An edit a teacher makes while <c>qreader serve</c> runs.</summary>
    public enum Edit { AddTerm, RemoveTerm, EditReading, AddReading, RemoveReading, SetOverride, ClearOverride }

    private static readonly string[] Terms = ["智改数转网联", "新质生产力", "工赋青岛", "链长制", "胶东经济圈"];
    private static readonly string[] Sentences =
    [
        "青岛每年实施智改数转网联企业1000家。", "聚焦工赋青岛，推行链长制。", "胶东经济圈一体化发展。",
        "加快发展新质生产力，银行行长在会上发言。", "重庆和青岛都是港口城市。",
    ];

    [Fact]
    public void Any_sequence_of_edits_under_serve_gives_what_a_fresh_build_gives()
    {
        // Without a glossary, jieba cuts none of the terms whole: so a term cut whole on a page came from a glossary.
        foreach (var sentence in Sentences)
            Assert.DoesNotContain(QingdaoReader.Chinese.ChineseLanguage.Shared.Segmenter.Cut(sentence), t => Terms.Contains(t.Text));
        var edits = Gen.Select(Gen.Enum<Edit>(), Gen.Int[0, 4]).Array[1, 5];
        edits.Sample(sequence =>
        {
            using var site = new SiteFixture();
            var glossary = new List<string> { Terms[0] };
            var readings = new Dictionary<string, string> { ["a"] = Sentences[0] };
            string overrides = "";
            void WriteSite()
            {
                site.Write("content/glossary.yml", Glossary([.. glossary]));
                site.Write("content/pinyin.txt", overrides);
                foreach (var dir in Directory.GetDirectories(Path.Combine(site.Path, "content", "readings")))
                    if (!readings.ContainsKey(Path.GetFileName(dir))) Directory.Delete(dir, true);
                foreach (var (slug, text) in readings) site.Reading(slug, $"---\ntitle: 读{slug}\n---\n\n{text}\n");
            }
            WriteSite();
            var serve = RealEngine.Builder(keepReadings: true);
            serve.Build(site.Path);
            foreach (var (edit, n) in sequence)
            {
                switch (edit)
                {
                    case Edit.AddTerm when !glossary.Contains(Terms[n]): glossary.Add(Terms[n]); break;
                    case Edit.RemoveTerm when glossary.Count > 1: glossary.RemoveAt(n % glossary.Count); break;
                    case Edit.EditReading: readings[readings.Keys.First()] = Sentences[n] + Sentences[(n + 1) % Sentences.Length]; break;
                    case Edit.AddReading: readings[$"r{n}"] = Sentences[n]; break;
                    case Edit.RemoveReading when readings.Count > 1: readings.Remove(readings.Keys.Last()); break;
                    case Edit.SetOverride: overrides = n % 2 == 0 ? "行长: háng zhǎng\n" : "重庆: Chóngqìng\n"; break;
                    case Edit.ClearOverride: overrides = ""; break;
                }
                WriteSite();
                serve.Build(site.Path);
            }
            using var fresh = new TempDir();
            RealEngine.Builder().Build(site.Path, new BuildOptions { Output = fresh.Path });
            AssertSameFiles(fresh.Path, Path.Combine(site.Path, "_site"));
            // Compared with what needs no earlier build at all: exactly the current glossary's terms are cut whole.
            foreach (var (slug, text) in readings)
            {
                var words = WordsOn(site.Read($"_site/readings/{slug}/index.html"));
                foreach (var term in Terms.Where(t => text.Contains(t, StringComparison.Ordinal)))
                    Assert.True(glossary.Contains(term) == words.Contains(term), $"{term} cut whole: {words.Contains(term)}, in the glossary: {glossary.Contains(term)}");
            }
        }, iter: 12, threads: 1);
    }

    /// <summary>The Chinese text of each annotated word on a page (its ruby bases, without the pinyin).</summary>
    private static HashSet<string> WordsOn(string html) =>
        Html.Parse(html).QuerySelectorAll("ruby").Select(w => string.Concat(w.Descendants<IText>()
            .Where(t => t.ParentElement?.LocalName != "rt").Select(t => t.Data))).ToHashSet();

    /// <summary>The same files, byte for byte.</summary>
    internal static void AssertSameFiles(string expectedDir, string actualDir)
    {
        static List<string> Files(string dir) => Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal).ToList();
        var expected = Files(expectedDir);
        Assert.Equal(expected, Files(actualDir));
        foreach (var f in expected)
            Assert.True(File.ReadAllBytes(Path.Combine(expectedDir, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actualDir, f))), $"{f} differs");
    }
}

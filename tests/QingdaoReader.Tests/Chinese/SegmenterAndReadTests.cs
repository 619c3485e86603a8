using QingdaoReader.Content;
using QingdaoReader.Chinese;
using QingdaoReader.Text;

namespace QingdaoReader.Tests.Chinese;

public sealed class SegmenterAndReadTests
{
    private static string SeedArticle => File.ReadAllText(Path.Combine(RepoRoot(), "seeds", "000_86cb19878fc6a222.txt"));

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QingdaoReader.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [Theory]
    [InlineData("进一步全面深化改革，推进高水平对外开放")]
    [InlineData("■ 京东方青岛基地。\n\n  5月22日至24日， ABC 3.5%  \r\n")]
    [InlineData("𠀀𠀁好，〇一二 and ｆｕｌｌ width；😀 emoji")]
    [InlineData("  \t ")]
    [InlineData("a")]
    public void Read_preserves_the_text_exactly(string text)
    {
        var words = Read.Language.Read(text);
        Assert.Equal(text, string.Concat(words.Select(w => w.Text)));
        foreach (var w in words)
        {
            int runes = w.Text.EnumerateRunes().Count();
            Assert.Equal(runes, w.Syllables.Count);
            Assert.Equal(runes, w.SpokenSyllables.Count);
        }
    }

    [Fact]
    public void Read_preserves_the_seed_article_and_reads_every_han_character()
    {
        string text = SeedArticle;
        var words = Read.Language.Read(text);
        Assert.Equal(text, string.Concat(words.Select(w => w.Text)));
        foreach (var w in words)
        {
            int i = 0;
            foreach (var rune in w.Text.EnumerateRunes())
            {
                Assert.Equal(ChineseScript.IsHan(rune.Value), w.Syllables[i] is not null);
                i++;
            }
        }
    }

    [Fact]
    public void Non_han_words_have_no_pinyin()
    {
        var word = Read.Language.Read("ABC").Single();
        Assert.False(word.HasHan);
        Assert.Equal("", word.WordPinyin);
    }

    [Fact]
    public void Segmenter_tags_names_and_places()
    {
        var tokens = Read.Language.Segmenter.Cut("习近平来到济南");
        Assert.Contains(tokens, t => t.Text == "习近平" && t.Tag.StartsWith("nr", StringComparison.Ordinal));
        Assert.Contains(new Token("济南", "ns"), tokens);
    }

    [Fact]
    public void Cut_is_safe_from_several_threads()
    {
        string[] lines = SeedArticle.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var segmenter = Read.Language.Segmenter;
        var expected = lines.Select(l => string.Join("|", segmenter.Cut(l))).ToArray();
        var actual = new string[lines.Length];
        Parallel.For(0, lines.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            int line = i % lines.Length;
            actual[line] = string.Join("|", segmenter.Cut(lines[line]));
        });
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void User_words_are_cut_as_one_word_by_that_segmenter_only()
    {
        var shared = Read.Language.Segmenter;
        Assert.DoesNotContain(shared.Cut("聚焦工赋青岛"), t => t.Text == "工赋青岛");
        var site = shared.WithUserWords(["工赋青岛"]);
        Assert.Contains(new Token("工赋青岛", "n"), site.Cut("聚焦工赋青岛"));
        // The shared dictionary is unchanged, and a later set of words replaces, not extends, the earlier one.
        Assert.DoesNotContain(shared.Cut("聚焦工赋青岛"), t => t.Text == "工赋青岛");
        Assert.DoesNotContain(site.WithUserWords(["别的词"]).Cut("聚焦工赋青岛"), t => t.Text == "工赋青岛");
    }
}

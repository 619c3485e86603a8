using QingdaoReader.Chinese;
using QingdaoReader.Glossary;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Chinese;

/// <summary>
/// <see cref="JiebaModel"/> rewrites jieba.NET's POS segmenter for speed: it must cut every text as jieba.NET does,
/// pair for pair and tag for tag, with the same user words added.
/// </summary>
public sealed class JiebaEquivalenceTests
{
    private static readonly Lazy<(JiebaModel Ours, JiebaUserWords Words, JiebaNet.Segmenter.PosSeg.PosSegmenter Theirs)> Segmenters = new(() =>
    {
        // jieba.NET reads its own files (copied beside the tests); ours reads the language data packed from them.
        var directory = Path.Combine(AppContext.BaseDirectory, "Resources", "jieba");
        var ours = JiebaModel.Load(QingdaoReader.Chinese.Binary.LanguageDataFile.Embedded);
        var terms = GlossaryLoader.Load(Repo.Path_("content")).Select(g => g.Term).Append("胶东经济圈").Append("abc好x").ToList();
        // Only this test uses jieba.NET itself, so its process-wide dictionary holds exactly the words added here.
        JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir = directory;
        var jieba = new JiebaNet.Segmenter.JiebaSegmenter();
        var theirs = new JiebaNet.Segmenter.PosSeg.PosSegmenter(jieba);
        foreach (var term in terms) jieba.AddWord(term, 0, "n");
        return (ours, ours.WithUserWords(terms.Select(t => (t, "n"))), theirs);
    });

    public static TheoryData<string> Texts() =>
    [
        "content/readings/shandong-inspection-qingdao/index.md",
        "tests/QingdaoReader.Accuracy/Data/news.tuning.txt",
        "tests/QingdaoReader.Accuracy/Data/news.unseen.txt",
        "tests/QingdaoReader.Accuracy/Data/polyphones.txt",
        "tests/QingdaoReader.Accuracy/Data/seed.txt",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Cuts_as_jieba_NET_does(string file)
    {
        var (ours, words, theirs) = Segmenters.Value;
        foreach (var line in File.ReadAllText(Repo.Path_(file)).Split('\n'))
        {
            var expected = theirs.Cut(line).Select(p => $"{p.Word}/{p.Flag}").ToList();
            var actual = ours.Cut(line, words).Select(p => $"{p.Word}/{p.Tag}").ToList();
            Assert.True(expected.SequenceEqual(actual), $"{line}\njieba.NET: {string.Join(" ", expected)}\nours:      {string.Join(" ", actual)}");
        }
    }

    [Theory]
    [InlineData("2024年5月，青岛GDP增长5.8%，A+B方案、C#语言和AT&T公司。")]
    [InlineData("  空格\r\n换行\t制表 全角　空格…… “引号”《书名》")]
    [InlineData("乒乓球拍卖完了，结婚的和尚未结婚的，南京市长江大桥")]
    [InlineData("𠀀𠀁字与〇和㐀，abc好x与胶东经济圈")]
    [InlineData("x")]
    public void Cuts_edge_cases_as_jieba_NET_does(string text)
    {
        var (ours, words, theirs) = Segmenters.Value;
        Assert.Equal(theirs.Cut(text).Select(p => $"{p.Word}/{p.Flag}"), ours.Cut(text, words).Select(p => $"{p.Word}/{p.Tag}"));
    }
}

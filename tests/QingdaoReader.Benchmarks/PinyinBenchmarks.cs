using BenchmarkDotNet.Attributes;
using QingdaoReader.Chinese;
using QingdaoReader.Text;

namespace QingdaoReader.Benchmarks;

/// <summary>
/// Issue 3's speed targets: loading the engine's data ≤ 300 ms; pinyin for segmented text ≥ 5 million characters per
/// second on one core. <see cref="ConvertSeedArticle"/> reads the pre-segmented seed article; divide its length
/// (reported as CharactersPerOperation) by the mean time. Issue 12: the polyphone model's cost, on the seed (news: few
/// open characters) and on the first 1,000 sentences of the CPP dev set (encyclopedia text: one open polyphone in
/// most sentences), each with and without the model; the whole Chinese stage (segment and read) must stay ≥ 1 million
/// Han characters per second per core.
/// </summary>
[MemoryDiagnoser]
public class PinyinBenchmarks
{
    private ChineseLanguage _language = null!;
    private ChineseLanguage _withoutModel = null!;
    private IReadOnlyList<Token> _tokens = null!;
    private List<string> _cppSentences = [];
    private List<IReadOnlyList<Token>> _cppTokens = [];

    public static int CharactersPerOperation { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _language = ChineseLanguage.Load();
        _withoutModel = ChineseLanguage.Load(polyphoneModel: false);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QingdaoReader.sln"))) dir = dir.Parent;
        string text = File.ReadAllText(Path.Combine(dir!.FullName, "seeds", "000_86cb19878fc6a222.txt"));
        _tokens = _language.Segmenter.Cut(text);
        CharactersPerOperation = text.Length;
        Console.WriteLine($"// seed article: {text.Length} characters, {_tokens.Count} tokens");
        string cpp = Path.Combine(dir.FullName, "..", "shared", "data", "cpp", "dev.sent");
        if (File.Exists(cpp))
        {
            _cppSentences = File.ReadLines(cpp).Take(1000).Select(l => l.Replace("▁", "")).ToList();
            _cppTokens = _cppSentences.Select(s => _language.Segmenter.Cut(s)).ToList();
            Console.WriteLine($"// CPP dev, first 1,000 sentences: {_cppSentences.Sum(s => s.Count(c => ChineseScript.IsHan(c)))} Han characters");
        }
    }

    [Benchmark]
    public IReadOnlyList<PronouncedWord> ConvertSeedArticle() => _language.Converter.Convert(_tokens);

    [Benchmark]
    public IReadOnlyList<PronouncedWord> ConvertSeedArticleWithoutModel() => _withoutModel.Converter.Convert(_tokens);

    [Benchmark]
    public int ConvertCppSentences() => ConvertAll(_language);

    [Benchmark]
    public int ConvertCppSentencesWithoutModel() => ConvertAll(_withoutModel);

    /// <summary>Segmentation and reading together, the whole Chinese stage, on the CPP sentences.</summary>
    [Benchmark]
    public int ReadCppSentences()
    {
        int words = 0;
        foreach (string s in _cppSentences) words += _language.Read(s).Count;
        return words;
    }

    [Benchmark]
    public ChineseLanguage LoadEngineData() => ChineseLanguage.Load();

    private int ConvertAll(ChineseLanguage language)
    {
        int words = 0;
        foreach (var tokens in _cppTokens) words += language.Converter.Convert(tokens).Count;
        return words;
    }
}

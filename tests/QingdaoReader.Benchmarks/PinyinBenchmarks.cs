using BenchmarkDotNet.Attributes;
using QingdaoReader.Chinese;

namespace QingdaoReader.Benchmarks;

/// <summary>
/// Issue 3's speed targets: loading the engine's data ≤ 300 ms; pinyin for segmented text ≥ 5 million characters per
/// second on one core. <see cref="ConvertSeedArticle"/> reads the pre-segmented seed article; divide its length
/// (reported as CharactersPerOperation) by the mean time.
/// </summary>
[MemoryDiagnoser]
public class PinyinBenchmarks
{
    private ChineseLanguage _language = null!;
    private IReadOnlyList<Token> _tokens = null!;

    public static int CharactersPerOperation { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _language = ChineseLanguage.Load();
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "QingdaoReader.sln"))) dir = dir.Parent;
        string text = File.ReadAllText(Path.Combine(dir!.FullName, "seeds", "000_86cb19878fc6a222.txt"));
        _tokens = _language.Segmenter.Cut(text);
        CharactersPerOperation = text.Length;
        Console.WriteLine($"// seed article: {text.Length} characters, {_tokens.Count} tokens");
    }

    [Benchmark]
    public IReadOnlyList<WordReading> ConvertSeedArticle() => _language.Converter.Convert(_tokens);

    [Benchmark]
    public ChineseLanguage LoadEngineData() => ChineseLanguage.Load();
}

using BenchmarkDotNet.Attributes;
using QingdaoReader.Annotation;
using QingdaoReader.Building;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Glossary;
using QingdaoReader.Output;
using QingdaoReader.Rendering;
using QingdaoReader.Text;

namespace QingdaoReader.Benchmarks;

/// <summary>
/// The build's stages on the seed reading (content/readings/shandong-inspection-qingdao), each alone, warm:
/// segmentation (ours, and jieba.NET's own POS segmenter as the anchor), pinyin, annotation (Markdown → annotated
/// HTML, word data, vocabulary: <see cref="ReadingCompiler"/>), rendering (every page through the templates) and
/// writing (the rendered files to a staging folder and the swap).
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private ChineseLanguage _language = null!;
    private ChineseLanguageServices _services = null!;
    private JiebaNet.Segmenter.PosSeg.PosSegmenter _jiebaNet = null!;
    private List<string> _lines = null!;
    private List<IReadOnlyList<Token>> _tokens = null!;
    private Reading _reading = null!;
    private ReadingCompiler _compiler = null!;
    private CompiledReading _compiled = null!;
    private Dictionary<string, QingdaoReader.Rendering.GlossaryEntryView> _glossaryViews = null!;
    private SitePages _pages = null!;
    private List<(string Path, string Text)> _files = null!;
    private string _output = null!;

    /// <summary>Han characters in the seed reading's text (title, body): divide by the mean time for characters per second.</summary>
    public static int HanCharacters { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = Repo.Root;
        var content = Path.Combine(root, "content");
        _language = ChineseLanguage.Load();
        _services = new ChineseLanguageServices(_language, content);
        var glossary = GlossaryLoader.Load(content);
        _services.UseUserWords(glossary.Select(g => g.Term));
        _reading = ReadingLoader.LoadAll(content).Single(r => r.Slug == "shandong-inspection-qingdao");
        _lines = _reading.Body.Split('\n').Where(ChineseScript.ContainsHan).ToList();
        _tokens = _lines.Select(l => _language.Segmenter.Cut(l)).ToList();
        HanCharacters = _lines.Sum(l => l.Count(ChineseScript.IsHan));
        _compiler = new ReadingCompiler(_services, new GlossaryMatcher(glossary));
        _compiled = _compiler.Compile(_reading);

        JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources", "jieba");
        var jieba = new JiebaNet.Segmenter.JiebaSegmenter();
        foreach (var g in glossary) jieba.AddWord(g.Term, 0, "n");
        _jiebaNet = new JiebaNet.Segmenter.PosSeg.PosSegmenter(jieba);

        var layout = new OutputLayout("/");
        var site = new SiteView("QingdaoReader", "", "zh-CN", layout.BaseUrl, "QingdaoReader");
        _pages = new SitePages(site, layout, new TemplateRenderer(Path.Combine(root, "templates")),
            GlossaryPages.Views(glossary, _services.ReaderFor(null)));
        _glossaryViews = GlossaryPages.WithOccurrences(GlossaryPages.Views(glossary, _services.ReaderFor(null)), [ReadingSummary.Of(_compiled)]);
        _output = Path.Combine(Path.GetTempPath(), "qreader-bench-" + Environment.ProcessId, "_site");
        using (var writer = new SiteWriter(_output))
        {
            foreach (var file in _pages.ReadingFiles(_compiled)) writer.Write(file);
            foreach (var file in SitePagesOf()) writer.Write(file);
            writer.Commit();
        }
        _files = Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(_output, f), File.ReadAllText(f))).ToList();
        Console.WriteLine($"// seed reading: {HanCharacters} Han characters in {_lines.Count} lines; {_files.Count} files");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var dir = Path.GetDirectoryName(_output)!;
        if (Directory.Exists(dir)) Directory.Delete(dir, true);
    }

    [Benchmark]
    public int Segment()
    {
        int n = 0;
        foreach (var line in _lines) n += _language.Segmenter.Cut(line).Count;
        return n;
    }

    [Benchmark]
    public int SegmentJiebaNet()
    {
        int n = 0;
        foreach (var line in _lines) n += _jiebaNet.Cut(line).Count();
        return n;
    }

    [Benchmark]
    public int Pinyin()
    {
        int n = 0;
        foreach (var t in _tokens) n += _language.Converter.Convert(t).Count;
        return n;
    }

    [Benchmark]
    public CompiledReading Annotate() => _compiler.Compile(_reading);

    // The site's pages (index, glossary, 404), as the build's page outputs make them.
    private List<OutputFile> SitePagesOf()
    {
        var input = new SiteOutputInput("QingdaoReader", new OutputLayout("/"), _pages, [ReadingSummary.Of(_compiled)], _glossaryViews, [], "");
        return SiteOutputs.Pages.SelectMany(o => o.Files(input)).ToList();
    }

    /// <summary>Every page through the templates: the reading's files, then the site pages written into a staging folder that is thrown away.</summary>
    [Benchmark]
    public int Render()
    {
        using var writer = new SiteWriter(_output);
        var pages = SitePagesOf();
        foreach (var file in pages) writer.Write(file);
        return _pages.ReadingFiles(_compiled).Sum(f => f.Text().Length) + pages.Count;
    }

    [Benchmark]
    public int Write()
    {
        using var writer = new SiteWriter(_output);
        foreach (var (path, text) in _files) writer.WriteText(path, text);
        writer.Commit();
        return _files.Count;
    }

}

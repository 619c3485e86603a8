using QingdaoReader.Annotation;
using QingdaoReader.Building;
using QingdaoReader.Chinese;
using QingdaoReader.Content;

namespace QingdaoReader.Tests.Building;

/// <summary>
/// serve's memory of the Chinese stage reads again only the runs of text an edit changed, and nothing it remembers
/// outlives what it was read under (the site key, the reading's overrides).
/// </summary>
public sealed class RememberedReadingsTests
{
    private sealed class CountingLanguage : ILanguageServices
    {
        public List<string> Reads { get; } = [];
        public void UseUserWords(IEnumerable<string> words) { }
        public DictionaryEntry? Lookup(string word) => null;
        public IWordReader ReaderFor(Reading? reading) => new CountingReader(this);

        private sealed class CountingReader(CountingLanguage owner) : IWordReader
        {
            public IReadOnlyList<PronouncedWord> Read(string text)
            {
                lock (owner.Reads) owner.Reads.Add(text);
                return [new PronouncedWord(text, "x", [], [], "")];
            }
        }
    }

    private static Reading ReadingAt(string path) => new("a", path, new ReadingMetadata { Title = "t" }, "", 1);

    private static List<string> Build(RememberedWords memory, CountingLanguage inner, string siteKey, params string[] runs)
    {
        inner.Reads.Clear();
        var reading = ReadingAt("/site/content/readings/a/index.md");
        var reader = memory.Around(inner, siteKey, _ => "").ReaderFor(reading);
        foreach (var run in runs) Assert.Equal(run, reader.Read(run).Single().Text);
        memory.Keep(new HashSet<string> { reading.SourcePath });
        return [.. inner.Reads];
    }

    [Fact]
    public void A_rebuild_reads_again_only_the_runs_that_changed()
    {
        var memory = new RememberedWords();
        var inner = new CountingLanguage();
        Assert.Equal(["青岛", "山东", "济南"], Build(memory, inner, "k", "青岛", "山东", "济南"));
        Assert.Equal(["山东省"], Build(memory, inner, "k", "青岛", "山东省", "济南"));
        // The edited run's old text is forgotten: putting it back reads it again.
        Assert.Equal(["山东"], Build(memory, inner, "k", "青岛", "山东", "济南"));
    }

    [Fact]
    public void Another_site_key_reads_everything_again()
    {
        var memory = new RememberedWords();
        var inner = new CountingLanguage();
        Build(memory, inner, "glossary 1", "青岛", "山东");
        Assert.Equal(["青岛", "山东"], Build(memory, inner, "glossary 2", "青岛", "山东"));
    }

    [Fact]
    public void A_build_of_many_readings_is_not_remembered()
    {
        var memory = new RememberedWords();
        var inner = new CountingLanguage();
        var readings = Enumerable.Range(0, RememberedWords.MaxReadings + 1).Select(i => ReadingAt($"/r{i}.md")).ToList();
        var language = memory.Around(inner, "k", _ => "");
        foreach (var r in readings) language.ReaderFor(r).Read("青岛");
        memory.Keep(readings.Select(r => r.SourcePath).ToHashSet());
        inner.Reads.Clear();
        memory.Around(inner, "k", _ => "").ReaderFor(readings[0]).Read("青岛");
        Assert.Equal(["青岛"], inner.Reads);
    }
}

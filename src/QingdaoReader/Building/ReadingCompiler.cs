using QingdaoReader.Config;
using AngleSharp.Dom;
using QingdaoReader.Annotation;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Content.Markdown;
using QingdaoReader.Glossary;
using QingdaoReader.Output;
using QingdaoReader.Parsing;
using QingdaoReader.Rendering;

namespace QingdaoReader.Building;

/// <summary>
/// One reading through the content stages: Parse (blocks paired with their translations, made paragraphs and parts) →
/// Annotate (words, readings, terms as records), plus the word data and vocabulary its page links to. It writes no
/// HTML: <see cref="SitePages"/> renders the records. Pure: the same reading, glossary and language data give the
/// same result, so a rebuild can reuse it.
/// </summary>
public sealed class ReadingCompiler(ILanguageServices language, GlossaryMatcher glossary, RawHtmlPolicy rawHtml = RawHtmlPolicy.Sanitize)
{
    private readonly ReadingParser _parser = new(rawHtml);

    public CompiledReading Compile(Reading reading)
    {
        var parsed = _parser.Parse(reading);
        var body = parsed.Body;
        var document = body.Owner!;
        var sections = ReadingStructure.Apply(body, parsed.Groups);
        var annotator = new RubyAnnotator(language.ReaderFor(reading), glossary);

        var header = document.CreateElement("header");
        var titleSpan = document.CreateElement("span");
        titleSpan.TextContent = reading.Metadata.Title;
        header.AppendChild(titleSpan);
        IElement? subtitleSpan = null;
        if (!string.IsNullOrWhiteSpace(reading.Metadata.Subtitle))
        {
            subtitleSpan = document.CreateElement("span");
            subtitleSpan.TextContent = reading.Metadata.Subtitle!;
            header.AppendChild(subtitleSpan);
        }
        // The sentences of each paragraph, read before annotation (for the vocabulary's example sentences).
        var paragraphs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var para in sections.All.SelectMany(p => p.Paragraphs))
        {
            if (para.Id.Length == 0 || numbers.ContainsKey(para.Id)) continue;
            numbers[para.Id] = numbers.Count + 1;
            var blocks = para.Wrapped ? para.Attached.Select(a => a.Element).Prepend(para.Main) : para.Main.Children;
            paragraphs[para.Id] = Sentences.Split(string.Concat(blocks.Where(c => c.LocalName == "p").Select(c => c.TextContent)));
        }

        // Annotate: the reading's parts as records, in page order (title, subtitle, introduction, sections).
        var title = annotator.Annotate(titleSpan);
        var subtitle = subtitleSpan is null ? null : annotator.Annotate(subtitleSpan);
        var intro = sections.Intro is { } introPart ? annotator.Annotate(introPart) : null;
        var parts = sections.Sections.Select(annotator.Annotate).ToList();
        List<AnnotatedContent> all = [title, .. subtitle is null ? [] : new[] { subtitle }, .. intro is null ? [] : new[] { intro }, .. parts];
        var annotated = all.SelectMany(c => c.Words).ToList();

        var words = WordData.Collect(annotated.Select(w => w.Text), language.Lookup);
        return new CompiledReading(reading, title, subtitle, intro, sections.Outline, parts, all.SelectMany(c => c.Terms).ToList(), numbers,
            annotated.Sum(w => w.HanCount), words, Vocabulary(all, paragraphs, words), Difficulty(annotated, words));
    }

    private static ReadingDifficulty Difficulty(IReadOnlyList<AnnotatedWord> annotated, IReadOnlyDictionary<string, WordInfo> words) =>
        ReadingDifficulty.Of(annotated.Select(w => words.TryGetValue(w.Text, out var info) ? info.Level : HskLevels.NotListed).ToList());

    /// <summary>
    /// The words a learner would study: those beyond HSK 2 (or outside HSK), and every glossary term, each with the
    /// pinyin it has in this reading and the first sentence it occurs in, in order of first occurrence.
    /// </summary>
    private static List<VocabularyItem> Vocabulary(IEnumerable<AnnotatedContent> annotated,
        IReadOnlyDictionary<string, IReadOnlyList<string>> paragraphs, IReadOnlyDictionary<string, WordInfo> words)
    {
        var items = new List<VocabularyItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string Sentence(string anchor, string text) =>
            paragraphs[anchor].FirstOrDefault(s => s.Contains(text, StringComparison.Ordinal)) ?? "";
        void AddWord(AnnotatedWord w)
        {
            if (!paragraphs.ContainsKey(w.AnchorId)) return;
            if (!words.TryGetValue(w.Text, out var info) || info.Level is 1 or 2 || !seen.Add(w.Text)) return;
            items.Add(new VocabularyItem(w.Text, w.Pinyin, WordData.Meaning(info, words, w.Pinyin), info.Level, Sentence(w.AnchorId, w.Text)));
        }
        foreach (var piece in annotated.SelectMany(c => c.Pieces))
        {
            if (piece is AnnotatedWord word) AddWord(word);
            if (piece is not TermLink link) continue;
            var linkWords = link.Content.OfType<AnnotatedWord>().ToList();
            // A glossary term comes before its words, as written (a term or one of its aliases), with the pinyin of all its
            // words and its English.
            var term = link.Occurrence.Entry;
            var written = string.Concat(link.Content.Select(TextOf));
            if (linkWords.Count > 0 && paragraphs.ContainsKey(link.Occurrence.AnchorId) && seen.Add(written))
            {
                var pinyin = string.Join(" ", linkWords.Select(x => x.Pinyin));
                var level = words.TryGetValue(written, out var termInfo) ? termInfo.Level : HskLevels.Embedded.LevelOf(written);
                items.Add(new VocabularyItem(written, (written == term.Term ? term.Pinyin : null) ?? pinyin, [term.English], level, Sentence(link.Occurrence.AnchorId, written)));
            }
            foreach (var w in linkWords) AddWord(w);
        }
        return items;
    }

    // A piece's Chinese text as written, without its pinyin.
    private static string TextOf(InlinePiece piece) => piece switch
    {
        AnnotatedWord w => w.Text,
        UnannotatedText t => t.Text,
        TermLink l => string.Concat(l.Content.Select(TextOf)),
        _ => "",
    };
}

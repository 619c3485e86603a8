using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using QingdaoReader.Annotation;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Content.Markdown;
using QingdaoReader.Glossary;
using QingdaoReader.Output;
using QingdaoReader.Rendering;

namespace QingdaoReader.Building;

/// <summary>
/// One reading through the content stages: Markdown → HTML → reading structure → pinyin and glossary annotation,
/// plus the word data and vocabulary its page links to. Pure: the same reading, glossary and language data give the
/// same result, so a rebuild can reuse it.
/// </summary>
public sealed class ReadingCompiler(ILanguageServices language, GlossaryMatcher glossary, RawHtmlPolicy rawHtml = RawHtmlPolicy.Sanitize)
{
    private readonly MarkdownRenderer _markdown = new(rawHtml);

    public CompiledReading Compile(Reading reading)
    {
        var document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var body = document.Body!;
        body.InnerHtml = _markdown.ToHtml(reading.Body);
        // Sanitize (the default) also catches what Markdown itself makes unsafe, such as [x](javascript:…) links.
        if (rawHtml != RawHtmlPolicy.Trust) HtmlCleaner.Clean(document);
        var sections = ReadingStructure.Apply(body);
        var page = OutputLayout.ReadingPage(reading.Slug);
        var annotator = new RubyAnnotator(language.ReaderFor(reading), glossary,
            e => OutputLayout.Link(page, OutputLayout.GlossaryPage) + "#" + e.Id);

        var header = document.CreateElement("header");
        var title = document.CreateElement("span");
        title.TextContent = reading.Metadata.Title;
        header.AppendChild(title);
        IElement? subtitle = null;
        if (!string.IsNullOrWhiteSpace(reading.Metadata.Subtitle))
        {
            subtitle = document.CreateElement("span");
            subtitle.TextContent = reading.Metadata.Subtitle!;
            header.AppendChild(subtitle);
        }
        // The sentences of each paragraph, read before annotation (for the vocabulary's example sentences).
        var paragraphs = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var para in body.QuerySelectorAll(".para[id]"))
        {
            if (numbers.ContainsKey(para.Id!)) continue;
            numbers[para.Id!] = numbers.Count + 1;
            paragraphs[para.Id!] = Sentences.Split(string.Concat(para.Children.Where(c => c.LocalName == "p").Select(c => c.TextContent)));
        }

        var titleHtml = annotator.AnnotatedInnerHtml(title);
        var subtitleHtml = subtitle is null ? null : annotator.AnnotatedInnerHtml(subtitle);
        var intro = sections.Intro is { } introPart ? annotator.AnnotatedInnerHtml(introPart.Content) : "";
        var sectionHtml = sections.Sections.Select(s => annotator.AnnotatedInnerHtml(s.Content)).ToList();

        var words = WordData.Collect(annotator.Words.Select(w => w.Text), language.Lookup);
        return new CompiledReading(reading, titleHtml, subtitleHtml, intro, sections.Outline, sectionHtml, annotator.Terms, numbers,
            annotator.HanCount, WordData.ToJson(words), Vocabulary(annotator.Words, paragraphs, words), Difficulty(annotator.Words, words));
    }

    private static ReadingDifficulty Difficulty(IReadOnlyList<AnnotatedWord> annotated, IReadOnlyDictionary<string, WordInfo> words) =>
        ReadingDifficulty.Of(annotated.Select(w => words.TryGetValue(w.Text, out var info) ? info.Level : HskLevels.NotListed).ToList());

    /// <summary>
    /// The words a learner would study: those beyond HSK 2 (or outside HSK), and every glossary term, each with the
    /// pinyin it has in this reading and the first sentence it occurs in, in order of first occurrence.
    /// </summary>
    private static List<VocabularyItem> Vocabulary(IReadOnlyList<AnnotatedWord> annotated,
        IReadOnlyDictionary<string, IReadOnlyList<string>> paragraphs, IReadOnlyDictionary<string, WordInfo> words)
    {
        var items = new List<VocabularyItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string Sentence(string anchor, string text) =>
            paragraphs[anchor].FirstOrDefault(s => s.Contains(text, StringComparison.Ordinal)) ?? "";
        for (var i = 0; i < annotated.Count; i++)
        {
            var w = annotated[i];
            if (!paragraphs.ContainsKey(w.AnchorId)) continue;
            // A glossary term comes before its words, with the pinyin of all its words and its English.
            if (w.Term is { } term && (i == 0 || annotated[i - 1].TermOccurrence != w.TermOccurrence) && seen.Add(term.Term))
            {
                var pinyin = string.Join(" ", annotated.Skip(i).TakeWhile(x => x.TermOccurrence == w.TermOccurrence).Select(x => x.Pinyin));
                var level = words.TryGetValue(term.Term, out var termInfo) ? termInfo.Level : HskLevels.Embedded.LevelOf(term.Term);
                items.Add(new VocabularyItem(term.Term, term.Pinyin ?? pinyin, [term.English], level, Sentence(w.AnchorId, term.Term)));
            }
            if (!words.TryGetValue(w.Text, out var info) || info.Level is 1 or 2 || !seen.Add(w.Text)) continue;
            items.Add(new VocabularyItem(w.Text, w.Pinyin, WordData.Meaning(info, words, w.Pinyin), info.Level, Sentence(w.AnchorId, w.Text)));
        }
        return items;
    }
}

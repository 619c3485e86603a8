using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using QingdaoReader.Annotation;
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

    /// <summary>Words among this many commonest count as common for the difficulty estimate.</summary>
    public const int CommonRank = 3_000;

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
        var terms = new List<TermOccurrence>();
        terms.AddRange(annotator.Annotate(header));
        terms.AddRange(annotator.Annotate(body));

        var introSection = body.Children.FirstOrDefault(c => c.LocalName == "section" && c.ClassList.Contains("section-intro"));
        var intro = introSection is null ? "" : HtmlSerializer.InnerHtml(introSection);
        var sectionHtml = body.Children.Where(c => c.LocalName == "section" && !c.ClassList.Contains("section-intro"))
            .Select(HtmlSerializer.InnerHtml).ToList();
        var words = WordData.Collect([header, body], language.Lookup);
        var han = header.QuerySelectorAll("rt").Length + body.QuerySelectorAll("rt").Length;
        var numbers = body.QuerySelectorAll(".para[id]").Select((p, i) => (p.Id!, i + 1))
            .DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        return new CompiledReading(reading, HtmlSerializer.InnerHtml(title), subtitle is null ? null : HtmlSerializer.InnerHtml(subtitle), intro, sections, sectionHtml, terms, numbers, han,
            WordData.ToJson(words), Vocabulary(body, words, terms), Difficulty(header, body, words));
    }

    private static ReadingDifficulty Difficulty(IElement header, IElement body, IReadOnlyDictionary<string, WordInfo> words)
    {
        int total = 0, common = 0;
        foreach (var w in header.QuerySelectorAll("span.w").Concat(body.QuerySelectorAll("span.w")))
        {
            total++;
            if (words.TryGetValue(RubyAnnotator.PlainText(w), out var info) && info.Level <= WordData.Level(CommonRank)) common++;
        }
        return new ReadingDifficulty(total == 0 ? 1 : (double)common / total);
    }

    /// <summary>
    /// The words a learner would study: those outside the 1,000 commonest, and every glossary term, each with the
    /// pinyin it has in this reading and the first sentence it occurs in, in order of first occurrence.
    /// </summary>
    private static List<VocabularyItem> Vocabulary(IElement body, IReadOnlyDictionary<string, WordInfo> words, IReadOnlyList<TermOccurrence> terms)
    {
        var english = terms.Select(t => t.Entry).DistinctBy(e => e.Id).ToDictionary(e => e.Id, e => e.English, StringComparer.Ordinal);
        var items = new List<VocabularyItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in body.QuerySelectorAll(".para > p"))
        {
            var sentences = Sentences.Split(RubyAnnotator.PlainText(p));
            foreach (var w in p.QuerySelectorAll("span.w, a.term"))
            {
                var text = RubyAnnotator.PlainText(w);
                var isTerm = w.LocalName == "a";
                if (!seen.Add(text)) continue;
                WordInfo? info = null;
                if (!isTerm && (!words.TryGetValue(text, out info) || info.Level <= 1)) continue;
                var pinyin = isTerm
                    ? string.Join(" ", w.QuerySelectorAll("span.w").Select(s => s.GetAttribute("data-py")))
                    : w.GetAttribute("data-py") ?? info!.Pinyin;
                words.TryGetValue(text, out info);
                var sentence = sentences.FirstOrDefault(s => s.Contains(text, StringComparison.Ordinal)) ?? "";
                IReadOnlyList<string> senses = isTerm && english.TryGetValue(w.GetAttribute("data-term") ?? "", out var en) ? [en] : info?.Definitions ?? [];
                items.Add(new VocabularyItem(text, pinyin, senses, info?.Level ?? 6, sentence));
            }
        }
        return items;
    }
}

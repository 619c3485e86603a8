using System.Text;
using CsCheck;
using QingdaoReader.Annotation;
using QingdaoReader.Building;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Content.Import;
using QingdaoReader.Content.Markdown;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Parsing;
using QingdaoReader.Tests.Support;

namespace QingdaoReader.Tests.Errors;

/// <summary>Property-based tests over random text: nothing throws, and annotation keeps the text exactly.</summary>
public class PropertyTests
{
    // Text that looks like what readings hold, and what they should survive: Han characters (BMP and beyond),
    // CJK punctuation, ASCII with Markdown syntax, whitespace and line breaks, emoji, combining marks, lone surrogates.
    private static Gen<string> Any(params string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static readonly Gen<string> Piece = Gen.OneOf(
        Any("改革", "发展", "新质生产力", "长", "行", "一", "不", "为", "着", "了", "青岛", "刘大川", "𠀀", "〇", "重庆"),
        Gen.Char['\u4E00', '\u9FFF'].Select(c => c.ToString()),
        Any("，", "。", "、", "“", "”", "（", "）", "——", "…", "：", "；", "■", "□", "　"),
        Any(" ", "\n", "\n\n", "\t", "\r\n", "*", "**", "_", "`", "#", "##", "[", "]", "(", ")", "<", ">", "&", "{.x}", ":::", "::: en", "---", "-", "1.", "|", "\\"),
        Gen.String[Gen.Char.AlphaNumeric, 1, 6],
        Any("😀", "e\u0301", "\uD800", "\uDC00", "\u200B", "\uFEFF", "\0"),
        Gen.Char.Select(c => c.ToString()));

    private static readonly Gen<string> Text = Piece.Array[0, 40].Select(string.Concat);

    private static readonly Lazy<IWordReader> Reader = new(() =>
        new ChineseLanguageServices(ChineseLanguage.Shared, Path.GetTempPath()).ReaderFor(null));

    [Fact]
    public void Import_never_throws_anything_but_a_user_error()
    {
        Text.Sample(text =>
        {
            try
            {
                var article = ReadingImporter.Parse(text, "random.txt");
                ReadingImporter.ToMarkdown(article);
            }
            catch (UserError) { }
        }, iter: 2000);
    }

    [Fact]
    public void Imported_markdown_always_loads_back()
    {
        Text.Where(t => t.Trim().Length > 0 && !t.Contains('\0')).Sample(text =>
        {
            ImportedArticle article;
            try { article = ReadingImporter.Parse(text, "random.txt"); }
            catch (UserError) { return; }
            if (article.Title.Trim().Length == 0) return;
            var reading = ReadingLoader.Parse(ReadingImporter.ToMarkdown(article), "index.md", "x");
            Assert.Equal(article.Title.Trim(), reading.Metadata.Title.Trim());
        }, iter: 1000);
    }

    [Fact]
    public void Annotation_preserves_the_text_exactly()
    {
        Text.Sample(text =>
        {
            var words = Reader.Value.Read(text);
            Assert.Equal(text, string.Concat(words.Select(w => w.Text)));
            foreach (var w in words) Assert.Equal(w.Text.EnumerateRunes().Count(), w.Syllables.Count);
        }, iter: 1000);
    }

    [Fact]
    public void Markdown_and_annotation_never_throw_and_keep_the_text()
    {
        var markdown = new MarkdownRenderer();
        var glossary = new GlossaryMatcher([new GlossaryEntry { Term = "新质生产力", English = "x" }, new GlossaryEntry { Term = "改革", English = "y" }]);
        Text.Sample(text =>
        {
            var body = Html.Body(markdown.ToHtml(text));
            HtmlCleaner.Clean((AngleSharp.Html.Dom.IHtmlDocument)body.Owner!);
            var before = Html.StructureAndAnnotate(body, Reader.Value, glossary);
            Assert.Equal(before, RubyAnnotator.PlainText(body));
        }, iter: 500);
    }

    [Fact]
    public void Parsing_a_reading_gives_the_body_its_markdown_makes_and_every_block_a_line()
    {
        var markdown = new MarkdownRenderer();
        var parser = new ReadingParser();
        Text.Sample(text =>
        {
            var starts = new List<(int HtmlOffset, Markdig.Syntax.Block Block)>();
            var html = markdown.ToHtml(text);
            Assert.Equal(html, markdown.ToHtml(text, starts));
            // What the build parsed before blocks had records: the whole HTML set into a body, then sanitised.
            var body = Html.Body(html);
            HtmlCleaner.Clean((AngleSharp.Html.Dom.IHtmlDocument)body.Owner!);
            var parsed = parser.Parse(new Reading("r", "r.md", new ReadingMetadata { Title = "t" }, text, 1));
            Assert.Equal(body.InnerHtml, parsed.Body.InnerHtml);
            var lines = text.Split('\n').Length;
            Assert.All(parsed.Groups.SelectMany(g => g.Attached.Prepend(g.Main)), b => Assert.InRange(b.Line, 1, lines));
        }, iter: 1000);
    }
}

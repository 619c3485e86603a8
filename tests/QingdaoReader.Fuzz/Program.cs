using System.Text;
using AngleSharp.Html.Parser;
using QingdaoReader.Annotation;
using QingdaoReader.Content.Import;
using QingdaoReader.Content.Markdown;
using QingdaoReader.Diagnostics;
using QingdaoReader.Glossary;
using QingdaoReader.Parsing;
using QingdaoReader.Rendering;
using QingdaoReader.Text;
using SharpFuzz;

// Fuzz targets for SharpFuzz + AFL++ (see run.sh). A user error is an expected answer to bad input; any other
// exception, or annotation that changes the text, is a bug and crashes the run so AFL records the input.
var target = args.Length > 0 ? args[0] : "import";
// Instrumented code may run only inside Fuzzer.Run (before it, AFL's coverage map is not there): build lazily.
var markdown = new Lazy<MarkdownRenderer>(() => new MarkdownRenderer());
// The annotation target uses a stand-in reader (one word per character): the Chinese engine's data load is too slow
// for a fuzzer's process; the engine itself is covered by the property tests.
var reader = new CharacterReader();
var glossary = new Lazy<GlossaryMatcher>(() => new GlossaryMatcher([new GlossaryEntry { Term = "改革", English = "reform" }, new GlossaryEntry { Term = "走在前、开新局", English = "x" }]));

Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    string text;
    try { text = TextFileReader.DecodeUtf8(memory.ToArray(), "fuzz.txt"); }
    catch (UserError) { return; }
    switch (target)
    {
        case "import":
            try { ReadingImporter.ToMarkdown(ReadingImporter.Parse(text, "fuzz.txt")); }
            catch (UserError) { }
            break;
        case "markdown":
            var document = new HtmlParser().ParseDocument("<html><body></body></html>");
            document.Body!.InnerHtml = markdown.Value.ToHtml(text);
            HtmlCleaner.Clean(document);
            var parts = ReadingStructure.Apply(document.Body);
            var before = string.Concat(parts.All.SelectMany(p => p.Nodes).Select(n => n switch
            {
                ParagraphNode para => para.Main.TextContent + string.Concat(para.Attached.Select(a => a.Element.TextContent)),
                MarkedNode m => m.Element.TextContent + (m.English ?? ""),
                PlainNode plain => plain.Node.TextContent,
                _ => "",
            }));
            var annotator = new RubyAnnotator(reader, glossary.Value);
            document.Body.InnerHtml = string.Concat(parts.All.Select(p => AnnotatedHtmlWriter.Write(annotator.Annotate(p), "")));
            if (RubyAnnotator.PlainText(document.Body) != before) throw new InvalidOperationException("annotation changed the text");
            break;
        default:
            throw new ArgumentException($"unknown target {target}; use import or markdown");
    }
});

/// <summary>Reads every Han character as its own word with a fixed syllable.</summary>
sealed class CharacterReader : IWordReader
{
    public IReadOnlyList<QingdaoReader.Chinese.PronouncedWord> Read(string text)
    {
        var words = new List<QingdaoReader.Chinese.PronouncedWord>();
        var other = new StringBuilder();
        void Flush()
        {
            if (other.Length == 0) return;
            var s = other.ToString();
            var none = s.EnumerateRunes().Select(_ => (string?)null).ToList();
            words.Add(new(s, "x", none, none, ""));
            other.Clear();
        }
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var n);
            var unit = text.Substring(i, Math.Max(1, n));
            i += unit.Length;
            if (ChineseScript.IsHan(rune)) { Flush(); words.Add(new(unit, "x", ["zì"], ["zì"], "zì")); }
            else other.Append(unit);
        }
        Flush();
        return words;
    }
}

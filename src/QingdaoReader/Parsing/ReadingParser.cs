using QingdaoReader.Config;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Markdig.Syntax;
using QingdaoReader.Content;
using QingdaoReader.Content.Markdown;

namespace QingdaoReader.Parsing;

/// <summary>
/// The Parse stage: a reading's Markdown → HTML (Markdig, <see cref="MarkdownRenderer"/>) → a parsed, sanitised body
/// whose top-level elements are the reading's blocks, each with the body line its Markdown block starts on, paired
/// with their translations and notes (<see cref="BlockPairing"/>). Thread-safe.
/// </summary>
public sealed class ReadingParser(RawHtmlPolicy rawHtml = RawHtmlPolicy.Sanitize)
{
    private const string DocumentStart = "<!DOCTYPE html><html><body>";

    private readonly MarkdownRenderer _markdown = new(rawHtml);

    public ParsedReading Parse(Reading reading)
    {
        var starts = new List<(int HtmlOffset, Block Block)>();
        var html = _markdown.ToHtml(reading.Body, starts);
        // Source references give each element its offset in the HTML, hence the Markdown block it came from.
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(DocumentStart + html + "</body></html>");
        var body = document.Body!;
        // Sanitize (the default) also catches what Markdown itself makes unsafe, such as [x](javascript:…) links.
        if (rawHtml != RawHtmlPolicy.Trust) HtmlCleaner.Clean(document);
        var blocks = new List<ReadingBlock>();
        var from = 0;
        foreach (var element in body.Children)
        {
            // Elements come in the order of the HTML, so the Markdown block that holds each is found moving forward.
            var offset = element.SourceReference is { } reference ? reference.Position.Position - DocumentStart.Length : -1;
            while (from + 1 < starts.Count && starts[from + 1].HtmlOffset <= offset) from++;
            var source = offset < 0 || starts.Count == 0 ? BlockSource.Unknown : SourceOf(starts[from].Block);
            blocks.Add(new ReadingBlock(ReadingBlock.KindOf(element), element, source));
        }
        return new ParsedReading(reading, body, BlockPairing.Pair(blocks));
    }

    private static BlockSource SourceOf(Block block) =>
        new(block.Line + 1, block.Span.IsEmpty ? 0 : block.Span.Start, block.Span.IsEmpty ? 0 : block.Span.Length);
}

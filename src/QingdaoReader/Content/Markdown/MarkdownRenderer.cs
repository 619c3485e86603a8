using QingdaoReader.Config;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace QingdaoReader.Content.Markdown;

/// <summary>
/// Markdown to HTML for readings: custom containers (<c>::: en</c> translations, <c>::: note</c> teacher notes),
/// generic attributes (<c>{.caption}</c>), tables and the like, and line breaks that do not become spaces in Chinese.
/// The pipeline is built once and is thread-safe.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;

    /// <param name="rawHtml">Escape turns raw HTML into text here; sanitising happens on the parsed page (<see cref="HtmlCleaner"/>).</param>
    public MarkdownRenderer(RawHtmlPolicy rawHtml = RawHtmlPolicy.Sanitize)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseCustomContainers()
            .UseGenericAttributes()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseFootnotes();
        // Escape: raw HTML in Markdown shows as text.
        if (rawHtml == RawHtmlPolicy.Escape) builder.DisableHtml();
        _pipeline = builder.Build();
    }

    public string ToHtml(string markdown) => ToHtml(markdown, null);

    /// <summary>
    /// The HTML of the document, and where each top-level block's HTML starts in it, with the block (its line and
    /// span in the Markdown), so what the HTML holds can name the line it came from.
    /// </summary>
    public string ToHtml(string markdown, List<(int HtmlOffset, Markdig.Syntax.Block Block)>? blockStarts)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        var soft = renderer.ObjectRenderers.FindExact<LineBreakInlineRenderer>();
        if (soft is not null) renderer.ObjectRenderers.Replace<LineBreakInlineRenderer>(new CjkLineBreakRenderer());
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        if (blockStarts is null) renderer.Render(document);
        else
        {
            var html = writer.GetStringBuilder();
            foreach (var block in document)
            {
                renderer.Writer.Flush();
                blockStarts.Add((html.Length, block));
                renderer.Render(block);
            }
        }
        writer.Flush();
        return writer.ToString();
    }
}

namespace QingdaoReader.Config;

/// <summary>What happens to raw HTML written inside a reading's Markdown (site.config.yml: <c>raw_html</c>).</summary>
public enum RawHtmlPolicy
{
    /// <summary>Keep safe markup, drop scripts, event handlers and javascript: links (HtmlSanitizer). The default.</summary>
    Sanitize,
    /// <summary>Show raw HTML as text.</summary>
    Escape,
    /// <summary>Pass it through unchanged: only for content you wrote yourself.</summary>
    Trust,
}

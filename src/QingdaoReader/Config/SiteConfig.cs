namespace QingdaoReader.Config;

/// <summary>The settings of a site, as read from <c>site.config.yml</c>. Paths are relative to the site folder.</summary>
public sealed record SiteConfig
{
    public string Title { get; init; } = "QingdaoReader";
    public string Description { get; init; } = "Annotated Chinese readings with pinyin, translation and a policy glossary.";
    /// <summary>Where the site is published, e.g. https://user.github.io/repo/. Only its path is used in links.</summary>
    public string BaseUrl { get; init; } = "/";
    public string Content { get; init; } = "content";
    public string Templates { get; init; } = "templates";
    public string Output { get; init; } = "_site";
    /// <summary>What to do with raw HTML in Markdown: sanitize (default), escape, or trust.</summary>
    public string RawHtml { get; init; } = "sanitize";
    public string Author { get; init; } = "";
    public string Language { get; init; } = "zh-Hans";
}

namespace QingdaoReader.Config;

/// <summary>The settings of a site, as read from <c>site.config.yml</c>. Paths are relative to the site folder.</summary>
// Properties have setters, not init: the reader YamlDotNet generates for the YAML context sets them after construction.
[YamlDotNet.Serialization.YamlSerializable]
public sealed record SiteConfig
{
    public string Title { get; set; } = "QingdaoReader";
    public string Description { get; set; } = "Annotated Chinese readings with pinyin, translation and a policy glossary.";
    /// <summary>Where the site is published, e.g. https://user.github.io/repo/. Only its path is used in links.</summary>
    public string BaseUrl { get; set; } = "/";
    public string Content { get; set; } = "content";
    public string Templates { get; set; } = "templates";
    public string Output { get; set; } = "_site";
    /// <summary>What to do with raw HTML in Markdown: sanitize (default), escape, or trust.</summary>
    public string RawHtml { get; set; } = "sanitize";
    public string Author { get; set; } = "";
    public string Language { get; set; } = "zh-Hans";
}

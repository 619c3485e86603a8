namespace QingdaoReader.Content;

/// <summary>A reading's front matter.</summary>
// Properties have setters, not init: the reader YamlDotNet generates for the YAML context sets them after construction.
[YamlDotNet.Serialization.YamlSerializable]
public sealed record ReadingMetadata
{
    public string Title { get; set; } = "";
    public string? TitleEn { get; set; }
    public string? Subtitle { get; set; }
    public string? SubtitleEn { get; set; }
    public string? Source { get; set; }
    public string? SourceEn { get; set; }
    public string? Date { get; set; }
    public List<string> Authors { get; set; } = [];
    public bool Draft { get; set; }
    public string? Summary { get; set; }
}

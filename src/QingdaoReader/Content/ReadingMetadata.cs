namespace QingdaoReader.Content;

/// <summary>A reading's front matter.</summary>
public sealed record ReadingMetadata
{
    public string Title { get; init; } = "";
    public string? TitleEn { get; init; }
    public string? Subtitle { get; init; }
    public string? SubtitleEn { get; init; }
    public string? Source { get; init; }
    public string? SourceEn { get; init; }
    public string? Date { get; init; }
    public List<string> Authors { get; init; } = [];
    public bool Draft { get; init; }
    public string? Summary { get; init; }
}

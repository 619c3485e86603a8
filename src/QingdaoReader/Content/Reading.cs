using QingdaoReader.Diagnostics;

namespace QingdaoReader.Content;

/// <summary>
/// A reading as a teacher wrote it: its slug (folder name), front matter and Markdown body.
/// <see cref="BodyLine"/> is the line of the file where the body starts, so errors in the body can name their line.
/// </summary>
public sealed record Reading(string Slug, string SourcePath, ReadingMetadata Metadata, string Body, int BodyLine)
{
    public SourceLocation Location(int bodyLine = 1) => new(SourcePath, BodyLine + bodyLine - 1);
}

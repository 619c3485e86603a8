namespace QingdaoReader.Parsing;

/// <summary>
/// A block and the translations and notes that follow it, in order: on the page they are one paragraph (a heading's
/// translation joins the heading). A translation or note with no block before it heads a group of its own.
/// </summary>
public sealed record BlockGroup(ReadingBlock Main, IReadOnlyList<ReadingBlock> Attached)
{
    public IEnumerable<ReadingBlock> Translations => Attached.Where(b => b.Kind == BlockKind.Translation);
}

namespace QingdaoReader.Parsing;

/// <summary>
/// Pairs a reading's blocks with their translations and notes, the one definition the build (which makes each group
/// one paragraph) and <c>qreader check</c> (which reports a Chinese block without English, or English without a
/// Chinese block) both follow: a translation or note belongs to the block before it, with the translations and notes
/// already attached to that block.
/// </summary>
public static class BlockPairing
{
    public static IReadOnlyList<BlockGroup> Pair(IReadOnlyList<ReadingBlock> blocks)
    {
        var groups = new List<BlockGroup>(blocks.Count);
        List<ReadingBlock>? attached = null;
        foreach (var block in blocks)
        {
            if (block.Kind is BlockKind.Translation or BlockKind.Note && attached is not null)
            {
                attached.Add(block);
                continue;
            }
            attached = [];
            groups.Add(new BlockGroup(block, attached));
        }
        return groups;
    }
}

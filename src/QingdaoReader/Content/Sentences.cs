namespace QingdaoReader.Content;

/// <summary>
/// Where Chinese sentences end: the one definition the importer (rejoining broken lines, splitting long paragraphs)
/// and the build (a word's example sentence) share.
/// </summary>
public static class Sentences
{
    /// <summary>Marks that end a sentence.</summary>
    public const string Enders = "。！？!?…";

    /// <summary>Closing quotes and brackets that belong to the sentence they follow.</summary>
    public const string Closers = "”’」』）)";

    /// <summary>Where <see cref="Split"/> ends a word's example sentence: also at a semicolon, since the clauses it
    /// separates read on their own.</summary>
    public const string SplitEnders = Enders + "；";

    /// <summary>Splits text into sentences after 。！？；… and the closing quotes that follow.</summary>

    public static IReadOnlyList<string> Split(string text)
    {
        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!SplitEnders.Contains(text[i])) continue;
            var end = i + 1;
            while (end < text.Length && (SplitEnders.Contains(text[end]) || Closers.Contains(text[end]))) end++;
            result.Add(text[start..end].Trim());
            start = end;
            i = end - 1;
        }
        if (start < text.Length && text[start..].Trim().Length > 0) result.Add(text[start..].Trim());
        return result;
    }
}

namespace QingdaoReader.Content;

/// <summary>Splits Chinese text into sentences after 。！？；… and their closing quotes.</summary>
public static class Sentences
{
    private const string Enders = "。！？!?；…";
    private const string Closers = "”’」』）)";

    public static IReadOnlyList<string> Split(string text)
    {
        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!Enders.Contains(text[i])) continue;
            var end = i + 1;
            while (end < text.Length && (Enders.Contains(text[end]) || Closers.Contains(text[end]))) end++;
            result.Add(text[start..end].Trim());
            start = end;
            i = end - 1;
        }
        if (start < text.Length && text[start..].Trim().Length > 0) result.Add(text[start..].Trim());
        return result;
    }
}

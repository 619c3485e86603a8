namespace QingdaoReader.Chinese;

/// <summary>
/// Where the text uses a word as a name although jieba does not tag it so. A word CC-CEDICT reads both as a common
/// word and as a name is the name where it stands in a list (、) beside a name: 来到日照、济南 is Rìzhào, the city, not
/// rìzhào "sunshine" (jieba tags 日照 a common noun). Overridden readings are left alone.
/// </summary>
internal static class NamePronunciations
{
    public static void Apply(List<TokenPronunciation> work)
    {
        for (int i = 0; i < work.Count; i++)
        {
            var t = work[i];
            if (t.Word?.Proper is not { } proper || t.PartStarts is not null || t.Fixed is not null) continue;
            if (proper.Syllables.Length != t.Length || !(IsNameAcross(work, i - 1, i - 2) || IsNameAcross(work, i + 1, i + 2))) continue;
            proper.Syllables.CopyTo(t.Syllables, 0);
            t.PartStarts = proper.PartStarts;
            t.Source = proper;
            t.WordBreaks = null;
            t.Decide(0, t.Length, PronunciationSource.Name);
        }
    }

    // A name on the other side of a 、 (read as a name: capitalised).
    private static bool IsNameAcross(List<TokenPronunciation> work, int comma, int other) =>
        other >= 0 && other < work.Count && work[comma].Text == "、" && work[other].PartStarts is { } starts && starts[0];
}

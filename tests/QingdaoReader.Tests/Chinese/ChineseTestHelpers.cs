using QingdaoReader.Chinese;

namespace QingdaoReader.Tests.Chinese;

/// <summary>Small helpers over the shared engine, so tests read as "text → pinyin".</summary>
internal static class Read
{
    public static ChineseLanguage Language => ChineseLanguage.Shared;

    /// <summary>Citation syllables of every Han character, space-separated.</summary>
    public static string Syllables(string text, PinyinOverrides? overrides = null) =>
        string.Join(' ', Language.Read(text, overrides).SelectMany(w => w.Syllables).Where(s => s is not null));

    /// <summary>Spoken syllables (一/不 tone changes) of every Han character, space-separated.</summary>
    public static string Spoken(string text) =>
        string.Join(' ', Language.Read(text).SelectMany(w => w.SpokenSyllables).Where(s => s is not null));

    /// <summary>The citation syllable of the <paramref name="occurrence"/>-th <paramref name="character"/> in the text.</summary>
    public static string? SyllableOf(string text, char character, int occurrence = 1)
    {
        int seen = 0;
        foreach (var word in Language.Read(text))
        {
            int i = 0;
            foreach (var rune in word.Text.EnumerateRunes())
            {
                if (rune.Value == character && ++seen == occurrence) return word.Syllables[i];
                i++;
            }
        }
        return null;
    }

    /// <summary>The whole-word pinyin of the words that hold Han characters, space-separated by " | ".</summary>
    public static string Words(string text, PinyinOverrides? overrides = null) =>
        string.Join(" | ", Language.Read(text, overrides).Where(w => w.HasHan).Select(w => w.WordPinyin));
}

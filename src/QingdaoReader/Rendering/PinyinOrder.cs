using System.Globalization;
using System.Text;
using QingdaoReader.Chinese;

namespace QingdaoReader.Rendering;

/// <summary>
/// Dictionary order for pinyin, as Chinese dictionaries sort: by letters first (tone marks ignored, ü after u),
/// then by tone (1–4, neutral last).
/// </summary>
public static class PinyinOrder
{
    public static string Key(string pinyin)
    {
        var letters = new StringBuilder();
        var tones = new StringBuilder();
        foreach (var syllable in pinyin.ToLowerInvariant().Split([' ', '\'', '-', '·'], StringSplitOptions.RemoveEmptyEntries))
        {
            var (decomposed, tone) = Pinyin.SplitTone(syllable);
            foreach (var ch in decomposed)
            {
                // ü: the mark '{' (after z in ASCII) puts lü after lu, as dictionaries do; other marks do not count.
                if (ch == Pinyin.Diaeresis) letters.Append('{');
                else if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) letters.Append(ch);
            }
            letters.Append(' ');
            tones.Append(tone);
        }
        return letters.ToString() + "|" + tones;
    }
}

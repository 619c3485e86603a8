using System.Globalization;
using System.Text;

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
            var tone = 5;
            foreach (var ch in syllable.Normalize(NormalizationForm.FormD))
            {
                switch (ch)
                {
                    case '\u0304': tone = 1; break;
                    case '\u0301': tone = 2; break;
                    case '\u030C': tone = 3; break;
                    case '\u0300': tone = 4; break;
                    case '\u0308': letters.Append('{'); break; // ü: the mark '{' (after z in ASCII) puts lü after lu, as dictionaries do
                    default:
                        if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark) letters.Append(ch);
                        break;
                }
            }
            letters.Append(' ');
            tones.Append(tone);
        }
        return letters.ToString() + "|" + tones;
    }
}

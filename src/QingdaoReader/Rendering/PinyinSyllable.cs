using System.Text;
using QingdaoReader.Chinese;

namespace QingdaoReader.Rendering;

/// <summary>
/// Where one syllable of a word stands in the pinyin shown over it, as positions (no substrings): what precedes it
/// there (nothing, a space, an apostrophe) from <see cref="SeparatorStart"/> to <see cref="Start"/>, its letters
/// (<see cref="Length"/>), the syllable's index in the word's reading, whether its spoken tone differs, and where its
/// character starts in the word (UTF-16).
/// </summary>
internal readonly record struct PinyinSyllable(int SeparatorStart, int Start, int Length, int Index, bool SpokenDiffers, int Offset)
{
    /// <summary>True when a space precedes the syllable in the pinyin: it starts a word of a long term's pinyin.</summary>
    public bool StartsAWord(string pinyin) => pinyin.AsSpan(SeparatorStart, Start - SeparatorStart).Contains(' ');

    /// <summary>
    /// Fills <paramref name="into"/> with the word's syllables as they stand in <paramref name="pinyin"/> and returns
    /// how many; -1 when the pinyin does not follow the syllables letter for letter (tones and capitals may differ: a
    /// glossary term's own pinyin).
    /// </summary>
    public static int Align(PronouncedWord word, string pinyin, Span<PinyinSyllable> into)
    {
        var count = 0;
        var at = 0;
        var offset = 0;
        for (var i = 0; i < word.Syllables.Count && offset < word.Text.Length; i++)
        {
            var start = offset;
            // Step over the original text (a lone surrogate stays itself; Rune would make it U+FFFD).
            Rune.DecodeFromUtf16(word.Text.AsSpan(offset), out _, out var length);
            offset += Math.Max(1, length);
            if (word.Syllables[i] is not { } syllable) continue;
            var before = at;
            while (at < pinyin.Length && pinyin[at] is ' ' or '\'' or '-' or '\u2019') at++;
            if (at + syllable.Length > pinyin.Length) return -1;
            var written = pinyin.AsSpan(at, syllable.Length);
            var same = written.Equals(syllable, StringComparison.OrdinalIgnoreCase);
            // Another tone or capital (a glossary term's own pinyin: rare), compared without tones.
            if (!same && Pinyin.Toneless(written.ToString()) != Pinyin.Toneless(syllable)) return -1;
            var spoken = i < word.SpokenSyllables.Count ? word.SpokenSyllables[i] : null;
            into[count++] = new PinyinSyllable(before, at, syllable.Length, i, same && spoken is not null && spoken != syllable, start);
            at += syllable.Length;
        }
        return at == pinyin.Length ? count : -1;
    }
}

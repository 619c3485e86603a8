using System.Text;
using QingdaoReader.Annotation;
using QingdaoReader.Chinese;

namespace QingdaoReader.Rendering;

/// <summary>
/// A word as its ruby, <c>&lt;ruby&gt;青岛&lt;rt&gt;Qīng⁠dǎo&lt;/ruby&gt;</c>: its characters together as in plain
/// text, one rt over them holding the word's pinyin as GB/T 16159 writes it (names capitalised, a long term's words
/// apart: "Xí Jìn⁠píng"), its syllables parted by an invisible <see cref="PageContract.SyllableJoiner"/>. A long pinyin widens the
/// word at its edges, it opens no hole. A syllable whose spoken tone differs (一/不 tone changes) carries it in
/// <c>data-spoken</c>. The last rt's end tag is implied by <c>&lt;/ruby&gt;</c> (HTML's optional end tags).
/// </summary>
public static class WordRuby
{
    // A word of this many characters or more whose pinyin has several words (a glossary term cut whole: 全面深化改革,
    // 黄河流域生态保护和高质量发展) is set word by word inside its ruby, each word's pinyin over its characters, and may break
    // across lines between those words, so it never runs past a phone's screen.
    private const int LongWord = 6;

    // The syllables of a word of up to this many characters are aligned on the stack.
    private const int StackSyllables = 16;

    public static void Write(AnnotatedWord word, StringBuilder sb)
    {
        var reading = word.Reading;
        var pinyin = word.Pinyin;
        Span<PinyinSyllable> buffer = reading.Syllables.Count <= StackSyllables ? stackalloc PinyinSyllable[StackSyllables] : new PinyinSyllable[reading.Syllables.Count];
        var count = PinyinSyllable.Align(reading, pinyin, buffer);
        var syllables = buffer[..Math.Max(count, 0)];
        if (count >= 0 && reading.Text.Length >= LongWord && StartsAWord(syllables, pinyin))
        {
            sb.Append("<ruby class=\"" + PageContract.LongWordClass + "\">");
            for (var from = 0; from < count;)
            {
                var to = from + 1;
                while (to < count && !syllables[to].StartsAWord(pinyin)) to++;
                // Each word's characters in a span that CSS keeps on one line: Chromium would otherwise break a
                // ruby's base anywhere (现代|化), whatever word-break says.
                sb.Append("<span>");
                var start = from == 0 ? 0 : syllables[from].Offset;
                var end = to < count ? syllables[to].Offset : reading.Text.Length;
                HtmlSerializer.EscapeText(reading.Text.AsSpan(start, end - start), sb);
                sb.Append("</span><rt>");
                WritePinyin(sb, word, syllables[from..to]);
                if (to < count) sb.Append("</rt>");
                from = to;
            }
        }
        else
        {
            sb.Append("<ruby>");
            HtmlSerializer.EscapeText(reading.Text, sb);
            sb.Append("<rt>");
            if (count < 0) HtmlSerializer.EscapeText(pinyin, sb);
            else WritePinyin(sb, word, syllables);
        }
        sb.Append("</ruby>");
    }

    private static bool StartsAWord(ReadOnlySpan<PinyinSyllable> syllables, string pinyin)
    {
        foreach (var s in syllables) if (s.StartsAWord(pinyin)) return true;
        return false;
    }

    /// <summary>
    /// Writes the syllables as they stand in the word's pinyin (the dictionary words of a term apart, names
    /// capitalised: "Xí Jìnpíng", "gōngzuò huìbào"), so an rt's text is the word's pinyin. Syllables written together
    /// are parted by <see cref="PageContract.SyllableJoiner"/> (invisible, no line break), for reader.js to colour each by its
    /// tone; a syllable whose spoken tone differs (一/不) is a span with <c>data-spoken</c>.
    /// </summary>
    private static void WritePinyin(StringBuilder sb, AnnotatedWord word, ReadOnlySpan<PinyinSyllable> syllables)
    {
        var pinyin = word.Pinyin;
        for (var i = 0; i < syllables.Length; i++)
        {
            var s = syllables[i];
            if (i > 0 && s.StartsAWord(pinyin)) sb.Append(' ');
            else if (i > 0 && !s.SpokenDiffers && !syllables[i - 1].SpokenDiffers) sb.Append(PageContract.SyllableJoiner);
            var text = pinyin.AsSpan(s.Start, s.Length);
            if (s.SpokenDiffers)
            {
                var spoken = word.Reading.SpokenSyllables[s.Index]!;
                sb.Append("<span " + PageContract.SpokenAttribute + "=\"");
                HtmlSerializer.EscapeAttribute(char.IsUpper(text[0]) ? Pinyin.Capitalize(spoken) : spoken, sb);
                sb.Append("\">");
                HtmlSerializer.EscapeText(text, sb);
                sb.Append("</span>");
                continue;
            }
            if (i > 0)
                foreach (var c in pinyin.AsSpan(s.SeparatorStart, s.Start - s.SeparatorStart))
                    if (c != ' ') HtmlSerializer.EscapeText([c], sb);
            HtmlSerializer.EscapeText(text, sb);
        }
    }
}

namespace QingdaoReader.Chinese;

/// <summary>A word as the segmenter cut it, with jieba's part-of-speech tag (e.g. "nr" person name, "ns" place name).</summary>
public readonly record struct Token(string Text, string Tag);

/// <summary>
/// The reading of one word of running text. <see cref="Syllables"/> has one entry per Unicode scalar (rune) of
/// <see cref="Text"/>: the tone-marked syllable of a Han character (citation tones, GB/T 16159), or null for
/// anything that is not a Han character (Latin, digits, punctuation pass through unread).
/// <see cref="SpokenSyllables"/> is the same list with the spoken tone changes of 一 and 不 applied.
/// <see cref="WordPinyin"/> is the whole word's pinyin as GB/T 16159 writes it: syllables joined, apostrophe before a
/// non-initial a/o/e syllable (Xī'ān), person and place names capitalised (Liú Dàchuān, Qīngdǎo); empty when the word has no Han character.
/// </summary>
public sealed record WordReading(
    string Text,
    string Tag,
    IReadOnlyList<string?> Syllables,
    IReadOnlyList<string?> SpokenSyllables,
    string WordPinyin)
{
    /// <summary>True when the word holds at least one Han character.</summary>
    public bool HasHan => Syllables.Any(s => s is not null);
}

/// <summary>A dictionary entry for the word popups: readings, English senses (CC-CEDICT) and a difficulty rank (1 = most frequent).</summary>
public sealed record DictionaryEntry(string Word, string Pinyin, IReadOnlyList<string> Definitions, int DifficultyRank);

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
public sealed record PronouncedWord(
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

/// <summary>What decided the reading of a character, from the weakest evidence to the strongest.</summary>
public enum PronunciationSource
{
    /// <summary>Not a Han character, or no reading known.</summary>
    None,
    /// <summary>The character read alone: its most frequent modern reading (Unihan).</summary>
    Character,
    /// <summary>A one-character particle (jieba's u*, y tags) read with its neutral tone.</summary>
    Particle,
    /// <summary>The polyphone context model (g2pM), among the character's readings.</summary>
    Model,
    /// <summary>A CC-CEDICT word (the whole token, or a sub-word of a token CC-CEDICT lacks).</summary>
    Word,
    /// <summary>A half of a CC-CEDICT four-character entry (人头攒动 as 万头攒动).</summary>
    IdiomHalf,
    /// <summary>A name CC-CEDICT reads as a proper noun (a person, place or dynasty: 明朝 Míngcháo).</summary>
    Name,
    /// <summary>A surname's surname reading (单 Shàn, 曾 Zēng) where jieba tags a person name.</summary>
    Surname,
    /// <summary>A given name after a surname, read as a word or by its characters.</summary>
    GivenName,
    /// <summary>A context rule for a character read alone (以…为, 长 after a unit, 地, 得, 着 …; <c>PolyphoneRules</c>).</summary>
    Rule,
    /// <summary>A context rule for a dictionary word (地方 before a noun, 当天, 下调 …; <c>WordRules</c>).</summary>
    WordRule,
    /// <summary>A teacher's override (<c>pinyin.txt</c>).</summary>
    Override,
}

/// <summary>
/// Why a polyphonic character got its reading: the character, its offset (UTF-16) in the text, the word it is part of,
/// the reading, what decided it, and the model's probability when the model did.
/// </summary>
/// <param name="Rule">The name of the context rule that decided it, when <paramref name="Source"/> is a rule.</param>
public sealed record PronunciationDecision(string Character, int Offset, string Word, string Syllable, PronunciationSource Source, float? Probability,
    string? Rule = null);

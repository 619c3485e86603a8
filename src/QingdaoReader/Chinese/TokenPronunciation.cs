namespace QingdaoReader.Chinese;

/// <summary>
/// The working state of one token while <see cref="PinyinConverter"/> reads it: a syllable per rune, which runes
/// begin a capitalised name part, which runes were read as lone characters (the only ones context rules may change)
/// and which were fixed by an override (nothing changes those).
/// </summary>
internal sealed class TokenPronunciation(string text, string tag, string?[] syllables)
{
    public string Text { get; } = text;

    public string Tag { get; set; } = tag;

    public string?[] Syllables { get; } = syllables;

    /// <summary>The runes' code points, parallel to <see cref="Syllables"/>.</summary>
    public int[] CodePoints { get; } = ToCodePoints(text, syllables.Length);

    /// <summary>Null, or true where a capitalised part starts (Liú Dàchuān: true at 刘 and 大).</summary>
    public bool[]? PartStarts { get; set; }

    /// <summary>
    /// Null, or true where a dictionary word starts inside a token the dictionary lacks as a whole (新质生产力 →
    /// 新质 + 生产力): GB/T 16159 writes each word together and words apart, so the word pinyin gets a space there.
    /// </summary>
    public bool[]? WordBreaks { get; set; }

    /// <summary>True where the reading came from a single character rather than a dictionary word.</summary>
    public bool[] Solo { get; } = new bool[syllables.Length];

    /// <summary>True where an override set the reading.</summary>
    public bool[]? Fixed { get; set; }

    /// <summary>What decided each rune's reading (for the model's choice of open positions and for <c>qreader pinyin --explain</c>).</summary>
    public PronunciationSource[] Sources { get; } = new PronunciationSource[syllables.Length];

    /// <summary>The name of the rule that decided each syllable where <see cref="Sources"/> is a rule, else null.</summary>
    public string?[] Rules { get; } = new string?[syllables.Length];

    /// <summary>Null, or the model's probability where <see cref="Sources"/> is <see cref="PronunciationSource.Model"/>.</summary>
    public float[]? ModelProbabilities { get; set; }

    /// <summary>Marks runes [start, end) as decided by <paramref name="source"/>.</summary>
    public void Decide(int start, int end, PronunciationSource source) => Sources.AsSpan(start, end - start).Fill(source);

    public int Length => Syllables.Length;

    /// <summary>The dictionary word the whole token is, when it is one (its other readings are the model's choices).</summary>
    public LexiconWord? Word { get; set; }

    /// <summary>The dictionary reading copied whole into this token, whose cached word pinyin applies while unchanged.</summary>
    public LexiconReading? Source { get; set; }

    /// <summary>The whole-word pinyin; reuses the dictionary's cached string when no rule or override changed the reading.</summary>
    public string WordPinyin()
    {
        if (Source is not null && WordBreaks is null && ReferenceEquals(Source.PartStarts, PartStarts) && Source.Syllables.AsSpan().SequenceEqual(Syllables))
            return Source.WordPinyin;
        return Pinyin.JoinWord(Syllables, PartStarts, false, WordBreaks);
    }

    public bool IsSingle(int codePoint) => CodePoints.Length == 1 && CodePoints[0] == codePoint;

    public bool CanChange(int i) => Solo[i] && (Fixed is null || !Fixed[i]);

    private static int[] ToCodePoints(string text, int count)
    {
        var result = new int[count];
        int i = 0;
        foreach (var rune in text.EnumerateRunes()) result[i++] = rune.Value;
        return result;
    }
}

namespace QingdaoReader.Chinese;

/// <summary>
/// Lets the polyphone context model (<see cref="PolyphoneModel"/>) decide the readings the lexicon leaves open: the
/// characters read alone by their most frequent reading. Each sentence of the text with at least one open position is
/// run through the model once, in the sentence's own context, as the model was trained.
/// </summary>
internal static class ModelPronunciations
{
    // Sentence ends: the model was trained on single sentences, so context does not cross them.
    private const string SentenceEnds = "。！？!?；;…\n\r";

    // Where an overlong sentence may be cut: clause marks.
    private const string ClauseMarks = "，,、：:";

    /// <summary>Longest run of runes given to the model at once; a longer sentence is cut at a clause mark.</summary>
    internal const int MaxSegment = 256;

    /// <summary>
    /// Characters of context the model reads on each side of an open position. On the CPP dev set ±5 and the whole
    /// sentence differ by one sentence in 9,893 (±12: none lost), and the cost per open character no longer grows with
    /// the sentence.
    /// </summary>
    internal const int Context = 12;

    public static void Apply(RunePositions p, PolyphoneModel model)
    {
        int start = 0;
        while (start < p.Count)
        {
            int end = SegmentEnd(p, start);
            ApplySegment(p, model, start, end);
            start = end;
        }
    }

    private static int SegmentEnd(RunePositions p, int start)
    {
        int limit = Math.Min(p.Count, start + MaxSegment);
        int lastClause = -1;
        for (int i = start; i < limit; i++)
        {
            int cp = p.CodePoint(i);
            if (PolyphoneRules.In(cp, SentenceEnds)) return i + 1;
            if (PolyphoneRules.In(cp, ClauseMarks)) lastClause = i + 1;
        }
        return limit == p.Count || lastClause < 0 ? limit : lastClause;
    }

    private static void ApplySegment(RunePositions p, PolyphoneModel model, int start, int end)
    {
        Span<int> open = end - start <= 128 ? stackalloc int[end - start] : new int[end - start];
        List<IReadOnlyList<string>?>? readings = null;
        int count = 0;
        for (int i = start; i < end; i++)
        {
            var wordReadings = WordReadingsOf(p, i);
            if (wordReadings is null && !IsOpen(p, i, model)) continue;
            if (wordReadings is not null || readings is not null)
            {
                readings ??= [.. Enumerable.Repeat<IReadOnlyList<string>?>(null, count)];
                readings.Add(wordReadings);
            }
            open[count++] = i - start;
        }
        if (count == 0) return;
        open = open[..count];

        Span<int> sentence = end - start <= 128 ? stackalloc int[end - start] : new int[end - start];
        for (int i = start; i < end; i++) sentence[i - start] = p.CodePoint(i);
        var predictions = new PolyphonePrediction[count];
        model.Predict(sentence, open, readings is null ? default : readings.ToArray(), predictions, Context);
        for (int k = 0; k < count; k++)
        {
            int at = start + open[k];
            var token = p.TokenAt(at);
            int index = p.Index[at];
            if (predictions[k].Syllable is null) continue;
            token.Syllables[index] = predictions[k].Syllable;
            token.Sources[index] = PronunciationSource.Model;
            token.ModelProbabilities ??= new float[token.Length];
            token.ModelProbabilities[index] = predictions[k].Probability;
            if (token.Word is { } word) AdoptWholeReading(token, word);
        }
    }

    /// <summary>
    /// A common word that CC-CEDICT also reads as a name, differently at this character (明朝 míngzhāo "tomorrow
    /// morning", Míngcháo "the Ming dynasty"), where jieba's tag did not say it is a name: the readings the model
    /// chooses among there. Null otherwise, and when the readings differ only by a neutral tone (the model, trained on
    /// full-tone labels, would always pick the full tone). Measured: opening every word with several readings lost
    /// news readings (便宜 piányi read biànyí, 转动 zhuàndòng read zhuǎndòng) for two sentences of the CPP dev set.
    /// </summary>
    private static IReadOnlyList<string>? WordReadingsOf(RunePositions p, int i)
    {
        var token = p.TokenAt(i);
        int index = p.Index[i];
        if (token.Word is not { Others.Length: > 0, Proper: not null } word || word.Preferred.IsProper
            || token.Sources[index] is not (PronunciationSource.Word or PronunciationSource.Name))
            return null;
        if (word.Preferred.Syllables[index] is not { } preferred) return null;
        List<string>? choices = null;
        foreach (var other in word.Others)
        {
            if (other.Syllables.Length != token.Length || other.Syllables[index] is not { } s || s == preferred) continue;
            if (Pinyin.Toneless(s) == Pinyin.Toneless(preferred) && (Pinyin.ToneOf(s) == 5 || Pinyin.ToneOf(preferred) == 5)) return null;
            choices ??= [preferred];
            if (!choices.Contains(s)) choices.Add(s);
        }
        return choices;
    }

    /// <summary>When the model's choice makes the token one of its word's readings, the token takes that reading's capitalisation (Míngcháo).</summary>
    private static void AdoptWholeReading(TokenPronunciation token, LexiconWord word)
    {
        foreach (var reading in word.Others.Prepend(word.Preferred))
        {
            if (!reading.Syllables.AsSpan().SequenceEqual(token.Syllables)) continue;
            token.PartStarts = reading.PartStarts;
            token.Source = reading;
            return;
        }
    }

    /// <summary>
    /// A position is open when the model knows the character as a polyphone and the lexicon's evidence is weak: a
    /// character read alone by its most frequent reading, a one-character particle, or a character of a given name
    /// that jieba's name tag covers (names and transliterations: 马什 Mǎshí, 钱德勒 Qiándélè). Left to the lexicon and
    /// rules, because they measured better: words and names CC-CEDICT has (its neutral tones included: 知识 zhīshi),
    /// the surname readings of names (曾庆华 Zēng, 单先生 Shàn: the model knows no surnames), and the characters of
    /// <see cref="LeftToRules"/>. Measured on the CPP dev set and the news golds (Chinese/README.md, "Polyphone model").
    /// </summary>
    private static bool IsOpen(RunePositions p, int i, PolyphoneModel model)
    {
        var token = p.TokenAt(i);
        int index = p.Index[i];
        int cp = token.CodePoints[index];
        bool weak = token.Sources[index] switch
        {
            PronunciationSource.Character or PronunciationSource.Particle or PronunciationSource.GivenName => true,
            _ => false,
        };
        if (!weak || !model.IsPolyphone(cp)) return false;
        return cp > char.MaxValue || LeftToRules.IndexOf((char)cp) < 0 && DefaultSuffices.IndexOf((char)cp) < 0;
    }

    // Characters frequent in news whose usual reading the model did not change once, on the CPP dev set (3 to 20 open
    // occurrences each) or on the news golds: running the model for them costs time (they are over half of all open
    // positions in news) and changes nothing measurable.
    private const string DefaultSuffices = "的和了将区上更大好要中说化强与万省还跑片占着比可把华雨约场";

    // 为: the model reads wéi everywhere; 得: the model reads the particle as dé (用得起); 应: yīng "should" before a verb
    // is the usual lone 应, and the model reads it yìng; 数: shù "number" (智改数转), the model no better on the dev set;
    // 过: the aspect particle is neutral guo (发生过), which the model, trained on full-tone labels, reads guò.
    // Their rules and default readings measured better.
    private const string LeftToRules = "为得应数过";
}

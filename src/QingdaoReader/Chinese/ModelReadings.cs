using QingdaoReader.Content;

namespace QingdaoReader.Chinese;

/// <summary>
/// Lets the polyphone context model (<see cref="PolyphoneModel"/>) decide the readings the lexicon leaves open: the
/// characters read alone by their most frequent reading. Each sentence of the text with at least one open position is
/// run through the model once, in the sentence's own context, as the model was trained.
/// </summary>
internal static class ModelReadings
{
    // Sentence ends: the model was trained on single sentences, so context does not cross them.
    private const string SentenceEnds = "。！？!?；;…\n\r";

    // Where an overlong sentence may be cut: clause marks.
    private const string ClauseMarks = "，,、：:";

    /// <summary>Longest run of runes given to the model at once; a longer sentence is cut at a clause mark.</summary>
    internal const int MaxSegment = 256;

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
        int count = 0;
        for (int i = start; i < end; i++)
        {
            if (IsOpen(p, i, model)) open[count++] = i - start;
        }
        if (count == 0) return;
        open = open[..count];

        Span<int> sentence = end - start <= 128 ? stackalloc int[end - start] : new int[end - start];
        for (int i = start; i < end; i++) sentence[i - start] = p.CodePoint(i);
        var predictions = new PolyphonePrediction[count];
        model.Predict(sentence, open, predictions);
        for (int k = 0; k < count; k++)
        {
            int at = start + open[k];
            var token = p.TokenAt(at);
            int index = p.Index[at];
            token.Syllables[index] = predictions[k].Syllable;
            token.Sources[index] = ReadingSource.Model;
            token.ModelProbabilities ??= new float[token.Length];
            token.ModelProbabilities[index] = predictions[k].Probability;
        }
    }

    /// <summary>
    /// A position is open when the model knows the character as a polyphone and the lexicon's evidence is weak: a
    /// character read alone by its most frequent reading, a one-character particle, or a character of a given name that
    /// jieba's name tag covers (names and transliterations: 马什 Mǎshí, 钱德勒 Qiándélè). Left to the lexicon and rules, because they measured better:
    /// words and names CC-CEDICT has (its neutral tones included: 知识 zhīshi), the surname readings of names
    /// (曾庆华 Zēng, 单先生 Shàn: the model knows no surnames), and 为, 得, 应 (<see cref="LeftToRules"/>). Measured on the
    /// CPP dev set and the news golds (src/QingdaoReader/Chinese/README.md, "Polyphone model").
    /// </summary>
    private static bool IsOpen(RunePositions p, int i, PolyphoneModel model)
    {
        var token = p.TokenAt(i);
        int index = p.Index[i];
        int cp = token.CodePoints[index];
        bool weak = token.Sources[index] switch
        {
            ReadingSource.Character or ReadingSource.Particle or ReadingSource.GivenName => true,
            _ => false,
        };
        return weak && !LeftToRules.Contains((char)cp) && model.IsPolyphone(cp);
    }

    // 为: the model reads wéi everywhere; 得: the model reads the particle as dé (用得起); 应: yīng "should" before a verb
    // is the usual lone 应, and the model reads it yìng; 数: shù "number" (智改数转), the model no better on the dev set;
    // 过: the aspect particle is neutral guo (发生过), which the model, trained on full-tone labels, reads guò.
    // Their rules and default readings measured better.
    private const string LeftToRules = "为得应数过";
}

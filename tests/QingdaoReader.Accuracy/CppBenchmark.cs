using System.Text;
using QingdaoReader.Chinese;

namespace QingdaoReader.Accuracy;

/// <summary>
/// One sentence of the CPP polyphone benchmark (g2pM's "Chinese Polyphones with Pinyin"): the sentence without its
/// markers, the marked character's UTF-16 offset, and its gold reading (numbered, u: for ü, 5 for the neutral tone).
/// </summary>
public sealed record CppItem(int Line, string Sentence, int Offset, string Gold)
{
    public string Character => char.ConvertFromUtf32(char.ConvertToUtf32(Sentence, Offset));

    /// <summary>Rune index of the marked character.</summary>
    public int RuneIndex => Sentence[..Offset].EnumerateRunes().Count();
}

/// <summary>
/// The CPP benchmark's dev split (<c>dev.sent</c>, <c>dev.lb</c>). Only the dev split is read: the test split is kept
/// apart to check the project and is never read, tuned or trained on.
/// </summary>
public static class CppBenchmark
{
    private const char Marker = '▁';

    /// <summary>Published and measured anchors on the dev set (issue 12; g2pM and BERT from the g2pM paper).</summary>
    public static readonly (string Reader, string Accuracy)[] Anchors =
    [
        ("pinyin-pro 3.29 alone (measured end to end)", "91.3 %"),
        ("@node-rs/jieba + pinyin-pro (measured end to end)", "91.4 %"),
        ("pinyin-pro + @pinyin-pro/data (measured end to end)", "93.8 %"),
        ("g2pM, published (paper, dev)", "97.36 %"),
        ("Chinese BERT, published (paper, dev)", "97.95 %"),
    ];

    public static IReadOnlyList<CppItem> LoadDev(string folder)
    {
        string[] sentences = File.ReadAllLines(Path.Combine(folder, "dev.sent"), Encoding.UTF8);
        string[] labels = File.ReadAllLines(Path.Combine(folder, "dev.lb"), Encoding.UTF8);
        if (sentences.Length != labels.Length)
            throw new InvalidDataException($"{folder}: dev.sent has {sentences.Length} lines, dev.lb {labels.Length}.");
        var items = new List<CppItem>(sentences.Length);
        for (int i = 0; i < sentences.Length; i++)
        {
            string marked = sentences[i];
            int open = marked.IndexOf(Marker);
            int close = open < 0 ? -1 : marked.IndexOf(Marker, open + 1);
            if (open < 0 || close < 0) throw new InvalidDataException($"{folder}/dev.sent({i + 1}): no character marked with {Marker}.");
            items.Add(new CppItem(i + 1, marked.Replace(Marker.ToString(), ""), open, labels[i].Trim()));
        }
        return items;
    }

    /// <summary>The reading a whole build gives the marked character: the sentence read in context as a paragraph is.</summary>
    public static string EngineReading(ChineseLanguage language, CppItem item)
    {
        int offset = 0;
        foreach (var word in language.Read(item.Sentence))
        {
            int rune = 0;
            foreach (var r in word.Text.EnumerateRunes())
            {
                if (offset == item.Offset) return Numbered(word.Syllables[rune]);
                offset += r.Utf16SequenceLength;
                rune++;
            }
        }
        return "?";
    }

    /// <summary>The model alone over the whole sentence, among the character's readings (g2pM restricted).</summary>
    public static string ModelReading(PolyphoneModel model, CppItem item) => ModelPrediction(model, item).Reading;

    /// <summary>The model alone, as <see cref="ModelReading"/>, with the probability it gives its choice.</summary>
    public static (string Reading, float Probability) ModelPrediction(PolyphoneModel model, CppItem item)
    {
        var runes = item.Sentence.EnumerateRunes().Select(r => r.Value).ToArray();
        int at = item.RuneIndex;
        if (!model.IsPolyphone(runes[at])) return ("?", 0);
        var result = new PolyphonePrediction[1];
        model.Predict(runes, [at], result);
        return (Numbered(result[0].Syllable), result[0].Probability);
    }

    public static string Numbered(string? syllable) => syllable is null ? "?" : Pinyin.ToNumbered(syllable).ToLowerInvariant();
}

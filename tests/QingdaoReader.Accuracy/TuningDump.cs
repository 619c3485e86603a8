using QingdaoReader.Chinese;
using QingdaoReader.Text;

namespace QingdaoReader.Accuracy;

/// <summary>
/// For tuning how the lexicon and the model combine: every polyphonic character of the news golds that may be used
/// for tuning (seed, tuning, probe2, polyphone phrases; never news.unseen.txt) with the gold, the engine's reading and
/// what decided it, and the reading without the model. Usage: <c>cpp --dump-news FILE</c>.
/// </summary>
public static class TuningDump
{
    private static readonly string[] TuningFiles = ["seed.gold.txt", "news.tuning.txt", "news.probe2.txt", "polyphones.tsv"];

    private static string ModelAlone(PolyphoneModel model, int[] runes, int at)
    {
        if (!model.IsPolyphone(runes[at])) return "?\t";
        var result = new PolyphonePrediction[1];
        model.Predict(runes, [at], result);
        return GoldSyllable.FromEngine(result[0].Syllable) + "\t" + result[0].Probability;
    }

    public static void Write(string path, ChineseLanguage withModel, ChineseLanguage withoutModel)
    {
        string dataDir = Path.Combine(AppContext.BaseDirectory, "Data");
        using var writer = new StreamWriter(path);
        writer.WriteLine("file\tline\tchar\tgold\tengine\tsource\tprobability\tlexicon_only\tlexicon_source\tword\tcontext\tmodel\tmodel_probability");
        foreach (string file in TuningFiles)
        {
            int lineNumber = 0;
            foreach (string line in File.ReadLines(Path.Combine(dataDir, file)))
            {
                lineNumber++;
                if (line.StartsWith('#') || !line.Contains('\t')) continue;
                string[] fields = line.Split('\t');
                string text = fields[0];
                string[] gold = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var hanOffsets = new List<int>();
                for (int i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
                    if (ChineseScript.IsHan(char.ConvertToUtf32(text, i))) hanOffsets.Add(i);
                var with = withModel.Explain(text).Decisions;
                var runes = text.EnumerateRunes().Select(r => r.Value).ToArray();
                var without = withoutModel.Explain(text).Decisions.ToDictionary(d => d.Offset);
                foreach (var d in with)
                {
                    int k = hanOffsets.IndexOf(d.Offset);
                    if (k < 0 || k >= gold.Length) continue;
                    without.TryGetValue(d.Offset, out var plain);
                    string context = text[Math.Max(0, d.Offset - 6)..d.Offset] + "[" + d.Character + "]" + text[(d.Offset + 1)..Math.Min(text.Length, d.Offset + 7)];
                    writer.WriteLine(string.Join('\t', file, lineNumber, d.Character, gold[k], GoldSyllable.FromEngine(d.Syllable), d.Source,
                        d.Probability, plain is null ? "" : GoldSyllable.FromEngine(plain.Syllable), plain?.Source, d.Word, context,
                        ModelAlone(withModel.Model!, runes, text[..d.Offset].EnumerateRunes().Count())));
                }
            }
        }
    }
}

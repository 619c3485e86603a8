using System.Diagnostics;
using QingdaoReader.Chinese;

namespace QingdaoReader.Accuracy;

/// <summary>
/// The CPP dev report: the engine as a build runs it (lexicon, model, rules), the engine without the model, and the
/// model alone, beside the anchors; then the misses by character. <c>--dump FILE</c> writes one line per sentence with
/// what decided the reading, for tuning the combination on the dev set; <c>--dump-news FILE</c> the same for the news
/// golds that may be used for tuning.
/// </summary>
public static class CppReport
{
    public static int Run(string[] args)
    {
        string folder = Option(args, "--cpp") ?? DefaultFolder();
        if (!File.Exists(Path.Combine(folder, "dev.sent")))
        {
            Console.Error.WriteLine($"CPP dev set not found in {folder} (expected dev.sent and dev.lb); pass --cpp DIR.");
            return 1;
        }
        var items = CppBenchmark.LoadDev(folder);
        var withModel = ChineseLanguage.Load();
        var withoutModel = ChineseLanguage.Load(polyphoneModel: false);
        var model = withModel.Model!;
        Console.WriteLine($"CPP dev set: {items.Count} sentences from {Path.GetFullPath(folder)}");

        var watch = Stopwatch.StartNew();
        var engine = items.AsParallel().AsOrdered().Select(i => CppBenchmark.EngineReading(withModel, i)).ToArray();
        watch.Stop();
        var lexiconOnly = items.AsParallel().AsOrdered().Select(i => CppBenchmark.EngineReading(withoutModel, i)).ToArray();
        var modelAlone = items.AsParallel().AsOrdered().Select(i => CppBenchmark.ModelReading(model, i)).ToArray();

        Console.WriteLine();
        Console.WriteLine($"{"reader",-58} {"CPP dev",18}");
        Line("QingdaoReader (lexicon + model + rules, as a build reads)", Score(items, engine));
        Line("  counting a neutral tone as the full tone CPP writes", ScoreNeutralAsFull(items, engine));
        Line("QingdaoReader without the polyphone model", Score(items, lexiconOnly));
        Line("g2pM alone, this port, among the character's readings", Score(items, modelAlone));
        foreach (var (reader, accuracy) in CppBenchmark.Anchors) Console.WriteLine($"{reader,-58} {accuracy,18}");
        Console.WriteLine($"(engine over the dev set: {watch.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores, jieba load included)");

        if (args.Contains("--misses"))
        {
            Console.WriteLine();
            Console.WriteLine("Misses by character (gold → engine: count; first examples):");
            var misses = items.Select((item, k) => (item, got: engine[k])).Where(x => x.got != x.item.Gold)
                .GroupBy(x => x.item.Character).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in misses)
            {
                var kinds = group.GroupBy(x => $"{x.item.Gold}→{x.got}").OrderByDescending(g => g.Count()).Select(g => $"{g.Key} ×{g.Count()}");
                Console.WriteLine($"  {group.Key} {group.Count(),3}  {string.Join(", ", kinds)}");
                foreach (var (item, got) in group.Take(args.Contains("--examples") ? 3 : 0))
                    Console.WriteLine($"        dev.sent({item.Line}) {Context(item)}");
            }
        }
        if (Option(args, "--dump-news") is { } newsDump) TuningDump.Write(newsDump, withModel, withoutModel);
        if (Option(args, "--dump") is { } dump)
        {
            using var writer = new StreamWriter(dump);
            writer.WriteLine("line\tchar\tgold\tengine\tsource\tprobability\tlexicon_only\tlexicon_source\tmodel\tmodel_probability\tword\tcontext");
            for (int k = 0; k < items.Count; k++)
            {
                var item = items[k];
                var decision = withModel.Explain(item.Sentence).Decisions.FirstOrDefault(d => d.Offset == item.Offset);
                var plain = withoutModel.Explain(item.Sentence).Decisions.FirstOrDefault(d => d.Offset == item.Offset);
                writer.WriteLine(string.Join('\t', item.Line, item.Character, item.Gold, engine[k], decision?.Source, decision?.Probability,
                    lexiconOnly[k], plain?.Source, modelAlone[k], CppBenchmark.ModelPrediction(model, item).Probability, decision?.Word, Context(item)));
            }
        }
        return 0;
    }

    private static void Line(string reader, (int Correct, int Total) s) =>
        Console.WriteLine($"{reader,-58} {(double)s.Correct / s.Total,8:P2} ({s.Correct}/{s.Total})");

    private static (int, int) Score(IReadOnlyList<CppItem> items, string[] readings)
    {
        int correct = 0;
        for (int k = 0; k < items.Count; k++) if (readings[k] == items[k].Gold) correct++;
        return (correct, items.Count);
    }

    /// <summary>
    /// CPP labels a word's neutral-tone syllable with the syllable's full tone (知识 shi2, 枇杷 pa2, 衣服 fu2) and keeps
    /// the neutral tone for particles (的 了 吗 么); the engine writes the neutral tone a dictionary gives (zhīshi).
    /// This score counts an engine neutral tone on the gold's own syllable as right: how often the engine chose the
    /// gold's reading, whatever the tone convention.
    /// </summary>
    private static (int, int) ScoreNeutralAsFull(IReadOnlyList<CppItem> items, string[] readings)
    {
        int correct = 0;
        for (int k = 0; k < items.Count; k++)
        {
            string got = readings[k], gold = items[k].Gold;
            if (got == gold || got.EndsWith('5') && got.Length == gold.Length && got.AsSpan(0, got.Length - 1).SequenceEqual(gold.AsSpan(0, gold.Length - 1)))
                correct++;
        }
        return (correct, items.Count);
    }

    private static string Context(CppItem item)
    {
        int from = Math.Max(0, item.Offset - 12), to = Math.Min(item.Sentence.Length, item.Offset + 13);
        return item.Sentence[from..item.Offset] + "[" + item.Character + "]" + item.Sentence[(item.Offset + item.Character.Length)..to];
    }

    private static string? Option(string[] args, string name)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    /// <summary>The shared data folder beside the checkout: walks up from the working directory to the folder holding QingdaoReader.sln.</summary>
    private static string DefaultFolder()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "QingdaoReader.sln")))
                return Path.Combine(dir.FullName, "..", "shared", "data", "cpp");
        }
        return Path.Combine("..", "shared", "data", "cpp");
    }
}

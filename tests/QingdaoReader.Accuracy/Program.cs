using QingdaoReader.Accuracy;
using QingdaoReader.Chinese;

// Accuracy report of the pinyin engine against the hand-checked gold readings in Data/ (see Data/README.md),
// side by side with pinyin-pro 3.29.4 on the same texts: run live through node (node/pinyin-pro.mjs, LiveReadings.cs)
// when node and the npm package are there, otherwise replayed from its stored output (Data/pinyin-pro/).
// Usage: dotnet run -c Release --project tests/QingdaoReader.Accuracy [-- --errors] [--unseen-errors] [--stored]
// Errors of news.unseen.txt are hidden unless asked for, so that set stays unseen while the engine is tuned.
// The CPP polyphone benchmark (dev split only): dotnet run -c Release --project tests/QingdaoReader.Accuracy -- cpp [--misses] [--examples] [--cpp DIR] [--dump FILE]
if (args.FirstOrDefault() == "cpp") return CppReport.Run(args[1..]);
// The policy lexicon and suggestions on held-out political texts: ... -- glossary [--set policy-checkset|policy-dev] [--top 30] [--misses]
if (args.FirstOrDefault() == "glossary") return PolicyGlossaryReport.Run(args[1..]);

bool showErrors = args.Contains("--errors");
bool showUnseenErrors = args.Contains("--unseen-errors");
bool storedOnly = args.Contains("--stored");
string dataDir = Path.Combine(AppContext.BaseDirectory, "Data");
string[] files = ["seed.gold.txt", "news.tuning.txt", "news.unseen.txt", "news.probe2.txt", "polyphones.tsv"];
var language = ChineseLanguage.Load();
Func<string, List<string>> engine = text => GoldSyllable.ReadWithEngine(language, text);
Console.WriteLine($"engine data loaded in {language.DataLoadTime.TotalMilliseconds:F0} ms");

var (live, liveDescription) = storedOnly
    ? (null, "--stored given")
    : LiveReadings.TryRun(files.SelectMany(f => GoldTexts.Of(Path.Combine(dataDir, f))).Distinct().ToList());
Console.WriteLine(live is not null
    ? $"reference: {liveDescription}"
    : $"reference: pinyin-pro {LiveReadings.ExpectedVersion} stored output (Data/pinyin-pro/), not run live: {liveDescription}");
Console.WriteLine($"{"file",-18} {"unit",-10} {"QingdaoReader",22} {"pinyin-pro 3.29.4",22}");

var errors = new List<string>();
foreach (string file in files)
{
    bool poly = file.EndsWith(".tsv", StringComparison.Ordinal);
    string path = Path.Combine(dataDir, file);
    var reference = live ?? StoredReadings.From(Path.Combine(dataDir, "pinyin-pro", file));
    var ours = poly ? PolyphoneSet.Score(engine, path) : GoldText.Score(engine, path);
    var theirs = poly ? PolyphoneSet.Score(reference, path) : GoldText.Score(reference, path);
    Console.WriteLine($"{file,-18} {(poly ? "phrases" : "Han chars"),-10} {Cell(ours),22} {Cell(theirs),22}");
    if (file != "news.unseen.txt" || showUnseenErrors) errors.AddRange(ours.Errors);
}
if (showErrors)
{
    Console.WriteLine();
    foreach (string error in errors) Console.WriteLine("    " + error);
}

static string Cell(Score s) => $"{s.Accuracy:P2} ({s.Correct}/{s.Total})";

return 0;

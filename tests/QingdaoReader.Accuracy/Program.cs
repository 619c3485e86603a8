using QingdaoReader.Accuracy;
using QingdaoReader.Chinese;

// Accuracy report of the pinyin engine against the hand-checked gold readings in Data/ (see Data/README.md).
// Usage: dotnet run -c Release --project tests/QingdaoReader.Accuracy [-- --errors] [--unseen-errors]
// Errors of news.unseen.txt are hidden unless asked for, so that set stays unseen while the engine is tuned.
bool showErrors = args.Contains("--errors");
bool showUnseenErrors = args.Contains("--unseen-errors");
string dataDir = Path.Combine(AppContext.BaseDirectory, "Data");
var language = ChineseLanguage.Load();
Console.WriteLine($"engine data loaded in {language.DataLoadTime.TotalMilliseconds:F0} ms");

foreach (string file in new[] { "seed.gold.txt", "news.tuning.txt", "news.unseen.txt" })
{
    var result = GoldText.Score(language, Path.Combine(dataDir, file));
    Console.WriteLine($"{file,-18} {result.Correct,5}/{result.Total,-5} Han characters right: {result.Accuracy:P2}");
    if (showErrors && (file != "news.unseen.txt" || showUnseenErrors))
    {
        foreach (string error in result.Errors) Console.WriteLine("    " + error);
    }
}

var poly = PolyphoneSet.Score(language, Path.Combine(dataDir, "polyphones.tsv"));
Console.WriteLine($"{"polyphones.tsv",-18} {poly.Correct,5}/{poly.Total,-5} phrases right:         {poly.Accuracy:P2}");
if (showErrors)
{
    foreach (string error in poly.Errors) Console.WriteLine("    " + error);
}

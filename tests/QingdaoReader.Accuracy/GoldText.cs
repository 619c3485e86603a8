using QingdaoReader.Content;
using QingdaoReader.Chinese;
using QingdaoReader.Text;

namespace QingdaoReader.Accuracy;

/// <summary>The score of one gold file: characters right, and each wrong character in its context.</summary>
public sealed record Score(int Correct, int Total, IReadOnlyList<string> Errors)
{
    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
}

/// <summary>Gold syllables are numbered, lowercase, ü as v, 5 = neutral: "lv4", "de5".</summary>
public static class GoldSyllable
{
    public static string FromEngine(string syllable) =>
        Pinyin.ToNumbered(syllable).ToLowerInvariant().Replace("u:", "v");

    /// <summary>The engine's citation syllables for every Han character of a text, in order.</summary>
    public static List<string> Read(ChineseLanguage language, string text) => ReadWithEngine(language, text);

    public static List<string> ReadWithEngine(ChineseLanguage language, string text)
    {
        var result = new List<string>();
        foreach (var word in language.Read(text))
        {
            foreach (string? s in word.Syllables)
            {
                if (s is not null) result.Add(FromEngine(s));
            }
        }
        return result;
    }

    public static List<string> HanCharacters(string text)
    {
        var result = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            if (ChineseScript.IsHan(rune.Value)) result.Add(rune.ToString());
        }
        return result;
    }
}

/// <summary>A gold text file: one block per line, "text TAB syllables of every Han character".</summary>
public static class GoldText
{
    public static Score Score(Func<string, List<string>> reader, string path)
    {
        int correct = 0, total = 0;
        var errors = new List<string>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            int tab = line.IndexOf('\t');
            if (tab < 0) continue;
            string text = line[..tab];
            string[] gold = line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var engine = reader(text);
            var chars = GoldSyllable.HanCharacters(text);
            for (int i = 0; i < gold.Length; i++)
            {
                total++;
                string got = i < engine.Count ? engine[i] : "(none)";
                if (got == gold[i]) { correct++; continue; }
                string context = string.Concat(chars.Skip(Math.Max(0, i - 4)).Take(Math.Min(i, 4))) + "[" + chars[i] + "]"
                    + string.Concat(chars.Skip(i + 1).Take(4));
                errors.Add($"{Path.GetFileName(path)}:{lineNumber}: {context} engine {got}, gold {gold[i]}");
            }
        }
        return new Score(correct, total, errors);
    }
}

/// <summary>The polyphone set: "phrase TAB syllables TAB target characters"; a phrase is right when every target is.</summary>
public static class PolyphoneSet
{
    public static Score Score(Func<string, List<string>> reader, string path)
    {
        int correct = 0, total = 0;
        var errors = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            string[] fields = line.Split('\t');
            string text = fields[0];
            string[] gold = fields[1].Split(' ');
            var targets = fields[2].Split(',').Select(t => t.Trim()).ToHashSet();
            var engine = reader(text);
            var chars = GoldSyllable.HanCharacters(text);
            total++;
            var wrong = new List<string>();
            for (int i = 0; i < chars.Count; i++)
            {
                if (targets.Contains(chars[i]) && (i >= engine.Count || engine[i] != gold[i]))
                    wrong.Add($"{chars[i]} engine {(i < engine.Count ? engine[i] : "(none)")}, gold {gold[i]}");
            }
            if (wrong.Count == 0) correct++;
            else errors.Add($"{text}: {string.Join("; ", wrong)}");
        }
        return new Score(correct, total, errors);
    }
}

/// <summary>The texts of a gold file (first column; comment lines skipped), for a reader that runs over all at once.</summary>
public static class GoldTexts
{
    public static IEnumerable<string> Of(string path) =>
        File.ReadLines(path).Where(l => !l.StartsWith('#') && l.Contains('\t')).Select(l => l[..l.IndexOf('\t')]);
}

/// <summary>
/// Another reader's output stored in the gold format (pinyin-pro 3.29.4's readings of the same texts, made by
/// Data/draft.mjs with toneSandhi off), replayed so it is scored exactly like the engine.
/// </summary>
public static class StoredReadings
{
    public static Func<string, List<string>> From(string path)
    {
        var byText = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            string[] fields = line.Split('\t');
            if (fields.Length >= 2) byText[fields[0]] = [.. fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)];
        }
        return text => byText.TryGetValue(text, out var s) ? s : [];
    }
}

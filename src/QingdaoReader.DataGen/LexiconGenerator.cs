using QingdaoReader.Content;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using QingdaoReader.Chinese;
using QingdaoReader.Text;

namespace QingdaoReader.DataGen;

/// <summary>
/// Turns CC-CEDICT, Unihan and jieba's dict.txt into the three embedded data files:
/// <c>words.tsv.gz</c> (word, difficulty rank, then reading/definitions pairs, preferred reading first),
/// <c>chars.tsv.gz</c> (character, readings most frequent first), <c>surnames.tsv.gz</c> (surname, reading, how many names in jieba's dictionary begin with it) and
/// <c>idiomhalves.tsv.gz</c> (a half of a four-character CC-CEDICT entry that is no word itself, with its reading).
/// </summary>
public sealed class LexiconGenerator(GeneratorOptions options)
{
    private sealed record CedictReading(string[] Syllables, List<string> Definitions, int Order)
    {
        public bool IsProper => Syllables.Any(s => s.Length > 0 && char.IsUpper(s[0]));
        public string Key => string.Join(' ', Syllables);
    }

    public string Run()
    {
        var jiebaRanks = ReadJiebaRanks(options.JiebaDictFile);
        var charReadings = ReadUnihan(options.UnihanFile);
        var words = ReadCedict(Path.Combine(options.CedictDir, "all.js"), out int skipped);

        // CC-CEDICT readings of single characters that Unihan lacks go after Unihan's.
        foreach (var (word, readings) in words)
        {
            if (word.EnumerateRunes().Count() != 1 || !ChineseScript.IsHan(word.EnumerateRunes().First().Value)) continue;
            if (!charReadings.TryGetValue(word, out var list)) charReadings[word] = list = [];
            foreach (var r in readings)
            {
                string s = r.Syllables[0].ToLowerInvariant();
                if (!list.Contains(s)) list.Add(s);
            }
        }
        DemoteWordBoundNeutralTones(charReadings, words);

        Directory.CreateDirectory(options.OutDir);
        int wordCount = WriteWords(Path.Combine(options.OutDir, "words.tsv.gz"), words, charReadings, jiebaRanks);
        WriteGz(Path.Combine(options.OutDir, "chars.tsv.gz"),
            charReadings.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "\t" + string.Join(' ', kv.Value)));
        var surnames = Surnames(words, charReadings);
        var namesBySurname = ReadJiebaNamesBySurname(options.JiebaDictFile);
        WriteGz(Path.Combine(options.OutDir, "surnames.tsv.gz"),
            surnames.Select(kv => kv.Key + "\t" + kv.Value + "\t" + namesBySurname.GetValueOrDefault(kv.Key)));
        var halves = IdiomHalves(words, charReadings);
        WriteGz(Path.Combine(options.OutDir, "idiomhalves.tsv.gz"), halves.Select(kv => kv.Key + "\t" + kv.Value));

        return $"words: {wordCount} (skipped {skipped} CC-CEDICT entries whose pinyin does not align with the headword), " +
               $"characters: {charReadings.Count}, surnames: {surnames.Count}, idiom halves: {halves.Count}, jieba words ranked: {jiebaRanks.Count}";
    }

    /// <summary>
    /// kHanyuPinlu counts a neutral tone wherever a word has one (西 in 东西 dōngxi, 诉 in 告诉 gàosu), so it can rank
    /// first for a character that is never neutral on its own. A neutral reading stays first only where CC-CEDICT lists
    /// it for the character alone (the particles 的 了 着 地 得, 们, suffix 子); elsewhere it moves after the toned readings.
    /// </summary>
    private static void DemoteWordBoundNeutralTones(Dictionary<string, List<string>> charReadings, Dictionary<string, List<CedictReading>> words)
    {
        foreach (var (ch, list) in charReadings)
        {
            var alone = words.TryGetValue(ch, out var entries) ? entries.Select(e => e.Syllables[0].ToLowerInvariant()).ToHashSet() : [];
            var neutral = list.Where(r => Pinyin.ToneOf(r) == 5 && !alone.Contains(r)).ToList();
            if (neutral.Count == 0 || neutral.Count == list.Count) continue;
            list.RemoveAll(neutral.Contains);
            list.AddRange(neutral);
        }
    }

    /// <summary>
    /// How many person names (tag nr, two to four characters) in jieba's dict.txt begin with each one- or two-character
    /// string: how common a surname is (曾 154, 单 92; 澹 3, 召 0). The engine reads a rare surname's surname reading
    /// only where the text says it is a surname.
    /// </summary>
    private static Dictionary<string, int> ReadJiebaNamesBySurname(string path)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            string[] parts = line.Split(' ');
            if (parts.Length < 3 || parts[2] != "nr") continue;
            var runes = parts[0].EnumerateRunes().ToArray();
            if (runes.Length is < 2 or > 4 || !ChineseScript.IsHan(runes[0].Value)) continue;
            string first = runes[0].ToString(), firstTwo = first + runes[1];
            counts[first] = counts.GetValueOrDefault(first) + 1;
            if (runes.Length > 2) counts[firstTwo] = counts.GetValueOrDefault(firstTwo) + 1;
        }
        return counts;
    }

    /// <summary>jieba's dict.txt is "word freq tag"; the rank is the position by descending frequency (1 = most frequent).</summary>
    private static Dictionary<string, int> ReadJiebaRanks(string path)
    {
        var freqs = new List<(string Word, long Freq)>();
        foreach (string line in File.ReadLines(path, Encoding.UTF8))
        {
            string[] parts = line.Split(' ');
            if (parts.Length >= 2 && long.TryParse(parts[1], out long f)) freqs.Add((parts[0], f));
        }
        var ranks = new Dictionary<string, int>(freqs.Count, StringComparer.Ordinal);
        int rank = 0;
        foreach (var (word, _) in freqs.OrderByDescending(x => x.Freq))
        {
            ranks.TryAdd(word, ++rank);
        }
        return ranks;
    }

    /// <summary>
    /// Character readings ordered most frequent first: kHanyuPinlu by its corpus counts, then kMandarin (the
    /// mainland preferred reading first), then kXHC1983 and kTGHZ2013 in dictionary order.
    /// </summary>
    private static Dictionary<string, List<string>> ReadUnihan(string path)
    {
        var fields = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (string line in ReadMaybeBz2(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            string[] parts = line.Split('\t');
            if (parts.Length < 3 || parts[1] is not ("kHanyuPinlu" or "kMandarin" or "kXHC1983" or "kTGHZ2013")) continue;
            string ch = char.ConvertFromUtf32(Convert.ToInt32(parts[0][2..], 16));
            if (!fields.TryGetValue(ch, out var f)) fields[ch] = f = [];
            f[parts[1]] = parts[2];
        }

        var result = new Dictionary<string, List<string>>(fields.Count, StringComparer.Ordinal);
        foreach (var (ch, f) in fields)
        {
            var ordered = new List<string>();
            void Add(string reading)
            {
                reading = reading.Trim().ToLowerInvariant();
                if (reading.Length > 0 && !ordered.Contains(reading)) ordered.Add(reading);
            }
            if (f.TryGetValue("kHanyuPinlu", out string? pinlu))
            {
                // "xíng(2943) háng(218)"
                var counted = pinlu.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(x => (Reading: x[..x.IndexOf('(')], Count: int.Parse(x[(x.IndexOf('(') + 1)..^1])))
                    .OrderByDescending(x => x.Count);
                foreach (var (reading, _) in counted) Add(reading);
            }
            if (f.TryGetValue("kMandarin", out string? mandarin))
            {
                foreach (string r in mandarin.Split(' ', StringSplitOptions.RemoveEmptyEntries)) Add(r);
            }
            foreach (string key in new[] { "kXHC1983", "kTGHZ2013" })
            {
                if (!f.TryGetValue(key, out string? value)) continue;
                // "0442.080:háng 0443.050:hàng" or "1234.050,1235.010:xíng"
                foreach (string item in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    foreach (string r in item[(item.IndexOf(':') + 1)..].Split(',')) Add(r);
                }
            }
            result[ch] = ordered;
        }
        return result;
    }

    private static IEnumerable<string> ReadMaybeBz2(string path)
    {
        if (!path.EndsWith(".bz2", StringComparison.Ordinal)) return File.ReadLines(path, Encoding.UTF8);
        var psi = new ProcessStartInfo("bzip2", ["-dc", path]) { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("could not start bzip2 to read " + path);
        var lines = new List<string>();
        while (process.StandardOutput.ReadLine() is { } line) lines.Add(line);
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"bzip2 -dc {path} failed with exit code {process.ExitCode}");
        return lines;
    }

    /// <summary>
    /// The npm package's data/all.js is <c>export default {"all":[[traditional, simplified, "pin1 yin1", definition or
    /// [definitions], variant refs, classifier refs], …], …}</c>. Entries are grouped by simplified headword.
    /// </summary>
    private static Dictionary<string, List<CedictReading>> ReadCedict(string allJs, out int skipped)
    {
        string text = File.ReadAllText(allJs, Encoding.UTF8);
        int start = text.IndexOf('{');
        int end = text.LastIndexOf('}');
        using var doc = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
        var words = new Dictionary<string, List<CedictReading>>(StringComparer.Ordinal);
        int order = 0;
        skipped = 0;
        foreach (var entry in doc.RootElement.GetProperty("all").EnumerateArray())
        {
            string simplified = entry[1].GetString()!;
            string numbered = entry[2].GetString()!;
            var defs = entry[3].ValueKind == JsonValueKind.Array
                ? entry[3].EnumerateArray().Select(d => d.GetString()!).ToList()
                : [entry[3].GetString()!];
            if (!ChineseScript.ContainsHan(simplified)) continue;

            string[] tokens = numbered.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var runes = simplified.EnumerateRunes().ToArray();
            if (tokens.Length != runes.Length || !AlignsWithHan(runes, tokens)) { skipped++; continue; }
            string[] syllables = tokens.Select(Pinyin.FromNumbered).ToArray();
            // CC-CEDICT capitalises months and weekdays (Yi1 yue4 "January"); GB/T 16159 writes them lowercase.
            if (defs.Count > 0 && IsCalendarName(defs[0])) syllables = syllables.Select(x => x.ToLowerInvariant()).ToArray();

            if (!words.TryGetValue(simplified, out var list)) words[simplified] = list = [];
            var same = list.FirstOrDefault(r => r.Key == string.Join(' ', syllables));
            if (same is not null) same.Definitions.AddRange(defs.Where(d => !same.Definitions.Contains(d)));
            else list.Add(new CedictReading(syllables, defs, order++));
        }
        return words;
    }

    private static readonly string[] CalendarNames =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];

    private static bool IsCalendarName(string definition) =>
        CalendarNames.Any(n => definition.StartsWith(n, StringComparison.Ordinal));

    private static bool AlignsWithHan(Rune[] runes, string[] tokens)
    {
        for (int i = 0; i < runes.Length; i++)
        {
            bool han = ChineseScript.IsHan(runes[i].Value);
            bool syllable = tokens[i].Length > 1 && char.IsAsciiDigit(tokens[i][^1]) && char.IsAsciiLetter(tokens[i][0]);
            if (han != syllable) return false;
        }
        return true;
    }

    private int WriteWords(string path, Dictionary<string, List<CedictReading>> words,
        Dictionary<string, List<string>> charReadings, Dictionary<string, int> jiebaRanks)
    {
        var lines = new List<string>(words.Count);
        foreach (var (word, readings) in words.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var runes = word.EnumerateRunes().Select(r => r.ToString()).ToArray();
            var ordered = readings
                .OrderBy(r => r.IsProper && readings.Any(o => !o.IsProper) ? 1 : 0)
                .ThenBy(r => IsAllNeutral(r.Syllables) && readings.Any(o => !IsAllNeutral(o.Syllables)) ? 1 : 0)
                .ThenBy(r => IsSecondary(r.Definitions) ? 1 : 0)
                .ThenByDescending(r => SenseCount(r.Definitions))
                .ThenBy(r => ReadingCost(runes, r.Syllables, charReadings))
                .ThenBy(r => r.Order);
            var sb = new StringBuilder(word).Append('\t').Append(jiebaRanks.GetValueOrDefault(word));
            foreach (var r in ordered)
            {
                sb.Append('\t').Append(r.Key).Append('\t').Append(string.Join('/', r.Definitions.Select(d => d.Replace('\t', ' ').Replace('/', '|'))));
            }
            lines.Add(sb.ToString());
        }
        WriteGz(path, lines);
        return lines.Count;
    }

    /// <summary>
    /// A reading with no stressed syllable (起来 "qi lai", CC-CEDICT's enclitic form after a verb, "also pr. qi3lai5")
    /// is how the word sounds unstressed after another word, not its citation form; a word read on its own has at
    /// least one full tone, so such a reading goes after a toned one (起来 qǐlai). Single characters are left alone:
    /// the particles 的 吗 呢 吧 are neutral on their own.
    /// </summary>
    private static bool IsAllNeutral(string[] syllables) =>
        syllables.Length > 1 && syllables.All(s => Pinyin.ToneOf(s) == 5);

    /// <summary>
    /// How many glosses a reading has ("to tell; to inform; to let know" is three). Where CC-CEDICT gives a word two
    /// lowercase readings, the one with more senses is the everyday one (告诉 gàosu, 便宜 piányi, 故事 gùshi).
    /// </summary>
    private static int SenseCount(List<string> defs) => defs.Sum(d => d.Count(c => c == ';') + 1);

    /// <summary>Entries that only point elsewhere ("variant of", "used in", "see …") lose to an entry with real senses.</summary>
    private static bool IsSecondary(List<string> defs) => defs.All(d =>
        d.StartsWith("variant of", StringComparison.Ordinal) || d.StartsWith("old variant of", StringComparison.Ordinal)
        || d.StartsWith("used in", StringComparison.Ordinal) || d.StartsWith("see ", StringComparison.Ordinal)
        || d.StartsWith("(archaic)", StringComparison.Ordinal) || d.StartsWith("(old)", StringComparison.Ordinal)
        || d.StartsWith("erhua variant", StringComparison.Ordinal) || d.StartsWith("Taiwan pr.", StringComparison.Ordinal)
        || d.Contains("(Tw)", StringComparison.Ordinal) || d.StartsWith("(dialect)", StringComparison.Ordinal));

    /// <summary>Sum over the characters of the reading's position in that character's frequency order (0 = most frequent).</summary>
    private static int ReadingCost(string[] runes, string[] syllables, Dictionary<string, List<string>> charReadings)
    {
        int cost = 0;
        for (int i = 0; i < runes.Length; i++)
        {
            if (!charReadings.TryGetValue(runes[i], out var list)) continue;
            int at = list.IndexOf(syllables[i].ToLowerInvariant());
            cost += at < 0 ? 8 : at;
        }
        return cost;
    }

    /// <summary>
    /// Surname readings come from CC-CEDICT's capitalised entries whose sense is "surname …" (单 Shàn, 欧阳 Ōuyáng).
    /// A few characters have two such entries (乐 Lè/Yuè, 翟 Dí/Zhái, 覃 Qín/Tán, 那 Nā/Nuó, 隗 Kuí/Wěi). There the
    /// surname is the reading that differs from the character's most frequent word reading: CC-CEDICT lists the
    /// everyday reading as a surname too, but the surname as people are named by it is the marked one (乐毅 Yuè Yì,
    /// 翟志刚 Zhái Zhìgāng; 现汉 乐 Yuè 姓, 翟 Zhái 姓). Otherwise CC-CEDICT's first surname entry wins.
    /// </summary>
    private static SortedDictionary<string, string> Surnames(Dictionary<string, List<CedictReading>> words,
        Dictionary<string, List<string>> charReadings)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (word, readings) in words)
        {
            if (word.Length > 2) continue;
            var surnameReadings = readings.OrderBy(r => r.Order)
                .Where(r => r.IsProper && r.Definitions.Any(d =>
                    d.StartsWith("surname ", StringComparison.Ordinal) || d.StartsWith("two-character surname", StringComparison.Ordinal)
                    || d.StartsWith("compound surname", StringComparison.Ordinal)))
                .Select(r => r.Key.ToLowerInvariant())
                .Distinct()
                .ToList();
            if (surnameReadings.Count == 0) continue;
            string? everyday = charReadings.TryGetValue(word, out var list) && list.Count > 0 ? list[0] : null;
            string chosen = surnameReadings.Count > 1 && surnameReadings.FirstOrDefault(r => r != everyday) is { } marked
                ? marked
                : surnameReadings[0];
            result[word] = chosen;
        }
        return result;
    }

    /// <summary>
    /// Four-character idioms come in two halves (万头|攒动, 返老|还童), and news writes variants CC-CEDICT lacks (人头攒动).
    /// A half that is no CC-CEDICT word itself keeps the reading it has in the four-character entries (攒动 cuándòng,
    /// not the zǎn of 攒 alone). Kept only where every entry agrees, no syllable is neutral, and the reading differs from
    /// the characters' most frequent ones (otherwise reading them alone gives the same).
    /// </summary>
    private static SortedDictionary<string, string> IdiomHalves(Dictionary<string, List<CedictReading>> words,
        Dictionary<string, List<string>> charReadings)
    {
        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (word, readings) in words)
        {
            var runes = word.EnumerateRunes().ToArray();
            if (runes.Length != 4 || word.Length != 4 || !runes.All(r => ChineseScript.IsHan(r.Value))) continue;
            foreach (var r in readings.Where(r => !r.IsProper))
            {
                foreach (int at in new[] { 0, 2 })
                {
                    string half = word.Substring(at, 2);
                    if (words.ContainsKey(half)) continue;
                    if (!seen.TryGetValue(half, out var set)) seen[half] = set = [];
                    set.Add(r.Syllables[at] + " " + r.Syllables[at + 1]);
                }
            }
        }
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (half, set) in seen)
        {
            if (set.Count != 1) continue;
            string reading = set.First();
            string[] syllables = reading.Split(' ');
            if (syllables.Any(x => Pinyin.ToneOf(x) == 5)) continue;
            bool differs = false;
            for (int i = 0; i < 2; i++)
            {
                differs |= !charReadings.TryGetValue(half[i].ToString(), out var list) || list.Count == 0 || list[0] != syllables[i];
            }
            if (differs) result[half] = reading;
        }
        return result;
    }

    private static void WriteGz(string path, IEnumerable<string> lines)
    {
        using var file = File.Create(path);
        using var gz = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gz, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (string line in lines) writer.WriteLine(line);
    }
}

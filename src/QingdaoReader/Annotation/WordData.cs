using System.Text.Encodings.Web;
using System.Text.Json;
using QingdaoReader.Chinese;

namespace QingdaoReader.Annotation;

/// <summary>A word's entry in a page's word data, for the popups: pinyin, a few English senses, difficulty level.</summary>
public sealed record WordInfo(string Pinyin, IReadOnlyList<string> Definitions, int Level);

/// <summary>
/// The word data a reading page carries for its popups (no server): every distinct word of the page, looked up once.
/// Kept small on purpose: a few senses per word, each cut to a readable length, so the page stays within its budget.
/// </summary>
public static class WordData
{
    public const int MaxSenses = 3;
    public const int MaxSenseLength = 90;

    // CC-CEDICT cross-references and variant notes tell a learner little in a popup: show real senses first.
    private static readonly System.Text.RegularExpressions.Regex Reference = new(
        @"^(\[[^\]]*\] )?((old |archaic |erroneous )?variant of|used in |see |see also |also written|abbr\. for|CL:|Taiwan pr\.)",
        System.Text.RegularExpressions.RegexOptions.Compiled);

    private static readonly System.Text.RegularExpressions.Regex TaiwanNote = new(@"\s*\(Taiwan pr\. \[[^\]]*\]\)", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>The senses a popup shows: real senses before cross-references, without pronunciation notes, cut to length.</summary>
    public static IReadOnlyList<string> Senses(IReadOnlyList<string> definitions) =>
        definitions.Select(d => TaiwanNote.Replace(d, "").Trim()).Where(d => d.Length > 0)
            .OrderBy(d => Reference.IsMatch(d) ? 1 : 0)
            .Take(MaxSenses)
            .Select(d => d.Length <= MaxSenseLength ? d : d[..(MaxSenseLength - 1)].TrimEnd() + "…")
            .ToList();

    private static readonly JsonSerializerOptions Json = new()
    {
        // This encoder still escapes <, >, & and quotes (only non-ASCII letters pass through), so the JSON is safe inside a <script type="application/json">.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        WriteIndented = false,
    };

    /// <summary>Difficulty from word frequency rank: 1 (the 1,000 commonest words) to 6 (rare or unlisted).</summary>
    public static int Level(int rank) => rank switch
    {
        <= 1_000 => 1,
        <= 3_000 => 2,
        <= 6_000 => 3,
        <= 12_000 => 4,
        <= 25_000 => 5,
        _ => 6,
    };

    /// <summary>Looks each distinct word up once.</summary>
    public static SortedDictionary<string, WordInfo> Collect(IEnumerable<string> wordTexts, Func<string, DictionaryEntry?> lookup)
    {
        var words = new SortedDictionary<string, WordInfo>(StringComparer.Ordinal);
        foreach (var text in wordTexts)
        {
            if (words.ContainsKey(text)) continue;
            if (lookup(text) is { } entry) words[text] = new WordInfo(entry.Pinyin, Senses(entry.Definitions), Level(entry.DifficultyRank));
        }
        return words;
    }

    /// <summary>Compact JSON: {"word":["pinyin",["sense",…],level],…}.</summary>
    public static string ToJson(SortedDictionary<string, WordInfo> words)
    {
        var compact = new SortedDictionary<string, object[]>(StringComparer.Ordinal);
        foreach (var (word, info) in words) compact[word] = [info.Pinyin, info.Definitions, info.Level];
        return JsonSerializer.Serialize(compact, Json);
    }
}

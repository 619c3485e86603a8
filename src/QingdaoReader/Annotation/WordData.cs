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

    // A dictionary entry's popup form, made once per entry (the senses take two regexes each), not once per reading.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DictionaryEntry, WordInfo> s_infos = new();

    private static WordInfo InfoOf(DictionaryEntry entry) =>
        s_infos.GetValue(entry, e => new WordInfo(e.Pinyin, Senses(e.Definitions), Level(e.DifficultyRank)));

    /// <summary>Looks each distinct word up once.</summary>
    public static Dictionary<string, WordInfo> Collect(IEnumerable<string> wordTexts, Func<string, DictionaryEntry?> lookup)
    {
        var words = new Dictionary<string, WordInfo>(StringComparer.Ordinal);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in wordTexts)
        {
            if (words.ContainsKey(text) || missing.Contains(text)) continue;
            if (lookup(text) is { } entry) words[text] = InfoOf(entry);
            else missing.Add(text);
        }
        return words;
    }

    /// <summary>Compact JSON, words in ordinal order: {"word":["pinyin",["sense",…],level],…}.</summary>
    public static string ToJson(IReadOnlyDictionary<string, WordInfo> words)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(words.Count * 64 + 16);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder, SkipValidation = true }))
        {
            json.WriteStartObject();
            foreach (var word in words.Keys.Order(StringComparer.Ordinal))
            {
                json.WritePropertyName(word);
                json.WriteRawValue(ValueJson(words[word]), skipInputValidation: true);
            }
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // A word's value, ["pinyin",["sense",…],level], encoded once per dictionary entry (WordInfo is made once per entry).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WordInfo, byte[]> s_values = new();

    private static byte[] ValueJson(WordInfo info) => s_values.GetValue(info, i =>
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder, SkipValidation = true }))
        {
            json.WriteStartArray();
            json.WriteStringValue(i.Pinyin);
            json.WriteStartArray();
            foreach (var sense in i.Definitions) json.WriteStringValue(sense);
            json.WriteEndArray();
            json.WriteNumberValue(i.Level);
            json.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    });
}

using System.Text.Encodings.Web;
using System.Text.Json;
using QingdaoReader.Chinese;

namespace QingdaoReader.Annotation;

/// <summary>A word's entry in a page's word data, for the popups: pinyin, a few readable English senses, its HSK 3.0
/// level (<see cref="HskLevels"/>: 1–6, 7 for the 7–9 band, 0 outside HSK), and for a word the dictionary lacks its parts.</summary>
public sealed record WordInfo(string Pinyin, IReadOnlyList<string> Definitions, int Level, IReadOnlyList<string> Parts);

/// <summary>
/// The word data a reading page carries for its popups (no server): every distinct word of the page, looked up once.
/// Kept small on purpose: a few senses per word, each cut to a readable length (<see cref="ReadableSenses"/>), so the
/// page stays within its budget.
/// </summary>
public static class WordData
{
    /// <summary>The fields of a word's entry in words.js, in the order <see cref="ToJson"/> writes them (see <see cref="WordDataField"/>).</summary>
    public static IReadOnlyList<WordDataField> Fields { get; } = Enum.GetValues<WordDataField>();

    private static readonly JsonSerializerOptions Json = new()
    {
        // This encoder still escapes <, >, & and quotes (only non-ASCII letters pass through), so the JSON is safe inside a <script type="application/json">.
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        WriteIndented = false,
    };

    // A dictionary entry's popup form, made once per entry (senses and parts take regexes and look-ups), not once per reading.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<DictionaryEntry, WordInfo> s_infos = new();

    private static WordInfo InfoOf(DictionaryEntry entry, ReadableSenses senses) =>
        s_infos.GetValue(entry, e => new WordInfo(e.Pinyin, senses.Of(e.Definitions, e.Word), HskLevels.Embedded.LevelOf(e.Word), senses.PartsOf(e.Word)));

    /// <summary>Looks each distinct word up once; the parts of a word the dictionary lacks are looked up too (a popup
    /// shows them), so the result may hold more words than were given.</summary>
    public static Dictionary<string, WordInfo> Collect(IEnumerable<string> wordTexts, Func<string, DictionaryEntry?> lookup)
    {
        var senses = new ReadableSenses(lookup);
        var words = new Dictionary<string, WordInfo>(StringComparer.Ordinal);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in wordTexts)
        {
            if (words.ContainsKey(text) || missing.Contains(text)) continue;
            if (lookup(text) is { } entry) words[text] = InfoOf(entry, senses);
            else missing.Add(text);
        }
        foreach (var part in words.Values.SelectMany(i => i.Parts).ToList())
            if (!words.ContainsKey(part) && lookup(part) is { } entry) words[part] = InfoOf(entry, senses);
        return words;
    }

    /// <summary>
    /// The senses with those of the reading the text uses first: where the text reads 日照 as the city (Rìzhào), the
    /// sense "Rìzhào: Rizhao, prefecture-level city…" (<see cref="ReadableSenses"/> names another reading so) comes first,
    /// without its label. reader.js orders a popup's senses the same way.
    /// </summary>
    public static IReadOnlyList<string> SensesOfReading(IReadOnlyList<string> senses, string pinyin)
    {
        var label = pinyin + ": ";
        if (pinyin.Length == 0 || !senses.Any(s => s.StartsWith(label, StringComparison.Ordinal))) return senses;
        return [.. senses.Where(s => s.StartsWith(label, StringComparison.Ordinal)).Select(s => s[label.Length..]),
            .. senses.Where(s => !s.StartsWith(label, StringComparison.Ordinal))];
    }

    /// <summary>Compact JSON, words in ordinal order: {"word":["pinyin",["sense",…],level(,["part",…])],…}.</summary>
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

    // A word's value, ["pinyin",["sense",…],level] or, for a word the dictionary lacks, ["pinyin",[],level,["part",…]]
    // (each part is a word of the same data), encoded once per dictionary entry (WordInfo is made once per entry).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<WordInfo, byte[]> s_values = new();

    private static byte[] ValueJson(WordInfo info) => s_values.GetValue(info, i =>
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(128);
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder, SkipValidation = true }))
        {
            json.WriteStartArray();
            foreach (var field in Fields)
            {
                switch (field)
                {
                    case WordDataField.Pinyin:
                        json.WriteStringValue(i.Pinyin);
                        break;
                    case WordDataField.Senses:
                        json.WriteStartArray();
                        foreach (var sense in i.Definitions) json.WriteStringValue(sense);
                        json.WriteEndArray();
                        break;
                    case WordDataField.Level:
                        json.WriteNumberValue(i.Level);
                        break;
                    case WordDataField.Parts when i.Parts.Count > 0:
                        json.WriteStartArray();
                        foreach (var part in i.Parts) json.WriteStringValue(part);
                        json.WriteEndArray();
                        break;
                }
            }
            json.WriteEndArray();
        }
        return buffer.WrittenSpan.ToArray();
    });

    /// <summary>What a vocabulary export says a word means where it reads <paramref name="pinyin"/>: its senses (those
    /// of that reading first), or for a word the dictionary lacks its parts
    /// ("parts: 重要 (zhòngyào) important, significant · 讲话 (jiǎnghuà) a speech").</summary>
    public static IReadOnlyList<string> Meaning(WordInfo info, IReadOnlyDictionary<string, WordInfo> words, string pinyin = "") =>
        info.Definitions.Count > 0 || info.Parts.Count == 0 ? SensesOfReading(info.Definitions, pinyin)
            : ["parts: " + string.Join(" · ", info.Parts.Select(p => words.TryGetValue(p, out var part)
                ? $"{p} ({part.Pinyin}) {string.Join(", ", part.Definitions.Take(2))}".TrimEnd() : p))];
}

/// <summary>
/// The fields of a word's entry in words.js, in order: compact on the wire (an array, not an object per word), named
/// once here. The page contract publishes each field's position (<c>contract.wordData</c>) and the scripts read a field
/// by its name (<c>data[F.senses]</c>), never by a number.
/// </summary>
public enum WordDataField
{
    /// <summary>The word's pinyin as the page reads it.</summary>
    Pinyin,
    /// <summary>CC-CEDICT's senses, each "pinyin: sense" when the word has several readings.</summary>
    Senses,
    /// <summary>HSK 3.0 level: 1–6, 7 for the 7–9 band, 0 outside the lists.</summary>
    Level,
    /// <summary>For a word the dictionary lacks, the words it is made of (each a key of the same data); absent otherwise. Last, as it is optional.</summary>
    Parts,
}

using System.Text;
using System.Text.RegularExpressions;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Text;

namespace QingdaoReader.Annotation;

/// <summary>
/// Turns CC-CEDICT's senses into text a learner reads in a popup or a vocabulary export: "see X" and "variant of X"
/// are replaced by X's own senses; <c>繁|简[pin1 yin1]</c> references are written as the simplified form with
/// tone-marked pinyin, <c>简 (pīnyīn)</c>; pronunciation notes are dropped and remaining cross-references go last.
/// A word the dictionary lacks is given its parts (<see cref="PartsOf"/>).
/// </summary>
public sealed partial class ReadableSenses(Func<string, DictionaryEntry?> lookup)
{
    public const int MaxSenses = 3;
    public const int MaxSenseLength = 90;

    // "see X", "variant of X": the sense is X's senses. X is 繁|简[pin yin], 简[pin yin] or a bare word.
    [GeneratedRegex(@"^(?:see(?: also)?|(?:old |archaic |erroneous )?variant of|also written)\s+(?:[^\s|\[\],;]+\|)?([^\s|\[\],;]+)(?:\[[^\]]*\])?\s*$")]
    private static partial Regex Pointer();

    // Any other reference inside a sense: 繁|简[pin1 yin1] or 简[pin1 yin1] (CC-CEDICT writes the traditional form first).
    // The forms are non-ASCII runs, so "CL:個|个[ge4]" keeps its "CL:".
    [GeneratedRegex(@"(?:[^\x00-\x7F\s|\[\]，；]+\|)?([^\x00-\x7F\s|\[\]，；]+)\[([A-Za-z:]+[1-5](?: [A-Za-z:]+[1-5])*)\]")]
    private static partial Regex Reference();

    // The reading a sense belongs to when it is not the word's preferred one: "[Rì zhào] …".
    // 繁|简 without pinyin: only the simplified form is kept.
    [GeneratedRegex(@"[^\x00-\x7F\s|\[\]，；]+\|([^\x00-\x7F\s|\[\]，；]+)")]
    private static partial Regex BareVariant();

    // Pinyin in brackets with no form before it: "commonly pr. [zhei4]".
    [GeneratedRegex(@"\[([A-Za-z:]+[1-5](?: [A-Za-z:]+[1-5])*)\]")]
    private static partial Regex BarePinyin();

    [GeneratedRegex(@"^\[([^\]]*)\] ")]
    private static partial Regex ReadingPrefix();

    // Taiwan pronunciation notes, inside a sense or as a sense of their own.
    [GeneratedRegex(@"\s*\(Taiwan pr\. \[[^\]]*\]\)|^Taiwan pr\. \[[^\]]*\]$")]
    private static partial Regex TaiwanNote();

    // Senses that only point elsewhere or describe usage come after real senses.
    [GeneratedRegex(@"^(?:\S+: )?(?:abbr\. for|used in |CL:|Taiwan pr\.|surname |see |also written|(?:old |archaic |erroneous )?variant of)")]
    private static partial Regex Secondary();

    /// <summary>The senses a popup shows, readable and cut to length: real senses first, at most <see cref="MaxSenses"/>.</summary>
    public IReadOnlyList<string> Of(IReadOnlyList<string> definitions, string? word = null)
    {
        var senses = Expand(definitions, word, depth: 0).Select(s => s.Reading.Length > 0 ? s.Reading + ": " + s.Text : s.Text).ToList();
        // Pointers that only lead back (甲 "see 乙", 乙 "see 甲"): the pointers themselves, written readably.
        if (senses.Count == 0) senses = definitions.Select(d => References(TaiwanNote().Replace(d, "").Trim())).Where(d => d.Length > 0).ToList();
        return senses
            .Distinct(StringComparer.Ordinal)
            .OrderBy(d => Secondary().IsMatch(d) ? 1 : 0)
            .Take(MaxSenses)
            .Select(Cut)
            .ToList();
    }

    // Each sense with the reading it belongs to when that is not the word's preferred reading ("" otherwise).
    private IEnumerable<(string Reading, string Text)> Expand(IReadOnlyList<string> definitions, string? word, int depth)
    {
        foreach (var raw in definitions)
        {
            var sense = TaiwanNote().Replace(raw, "").Trim();
            if (sense.Length == 0) continue;
            var reading = "";
            if (ReadingPrefix().Match(sense) is { Success: true } prefix)
            {
                reading = ReadableReading(prefix.Groups[1].Value);
                sense = sense[prefix.Length..];
            }
            if (Pointer().Match(sense) is { Success: true } pointer && lookup(pointer.Groups[1].Value) is { Definitions.Count: > 0 } target)
            {
                // A word pointing at itself (个: "variant of 個|个") or a loop deeper than "see X" where X is
                // "variant of Y" says nothing more: drop it.
                if (target.Word == word || depth >= 2) continue;
                foreach (var resolved in Expand(target.Definitions, target.Word, depth + 1))
                    yield return (reading.Length > 0 ? reading : resolved.Reading, resolved.Text);
                continue;
            }
            yield return (reading, References(sense));
        }
    }

    /// <summary>CC-CEDICT's references in a sense, written as <c>简 (pīnyīn)</c>.</summary>
    public static string References(string sense) =>
        BarePinyin().Replace(
            BareVariant().Replace(Reference().Replace(sense, m => m.Groups[1].Value + " (" + NumberedToMarks(m.Groups[2].Value) + ")"), "$1"),
            m => NumberedToMarks(m.Groups[1].Value));

    /// <summary>"Qing1 dao3 Shi4" → "Qīngdǎo Shì": syllables of a word together, a capitalised syllable starts a new part.</summary>
    public static string NumberedToMarks(string numbered)
    {
        var sb = new StringBuilder();
        foreach (var syllable in numbered.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0 && char.IsUpper(syllable[0])) sb.Append(' ');
            sb.Append(Pinyin.FromNumbered(syllable));
        }
        return sb.ToString();
    }

    // "Rì zhào" (the lexicon's spaced syllables) → "Rìzhào".
    private static string ReadableReading(string spaced)
    {
        var sb = new StringBuilder();
        foreach (var syllable in spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0 && char.IsUpper(syllable[0])) sb.Append(' ');
            sb.Append(syllable);
        }
        return sb.ToString();
    }

    private static string Cut(string sense) =>
        sense.Length <= MaxSenseLength ? sense : sense[..(MaxSenseLength - 1)].TrimEnd() + "…";

    /// <summary>
    /// A word the dictionary lacks, in parts: from the left, the longest piece the dictionary has (down to a single
    /// character). Empty when the word is in the dictionary.
    /// </summary>
    public IReadOnlyList<string> PartsOf(string word)
    {
        if (word.EnumerateRunes().Count() < 2 || HasSenses(word)) return [];
        var parts = new List<string>();
        var runes = word.EnumerateRunes().Select(r => r.ToString()).ToArray();
        for (var start = 0; start < runes.Length;)
        {
            var length = runes.Length - start;
            // The whole word has no entry, so a part is always shorter than it.
            if (start == 0) length--;
            while (length > 1 && !HasSenses(string.Concat(runes.Skip(start).Take(length)))) length--;
            var text = string.Concat(runes.Skip(start).Take(length));
            start += length;
            if (ChineseScript.ContainsHan(text)) parts.Add(text);
        }
        return parts.Count > 1 ? parts : [];
    }

    private bool HasSenses(string word) => lookup(word) is { Definitions.Count: > 0 };
}

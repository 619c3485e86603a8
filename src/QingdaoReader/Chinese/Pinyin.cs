using System.Globalization;
using System.Text;

namespace QingdaoReader.Chinese;

/// <summary>
/// Pinyin spelling helpers shared by the engine and the data generator: numbered to tone-marked syllables,
/// tones, Han detection and GB/T 16159 word joining.
/// </summary>
public static class Pinyin
{
    private const string Vowels = "aoeiuü";

    // Tone-marked forms of each vowel, index = tone (1..4); 0 holds the bare vowel.
    private static readonly Dictionary<char, string> ToneForms = new()
    {
        ['a'] = "aāáǎà", ['o'] = "oōóǒò", ['e'] = "eēéěè", ['i'] = "iīíǐì",
        ['u'] = "uūúǔù", ['ü'] = "üǖǘǚǜ",
        ['A'] = "AĀÁǍÀ", ['O'] = "OŌÓǑÒ", ['E'] = "EĒÉĚÈ", ['I'] = "IĪÍǏÌ",
        ['U'] = "UŪÚǓÙ", ['Ü'] = "ÜǕǗǙǛ",
    };

    private static readonly Dictionary<char, (char Bare, int Tone)> MarkedVowels = BuildMarkedVowels();

    private static Dictionary<char, (char, int)> BuildMarkedVowels()
    {
        var map = new Dictionary<char, (char, int)>();
        foreach (var (bare, forms) in ToneForms)
        {
            for (int tone = 1; tone <= 4; tone++) map[forms[tone]] = (bare, tone);
        }
        return map;
    }

    /// <summary>
    /// Converts one numbered syllable as CC-CEDICT writes it ("lu:4", "Xi1", "de5", "r5", "m2") to tone marks
    /// ("lǜ", "Xī", "de", "r", "ḿ"). The mark goes on a or e if present, on the o of "ou", otherwise on the last vowel.
    /// A token without a tone digit is returned unchanged.
    /// </summary>
    public static string FromNumbered(string syllable)
    {
        if (syllable.Length < 2 || !char.IsAsciiDigit(syllable[^1])) return syllable.Replace("u:", "ü").Replace("U:", "Ü");
        int tone = syllable[^1] - '0';
        string body = syllable[..^1].Replace("u:", "ü").Replace("U:", "Ü").Replace('v', 'ü').Replace('V', 'Ü');
        if (tone is < 1 or > 4) return body;
        int at = FindToneVowel(body);
        if (at < 0)
        {
            // Syllabic nasals (m, n, ng) carry the mark on their first letter as a combining accent.
            string accent = tone switch { 1 => "\u0304", 2 => "\u0301", 3 => "\u030C", _ => "\u0300" };
            return (body[..1] + accent + body[1..]).Normalize(NormalizationForm.FormC);
        }
        return string.Concat(body.AsSpan(0, at), ToneForms[body[at]].AsSpan(tone, 1), body.AsSpan(at + 1));
    }

    private static int FindToneVowel(string body)
    {
        string lower = body.ToLowerInvariant();
        int a = lower.IndexOf('a');
        if (a >= 0) return a;
        int e = lower.IndexOf('e');
        if (e >= 0) return e;
        int ou = lower.IndexOf("ou", StringComparison.Ordinal);
        if (ou >= 0) return ou;
        for (int i = lower.Length - 1; i >= 0; i--)
        {
            if (Vowels.Contains(lower[i])) return i;
        }
        return -1;
    }

    /// <summary>The tone a combining mark writes: 1 for ◌̄, 2 for ◌́, 3 for ◌̌, 4 for ◌̀; 0 for any other character.</summary>
    public static int ToneOfMark(char c) => c switch { '\u0304' => 1, '\u0301' => 2, '\u030C' => 3, '\u0300' => 4, _ => 0 };

    /// <summary>The combining diaeresis of ü once a syllable is decomposed (ü is u followed by it).</summary>
    public const char Diaeresis = '\u0308';

    /// <summary>The tone of a tone-marked syllable: 1–4, or 5 for a neutral (unmarked) syllable.</summary>
    public static int ToneOf(string syllable)
    {
        foreach (char c in syllable)
        {
            if (MarkedVowels.TryGetValue(c, out var v)) return v.Tone;
            if (ToneOfMark(c) is > 0 and var tone) return tone;
            switch (c)
            {
                case 'ḿ' or 'ń' or 'Ḿ' or 'Ń': return 2;
                case 'ň' or 'Ň': return 3;
                case 'ǹ' or 'Ǹ': return 4;
            }
        }
        return 5;
    }

    /// <summary>
    /// A tone-marked syllable taken apart: its letters decomposed (Unicode form D) without the tone mark, ü kept as u and
    /// <see cref="Diaeresis"/>, and its tone (1–4, 5 when unmarked). The one tone decoder that numbered pinyin and
    /// dictionary order share.
    /// </summary>
    public static (string Letters, int Tone) SplitTone(string syllable)
    {
        var letters = new StringBuilder(syllable.Length + 1);
        var tone = 5;
        foreach (char c in syllable.Normalize(NormalizationForm.FormD))
        {
            if (ToneOfMark(c) is > 0 and var t) tone = t;
            else letters.Append(c);
        }
        return (letters.ToString(), tone);
    }

    /// <summary>Tone-marked to numbered form with ü written "u:" as CC-CEDICT does ("lǜ" → "lu:4", "de" → "de5").</summary>
    public static string ToNumbered(string syllable)
    {
        var (letters, tone) = SplitTone(syllable);
        return letters.Replace(Diaeresis, ':') + (char)('0' + tone);
    }

    /// <summary>The syllable without its tone mark, lowercased, ü kept ("Lǚ" → "lü").</summary>
    public static string Toneless(string syllable)
    {
        string numbered = ToNumbered(syllable);
        return numbered[..^1].Replace("u:", "ü").Replace("U:", "Ü").ToLowerInvariant();
    }

    /// <summary>Uppercases the first letter of a syllable or word ("qīng" → "Qīng").</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    private const string AoeWithTone = "āáǎàōóǒòēéěèĀÁǍÀŌÓǑÒĒÉĚÈ";

    /// <summary>True when a syllable starts with a, o or e (after which GB/T 16159 writes an apostrophe in a word).</summary>
    public static bool StartsWithAoe(string syllable)
    {
        if (syllable.Length == 0) return false;
        return syllable[0] is 'a' or 'o' or 'e' or 'A' or 'O' or 'E' || AoeWithTone.Contains(syllable[0]);
    }

    /// <summary>
    /// Joins syllables into GB/T 16159 word pinyin: syllables of one word run together, an apostrophe separates a
    /// non-initial syllable starting with a, o or e; <paramref name="partStarts"/> marks syllables that begin a new
    /// capitalised part (surname and given name, "Liú Dàchuān"); null syllables (non-Han) are skipped.
    /// </summary>
    public static string JoinWord(IReadOnlyList<string?> syllables, IReadOnlyList<bool>? partStarts, bool capitalizeFirst,
        IReadOnlyList<bool>? wordBreaks = null)
    {
        // A lone lowercase syllable is its own word pinyin: no allocation.
        if (syllables.Count == 1 && !capitalizeFirst && (partStarts is null || !partStarts[0])) return syllables[0] ?? "";
        var sb = JoinBuffer ??= new StringBuilder(64);
        sb.Clear();
        bool first = true;
        bool previousWasSyllable = false;
        for (int i = 0; i < syllables.Count; i++)
        {
            string? s = syllables[i];
            if (s is null) { previousWasSyllable = false; continue; }
            bool newPart = partStarts is not null && partStarts[i];
            if (!first && (newPart || wordBreaks is not null && wordBreaks[i])) sb.Append(' ');
            else if (!first && previousWasSyllable && StartsWithAoe(s)) sb.Append('\'');
            if (first && capitalizeFirst || newPart)
            {
                sb.Append(char.ToUpperInvariant(s[0])).Append(s, 1, s.Length - 1);
            }
            else
            {
                sb.Append(s);
            }
            first = false;
            previousWasSyllable = true;
        }
        return sb.ToString();
    }

    [ThreadStatic]
    private static StringBuilder? JoinBuffer;
}

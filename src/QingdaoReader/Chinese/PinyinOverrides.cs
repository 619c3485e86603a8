using System.Text;
using QingdaoReader.Text;

namespace QingdaoReader.Chinese;

/// <summary>
/// A teacher's fixed reading of a word or phrase (<c>重庆: Chóngqìng</c>), with the file and line it came from.
/// Overrides win over every other source and rule.
/// </summary>
public sealed class PinyinOverride
{
    private int _matched;

    internal PinyinOverride(string word, string[] syllables, bool[] partStarts, string source, int line)
    {
        Word = word;
        Syllables = syllables;
        PartStarts = partStarts;
        Source = source;
        Line = line;
    }

    /// <summary>The word or phrase as it appears in the text.</summary>
    public string Word { get; }

    /// <summary>One lowercase tone-marked syllable per Han character of <see cref="Word"/>.</summary>
    public IReadOnlyList<string> Syllables { get; }

    /// <summary>True where the override wrote a capital letter (a name part starts there).</summary>
    public IReadOnlyList<bool> PartStarts { get; }

    /// <summary>The file the override was read from.</summary>
    public string Source { get; }

    /// <summary>1-based line in <see cref="Source"/>.</summary>
    public int Line { get; }

    /// <summary>The override's whole-word pinyin as GB/T 16159 writes it (Chóngqìng).</summary>
    public string Pinyin => Chinese.Pinyin.JoinWord([.. Syllables], [.. PartStarts], false);

    /// <summary>True once the override has matched some text read with it.</summary>
    public bool HasMatched => Volatile.Read(ref _matched) != 0;

    internal void MarkMatched() => Interlocked.Exchange(ref _matched, 1);

    public override string ToString() => $"{Source}({Line}): {Word}: {Pinyin}";
}

/// <summary>
/// A set of reading overrides, parsed from a plain file: one <c>word: pinyin</c> per line, <c>#</c> starts a comment.
/// The pinyin may be tone-marked (Chóngqìng, Xī'ān, "chóng qìng") or numbered (chong2 qing4). Longer overrides win
/// where two overlap. Safe to use from several threads; it remembers which overrides matched (<see cref="Unmatched"/>).
/// </summary>
public sealed class PinyinOverrides
{
    private readonly PinyinOverride[] _byLength;

    private PinyinOverrides(IEnumerable<PinyinOverride> entries)
    {
        var byWord = new Dictionary<string, PinyinOverride>(StringComparer.Ordinal);
        foreach (var e in entries) byWord[e.Word] = e; // a later file (a reading's own) wins over an earlier one (site-wide)
        _byLength = [.. byWord.Values.OrderByDescending(e => e.Word.Length).ThenBy(e => e.Word, StringComparer.Ordinal)];
    }

    /// <summary>No overrides.</summary>
    public static PinyinOverrides Empty { get; } = new([]);

    /// <summary>The overrides, longest word first.</summary>
    public IReadOnlyList<PinyinOverride> Entries => _byLength;

    /// <summary>Overrides that matched no text read with this set so far (for <c>qreader check</c>).</summary>
    public IReadOnlyList<PinyinOverride> Unmatched() => [.. _byLength.Where(e => !e.HasMatched)];

    /// <summary>Combines sets; for the same word a later set wins (site-wide first, then a reading's own).</summary>
    public static PinyinOverrides Combine(params PinyinOverrides[] sets) => new(sets.SelectMany(s => s._byLength));

    /// <summary>Reads an overrides file.</summary>
    public static PinyinOverrides Load(string path, ChineseLanguage language) =>
        Parse(File.ReadAllText(path, Encoding.UTF8), path, language);

    /// <summary>Parses overrides text.</summary>
    /// <exception cref="Diagnostics.UserError">A line is malformed; it names the file, line and column.</exception>
    public static PinyinOverrides Parse(string content, string source, ChineseLanguage language)
    {
        var entries = new List<PinyinOverride>();
        string[] lines = content.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            string line = lines[n];
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0) continue;
            int colon = line.IndexOfAny([':', '：']);
            if (colon <= 0) throw Error(source, n + 1, 1, $"expected 'word: pinyin', got '{line}'");
            string word = line[..colon].Trim();
            string pinyin = line[(colon + 1)..].Trim();
            int hanCount = 0;
            foreach (var rune in word.EnumerateRunes()) if (ChineseScript.IsHan(rune.Value)) hanCount++;
            if (hanCount == 0) throw Error(source, n + 1, 1, $"'{word}' has no Chinese character to read");
            var (syllables, parts) = SplitPinyin(pinyin, language.Lexicon)
                ?? throw Error(source, n + 1, PinyinColumn(line, colon), $"'{pinyin}' is not pinyin (write e.g. Chóngqìng, chóng qìng or chong2 qing4)");
            if (syllables.Count != hanCount)
                throw Error(source, n + 1, PinyinColumn(line, colon), $"'{pinyin}' has {syllables.Count} syllables but '{word}' has {hanCount} Chinese characters");
            entries.Add(new PinyinOverride(word, [.. syllables], [.. parts], source, n + 1));
        }
        return new PinyinOverrides(entries);
    }

    private static int PinyinColumn(string line, int colon)
    {
        int at = colon + 1;
        while (at < line.Length && char.IsWhiteSpace(line[at])) at++;
        return at + 1;
    }

    private static Diagnostics.UserError Error(string source, int line, int column, string message) =>
        new(new Diagnostics.SourceLocation(source, line, column), message, "write one `word: pinyin` per line, e.g. 重庆: Chóngqìng");

    /// <summary>Splits written pinyin into syllables: on spaces, apostrophes and tone digits, then by valid syllables.</summary>
    private static (List<string>, List<bool>)? SplitPinyin(string pinyin, Lexicon lexicon)
    {
        var syllables = new List<string>();
        var parts = new List<bool>();
        foreach (string chunk in pinyin.Split([' ', '\'', '’', '-', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (chunk.Any(char.IsAsciiDigit))
            {
                int start = 0;
                for (int i = 0; i < chunk.Length; i++)
                {
                    if (!char.IsAsciiDigit(chunk[i])) continue;
                    string numbered = chunk[start..(i + 1)];
                    if (!lexicon.IsSyllable(Chinese.Pinyin.Toneless(Chinese.Pinyin.FromNumbered(numbered)))) return null;
                    Add(Chinese.Pinyin.FromNumbered(numbered));
                    start = i + 1;
                }
                if (start != chunk.Length) return null;
                continue;
            }
            var pieces = SplitRun(chunk.Normalize(NormalizationForm.FormC), lexicon);
            if (pieces is null) return null;
            foreach (string piece in pieces) Add(piece);
        }
        return (syllables, parts);

        void Add(string syllable)
        {
            parts.Add(char.IsUpper(syllable[0]));
            syllables.Add(syllable.ToLowerInvariant());
        }
    }

    /// <summary>Splits a run such as "Chóngqìng" into valid syllables, longest first, backtracking when stuck.</summary>
    private static List<string>? SplitRun(string run, Lexicon lexicon)
    {
        if (run.Length == 0) return [];
        for (int length = Math.Min(6, run.Length); length >= 1; length--)
        {
            string head = run[..length];
            if (!lexicon.IsSyllable(Chinese.Pinyin.Toneless(head))) continue;
            var rest = SplitRun(run[length..], lexicon);
            if (rest is null) continue;
            rest.Insert(0, head);
            return rest;
        }
        return null;
    }

    /// <summary>Applies the overrides to the readings of a text, longest first; marks those that matched.</summary>
    internal void Apply(List<TokenPronunciation> tokens, RunePositions positions)
    {
        if (_byLength.Length == 0 || positions.Count == 0) return;
        var text = new StringBuilder(positions.TextLength);
        foreach (var t in tokens) text.Append(t.Text);
        string all = text.ToString();

        var positionAt = new int[all.Length];
        Array.Fill(positionAt, -1);
        for (int p = 0; p < positions.Count; p++) positionAt[positions.CharOffset[p]] = p;
        var claimed = new bool[positions.Count];

        foreach (var entry in _byLength)
        {
            for (int at = all.IndexOf(entry.Word, StringComparison.Ordinal); at >= 0;
                 at = all.IndexOf(entry.Word, at + 1, StringComparison.Ordinal))
            {
                int first = positionAt[at];
                int count = 0;
                for (int c = at; c < at + entry.Word.Length; c++) if (positionAt[c] >= 0) count++;
                bool free = true;
                for (int k = 0; k < count; k++) free &= !claimed[first + k];
                if (!free) continue;

                int syllable = 0;
                for (int k = 0; k < count; k++)
                {
                    int p = first + k;
                    claimed[p] = true;
                    if (!ChineseScript.IsHan(positions.CodePoint(p))) continue;
                    var token = positions.TokenAt(p);
                    int i = positions.Index[p];
                    token.Syllables[i] = entry.Syllables[syllable];
                    token.Fixed ??= new bool[token.Length];
                    token.Fixed[i] = true;
                    bool capital = entry.PartStarts[syllable];
                    if (capital || token.PartStarts is not null)
                    {
                        token.PartStarts = token.PartStarts is null ? new bool[token.Length] : (bool[])token.PartStarts.Clone();
                        token.PartStarts[i] = capital;
                    }
                    syllable++;
                }
                entry.MarkMatched();
            }
        }
    }
}

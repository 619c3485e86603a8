using QingdaoReader.Text;
namespace QingdaoReader.Chinese;

/// <summary>
/// Reads segmented text: each token takes its reading from CC-CEDICT (a name or place reading when jieba tags it so),
/// an unknown word is split into known sub-words before single characters, and a single character takes its most
/// frequent modern reading (Unihan). Context rules (<see cref="PolyphoneRules"/>), overrides and the spoken tone
/// changes of 一 and 不 (<see cref="ToneSandhi"/>) follow. Thread-safe: it keeps no state between calls.
/// </summary>
public sealed class PinyinConverter
{
    private const int MaxWordLength = 12;
    private readonly Lexicon _lexicon;
    private readonly PolyphoneModel? _model;

    internal PinyinConverter(Lexicon lexicon, PolyphoneModel? model = null)
    {
        _lexicon = lexicon;
        _model = model;
    }

    /// <summary>Reads tokens whose texts concatenate to the text; the result has one <see cref="PronouncedWord"/> per token (names joined).</summary>
    public IReadOnlyList<PronouncedWord> Convert(IReadOnlyList<Token> tokens, PinyinOverrides? overrides = null) =>
        Convert(tokens, overrides, null);

    /// <summary>
    /// As <see cref="Convert(IReadOnlyList{Token}, PinyinOverrides?)"/>, and adds to <paramref name="decisions"/> what
    /// decided each polyphonic character (one the lexicon or the model knows more than one reading of).
    /// </summary>
    internal IReadOnlyList<PronouncedWord> Convert(IReadOnlyList<Token> tokens, PinyinOverrides? overrides, List<PronunciationDecision>? decisions)
    {
        var work = new List<TokenPronunciation>(tokens.Count);
        var joined = NameJoiner.Join(tokens, _lexicon);
        for (int i = 0; i < joined.Count; i++) work.Add(ReadToken(joined[i]));

        // The order is the order of trust: the lexicon, then the model where the lexicon left a character open, then
        // grammar rules, dictionary-word rules and the teacher's overrides (measured on the CPP dev set: Chinese/README.md).
        var positions = new RunePositions(work);
        if (_model is not null) ModelPronunciations.Apply(positions, _model);
        PolyphoneRules.Apply(positions, _lexicon);
        WordRules.Apply(work);
        NamePronunciations.Apply(work);
        overrides?.Apply(work, positions);

        var spoken = ToneSandhi.Apply(positions);
        var result = new PronouncedWord[work.Count];
        for (int i = 0; i < work.Count; i++)
        {
            var t = work[i];
            result[i] = new PronouncedWord(t.Text, t.Tag, t.Syllables, spoken[i] ?? t.Syllables, t.WordPinyin());
        }
        if (decisions is not null) Explain(work, decisions);
        return result;
    }

    private void Explain(List<TokenPronunciation> work, List<PronunciationDecision> decisions)
    {
        int offset = 0;
        foreach (var t in work)
        {
            int at = offset;
            for (int i = 0; i < t.Length; i++)
            {
                int cp = t.CodePoints[i];
                string? syllable = t.Syllables[i];
                if (syllable is not null && (_lexicon.CharReadings(cp) is { Length: > 1 } || _model?.IsPolyphone(cp) == true))
                {
                    var source = t.Fixed is { } f && f[i] ? PronunciationSource.Override : t.Sources[i];
                    float? probability = source == PronunciationSource.Model ? t.ModelProbabilities![i] : null;
                    var rule = source is PronunciationSource.Rule or PronunciationSource.WordRule ? t.Rules[i] : null;
                    decisions.Add(new PronunciationDecision(char.ConvertFromUtf32(cp), at, t.Text, syllable, source, probability, rule));
                }
                at += cp > 0xFFFF ? 2 : 1;
            }
            offset += t.Text.Length;
        }
    }

    /// <summary>The GB/T 16159 pinyin of a word read on its own (e.g. for a popup), with its proper-noun capitalisation.</summary>
    public string WordPinyin(string word, string tag = "")
    {
        var t = ReadToken(new Token(word, tag));
        return t.WordPinyin();
    }

    internal TokenPronunciation ReadToken(Token token)
    {
        var t = ReadWord(token);
        CiteYiAndBu(t);
        return t;
    }

    /// <summary>
    /// Citation tones for 一 and 不 (GB/T 16159, issue 3 "Tones"; the gold data's convention): CC-CEDICT writes 不 neutral
    /// inside potential complements and set phrases (看不清 kàn bu qīng, 差不多, 了不起 — 161 words) and 比一比 bǐ yi bǐ;
    /// citation form is bù and yī. The neutral tone is how these are spoken, so the spoken variant keeps it
    /// (<see cref="ToneSandhi"/> reads it from the dictionary reading).
    /// </summary>
    private static void CiteYiAndBu(TokenPronunciation t)
    {
        for (int i = 0; i < t.Length; i++)
        {
            if (t.CodePoints[i] == '不' && t.Syllables[i] == "bu") t.Syllables[i] = "bù";
            else if (t.CodePoints[i] == '一' && t.Syllables[i] == "yi") t.Syllables[i] = "yī";
        }
    }

    private TokenPronunciation ReadWord(Token token)
    {
        int runeCount = 0;
        bool anyHan = false;
        foreach (var rune in token.Text.EnumerateRunes())
        {
            runeCount++;
            anyHan |= ChineseScript.IsHan(rune.Value);
        }
        var t = new TokenPronunciation(token.Text, token.Tag, new string?[runeCount]);
        if (!anyHan) return t;

        if (IsPersonTag(token.Tag) && ReadPersonName(t)) return t;

        if (runeCount == 1)
        {
            ReadChar(t, 0);
            return t;
        }
        if (_lexicon.TryGetWord(token.Text, out var entry))
        {
            // jieba's dictionary tags some common words nr (孙子, 小康, 惠民, 友谊); where CC-CEDICT lists a common reading
            // first, the word is read (and written) as the common word.
            bool proper = IsProperTag(token.Tag) && !(IsPersonTag(token.Tag) && !entry.Preferred.IsProper);
            var reading = proper && entry.Proper is not null ? entry.Proper : entry.Preferred;
            reading.Syllables.CopyTo(t.Syllables, 0);
            t.PartStarts = reading.PartStarts;
            t.Source = reading;
            t.Word = entry;
            t.Decide(0, runeCount, reading.IsProper ? PronunciationSource.Name : PronunciationSource.Word);
            // A long dictionary entry naming one concept (全面深化改革) is still written apart by its words; idioms
            // (jieba's i, l) and names keep theirs.
            if (runeCount >= 4 && reading.PartStarts is null && token.Tag is not ("i" or "l")) t.WordBreaks = InnerWordBreaks(token.Text, runeCount);
            return t;
        }
        ReadBySubWords(t, 0, runeCount);
        if (token.Tag is "i" or "l" && runeCount == 4 && token.Text.Length == 4) ReadIdiomHalves(t);
        // A place name CC-CEDICT does not know is still a proper noun: capitalise its first syllable. (jieba's nt/nz
        // tags are too loose for this: 广大干部/nt; those are capitalised only through a proper sub-word.)
        if (token.Tag == "ns" && t.PartStarts is null || token.Tag is "nz" or "nt" && t.PartStarts is null && StartsWithName(token.Text))
        {
            t.PartStarts = new bool[runeCount];
            t.PartStarts[0] = true;
        }
        return t;
    }

    /// <summary>True when the text begins with a word CC-CEDICT knows only as a name, of two characters or more: an
    /// organisation jieba tags nt/nz that CC-CEDICT lacks is then a proper noun too (京东方, BOE: Jīngdōngfāng, after 京东).</summary>
    private bool StartsWithName(string text)
    {
        for (int n = Math.Min(text.Length - 1, MaxWordLength); n >= 2; n--)
            if (_lexicon.TryGetWord(text.AsSpan(0, n), out var entry) && entry.Preferred.IsProper) return true;
        return false;
    }

    private static bool IsPersonTag(string tag) => tag.StartsWith("nr", StringComparison.Ordinal);

    /// <summary>jieba's tags for place (ns), organisation (nt), other proper (nz) and person (nr…) names.</summary>
    private static bool IsProperTag(string tag) => tag is "ns" or "nt" or "nz" || IsPersonTag(tag);

    /// <summary>
    /// Splits runes [start, end) into the fewest CC-CEDICT words, reading a rune no word covers as a single character.
    /// Among splits with as few pieces, the one that reads fewer characters alone against the evidence wins: a
    /// character is contested when a CC-CEDICT word inside the token reads it otherwise than its most frequent
    /// reading (处 in jieba's 处罚金: 处罚 chǔfá, but 处 alone chù; so 处罚|金, not 处|罚金). Then a single character
    /// before a word (排|长队, not 排长|队: 排 is pái either way), then the longest word first.
    /// </summary>
    // Where the words inside a dictionary entry start, found as for a token the dictionary lacks (its readings unused).
    private bool[]? InnerWordBreaks(string text, int runeCount)
    {
        var probe = new TokenPronunciation(text, "", new string?[runeCount]);
        ReadBySubWords(probe, 0, runeCount, wholeAllowed: false);
        return probe.WordBreaks;
    }

    private void ReadBySubWords(TokenPronunciation t, int start, int end) => ReadBySubWords(t, start, end, wholeAllowed: true);

    private void ReadBySubWords(TokenPronunciation t, int start, int end, bool wholeAllowed)
    {
        int n = end - start;
        Span<int> pieces = n <= 64 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> contestedAlone = n <= 64 ? stackalloc int[n + 1] : new int[n + 1];
        Span<int> next = n <= 64 ? stackalloc int[n + 1] : new int[n + 1];
        Span<bool> contested = n <= 64 ? stackalloc bool[n] : new bool[n];
        pieces[n] = 0;
        contestedAlone[n] = 0;
        string text = t.Text;
        int[] offsets = CharOffsets(t);
        for (int i = 0; n >= 3 && i < n; i++) // two runes have no sub-word to contest them
        {
            for (int j = i + 2; j <= Math.Min(n, i + MaxWordLength); j++)
            {
                if (!_lexicon.TryGetWord(text.AsSpan(offsets[start + i], offsets[start + j] - offsets[start + i]), out var word)) continue;
                for (int k = i; k < j; k++)
                {
                    if (_lexicon.CharReadings(t.CodePoints[start + k]) is [var alone, ..] && word.Preferred.Syllables[k - i] != alone)
                        contested[k] = true;
                }
            }
        }
        for (int i = n - 1; i >= 0; i--)
        {
            pieces[i] = pieces[i + 1] + 1;
            contestedAlone[i] = contestedAlone[i + 1] + (contested[i] ? 1 : 0);
            next[i] = i + 1;
            int maxJ = Math.Min(n, i + MaxWordLength);
            for (int j = maxJ; j >= i + 2; j--)
            {
                if (pieces[j] + 1 > pieces[i] || pieces[j] + 1 == pieces[i] && contestedAlone[j] >= contestedAlone[i]) continue;
                if (!wholeAllowed && i == 0 && j == n) continue;
                var span = text.AsSpan(offsets[start + i], offsets[start + j] - offsets[start + i]);
                if (_lexicon.TryGetWord(span, out _))
                {
                    pieces[i] = pieces[j] + 1;
                    contestedAlone[i] = contestedAlone[j];
                    next[i] = j;
                }
            }
        }
        bool previousWasWord = false;
        for (int i = 0; i < n; i = next[i])
        {
            int j = next[i];
            // GB/T 16159: a name of four or more syllables for one concept is written apart by its words, a shorter
            // one together (高水平 gāoshuǐpíng). So in a long token the dictionary lacks, a space goes before and after
            // each dictionary word inside it; characters read alone stay together (新质 + 生产力 → xīnzhì shēngchǎnlì).
            bool isWord = j > i + 1;
            if (t.Length >= 4 && start + i > 0 && (isWord || previousWasWord))
            {
                t.WordBreaks ??= new bool[t.Length];
                t.WordBreaks[start + i] = true;
            }
            previousWasWord = isWord;
            if (j == i + 1)
            {
                ReadChar(t, start + i);
                continue;
            }
            _lexicon.TryGetWord(text.AsSpan(offsets[start + i], offsets[start + j] - offsets[start + i]), out var word);
            var reading = word.Preferred;
            Array.Copy(reading.Syllables, 0, t.Syllables, start + i, j - i);
            t.Decide(start + i, start + j, reading.IsProper ? PronunciationSource.Name : PronunciationSource.Word);
            if (reading.PartStarts is not null)
            {
                t.PartStarts ??= new bool[t.Length];
                Array.Copy(reading.PartStarts, 0, t.PartStarts, start + i, j - i);
            }
        }
    }

    /// <summary>
    /// A four-character idiom CC-CEDICT lacks (jieba tags i, l) is often a variant of one it has (人头攒动 beside
    /// 万头攒动): a half no CC-CEDICT word covered takes the reading it has in CC-CEDICT's four-character entries
    /// (攒动 cuándòng, where 攒 alone would be zǎn; data from the generator's idiom halves).
    /// </summary>
    private void ReadIdiomHalves(TokenPronunciation t)
    {
        for (int at = 0; at < 4; at += 2)
        {
            if (!t.Solo[at] || !t.Solo[at + 1] || _lexicon.IdiomHalfReading(t.Text.AsSpan(at, 2)) is not { } half) continue;
            t.Syllables[at] = half[0];
            t.Syllables[at + 1] = half[1];
            t.Solo[at] = t.Solo[at + 1] = false;
            t.Decide(at, at + 2, PronunciationSource.IdiomHalf);
        }
    }

    private static int[] CharOffsets(TokenPronunciation t)
    {
        var offsets = new int[t.Length + 1];
        for (int i = 0; i < t.Length; i++) offsets[i + 1] = offsets[i] + (t.CodePoints[i] > 0xFFFF ? 2 : 1);
        return offsets;
    }

    /// <summary>
    /// A lone character takes its most frequent modern reading (Unihan kHanyuPinlu counts, then kMandarin, kXHC1983,
    /// kTGHZ2013). A one-character token that jieba tags as a particle (uj 的, uv 地, ud 得, ul 了, uz 着, ug 过) or a
    /// modal (y) takes its neutral-tone reading, which is what the particle is.
    /// </summary>
    private void ReadChar(TokenPronunciation t, int i)
    {
        t.Solo[i] = true;
        int cp = t.CodePoints[i];
        if (!ChineseScript.IsHan(cp)) return;
        string[]? readings = _lexicon.CharReadings(cp);
        if (readings is null || readings.Length == 0) return;
        string chosen = readings[0];
        t.Sources[i] = PronunciationSource.Character;
        if (t.Length == 1 && (t.Tag.StartsWith('u') || t.Tag == "y"))
        {
            foreach (string r in readings)
            {
                if (Pinyin.ToneOf(r) == 5) { chosen = r; t.Sources[i] = PronunciationSource.Particle; break; }
            }
        }
        t.Syllables[i] = chosen;
    }

    /// <summary>
    /// A person name: CC-CEDICT's reading if it knows the person, otherwise the surname's surname reading (单 Shàn,
    /// 曾 Zēng; two-character surnames such as 欧阳 first) and the given name as a word or as characters. Surname and
    /// given name are capitalised separately (GB/T 16159-2012 §6.4.1: Liú Dàchuān). False when no surname matches.
    /// </summary>
    private bool ReadPersonName(TokenPronunciation t)
    {
        if (_lexicon.TryGetWord(t.Text, out var known))
        {
            // jieba's dictionary tags some common words as names (朴素/nr, 孙子/nr "grandson"); CC-CEDICT knows better:
            // a word whose first reading is a common one is read as that word.
            if ((known.Proper is null || !known.Preferred.IsProper) && t.Length > 1) return false;
            if (known.Proper is not null && t.Length > 1)
            {
                known.Proper.Syllables.CopyTo(t.Syllables, 0);
                t.PartStarts = known.Proper.PartStarts;
                t.Decide(0, t.Length, PronunciationSource.Name);
                return true;
            }
        }
        if (t.CodePoints.Length > 4 || !ChineseScript.IsHan(t.CodePoints[0])) return false;
        int surnameLength = 0;
        string[]? surname = null;
        if (t.Length >= 3 && t.CodePoints[1] <= 0xFFFF && t.CodePoints[0] <= 0xFFFF)
        {
            surname = _lexicon.SurnameReading(t.Text[..2]);
            if (surname is not null) surnameLength = 2;
        }
        string first = char.ConvertFromUtf32(t.CodePoints[0]);
        if (surname is null)
        {
            surname = _lexicon.SurnameReading(first);
            if (surname is not null) surnameLength = 1;
        }
        if (surname is null || surname.Length != surnameLength) return false;
        // A rare surname (澹 Tán, 召 Shào, 莘 Shēn) in a name jieba only guessed (澹园, 没有召他, 莘庄) is more often a
        // word or a place: its characters are read as such, and the model decides a polyphone among its readings.
        if (surnameLength == 1 && t.Tag != NameJoiner.SurnameByContext && _lexicon.IsRareSurname(first)
            && _lexicon.CharReadings(t.CodePoints[0]) is { Length: > 1 })
            return false;
        // jieba's HMM tags phrases that open with a surname character as names (应邀出席/nr, 干劲十足/nr): a name
        // does not start with a common two-character word.
        if (t.Length >= 3 && surnameLength == 1 && _lexicon.TryGetWord(t.Text.AsSpan(0, 2), out var head) && !head.Preferred.IsProper)
            return false;
        string afterSurname = t.Text[(t.CodePoints[0] > 0xFFFF ? 2 : 1)..];
        if (surnameLength == 1 && NameJoiner.FormsOfAddress.Contains(afterSurname))
        {
            // 仇先生: surname and form of address, "Qiú xiānsheng".
            surname.CopyTo(t.Syllables, 0);
            _lexicon.TryGetWord(afterSurname, out var address);
            address.Preferred.Syllables.CopyTo(t.Syllables, 1);
            t.Sources[0] = PronunciationSource.Surname;
            t.Decide(1, t.Length, PronunciationSource.Word);
            t.PartStarts = new bool[t.Length];
            t.PartStarts[0] = true;
            return true;
        }
        // jieba's HMM also tags surname-initial phrases as names (高水平/nr): a two-character "given name" that is a
        // common CC-CEDICT word (水平) means it is not a name.
        if (t.Length - surnameLength >= 2 && _lexicon.TryGetWord(t.Text.AsSpan(surnameLength), out var rest) && !rest.Preferred.IsProper)
            return false;

        surname.CopyTo(t.Syllables, 0);
        t.Decide(0, surnameLength, PronunciationSource.Surname);
        t.PartStarts = new bool[t.Length];
        t.PartStarts[0] = true;
        if (surnameLength < t.Length)
        {
            t.PartStarts[surnameLength] = true;
            ReadGivenName(t, surnameLength);
        }
        return true;
    }

    private void ReadGivenName(TokenPronunciation t, int start)
    {
        int offset = start == 1 ? (t.CodePoints[0] > 0xFFFF ? 2 : 1) : CharOffsets(t)[start];
        var given = t.Text.AsSpan(offset);
        if (t.Length - start > 1 && _lexicon.TryGetWord(given, out var word) && !word.Preferred.IsProper)
        {
            Array.Copy(word.Preferred.Syllables, 0, t.Syllables, start, t.Length - start);
            t.Decide(start, t.Length, PronunciationSource.GivenName);
            return;
        }
        for (int i = start; i < t.Length; i++)
        {
            ReadChar(t, i);
            t.Solo[i] = false; // a given name is not running text: context rules do not apply inside it
            t.Sources[i] = PronunciationSource.GivenName;
        }
    }
}

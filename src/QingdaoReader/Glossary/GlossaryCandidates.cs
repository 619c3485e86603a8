using System.Text.RegularExpressions;
using QingdaoReader.Chinese;
using QingdaoReader.Parsing;
using QingdaoReader.Diagnostics;
using QingdaoReader.Text;

namespace QingdaoReader.Glossary;

/// <summary>Why a phrase looks like a term worth a glossary entry.</summary>
public enum CandidateReason
{
    /// <summary>In quotation marks, whole: news text quotes slogans and coined names (“走在前、开新局”, “链长制”).</summary>
    Quoted,
    /// <summary>A number and 个/大/新/重 … starting it: the numbered shorthands of policy (两个确立, 两新, 十四五).</summary>
    NumberedSlogan,
    /// <summary>Ends in a head that policy names end in: 化, 制, 区, 圈, 带, 体系, 机制, 战略, 工程, 政策, 会议, 报告 ….</summary>
    PolicySuffix,
    /// <summary>A four-character set phrase from the dictionary (因地制宜, 稳扎稳打).</summary>
    FourCharacterPhrase,
    /// <summary>A phrase of several words that recurs in the reading (现代化产业体系).</summary>
    RepeatedPhrase,
    /// <summary>A word of several characters the dictionary lacks: a coinage or an abbreviation.</summary>
    NotInDictionary,
    /// <summary>Two or three words that make a noun phrase the dictionary lacks, not of everyday words (资源禀赋, 国家战略科技力量).</summary>
    NounPhrase,
}

/// <summary>A phrase of a reading that has no glossary entry and looks like one worth writing.</summary>
/// <param name="Score">How term-like the phrase is; the list is ordered by it.</param>
/// <param name="Pinyin">The phrase's pinyin as the page would show it.</param>
/// <param name="DictionaryHint">CC-CEDICT's first senses of the whole phrase, where it has one.</param>
public sealed record GlossaryCandidate(string Term, int Count, SourceLocation FirstUse, IReadOnlyList<CandidateReason> Reasons,
    double Score = 0, string Pinyin = "", string? DictionaryHint = null);

/// <summary>An entry of the tool's policy lexicon that a reading uses and the site's glossary lacks: ready to copy.</summary>
public sealed record LexiconSuggestion(GlossaryEntry Entry, int Count, SourceLocation FirstUse);

/// <summary>What <c>qreader glossary suggest</c> proposes for one reading: ready lexicon entries first, then candidates.</summary>
public sealed record GlossarySuggestions(IReadOnlyList<LexiconSuggestion> FromLexicon, IReadOnlyList<GlossaryCandidate> FromText);

/// <summary>
/// Finds the terms of a reading a teacher would gloss and the site's glossary lacks. First the tool's own lexicon
/// entries that the text uses (a site made without the lexicon, or with an older copy of it). Then phrases of the text
/// itself, whole and on word boundaries (as the site's segmenter cuts them, the glossary's terms cut whole), ranked by
/// how term-like they are: how often they recur, whether they stand whole (a phrase that only ever occurs inside a
/// longer candidate is that candidate's part), the words at their edges, and the shapes of policy language (numbers
/// with 个/大/新, quotation marks, heads such as 化, 制, 区, 体系, 战略). Phrases made only of everyday words (有关规定,
/// 社会发展) rank low.
/// </summary>
public static class GlossaryCandidateFinder
{
    private const int MaxWords = 6;
    private const int MaxLength = 14;

    /// <param name="cut">The site's segmenter for this reading (its words and part-of-speech tags).</param>
    /// <param name="lookup">CC-CEDICT look-up: whether the dictionary has a word, its senses and its frequency rank.</param>
    /// <param name="lexicon">The tool's policy lexicon (empty to suggest from the text only).</param>
    /// <param name="reading">The reading as the build parses it: its text is read as the build reads it (<see cref="ChineseText"/>).</param>
    public static GlossarySuggestions Find(ParsedReading reading, IReadOnlyList<GlossaryEntry> glossary, IReadOnlyList<GlossaryEntry> lexicon,
        Func<string, IReadOnlyList<PronouncedWord>> cut, Func<string, DictionaryEntry?> lookup)
    {
        // The text where a glossary term would link: the reading's Chinese text outside links.
        var lines = ChineseText.Of(reading).Where(r => !r.InLink).Select(r => (r.Text, r.Location)).ToList();
        var fromLexicon = MissingLexiconEntries(glossary, lexicon, lines);

        // The text with every known term (the site's and the suggested lexicon entries) taken out, so no phrase holds one
        // or cuts through one (推动高质量|发展).
        var covering = new GlossaryMatcher(glossary.Concat(fromLexicon.Select(s => s.Entry)));
        var phrases = new Dictionary<string, PhraseStats>(StringComparer.Ordinal);
        foreach (var (text, location) in lines)
        {
            var masked = Mask(text, covering);
            foreach (var clause in Clauses(masked, cut))
                CountPhrases(clause, location, phrases);
        }
        return new GlossarySuggestions(fromLexicon, Rank(phrases, cut, lookup));
    }

    /// <summary>
    /// The lexicon's entries that <paramref name="runs"/> use and the site's glossary lacks (by any of their forms), with
    /// their count and first place, most used first: as the build would link them, the site's own terms winning where
    /// the two overlap. <c>glossary suggest</c> lists them and <c>check</c> advises on them, both from here.
    /// </summary>
    public static IReadOnlyList<LexiconSuggestion> MissingLexiconEntries(IReadOnlyList<GlossaryEntry> glossary, IReadOnlyList<GlossaryEntry> lexicon,
        IEnumerable<(string Text, SourceLocation Location)> runs)
    {
        var siteForms = glossary.SelectMany(g => g.Forms).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);
        var missing = lexicon.Where(e => !e.Forms.Any(siteForms.Contains)).ToList();
        if (missing.Count == 0) return [];
        var lexiconMatcher = new GlossaryMatcher(missing);
        var siteMatcher = new GlossaryMatcher(glossary);
        var found = new Dictionary<GlossaryEntry, (int Count, SourceLocation First)>(ReferenceEqualityComparer.Instance);
        foreach (var (text, location) in runs)
        {
            // A site term wins where it overlaps a lexicon term: the page links the site's.
            foreach (var m in lexiconMatcher.Matches(Mask(text, siteMatcher)))
                found[m.Entry] = found.TryGetValue(m.Entry, out var f) ? (f.Count + 1, f.First) : (1, location);
        }
        var result = found.Select(kv => new LexiconSuggestion(kv.Key, kv.Value.Count, kv.Value.First)).ToList();
        result.Sort((a, b) => b.Count != a.Count ? b.Count.CompareTo(a.Count) : a.FirstUse.Line.CompareTo(b.FirstUse.Line));
        return result;
    }

    /// <summary>The text candidates alone, for a site without the lexicon (tests, and the old call).</summary>
    public static IReadOnlyList<GlossaryCandidate> Find(ParsedReading reading, IReadOnlyList<GlossaryEntry> glossary,
        Func<string, IReadOnlyList<PronouncedWord>> cut, Func<string, DictionaryEntry?> lookup) =>
        Find(reading, glossary, [], cut, lookup).FromText;

    // ---- The text: Chinese lines, masked terms, clauses of whole words.

    // Known terms become a comma: a clause ends there.
    private static string Mask(string text, GlossaryMatcher matcher)
    {
        var matches = matcher.Matches(text);
        if (matches.Count == 0) return text;
        var chars = text.ToCharArray();
        foreach (var m in matches)
            for (var i = m.Start; i < m.Start + m.Length; i++) chars[i] = '，';
        return new string(chars);
    }

    /// <summary>A word of a clause, and whether a quotation opened right before it or closes right after it.</summary>
    private readonly record struct ClauseWord(string Text, string Tag, bool OpensQuote, bool ClosesQuote);

    private const string OpeningQuotes = "“「『‘《";
    private const string ClosingQuotes = "”」』’》";

    // Runs of whole Han words: punctuation, digits, Latin and masked terms end a run, so no phrase reaches across them.
    private static List<List<ClauseWord>> Clauses(string text, Func<string, IReadOnlyList<PronouncedWord>> cut)
    {
        var clauses = new List<List<ClauseWord>> { new() };
        var openQuote = false;
        foreach (var w in cut(text))
        {
            var isHan = w.Text.Length > 0 && w.Text.All(ChineseScript.IsHan);
            if (isHan)
            {
                clauses[^1].Add(new ClauseWord(w.Text, w.Tag, openQuote, false));
                openQuote = false;
                continue;
            }
            var closes = w.Text.Length > 0 && ClosingQuotes.Contains(w.Text[0]);
            if (closes && clauses[^1].Count > 0) clauses[^1][^1] = clauses[^1][^1] with { ClosesQuote = true };
            openQuote = w.Text.Length > 0 && OpeningQuotes.Contains(w.Text[^1]);
            if (clauses[^1].Count > 0) clauses.Add([]);
        }
        return clauses.Where(c => c.Count > 0).ToList();
    }

    // ---- Phrases: every run of whole words, with its count and the signs it shows.

    private sealed class PhraseStats
    {
        public required IReadOnlyList<ClauseWord> Words { get; init; }
        public int Count;
        public SourceLocation First;
        public bool Quoted;
        /// <summary>The words seen right before and right after it (a clause's edge counts as a word of its own).</summary>
        public readonly HashSet<string> Before = new(StringComparer.Ordinal), After = new(StringComparer.Ordinal);

        /// <summary>The part-of-speech tags of those words (empty for a clause's edge).</summary>
        public readonly HashSet<string> BeforeTags = new(StringComparer.Ordinal), AfterTags = new(StringComparer.Ordinal);

        /// <summary>
        /// Recurs, and always beside the same word: part of a longer phrase (科技创新与产业创新深度 is always followed by
        /// 融合), whether or not that phrase is a term itself.
        /// </summary>
        public bool AlwaysBesideSameWord => Count >= 2 && (Before.Count == 1 && !Before.Contains(Edge) || After.Count == 1 && !After.Contains(Edge));
    }

    private const string Edge = "";

    private static void CountPhrases(List<ClauseWord> clause, SourceLocation location, Dictionary<string, PhraseStats> phrases)
    {
        for (var i = 0; i < clause.Count; i++)
        {
            var text = "";
            for (var n = 1; n <= MaxWords && i + n <= clause.Count; n++)
            {
                text += clause[i + n - 1].Text;
                if (text.Length > MaxLength) break;
                if (text.Length < 2) continue;
                if (!phrases.TryGetValue(text, out var stats))
                    phrases[text] = stats = new PhraseStats { Words = clause.GetRange(i, n), First = location };
                stats.Count++;
                stats.Before.Add(i > 0 ? clause[i - 1].Text : Edge);
                stats.After.Add(i + n < clause.Count ? clause[i + n].Text : Edge);
                stats.BeforeTags.Add(i > 0 ? clause[i - 1].Tag : Edge);
                stats.AfterTags.Add(i + n < clause.Count ? clause[i + n].Tag : Edge);
                if (clause[i].OpensQuote && clause[i + n - 1].ClosesQuote) stats.Quoted = true;
            }
        }
    }

    // ---- Which phrases are terms, and how term-like.

    // Words that never begin or end a term: particles, conjunctions, prepositions, pronouns, adverbs of degree and time,
    // locatives, auxiliaries, and the verbs and nouns that frame a term in running text (推动, 加快, 方面, 工作).
    private static readonly HashSet<string> EdgeTags = ["u", "uj", "ul", "uz", "ug", "uv", "ud", "c", "p", "r", "rr", "rz", "d", "f", "y", "e", "o", "q", "x", "w", "zg"];

    private static readonly HashSet<string> NeverAtStart = new(StringComparer.Ordinal)
    {
        "的", "地", "得", "和", "与", "及", "以及", "或", "并", "而", "在", "对", "把", "被", "将", "从", "向", "为", "于", "等",
        "是", "有", "要", "让", "使", "更", "很", "最", "也", "都", "还", "又", "再", "就", "才", "各", "本", "该", "此", "这", "那",
        "其", "之", "上", "中", "下", "里", "个", "年", "月", "日", "多", "好", "新", "大",
        "当地", "本地", "各地", "我国", "我省", "我市", "全省", "全市", "今年", "明年", "去年", "这次", "此次", "这里", "当前",
    };

    private static readonly HashSet<string> NeverAtEnd = new(StringComparer.Ordinal)
    {
        "的", "地", "得", "和", "与", "及", "以及", "或", "并", "而", "在", "对", "把", "被", "将", "从", "向", "为", "于", "等",
        "是", "有", "要", "让", "使", "也", "都", "还", "又", "再", "就", "才", "各", "其", "之", "中", "上", "下", "里", "个",
        "为主", "为重点", "以上", "以下", "发力",
        "方面", "工作", "问题", "情况", "方式", "过程", "领域", "水平", "能力", "作用", "任务", "措施", "活动", "目标", "要求",
    };

    // The verbs and adverbs that open an instruction in policy prose (推动…, 加快…, 着力…): a phrase that starts with one
    // is what to do, not the name of a thing, unless it is quoted or the dictionary knows it whole.
    private static readonly string[] InstructionStarts =
    [
        "推动", "推进", "加快", "加强", "培育", "壮大", "打造", "实施", "坚持", "深化", "落实", "健全", "完善", "破解", "着力",
        "努力", "精心", "持续", "积极", "大力", "全力", "奋力", "不断", "进一步", "促进", "提升", "提高", "优化", "强化", "聚焦",
        "围绕", "扎实", "深入", "构建", "形成", "发挥", "服务", "融入", "谱写", "扩大", "支持", "鼓励", "引导", "畅通", "突出",
        "用好", "抓好", "做好", "开展", "探索", "谋划", "组织", "充分", "主动", "切实", "坚定", "牢牢", "认真", "贯彻", "增强",
        "建立", "加大", "保持", "实现", "确保", "力促", "全面落实", "对标", "锚定", "奔着",
    ];

    private static readonly HashSet<char> MeasureWords = ['项', '个', '家', '条', '位', '名', '批', '次', '种', '类', '步', '座', '所'];

    private static readonly HashSet<string> InnerStops = new(StringComparer.Ordinal)
    {
        "的", "地", "得", "等", "最", "将", "把", "被", "以上", "以下", "为主", "之", "其", "了", "着", "过", "也", "都",
    };

    // Verbs that open a clause of running text rather than a name: a phrase that starts with one is an instruction
    // (推动高质量发展), not a term, unless it is quoted or the dictionary knows it whole.
    private static bool IsVerb(string tag) => tag is "v" or "vd" or "vg" or "vi" or "vq";

    // Heads that names of policies, plans, bodies and zones end in.
    private static readonly string[] PolicyHeads =
    [
        "制", "区", "圈", "带", "体系", "机制", "战略", "工程", "行动", "政策", "会议", "报告", "委员会", "大会", "全会",
        "规划", "通道", "理念", "格局", "意识", "新区", "示范区", "试验区", "枢纽", "高地", "经验", "精神", "思想", "方针",
        "基调", "攻坚战", "强国", "主义",
    ];

    // A number word that starts a numbered shorthand (两个确立, 四个意识, 两新, 十四五, 三大攻坚战).
    private static readonly Regex Numbered = new(@"^(?:[一二两三四五六七八九十百]+(?:个|大|项|条|新|重|化|张|种|型|类|届|全|区|链|线|地)|(?:十[一二三四五六七八九]五|[一二三四五六七八九十]+五))",
        RegexOptions.CultureInvariant);

    private static IReadOnlyList<GlossaryCandidate> Rank(Dictionary<string, PhraseStats> phrases, Func<string, IReadOnlyList<PronouncedWord>> cut,
        Func<string, DictionaryEntry?> lookup)
    {
        var kept = new Dictionary<string, (PhraseStats Stats, List<CandidateReason> Reasons, double Score, DictionaryEntry? Entry)>(StringComparer.Ordinal);
        foreach (var (text, stats) in phrases)
        {
            var words = stats.Words;
            var entry = lookup(text);
            var inDictionary = entry is { Definitions.Count: > 0 };
            var reasons = new List<CandidateReason>();
            if (stats.Quoted) reasons.Add(CandidateReason.Quoted);
            if (Numbered.IsMatch(text) && text.Length >= 2 && !(words.Count == 1 && words[0].Tag is "m" && !stats.Quoted && text.Length <= 2))
                reasons.Add(CandidateReason.NumberedSlogan);
            if (text.Length >= 3 && (PolicyHeads.Any(h => text.EndsWith(h, StringComparison.Ordinal) && text.Length > h.Length)
                    || text.EndsWith('化') && !inDictionary))
                reasons.Add(CandidateReason.PolicySuffix);
            if (text.Length == 4 && words.Count <= 2 && inDictionary) reasons.Add(CandidateReason.FourCharacterPhrase);
            if (words.Count > 1 && stats.Count >= 2) reasons.Add(CandidateReason.RepeatedPhrase);
            if (!inDictionary && text.Length >= 3 && (words.Count == 1 || stats.Count >= 2)) reasons.Add(CandidateReason.NotInDictionary);
            if (!inDictionary && words.Count is 2 or 3 && text.Length is >= 4 and <= 8
                && words.Skip(1).All(w => IsNoun(w.Tag)) && (IsNoun(words[0].Tag) || words[0].Tag is "b" or "a") && !IsGeneric(words, lookup))
                reasons.Add(CandidateReason.NounPhrase);

            if (!Acceptable(text, words, stats, reasons, inDictionary)) continue;

            var shape = reasons.Count(r => r is CandidateReason.Quoted or CandidateReason.NumberedSlogan or CandidateReason.PolicySuffix);
            var generic = IsGeneric(words, lookup);
            // Evidence: how often it recurs (diminishing), how long it is (a longer whole phrase is more specific), and its
            // shape; everyday phrases weigh a third. A phrase the dictionary explains whole (迎难而上, 集思广益) already has
            // its popup on the page: a glossary entry is for what the dictionary cannot say, so it weighs half.
            var score = Math.Log2(1 + stats.Count) * (1 + 0.15 * Math.Min(text.Length, 10)) + 1.5 * shape
                + (reasons.Contains(CandidateReason.NotInDictionary) ? 0.75 : 0);
            if (generic && !stats.Quoted) score /= 3;
            if (inDictionary && !stats.Quoted) score /= 2;
            kept[text] = (stats, reasons, score, entry);
        }

        // A phrase that only ever occurs inside one longer candidate is that candidate's part (政府工作 in 政府工作报告),
        // except where the longer one only adds a place in front (重庆 + 市委书记): the term is the part without the place.
        var result = new List<GlossaryCandidate>();
        foreach (var (text, (stats, reasons, score, entry)) in kept)
        {
            var part = kept.Any(o => o.Key.Length > text.Length && o.Value.Stats.Count >= stats.Count && o.Key.Contains(text, StringComparison.Ordinal)
                && !(o.Value.Stats.Words[0].Tag == "ns" && o.Key == o.Value.Stats.Words[0].Text + text));
            if (part) continue;
            if (score < MinimumScore) continue;
            var pinyin = string.Join(" ", cut(text).Where(w => w.HasHan).Select(w => w.WordPinyin));
            var hint = entry is { Definitions.Count: > 0 } ? string.Join("; ", entry.Definitions.Take(2)) : null;
            result.Add(new GlossaryCandidate(text, stats.Count, stats.First, reasons.Order().ToList(), Math.Round(score, 3), pinyin, hint));
        }
        return result.OrderByDescending(c => c.Score).ThenByDescending(c => c.Count).ThenBy(c => c.FirstUse.Line)
            .ThenBy(c => c.Term, StringComparer.Ordinal).ToList();
    }

    // Whether a phrase can be a term at all: whole words with proper edges, and some sign that it is more than words.
    private static bool Acceptable(string text, IReadOnlyList<ClauseWord> words, PhraseStats stats, List<CandidateReason> reasons, bool inDictionary)
    {
        var first = words[0];
        var last = words[^1];
        // Names of people and places, times and bare numbers are not terms to explain.
        if (words.Count == 1 && first.Tag is "nr" or "nrfg" or "nrt" or "ns" or "t" or "m" && !reasons.Contains(CandidateReason.NumberedSlogan) && !stats.Quoted)
            return false;
        if (words.Any(w => w.Tag is "nr" or "nrfg" or "nrt")) return false;
        // A word of grammar alone (这次, 当前) is no term; nor is a company's name (…集团, …有限公司).
        if (words.Count == 1 && EdgeTags.Contains(first.Tag) && !stats.Quoted) return false;
        if (text.EndsWith("公司", StringComparison.Ordinal) || text.EndsWith("集团", StringComparison.Ordinal)) return false;
        // A quotation taken whole is the author's own boundary.
        if (stats.Quoted && text.Length <= 12) return true;
        if (NeverAtStart.Contains(first.Text) || NeverAtEnd.Contains(last.Text)) return false;
        if (stats.AlwaysBesideSameWord) return false;
        if (!inDictionary && InstructionStarts.Any(v => text.StartsWith(v, StringComparison.Ordinal))) return false;
        // A locative opens a name (西部陆海新通道, 东北全面振兴) but does not end one (…中, …内).
        if (words.Count > 1 && (EdgeTags.Contains(first.Tag) && first.Tag is not ("d" or "f") || EdgeTags.Contains(last.Tag))) return false;
        if (words.Count > 1 && first.Tag == "d" && !text.StartsWith("全面", StringComparison.Ordinal)) return false;
        // A verb may open a compound noun of two words (创新 + 联合体, 研发 + 机构), not a longer instruction.
        if (words.Count > 1 && IsVerb(first.Tag) && !inDictionary
            && !(words.Count == 2 && last.Tag is "n" or "nz" or "vn" or "nt" && text.Length <= 6)) return false;
        if (words.Count > 1 && IsVerb(last.Tag) && !reasons.Contains(CandidateReason.NumberedSlogan) && !inDictionary && !text.EndsWith("改革", StringComparison.Ordinal)
            && !text.EndsWith("振兴", StringComparison.Ordinal)) return false;
        // A time or a number inside a phrase makes it a date or an amount (2024年, 三年来).
        if (words.Skip(1).Any(w => w.Tag is "m" or "t" or "mq")) return false;
        if (MeasureWords.Contains(text[0])) return false;
        // Inside a term there are no particles, prepositions, pronouns, adverbs or list endings (生物医药等新兴产业,
        // 试点任务最集中的片区); a conjunction or a verb inside makes a clause of a phrase seen once (评估和资源匹配机制).
        var inner = words.Skip(1).Take(words.Count - 2).ToList();
        if (inner.Any(w => InnerStops.Contains(w.Text) || w.Tag is "u" or "uj" or "ul" or "uz" or "ug" or "uv" or "ud" or "p" or "d" or "ad" or "r" or "y"))
            return false;
        if (stats.Count < 2 && inner.Any(w => w.Tag is "c" || IsVerb(w.Tag))) return false;
        // A place, then more: the place's own plan or office (青岛都市圈发展规划), seen once, is not vocabulary to explain.
        if (stats.Count < 2 && words.Count > 1 && first.Tag == "ns") return false;
        // Seen once, with nothing but its words to go by, a phrase that a noun follows, or a noun or adjective precedes,
        // is most likely part of a longer name (全国|重点文物保护|单位): not a term of its own.
        var weakShape = !reasons.Any(r => r is CandidateReason.Quoted or CandidateReason.NumberedSlogan or CandidateReason.PolicySuffix);
        if (stats.Count < 2 && weakShape && words.Count > 1
            && (stats.AfterTags.Any(IsNounish) || stats.BeforeTags.Any(t => IsNounish(t) || t is "a" or "b" or "an")))
            return false;
        // Seen once, a long phrase is more likely a stretch of prose than a name.
        if (stats.Count < 2 && (text.Length > 9 || words.Count > 4)) return false;
        // A single word the dictionary knows, with no shape of policy language, is an ordinary word.
        if (words.Count == 1 && inDictionary && !reasons.Any(r => r is CandidateReason.PolicySuffix or CandidateReason.NumberedSlogan or CandidateReason.FourCharacterPhrase))
            return false;
        // Seen once and shaped like nothing: no evidence it is a term.
        var shaped = reasons.Any(r => r is CandidateReason.Quoted or CandidateReason.NumberedSlogan or CandidateReason.PolicySuffix
            or CandidateReason.FourCharacterPhrase or CandidateReason.NotInDictionary or CandidateReason.NounPhrase);
        return shaped || stats.Count >= 2;
    }

    // Every word of the phrase is among the most frequent words: a compositional phrase of everyday language.
    private static bool IsNounish(string tag) => tag is "n" or "nz" or "vn" or "j" or "l" or "nt" or "ng";

    // A noun proper, for a noun phrase (not an idiom, which jieba tags l or i: 落到实处).
    private static bool IsNoun(string tag) => tag is "n" or "nz" or "vn" or "j" or "nt" or "ng";

    // A four-character word the segmenter keeps whole (工作汇报, 新闻报道) is judged by its two halves.
    private static bool IsGeneric(IReadOnlyList<ClauseWord> words, Func<string, DictionaryEntry?> lookup)
    {
        static bool Everyday(DictionaryEntry? e) => e is { DifficultyRank: > 0 and <= EverydayRank };
        // A word is everyday when it is among the most frequent, or is a four-character compound of two such (经济社会).
        bool EverydayWord(string w) => Everyday(lookup(w)) || w.Length == 4 && Everyday(lookup(w[..2])) && Everyday(lookup(w[2..]));
        if (words.Count == 1)
            return words[0].Text.Length == 4 && Everyday(lookup(words[0].Text[..2])) && Everyday(lookup(words[0].Text[2..]));
        return words.All(w => EverydayWord(w.Text));
    }

    /// <summary>Below this, a phrase has too little evidence of being a term to list (an everyday phrase seen twice).</summary>
    private const double MinimumScore = 1.5;

    /// <summary>Words up to this frequency rank in the dictionary are everyday words (有关, 规定, 社会, 发展).</summary>
    private const int EverydayRank = 3000;

    /// <summary>Glossary stubs for the teacher to fill in, in the layout of <c>glossary.yml</c>.</summary>
    public static string ToYamlStubs(IEnumerable<GlossaryCandidate> candidates)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in candidates)
        {
            sb.Append("- term: ").Append(Content.Markdown.FrontMatterWriter.Quote(c.Term)).Append('\n');
            sb.Append("  # ").Append(c.Count).Append("× in ").Append(c.FirstUse).Append(": fill in english (the build refuses an entry without it) or delete this entry\n");
            if (c.DictionaryHint is not null) sb.Append("  # CC-CEDICT: ").Append(c.DictionaryHint.Replace('\n', ' ')).Append('\n');
            sb.Append("  english: \"\"\n");
            sb.Append("  category: \"\"\n");
            sb.Append("  note: \"\"\n");
        }
        return sb.ToString();
    }
}

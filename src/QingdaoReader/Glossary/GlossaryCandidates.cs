using System.Text.RegularExpressions;
using QingdaoReader.Annotation;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Diagnostics;
using QingdaoReader.Text;

namespace QingdaoReader.Glossary;

/// <summary>Why a phrase looks like a term worth a glossary entry.</summary>
public enum CandidateReason
{
    /// <summary>In quotation marks: news text quotes slogans and coined names (“走在前、开新局”, “链长制”).</summary>
    Quoted,
    /// <summary>A number and 大/个/项/条 before a noun: the numbered slogans of policy (“两个确立”, 十大工程).</summary>
    NumberedSlogan,
    /// <summary>A word made with 化, 制 or 区 (数字化, 链长制, 示范区): processes, systems and zones of policy.</summary>
    PolicySuffix,
    /// <summary>A four-character set phrase from the dictionary (因地制宜, 稳扎稳打).</summary>
    FourCharacterPhrase,
    /// <summary>A phrase of several words that recurs in the reading (现代化产业体系).</summary>
    RepeatedPhrase,
    /// <summary>A word of several characters the dictionary lacks, used more than once: a coinage.</summary>
    NotInDictionary,
}

/// <summary>A phrase of a reading that has no glossary entry and looks like one worth writing.</summary>
public sealed record GlossaryCandidate(string Term, int Count, SourceLocation FirstUse, IReadOnlyList<CandidateReason> Reasons)
{
    /// <summary>Most useful first: a phrase that recurs, and one that has the shape of a policy term, needs explaining more.</summary>
    public int Score => Count + 2 * Reasons.Count(r => r is not CandidateReason.RepeatedPhrase and not CandidateReason.NotInDictionary);
}

/// <summary>
/// Lists the multi-character terms of a reading that look like policy terms or set phrases and are not in the glossary:
/// the teacher's to-do list for a new text. Words come from the site's Chinese engine (the segmenter the build uses,
/// with the glossary terms as user words), so a phrase is cut where the annotated page cuts it.
/// </summary>
public static class GlossaryCandidateFinder
{
    private const int MinLength = 2;

    private static readonly Regex QuotedPhrase = new(@"[“「『‘]([^“”「」『』‘’。！？；，\n]{2,12}?)[”」』’]", RegexOptions.CultureInvariant);

    // 一 is left out: 一个, 一大 are the indefinite article far more often than a slogan's number.
    private static readonly Regex NumberedSlogan = new(@"[二两三四五六七八九十]+[大个项条][\u4e00-\u9fff]{2}", RegexOptions.CultureInvariant);

    // Person and place names, numbers and times are not terms to explain.
    private static readonly HashSet<string> NameTags = ["nr", "nrt", "nrfg", "ns", "m", "t"];

    /// <param name="reader">The site's word reader for this reading (its segmentation).</param>
    /// <param name="inDictionary">Whether the dictionary has the word.</param>
    public static IReadOnlyList<GlossaryCandidate> Find(Reading reading, IReadOnlyList<GlossaryEntry> glossary, IWordReader reader,
        Func<string, bool> inDictionary)
    {
        var terms = glossary.Select(g => g.Term).Where(t => t.Length > 0).ToList();
        var lines = ChineseLines(reading, terms);
        var reasons = new Dictionary<string, HashSet<CandidateReason>>(StringComparer.Ordinal);
        void Add(string term, CandidateReason reason)
        {
            if (!reasons.TryGetValue(term, out var set)) reasons[term] = set = [];
            set.Add(reason);
        }

        foreach (var (text, _) in lines)
        {
            foreach (Match m in QuotedPhrase.Matches(text))
            {
                var quoted = m.Groups[1].Value;
                if (HanLength(quoted) < MinLength) continue;
                Add(quoted, CandidateReason.Quoted);
                if (quoted.Length >= 3 && quoted[^1] is '化' or '制' or '区') Add(quoted, CandidateReason.PolicySuffix);
            }
            foreach (Match m in NumberedSlogan.Matches(text)) Add(m.Value, CandidateReason.NumberedSlogan);
            foreach (var clause in Clauses(reader.Read(text)))
            {
                foreach (var word in clause)
                {
                    if (word.Text.Length < 3 || NameTags.Contains(word.Tag)) continue;
                    if (word.Text[^1] is '化' or '制' or '区') Add(word.Text, CandidateReason.PolicySuffix);
                    else if (word.Text.Length == 4 && inDictionary(word.Text)) Add(word.Text, CandidateReason.FourCharacterPhrase);
                    else if (!inDictionary(word.Text)) Add(word.Text, CandidateReason.NotInDictionary);
                }
                // Phrases of two or three words, each of two characters or more (so 的, 在, 将 never start or end one).
                for (var i = 0; i < clause.Count; i++)
                {
                    var phrase = clause[i].Text;
                    for (var n = 1; n < 3 && i + n < clause.Count; n++)
                    {
                        phrase += clause[i + n].Text;
                        if (phrase.Length > 8) break;
                        if (phrase.Length >= 4) Add(phrase, CandidateReason.RepeatedPhrase);
                    }
                }
            }
        }

        var candidates = new List<GlossaryCandidate>();
        foreach (var (term, why) in reasons)
        {
            if (terms.Any(t => t.Contains(term, StringComparison.Ordinal) || term.Contains(t, StringComparison.Ordinal))) continue;
            var (count, first) = Occurrences(term, lines);
            // A recurring phrase or a coinage is only worth listing when it does recur.
            var kept = why.Where(r => r is not (CandidateReason.RepeatedPhrase or CandidateReason.NotInDictionary) || count >= 2).ToList();
            if (kept.Count == 0 || first is null) continue;
            candidates.Add(new GlossaryCandidate(term, count, first.Value, kept.Order().ToList()));
        }
        // A repeated phrase that never occurs outside a longer candidate is that candidate's part, not a term of its own.
        var result = candidates.Where(c => !(c.Reasons is [CandidateReason.RepeatedPhrase]
                && candidates.Any(o => o.Term.Length > c.Term.Length && o.Count >= c.Count && o.Term.Contains(c.Term, StringComparison.Ordinal))))
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Count).ThenBy(c => c.FirstUse.Line).ThenBy(c => c.Term, StringComparer.Ordinal)
            .ToList();
        return result;
    }

    /// <summary>
    /// The Chinese lines of the reading's body with where each is, leaving out English, notes and questions (::: blocks).
    /// Glossary terms become a comma, so that no phrase holds one or cuts through one (推动高质量|发展).
    /// </summary>
    private static List<(string Text, SourceLocation Location)> ChineseLines(Reading reading, IReadOnlyList<string> glossaryTerms)
    {
        var longestFirst = glossaryTerms.OrderByDescending(t => t.Length).ToList();
        var result = new List<(string, SourceLocation)>();
        var inContainer = false;
        var lines = reading.Body.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith(":::", StringComparison.Ordinal))
            {
                inContainer = line.Length > 3;
                continue;
            }
            if (inContainer || !ChineseScript.ContainsHan(line)) continue;
            var text = line.TrimStart('#', ' ').Replace("==", "");
            foreach (var term in longestFirst) text = text.Replace(term, "，", StringComparison.Ordinal);
            result.Add((text, reading.Location(i + 1)));
        }
        return result;
    }

    // Runs of whole Han words: punctuation, digits, Latin and names end a run, so no phrase reaches across them.
    private static List<List<WordReading>> Clauses(IReadOnlyList<WordReading> words)
    {
        var clauses = new List<List<WordReading>> { new() };
        foreach (var w in words)
        {
            var han = w.Text.Length >= MinLength && w.Text.All(ChineseScript.IsHan) && !NameTags.Contains(w.Tag);
            // The segmenter often cuts a coinage before its suffix (河长|制): the suffix belongs to the word before it.
            if (w.Text is "化" or "制" or "区" && clauses[^1].Count > 0) clauses[^1][^1] = clauses[^1][^1] with { Text = clauses[^1][^1].Text + w.Text };
            else if (han) clauses[^1].Add(w);
            else if (clauses[^1].Count > 0) clauses.Add([]);
        }
        return clauses.Where(c => c.Count > 0).ToList();
    }

    private static (int Count, SourceLocation? First) Occurrences(string term, List<(string Text, SourceLocation Location)> lines)
    {
        var count = 0;
        SourceLocation? first = null;
        foreach (var (text, location) in lines)
        {
            for (var at = text.IndexOf(term, StringComparison.Ordinal); at >= 0; at = text.IndexOf(term, at + term.Length, StringComparison.Ordinal))
            {
                count++;
                first ??= location;
            }
        }
        return (count, first);
    }

    private static int HanLength(string text) => ChineseScript.CountHan(text);

    /// <summary>Glossary stubs for the teacher to fill in, in the layout of <c>glossary.yml</c>.</summary>
    public static string ToYamlStubs(IEnumerable<GlossaryCandidate> candidates)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var c in candidates)
        {
            sb.Append("- term: ").Append(Content.Markdown.FrontMatterWriter.Quote(c.Term)).Append('\n');
            sb.Append("  # ").Append(c.Count).Append("× in ").Append(c.FirstUse).Append(": fill in english (the build refuses an entry without it) or delete this entry\n");
            sb.Append("  english: \"\"\n");
            sb.Append("  category: \"\"\n");
            sb.Append("  note: \"\"\n");
        }
        return sb.ToString();
    }
}

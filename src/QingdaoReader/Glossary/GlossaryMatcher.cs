using System.Text.RegularExpressions;

namespace QingdaoReader.Glossary;

/// <summary>A place in a text where a glossary term occurs.</summary>
public readonly record struct TermMatch(int Start, int Length, GlossaryEntry Entry);

/// <summary>
/// Finds glossary terms in running text, leftmost first and, at one position, longest first, so that
/// 国内国际双循环 wins over 双循环 when both are terms; a term gives way to a longer one that starts inside it and runs
/// past it (中共中央经济工作会议 links 中央经济工作会议, not 中共中央). Terms are matched as written, punctuation included
/// (走在前、开新局, 首台（套）). An entry's aliases match as its term does, and its patterns match its numbered forms (全国人大 links 全国人民代表大会's entry).
/// Built once, thread-safe to read.
/// </summary>
public sealed class GlossaryMatcher
{
    // Forms (terms and aliases) by first character, longest first.
    private readonly Dictionary<char, (string Form, GlossaryEntry Entry)[]> _byFirstChar;

    // Numbered forms, by entry.
    private readonly (Regex Pattern, GlossaryEntry Entry)[] _patterns;

    public GlossaryMatcher(IEnumerable<GlossaryEntry> entries)
    {
        var list = entries.ToList();
        _byFirstChar = list.SelectMany(e => e.Forms.Where(f => f.Length > 0).Select(f => (Form: f, Entry: e)))
            .GroupBy(f => f.Form[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Form.Length).ToArray());
        _patterns = list.SelectMany(e => e.Patterns.Select(p => (Compile(p), e))).ToArray();
    }

    // Each pattern is compiled once per process, whichever matcher uses it (build, check and suggest make several).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    /// <summary>A glossary pattern as the matcher runs it; throws <see cref="ArgumentException"/> for a malformed one.</summary>
    public static Regex Compile(string pattern) =>
        Compiled.GetOrAdd(pattern, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    public bool IsEmpty => _byFirstChar.Count == 0 && _patterns.Length == 0;

    public IReadOnlyList<TermMatch> Matches(string text)
    {
        // The longest pattern match starting at each position.
        Dictionary<int, (int Length, GlossaryEntry Entry)>? numbered = null;
        foreach (var (pattern, entry) in _patterns)
        {
            MatchCollection matches;
            try
            {
                matches = pattern.Matches(text);
                _ = matches.Count; // runs the match here, inside the try
            }
            catch (RegexMatchTimeoutException)
            {
                throw new Diagnostics.UserError(entry.Location, $"the pattern '{pattern}' of '{entry.Term}' takes too long to match",
                    "simplify it: a pattern should name a short numbered form, e.g. '[一二三四五六七八九十]+届[一二四五六七]中全会'");
            }
            foreach (Match m in matches)
            {
                if (m.Length == 0) continue;
                numbered ??= [];
                if (!numbered.TryGetValue(m.Index, out var known) || known.Length < m.Length) numbered[m.Index] = (m.Length, entry);
            }
        }
        // The longest match starting at each position (a written form wins a tie with a pattern).
        (int Length, GlossaryEntry? Entry) At(int i)
        {
            var best = (Length: 0, Entry: (GlossaryEntry?)null);
            if (_byFirstChar.TryGetValue(text[i], out var candidates))
            {
                foreach (var (form, e) in candidates)
                {
                    if (i + form.Length <= text.Length && string.CompareOrdinal(text, i, form, 0, form.Length) == 0)
                    {
                        best = (form.Length, e);
                        break;
                    }
                }
            }
            if (numbered is not null && numbered.TryGetValue(i, out var n) && n.Length > best.Length) best = (n.Length, n.Entry);
            return best;
        }

        List<TermMatch>? found = null;
        var i = 0;
        while (i < text.Length)
        {
            var best = At(i);
            if (best.Entry is null)
            {
                i++;
                continue;
            }
            // A longer term that starts inside this one and runs past it is the term the text names (中共|中央经济工作会议,
            // not 中共中央|经济工作会议): this one gives way to it.
            var yields = false;
            for (var j = i + 1; j < i + best.Length && !yields; j++)
            {
                var later = At(j);
                yields = later.Entry is not null && later.Length > best.Length && j + later.Length > i + best.Length;
            }
            if (yields)
            {
                i++;
                continue;
            }
            (found ??= []).Add(new TermMatch(i, best.Length, best.Entry));
            i += best.Length;
        }
        return found ?? (IReadOnlyList<TermMatch>)[];
    }
}

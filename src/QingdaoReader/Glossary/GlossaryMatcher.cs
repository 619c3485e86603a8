namespace QingdaoReader.Glossary;

/// <summary>A place in a text where a glossary term occurs.</summary>
public readonly record struct TermMatch(int Start, int Length, GlossaryEntry Entry);

/// <summary>
/// Finds glossary terms in running text, leftmost first and, at one position, longest first, so that
/// 国内国际双循环 wins over 双循环 when both are terms. Terms are matched as written, punctuation included
/// (走在前、开新局, 首台（套）). Built once, thread-safe to read.
/// </summary>
public sealed class GlossaryMatcher
{
    // Terms by first character, longest first.
    private readonly Dictionary<char, GlossaryEntry[]> _byFirstChar;

    public GlossaryMatcher(IEnumerable<GlossaryEntry> entries)
    {
        _byFirstChar = entries.Where(e => e.Term.Length > 0)
            .GroupBy(e => e.Term[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Term.Length).ToArray());
    }

    public bool IsEmpty => _byFirstChar.Count == 0;

    public IReadOnlyList<TermMatch> Matches(string text)
    {
        List<TermMatch>? found = null;
        var i = 0;
        while (i < text.Length)
        {
            if (_byFirstChar.TryGetValue(text[i], out var candidates))
            {
                var matched = false;
                foreach (var e in candidates)
                {
                    if (string.CompareOrdinal(text, i, e.Term, 0, e.Term.Length) == 0 && i + e.Term.Length <= text.Length)
                    {
                        (found ??= []).Add(new TermMatch(i, e.Term.Length, e));
                        i += e.Term.Length;
                        matched = true;
                        break;
                    }
                }
                if (matched) continue;
            }
            i++;
        }
        return found ?? (IReadOnlyList<TermMatch>)[];
    }
}

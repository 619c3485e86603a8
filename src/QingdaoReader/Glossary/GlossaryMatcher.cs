namespace QingdaoReader.Glossary;

/// <summary>A place in a text where a glossary term occurs.</summary>
public readonly record struct TermMatch(int Start, int Length, GlossaryEntry Entry);

/// <summary>
/// Finds glossary terms in running text, leftmost first and, at one position, longest first, so that
/// 国内国际双循环 wins over 双循环 when both are terms. Terms are matched as written, punctuation included
/// (走在前、开新局, 首台（套）). An entry's aliases match as its term does (全国人大 links 全国人民代表大会's entry).
/// Built once, thread-safe to read.
/// </summary>
public sealed class GlossaryMatcher
{
    // Forms (terms and aliases) by first character, longest first.
    private readonly Dictionary<char, (string Form, GlossaryEntry Entry)[]> _byFirstChar;

    public GlossaryMatcher(IEnumerable<GlossaryEntry> entries)
    {
        _byFirstChar = entries.SelectMany(e => e.Forms.Where(f => f.Length > 0).Select(f => (Form: f, Entry: e)))
            .GroupBy(f => f.Form[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Form.Length).ToArray());
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
                foreach (var (form, e) in candidates)
                {
                    if (i + form.Length <= text.Length && string.CompareOrdinal(text, i, form, 0, form.Length) == 0)
                    {
                        (found ??= []).Add(new TermMatch(i, form.Length, e));
                        i += form.Length;
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

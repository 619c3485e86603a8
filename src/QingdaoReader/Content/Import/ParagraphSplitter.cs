namespace QingdaoReader.Content.Import;

/// <summary>What <see cref="ParagraphSplitter"/> did: the article with readable paragraphs, and how many it split into how many.</summary>
public sealed record ParagraphSplit(ImportedArticle Article, int LongParagraphs, int ParagraphsMade);

/// <summary>
/// Splits the paragraphs of an imported article that are too long to read, or to translate beside, at sentence ends:
/// text copied from many news sites arrives as one line, and a 2,000-character block helps no learner. A split never
/// falls inside quotes or brackets, nor between a quotation and the speaker who follows it ("…。”卞成表示，…").
/// Runs after <see cref="ReadingImporter.Parse"/>, whose repairs (rejoined lines, byline, captions) it leaves alone.
/// </summary>
public static class ParagraphSplitter
{
    /// <summary>About a minute of reading for a learner, and what fits beside its English on a screen.</summary>
    public const int DefaultMaxLength = 300;

    private const string Enders = Sentences.Enders;
    private const string Openers = "“‘「『（(《【[〔";
    private const string Closers = "”’」』）)》】]〕";

    // Verbs that introduce a quotation's speaker; a clause ending in one right after a quote belongs to that quote.
    private static readonly string[] SpeakerVerbs = ["表示", "说", "指出", "介绍", "强调", "认为", "告诉记者", "坦言", "感慨"];

    /// <summary>Splits every paragraph longer than <paramref name="maxLength"/> characters (0 or less: none).</summary>
    public static ParagraphSplit Split(ImportedArticle article, int maxLength = DefaultMaxLength)
    {
        if (maxLength <= 0) return new ParagraphSplit(article, 0, 0);
        var blocks = new List<ImportedBlock>(article.Blocks.Count);
        var split = 0;
        var made = 0;
        foreach (var block in article.Blocks)
        {
            var pieces = block.Kind == BlockKind.Paragraph ? SplitText(block.Text, maxLength) : [block.Text];
            if (pieces.Count > 1) { split++; made += pieces.Count; }
            // A piece keeps the raw line its paragraph started on: the text has no other line to point to.
            blocks.AddRange(pieces.Select(p => block with { Text = p }));
        }
        return new ParagraphSplit(article with { Blocks = blocks }, split, made);
    }

    /// <summary>The text cut at sentence ends into pieces of at most <paramref name="maxLength"/> characters where it can be.</summary>
    public static IReadOnlyList<string> SplitText(string text, int maxLength)
    {
        if (Length(text) <= maxLength) return [text];
        var boundaries = Boundaries(text);
        if (boundaries.Count == 0) return [text];
        // Cut near equal shares, so that 320 characters become two of 160 rather than 300 and 20.
        var total = Length(text);
        var parts = (total + maxLength - 1) / maxLength;
        var cuts = new SortedSet<int>();
        var previous = 0;
        for (var j = 1; j < parts; j++)
        {
            var wanted = total * j / parts;
            var best = boundaries.Where(b => b > previous).OrderBy(b => Math.Abs(Length(text[..b]) - wanted)).FirstOrDefault();
            if (best == 0 || best >= text.Length) break;
            cuts.Add(best);
            previous = best;
        }
        var pieces = new List<string>();
        var start = 0;
        foreach (var cut in cuts.Append(text.Length))
        {
            var piece = text[start..cut].Trim();
            // A piece still too long (its sentences were uneven) is split again on its own.
            if (piece.Length > 0) pieces.AddRange(cut == text.Length && start == 0 ? [piece] : SplitText(piece, maxLength));
            start = cut;
        }
        return pieces;
    }

    /// <summary>The offsets just after each sentence end that lies outside quotes and brackets.</summary>
    public static IReadOnlyList<int> Boundaries(string text)
    {
        var result = new List<int>();
        var depth = 0;
        var asciiQuoteOpen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (Openers.Contains(c)) depth++;
            else if (Closers.Contains(c)) depth = Math.Max(0, depth - 1);
            else if (c == '"') asciiQuoteOpen = !asciiQuoteOpen;
            if (!Enders.Contains(c)) continue;
            var end = i + 1;
            while (end < text.Length && (Enders.Contains(text[end]) || Closers.Contains(text[end]) || text[end] == '"'))
            {
                if (Closers.Contains(text[end])) depth = Math.Max(0, depth - 1);
                else if (text[end] == '"') asciiQuoteOpen = !asciiQuoteOpen;
                end++;
            }
            i = end - 1;
            if (depth == 0 && !asciiQuoteOpen && end < text.Length && !SpeakerFollows(text, end)) result.Add(end);
        }
        return result;
    }

    // "…。”市发展改革委党组书记、主任卞成表示，": the clause after a closed quote names who said it.
    private static bool SpeakerFollows(string text, int end)
    {
        if (!Closers.Contains(text[end - 1]) && text[end - 1] != '"') return false;
        var clauseEnd = text.IndexOfAny(['，', '。', '：', ',', ':'], end);
        if (clauseEnd < 0 || text[clauseEnd] == '。') return false;
        var clause = text[end..clauseEnd];
        return SpeakerVerbs.Any(v => clause.EndsWith(v, StringComparison.Ordinal));
    }

    // Characters as a reader counts them (a supplementary-plane character is one, not two UTF-16 units).
    private static int Length(string text) => text.EnumerateRunes().Count();
}

using System.Text;
using System.Text.RegularExpressions;
using QingdaoReader.Content.Markdown;
using QingdaoReader.Diagnostics;
using QingdaoReader.Text;

namespace QingdaoReader.Content.Import;

/// <summary>The structure read off a raw newspaper article.</summary>
public sealed record ImportedArticle(
    string Title,
    string? Subtitle,
    string? Source,
    IReadOnlyList<string> Authors,
    IReadOnlyList<ImportedBlock> Blocks);

public enum BlockKind { Paragraph, Heading, Caption, Byline }

/// <summary>One block of the article body, with the 1-based line of the raw file where it starts.</summary>
public sealed record ImportedBlock(BlockKind Kind, string Text, int Line);

/// <summary>
/// Reads a raw article as newspapers publish it (one block per line, blank lines between) and recovers its
/// structure: title, dash subtitle, ■ photo captions, short unpunctuated section headings, the □ byline, and
/// paragraphs that the page layout broke mid-sentence or mid-word.
/// </summary>
public static class ReadingImporter
{
    // A sentence is finished when its block ends with one of these (quotes and brackets close a finished sentence,
    // and so does the 》 of a title that ends a line).
    private const string ClosingPunctuation = Sentences.Enders + Sentences.Closers + "》";

    // Punctuation that never appears in a section heading but does inside sentences.
    private const string SentencePunctuation = "，。；：！？“”‘’（）,;:!?";

    private const int MaxHeadingLength = 40;

    public static ImportedArticle Parse(string text, string file)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var raw = new List<(string Text, int Line)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].Trim().Trim('\u3000', '\uFEFF');
            if (t.Length > 0) raw.Add((t, i + 1));
        }
        if (raw.Count == 0)
            throw new UserError(new SourceLocation(file), "the article is empty", "give a text file with a title line and paragraphs");

        var title = raw[0].Text;
        string? subtitle = null;
        string? source = null;
        var authors = new List<string>();
        var blocks = new List<ImportedBlock>();
        StringBuilder? pending = null;
        var pendingLine = 0;

        void FlushPending()
        {
            if (pending is null) return;
            blocks.Add(new ImportedBlock(BlockKind.Paragraph, pending.ToString(), pendingLine));
            pending = null;
        }

        for (var i = 1; i < raw.Count; i++)
        {
            var (t, line) = raw[i];
            if (pending is null && subtitle is null && blocks.Count == 0 && (t.StartsWith("——") || t.StartsWith("--")))
            {
                subtitle = t;
                continue;
            }
            if (t.StartsWith('■'))
            {
                FlushPending();
                blocks.Add(new ImportedBlock(BlockKind.Caption, t.TrimStart('■').Trim(), line));
                continue;
            }
            if (t.StartsWith('□'))
            {
                FlushPending();
                var byline = ParseByline(t.TrimStart('□').Trim(), out source, authors);
                blocks.Add(new ImportedBlock(BlockKind.Byline, byline, line));
                continue;
            }
            if (pending is null && IsHeading(t))
            {
                blocks.Add(new ImportedBlock(BlockKind.Heading, t, line));
                continue;
            }
            if (pending is null) { pending = new StringBuilder(); pendingLine = line; }
            // The layout broke this paragraph: rejoin with no space (Chinese has none between words).
            pending.Append(t);
            if (EndsSentence(t)) FlushPending();
        }
        FlushPending();
        return new ImportedArticle(title, subtitle, source, authors, blocks);
    }

    public static bool EndsSentence(string block) => block.Length > 0 && ClosingPunctuation.Contains(block[^1]);

    public static bool IsHeading(string block) =>
        block.Length <= MaxHeadingLength && !block.Any(c => SentencePunctuation.Contains(c)) && ChineseScript.ContainsHan(block);

    /// <summary>
    /// "青岛日报/观海新闻记者 孙 欣 杨 光 耿婷婷" → source "青岛日报/观海新闻", authors 孙欣, 杨光, 耿婷婷.
    /// Newspapers pad two-character names to the width of three with a space in the middle.
    /// </summary>
    private static string ParseByline(string byline, out string? source, List<string> authors)
    {
        source = null;
        var m = Regex.Match(byline, @"^(?<src>.*?)(?:记者|通讯员|撰稿)\s*(?<names>.*)$");
        var names = m.Success ? m.Groups["names"].Value : byline;
        if (m.Success) source = m.Groups["src"].Value.Trim();
        var tokens = names.Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Length == 1 && i + 1 < tokens.Length && tokens[i + 1].Length == 1)
            {
                authors.Add(tokens[i] + tokens[i + 1]);
                i++;
            }
            else authors.Add(tokens[i]);
        }
        var prefix = m.Success ? byline[..(m.Groups["names"].Index)].TrimEnd() : "";
        return authors.Count == 0 ? byline : (prefix.Length > 0 ? prefix + " " : "") + string.Join(" ", authors);
    }

    /// <summary>The reading's Markdown: YAML front matter and one block per paragraph.</summary>
    public static string ToMarkdown(ImportedArticle article, string? date = null)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: ").Append(FrontMatterWriter.Quote(article.Title)).Append('\n');
        if (article.Subtitle is not null) sb.Append("subtitle: ").Append(FrontMatterWriter.Quote(article.Subtitle)).Append('\n');
        if (article.Source is not null) sb.Append("source: ").Append(FrontMatterWriter.Quote(article.Source)).Append('\n');
        if (date is not null) sb.Append("date: ").Append(FrontMatterWriter.Quote(date)).Append('\n');
        if (article.Authors.Count > 0)
            sb.Append("authors: [").Append(string.Join(", ", article.Authors.Select(FrontMatterWriter.Quote))).Append("]\n");
        sb.Append("---\n");
        foreach (var b in article.Blocks)
        {
            sb.Append('\n');
            switch (b.Kind)
            {
                case BlockKind.Heading: sb.Append("## ").Append(EscapeInline(b.Text)).Append('\n'); break;
                case BlockKind.Caption: sb.Append("{.caption}\n").Append(EscapeInline(b.Text)).Append('\n'); break;
                case BlockKind.Byline: sb.Append("{.byline}\n").Append(EscapeInline(b.Text)).Append('\n'); break;
                default: sb.Append(EscapeInline(b.Text)).Append('\n'); break;
            }
        }
        return sb.ToString();
    }

    // Raw text may hold characters that Markdown would read as syntax at the start of a line or inline.
    private static string EscapeInline(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#' or '|' or '{' or '}') sb.Append('\\');
            sb.Append(c);
        }
        var s = sb.ToString();
        // A line that starts like a list item or a numbered list would change meaning.
        // (A backslash escapes only ASCII punctuation, so "1." becomes "1\." and "- " becomes "\- ".)
        var numbered = Regex.Match(s, @"^\d+(?=[.)]\s)");
        if (numbered.Success) s = s.Insert(numbered.Length, "\\");
        else if (Regex.IsMatch(s, @"^[-+]\s")) s = "\\" + s;
        return s;
    }
}

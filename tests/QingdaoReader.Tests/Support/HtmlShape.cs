using AngleSharp.Dom;

namespace QingdaoReader.Tests.Support;

/// <summary>
/// A page's DOM written one node a line, so that two pages can be compared structurally and a difference shown as a
/// line: elements with their attributes in name order, text with runs of whitespace as one space and whitespace-only
/// text left out. Inside <c>ruby</c>, <c>pre</c>, <c>textarea</c> and <c>script</c> text is kept exactly as it is,
/// since whitespace there is part of what the reader sees (a space inside a ruby base or its pinyin shows).
/// </summary>
public static class HtmlShape
{
    private static readonly HashSet<string> Exact = new(StringComparer.Ordinal) { "ruby", "rt", "rp", "pre", "textarea", "script" };

    public static IReadOnlyList<string> Lines(IDocument document)
    {
        var lines = new List<string>();
        if (document.Doctype is { } doctype) lines.Add("<!DOCTYPE " + doctype.Name + ">");
        Write(document.DocumentElement, 0, exact: false, lines);
        return lines;
    }

    private static void Write(INode node, int depth, bool exact, List<string> lines)
    {
        var indent = new string(' ', depth * 2);
        switch (node)
        {
            case IElement e:
                var attributes = e.Attributes.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => $" {a.Name}=\"{a.Value}\"");
                lines.Add($"{indent}<{e.LocalName}{string.Concat(attributes)}>");
                var inner = exact || Exact.Contains(e.LocalName);
                // A template's content lives in its own fragment.
                var children = e is AngleSharp.Html.Dom.IHtmlTemplateElement t ? t.Content.ChildNodes : e.ChildNodes;
                foreach (var child in children) Write(child, depth + 1, inner, lines);
                break;
            case IText text:
                var data = exact ? text.Data : Collapse(text.Data);
                if (exact ? data.Length > 0 : data.Trim().Length > 0) lines.Add($"{indent}\"{data.Replace("\n", "\\n")}\"");
                break;
            case IComment comment:
                lines.Add($"{indent}<!--{Collapse(comment.Data)}-->");
                break;
        }
    }

    private static string Collapse(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    /// <summary>Null when the two pages have the same shape; otherwise the first line that differs, with context.</summary>
    public static string? Difference(IDocument expected, IDocument actual)
    {
        var a = Lines(expected);
        var b = Lines(actual);
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var x = i < a.Count ? a[i] : "(end of page)";
            var y = i < b.Count ? b[i] : "(end of page)";
            if (x == y) continue;
            var context = string.Join("\n", a.Skip(Math.Max(0, i - 3)).Take(Math.Min(i, 3)));
            return $"line {i + 1} of the page's shape:\n{context}\n- expected: {x.Trim()}\n+ actual:   {y.Trim()}";
        }
        return null;
    }
}

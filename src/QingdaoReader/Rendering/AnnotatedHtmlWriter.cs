using System.Text;
using AngleSharp.Dom;
using QingdaoReader.Annotation;

namespace QingdaoReader.Rendering;

/// <summary>
/// Writes annotated content as the page's HTML in one pass: markup as Markdown made it, each word as its ruby
/// (<see cref="WordRuby"/>), each glossary term as a link to its entry, <c>&lt;a class="term" href="…#id"
/// data-term="id"&gt;</c>. Two words side by side get a <c>&lt;wbr&gt;</c> between them: a word itself never breaks
/// across lines (CSS keeps it together), and punctuation around words keeps the browser's own rules.
/// </summary>
public static class AnnotatedHtmlWriter
{
    /// <param name="glossaryPage">The glossary page as the page links to it; a term links to its entry's id there.</param>
    public static string Write(AnnotatedContent content, string glossaryPage)
    {
        var writer = new Writer(new StringBuilder(), glossaryPage);
        writer.WritePieces(content.Pieces);
        return writer.Html.ToString();
    }

    private sealed class Writer(StringBuilder html, string glossaryPage)
    {
        public readonly StringBuilder Html = html;
        private readonly Stack<IElement> _open = new();
        // Where the last word or term link ended: a word or link starting right there follows it with nothing between.
        private int _lastWordEnd = -1;

        public void WritePieces(IReadOnlyList<InlinePiece> pieces)
        {
            foreach (var piece in pieces)
            {
                switch (piece)
                {
                    case AnnotatedWord word:
                        BreakAfterWord();
                        WordRuby.Write(word, Html);
                        _lastWordEnd = Html.Length;
                        break;
                    case UnannotatedText text:
                        HtmlSerializer.WriteText(text.Text, _open.Count > 0 && HtmlSerializer.HoldsRawText(_open.Peek()), Html);
                        break;
                    case TermLink link:
                        WriteTermLink(link);
                        break;
                    case MarkupStart start:
                        HtmlSerializer.WriteStartTag(start.Element, Html);
                        _open.Push(start.Element);
                        break;
                    case ParagraphStart para:
                        // The page's paragraph element for the Parse stage's paragraph record.
                        Html.Append("<div class=\"");
                        HtmlSerializer.EscapeAttribute(string.Join(' ', para.Classes), Html);
                        Html.Append("\" id=\"");
                        HtmlSerializer.EscapeAttribute(para.Id, Html);
                        Html.Append("\">");
                        break;
                    case ParagraphEnd:
                        Html.Append("</div>");
                        break;
                    case MarkedStart marked:
                        HtmlSerializer.WriteStartTag(marked.Element, Html, marked.AddedId, marked.English, marked.AddedClass);
                        _open.Push(marked.Element);
                        // The page's own words for a reading's parts are the Render stage's: comprehension questions get their title here.
                        if (marked.Element.ClassList.Contains(Parsing.BlockMarkup.QuestionsClass)) Html.Append(QuestionsTitle);
                        break;
                    case MarkedEnd marked:
                        if (marked.English is { } english)
                        {
                            // A heading's translation, inside the heading.
                            Html.Append("<span class=\"" + PageContract.HeadingEnglishClass + "\" lang=\"en\">");
                            HtmlSerializer.EscapeText(english, Html);
                            Html.Append("</span>");
                        }
                        _open.Pop();
                        HtmlSerializer.WriteEndTag(marked.Element, Html);
                        break;
                    case MarkupEnd end:
                        _open.Pop();
                        HtmlSerializer.WriteEndTag(end.Element, Html);
                        break;
                    case MarkupComment comment:
                        HtmlSerializer.WriteComment(comment.Text, Html);
                        break;
                }
            }
        }

        private const string QuestionsTitle = "<h3 class=\"" + PageContract.QuestionsTitleClass + "\" lang=\"en\">Comprehension questions</h3>";

        private void WriteTermLink(TermLink link)
        {
            BreakAfterWord();
            var id = link.Occurrence.Entry.Id;
            Html.Append("<a class=\"" + PageContract.TermClass + "\" href=\"");
            HtmlSerializer.EscapeAttribute(glossaryPage, Html);
            Html.Append('#');
            HtmlSerializer.EscapeAttribute(id, Html);
            Html.Append("\" " + PageContract.TermAttribute + "=\"");
            HtmlSerializer.EscapeAttribute(id, Html);
            Html.Append("\">");
            WritePieces(link.Content);
            Html.Append("</a>");
            _lastWordEnd = Html.Length;
        }

        private void BreakAfterWord()
        {
            if (_lastWordEnd == Html.Length) Html.Append("<wbr>");
        }
    }
}

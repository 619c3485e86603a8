namespace QingdaoReader.Annotation;

/// <summary>A run of content (a title, a part of a reading) after annotation: its pieces in document order.</summary>
public sealed record AnnotatedContent(IReadOnlyList<InlinePiece> Pieces)
{
    public static readonly AnnotatedContent Empty = new([]);

    /// <summary>Every word, in order, those inside term links included.</summary>
    public IEnumerable<AnnotatedWord> Words
    {
        get
        {
            foreach (var piece in Pieces)
            {
                if (piece is AnnotatedWord word) yield return word;
                else if (piece is TermLink link)
                    foreach (var inner in link.Content)
                        if (inner is AnnotatedWord w) yield return w;
            }
        }
    }

    /// <summary>Every glossary term occurrence, in order.</summary>
    public IEnumerable<TermOccurrence> Terms
    {
        get
        {
            foreach (var piece in Pieces)
                if (piece is TermLink link) yield return link.Occurrence;
        }
    }

    /// <summary>How many Han characters got a reading.</summary>
    public int HanCount => Words.Sum(w => w.HanCount);
}

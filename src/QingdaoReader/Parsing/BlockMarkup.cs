namespace QingdaoReader.Parsing;

/// <summary>
/// The names the Parse stage reads and gives blocks in the HTML: the classes Markdown's containers make
/// (<c>::: en</c> → <c>div.en</c>) and the paragraph it makes of a block with its translations. The page contract
/// (<c>Rendering/PageContract</c>) hands the ones the page's scripts use on from here.
/// </summary>
public static class BlockMarkup
{
    /// <summary>A paragraph's translation (<c>::: en</c> in the Markdown).</summary>
    public const string TranslationClass = "en";
    /// <summary>A teacher's note (<c>::: note</c>); on the page it also carries <see cref="TeacherNoteClass"/>.</summary>
    public const string NoteClass = "note";
    public const string TeacherNoteClass = "teacher-note";
    /// <summary>Comprehension questions (<c>::: questions</c>).</summary>
    public const string QuestionsClass = "questions";
    /// <summary>A block with its translations and notes: one paragraph of the page.</summary>
    public const string ParagraphClass = "para";
    /// <summary>A paragraph's id is this prefix and a hash of its text (p-1a2b3c4d), so a link survives edits elsewhere.</summary>
    public const string ParagraphIdPrefix = "p-";
}

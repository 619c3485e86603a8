using QingdaoReader.Annotation;
using QingdaoReader.Content;

namespace QingdaoReader.Building;

/// <summary>The Chinese language data a build needs: loaded once, shared by every reading, read-only after start-up.</summary>
public interface ILanguageServices
{
    /// <summary>
    /// The words the segmenter keeps whole for this site (its glossary terms), replacing those given before, so a
    /// rebuild after a glossary edit cuts exactly as a fresh build does. Call before reading in parallel.
    /// </summary>
    void UseUserWords(IEnumerable<string> words);

    /// <summary>A word reader for one reading, with its own reading overrides, or the site's when <paramref name="reading"/> is null.</summary>
    IWordReader ReaderFor(Reading? reading);

    /// <summary>A word's dictionary entry for the popups, or null when it has no Han character.</summary>
    QingdaoReader.Chinese.DictionaryEntry? Lookup(string word);
}

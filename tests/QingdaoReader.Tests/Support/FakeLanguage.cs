using QingdaoReader.Annotation;
using QingdaoReader.Building;
using QingdaoReader.Content;
using QingdaoReader.Tests.Annotation;

namespace QingdaoReader.Tests.Support;

/// <summary>Language services backed by <see cref="FakeWordReader"/>, for tests of the stages around the engine.</summary>
public sealed class FakeLanguage(params (string Word, string Pinyin)[] words) : ILanguageServices
{
    public List<string> UserWords { get; } = [];
    public void UseUserWords(IEnumerable<string> words)
    {
        UserWords.Clear();
        UserWords.AddRange(words);
    }
    public IWordReader ReaderFor(Reading? reading) => new FakeWordReader(words);
    public QingdaoReader.Chinese.DictionaryEntry? Lookup(string word) =>
        new(word, string.Join(" ", words.Where(w => w.Word == word).Select(w => w.Pinyin)), ["(test sense of " + word + ")"], 500);
}

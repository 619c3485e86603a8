using System.Text;
using QingdaoReader.Annotation;
using QingdaoReader.Chinese;
using QingdaoReader.Content;
using QingdaoReader.Text;

namespace QingdaoReader.Tests.Annotation;

/// <summary>
/// A stand-in reader for tests of the annotator's HTML structure: it cuts the text into known words (longest first)
/// and single characters, and reads each Han character from a small table (or "x" if absent).
/// </summary>
public sealed class FakeWordReader(params (string Word, string Pinyin)[] words) : IWordReader
{
    public IReadOnlyList<PronouncedWord> Read(string text)
    {
        var result = new List<PronouncedWord>();
        var i = 0;
        var other = new StringBuilder();
        void FlushOther()
        {
            if (other.Length == 0) return;
            var s = other.ToString();
            result.Add(new PronouncedWord(s, "x", s.EnumerateRunes().Select(_ => (string?)null).ToList(),
                s.EnumerateRunes().Select(_ => (string?)null).ToList(), ""));
            other.Clear();
        }
        while (i < text.Length)
        {
            var match = words.Where(w => string.CompareOrdinal(text, i, w.Word, 0, w.Word.Length) == 0)
                .OrderByDescending(w => w.Word.Length).FirstOrDefault();
            if (match.Word is not null)
            {
                FlushOther();
                var syllables = match.Pinyin.Split(' ');
                result.Add(new PronouncedWord(match.Word, "n", syllables, syllables, string.Concat(syllables)));
                i += match.Word.Length;
            }
            else if (ChineseScript.IsHan(text[i]))
            {
                FlushOther();
                result.Add(new PronouncedWord(text[i].ToString(), "x", ["x"], ["x"], "x"));
                i++;
            }
            else other.Append(text[i++]);
        }
        FlushOther();
        return result;
    }
}

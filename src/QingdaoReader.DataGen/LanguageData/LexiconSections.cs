using System.IO.Compression;
using System.Text;
using QingdaoReader.Chinese.Binary;
using QingdaoReader.Text;

namespace QingdaoReader.DataGen.LanguageData;

/// <summary>
/// The lexicon's text files (the generator's words, chars, surnames and idiomhalves .tsv.gz) as the language data's
/// lexical sections: the words as a hash table over their headwords, each character's readings as syllable indexes,
/// and every syllable the data reads once.
/// </summary>
internal sealed class LexiconSections
{
    private readonly List<string> _syllables = [];
    private readonly Dictionary<string, ushort> _syllableIds = new(StringComparer.Ordinal);

    public List<(string Name, byte[] Bytes)> Build(string dataDirectory)
    {
        string Path(string name) => System.IO.Path.Combine(dataDirectory, name);
        var chars = Characters(ReadLines(Path("chars.tsv.gz")));
        var surnames = ReadLines(Path("surnames.tsv.gz")).ToList();
        foreach (string line in surnames) AddSyllables(line.Split('\t')[1]);
        var idioms = ReadLines(Path("idiomhalves.tsv.gz")).ToList();
        foreach (string line in idioms) AddSyllables(line.Split('\t')[1]);
        var words = Words(ReadLines(Path("words.tsv.gz")).ToList());
        return
        [
            (LanguageDataFormat.Words, words),
            (LanguageDataFormat.Characters, chars),
            (LanguageDataFormat.Syllables, new SectionWriter().Strings(_syllables).ToArray()),
            (LanguageDataFormat.Surnames, new SectionWriter().Strings(surnames).ToArray()),
            (LanguageDataFormat.IdiomHalves, new SectionWriter().Strings(idioms).ToArray()),
        ];
    }

    private byte[] Characters(IEnumerable<string> lines)
    {
        var rows = new SortedDictionary<int, ushort[]>();
        foreach (string line in lines)
        {
            int tab = line.IndexOf('\t');
            rows[char.ConvertToUtf32(line, 0)] = line[(tab + 1)..].Split(' ').Select(Syllable).ToArray();
        }
        var ends = new List<int>();
        var ids = new List<ushort>();
        foreach (var row in rows.Values)
        {
            ids.AddRange(row);
            ends.Add(ids.Count);
        }
        return new SectionWriter().Array<int>(rows.Keys.ToArray()).Array<int>(ends.ToArray()).Array<ushort>(ids.ToArray()).ToArray();
    }

    /// <summary>word \t rank \t reading \t definitions [\t reading \t definitions]…: the headword keyed, the rest as UTF-8.</summary>
    private byte[] Words(List<string> lines)
    {
        int capacity = 1;
        while (capacity < lines.Count * 2) capacity *= 2;
        var buckets = Enumerable.Repeat(LanguageDataFormat.None, capacity).ToArray();
        var keyEnd = new int[lines.Count];
        var keys = new StringBuilder();
        var lineEnd = new int[lines.Count];
        var rest = new MemoryStream();
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            int tab = line.IndexOf('\t');
            string word = line[..tab];
            keys.Append(word);
            keyEnd[i] = keys.Length;
            rest.Write(Encoding.UTF8.GetBytes(line[(tab + 1)..]));
            lineEnd[i] = checked((int)rest.Length);
            int slot = (int)(LanguageDataFormat.WordHash(word) & (uint)(capacity - 1));
            while (buckets[slot] != LanguageDataFormat.None) slot = (slot + 1) & (capacity - 1);
            buckets[slot] = i;
            // The readings' syllables, lowercased, at the word's Han characters (as the engine reads them).
            var fields = line.Split('\t');
            for (int f = 2; f < fields.Length; f += 2) AddWordSyllables(word, fields[f]);
        }
        return new SectionWriter().Array<int>(buckets).Array<int>(keyEnd).Array<char>(keys.ToString().ToCharArray())
            .Array<int>(lineEnd).Array<byte>(rest.ToArray()).ToArray();
    }

    private void AddWordSyllables(string word, string reading)
    {
        var runes = word.EnumerateRunes().GetEnumerator();
        foreach (string token in reading.Split(' '))
        {
            if (!runes.MoveNext()) break;
            if (ChineseScript.IsHan(runes.Current.Value)) Syllable(token.ToLowerInvariant());
        }
    }

    private void AddSyllables(string reading)
    {
        foreach (string s in reading.Split(' ')) Syllable(s);
    }

    private ushort Syllable(string syllable)
    {
        if (_syllableIds.TryGetValue(syllable, out ushort id)) return id;
        if (_syllables.Count > ushort.MaxValue) throw new InvalidOperationException("more syllables than a ushort counts");
        id = (ushort)_syllables.Count;
        _syllables.Add(syllable);
        _syllableIds[syllable] = id;
        return id;
    }

    private static IEnumerable<string> ReadLines(string path)
    {
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0) yield return line;
    }
}

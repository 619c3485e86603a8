using QingdaoReader.Building;

namespace QingdaoReader.Output;

/// <summary>A reading's vocabulary as CSV (spreadsheets) and as tab-separated text that Anki imports as notes.</summary>
public static class VocabularyExport
{
    public const string CsvFile = "vocabulary.csv";
    public const string AnkiFile = "vocabulary-anki.tsv";

    public static string ToCsv(IEnumerable<VocabularyItem> items)
    {
        var text = new StringWriter();
        WriteCsv(items, text);
        return text.ToString();
    }

    public static void WriteCsv(IEnumerable<VocabularyItem> items, TextWriter output)
    {
        output.Write("word,pinyin,english,difficulty,sentence\r\n");
        foreach (var i in items)
        {
            output.Write(Csv(i.Word)); output.Write(','); output.Write(Csv(i.Pinyin)); output.Write(',');
            output.Write(Csv(string.Join("; ", i.Definitions))); output.Write(','); output.Write(i.Level); output.Write(',');
            output.Write(Csv(i.Sentence)); output.Write("\r\n");
        }
    }

    /// <summary>Anki's "Import File" reads one note a line, fields separated by tabs; the header lines set that up.</summary>
    public static string ToAnki(IEnumerable<VocabularyItem> items)
    {
        var text = new StringWriter();
        WriteAnki(items, text);
        return text.ToString();
    }

    public static void WriteAnki(IEnumerable<VocabularyItem> items, TextWriter output)
    {
        output.Write("#separator:tab\n#html:false\n#columns:Word\tPinyin\tEnglish\tDifficulty\tSentence\n");
        foreach (var i in items)
        {
            output.Write(Tsv(i.Word)); output.Write('\t'); output.Write(Tsv(i.Pinyin)); output.Write('\t');
            output.Write(Tsv(string.Join("; ", i.Definitions))); output.Write('\t'); output.Write(i.Level); output.Write('\t');
            output.Write(Tsv(i.Sentence)); output.Write('\n');
        }
    }

    private static string Csv(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 || s.StartsWith('=') || s.StartsWith('+') || s.StartsWith('-') || s.StartsWith('@')
            ? "\"" + (s.Length > 0 && "=+-@".Contains(s[0]) ? "'" : "") + s.Replace("\"", "\"\"") + "\""
            : s;

    private static string Tsv(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}

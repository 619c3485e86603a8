using QingdaoReader.Annotation;

namespace QingdaoReader.Output;

/// <summary>A reading's vocabulary as CSV (spreadsheets) and as tab-separated text that Anki imports as notes.</summary>
public static class VocabularyExport
{
    public const string CsvFile = "vocabulary.csv";
    public const string AnkiFile = "vocabulary-anki.tsv";

    public static void WriteCsv(IEnumerable<VocabularyItem> items, TextWriter output) =>
        Write(items, output, "word,pinyin,english,hsk,sentence\r\n", ",", "\r\n", Csv);

    /// <summary>Anki's "Import File" reads one note a line, fields separated by tabs; the header lines set that up.</summary>
    public static void WriteAnki(IEnumerable<VocabularyItem> items, TextWriter output) =>
        Write(items, output, "#separator:tab\n#html:false\n#columns:Word\tPinyin\tEnglish\tHSK\tSentence\n", "\t", "\n", Tsv);

    // One line per word: word, pinyin, senses, HSK level ("HSK 4", "HSK 7–9", "not in HSK"), first sentence; each text
    // field made safe by `field`.
    private static void Write(IEnumerable<VocabularyItem> items, TextWriter output, string header, string separator, string lineEnd,
        Func<string, string> field)
    {
        output.Write(header);
        foreach (var i in items)
        {
            output.Write(string.Join(separator, field(i.Word), field(i.Pinyin), field(string.Join("; ", i.Definitions)),
                field(QingdaoReader.Chinese.HskLevels.Label(i.Level)), field(i.Sentence)));
            output.Write(lineEnd);
        }
    }

    private static string Csv(string s) =>
        s.IndexOfAny([',', '"', '\n', '\r']) >= 0 || s.StartsWith('=') || s.StartsWith('+') || s.StartsWith('-') || s.StartsWith('@')
            ? "\"" + (s.Length > 0 && "=+-@".Contains(s[0]) ? "'" : "") + s.Replace("\"", "\"\"") + "\""
            : s;

    private static string Tsv(string s) => s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
